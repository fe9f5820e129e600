import Foundation
import Testing

let lesson = """
  # A lesson

  Some prose with math $a_1 * b_2$ and a table:

  | x | y |
  |---|---|
  | 1 | 2 |

  ```swift
  //| label: first
  let xs = [1.5, 2.5, 3.5]
  print("sum:", xs.reduce(0, +))
  ```

  ```python
  print("not a cell")
  ```

  ```swift
  //| eval: false
  print("never runs")
  ```

  ```swift
  let mean = xs.reduce(0, +) / Double(xs.count)
  mean
  ```

  """

@Suite("nnbook commands, end to end")
struct CommandTests {
  /// `nnbook run LESSON...` without options skips the argument parser; with an option it
  /// does not. Both write the same pages and report the same statuses and messages.
  @Test func runWithoutOptionsDoesWhatTheParsedCommandDoes() throws {
    let h = try Harness()
    try h.write("a.md", lesson)
    try h.write("b.md", "# B\n\n```swift\nprint(undefinedName)\n```\n")
    var pages: [String] = []
    var results: [(Int32, String)] = []
    // The footer says how long the cells ran, which differs between runs on a loaded machine.
    func withoutFooter(_ page: String) -> String {
      page.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.contains("page-footer") }
        .joined(separator: "\n")
    }
    for options in [[], ["--to", "html"]] {
      let both = try h.nnbook(arguments: ["run"] + options + ["a.md", "b.md"])
      pages.append(withoutFooter(try h.read("a.html")) + withoutFooter(try h.read("b.html")))
      results.append((both.status, both.stderr))
      let missing = try h.nnbook(arguments: ["run"] + options + ["missing.md"])
      results.append((missing.status, missing.stderr))
    }
    #expect(pages[0] == pages[1])
    #expect(pages[0].contains("sum: 7.5") && pages[0].contains("undefinedName"))
    #expect(results[0].0 == 1 && results[1].0 == 2, "\(results)")
    #expect(results[0] == results[2] && results[1] == results[3], "\(results)")
    #expect(results[1].1.contains("missing.md"))
  }

  @Test func updateTwiceOnlyAddsLinesThenChangesNothing() throws {
    let h = try Harness()
    try h.write("l.md", lesson)
    let first = try h.nnbook("update", "l.md")
    #expect(first.status == 0, "\(first.stderr)")
    let once = try h.read("l.md")
    // Every original line survives, in order: update only inserted lines.
    var remaining = once.split(separator: "\n", omittingEmptySubsequences: false)[...]
    for line in lesson.split(separator: "\n", omittingEmptySubsequences: false) {
      guard let i = remaining.firstIndex(of: line) else {
        Issue.record("line \(line.debugDescription) was lost")
        return
      }
      remaining = remaining[(i + 1)...]
    }
    #expect(once.contains("sum: 7.5"))
    #expect(once.contains("```text\n2.5\n```"))
    #expect(!once.contains("never runs\n```\n<!-- nnbook:output"))
    #expect(!once.contains("not a cell\")\n```\n<!-- nnbook:output"))
    #expect(once.components(separatedBy: "<!-- nnbook:output").count == 3)

    let second = try h.nnbook("update", "l.md")
    #expect(second.status == 0)
    #expect(try h.read("l.md") == once)
  }

  @Test func checkPassesAfterUpdateAndFailsAtTheEditedNumber() throws {
    let h = try Harness()
    try h.write("l.md", lesson)
    _ = try h.nnbook("update", "l.md")
    let clean = try h.nnbook("check", ".")
    #expect(clean.status == 0, "\(clean.stderr)")

    let text = try h.read("l.md")
    let edited = text.replacingOccurrences(of: "sum: 7.5", with: "sum: 7.6")
    #expect(edited != text)
    try h.write("l.md", edited)
    let lines = edited.split(separator: "\n", omittingEmptySubsequences: false)
    let fenceLine = lines.firstIndex { $0.hasPrefix("```swift") }! + 1
    let result = try h.nnbook("check", "l.md")
    #expect(result.status == 1)
    #expect(result.stderr.contains("l.md:\(fenceLine)"), "\(result.stderr)")
    #expect(result.stderr.contains("7.6") && result.stderr.contains("7.5"))
  }

  @Test func checkAcceptsNumbersWithinTolerance() throws {
    let h = try Harness()
    try h.write("l.md", lesson)
    _ = try h.nnbook("update", "l.md")
    let text = try h.read("l.md")
    try h.write("l.md", text.replacingOccurrences(of: "```text\n2.5\n```", with: "```text\n2.5000001\n```"))
    let result = try h.nnbook("check", "l.md")
    #expect(result.status == 0, "\(result.stderr)")
  }

  @Test func errorsAreLocatedAtTheLessonLine() throws {
    let h = try Harness()
    try h.write(
      "e.md",
      """
      # Errors

      Text.

      ```swift
      let a = 1
      let b = a + undefinedName
      ```

      ```swift
      print("after")
      ```

      """)
    let result = try h.nnbook("update", "e.md")
    #expect(result.status == 1)
    #expect(result.stderr.contains("e.md:7:13: error: cannot find 'undefinedName' in scope"), "\(result.stderr)")
    #expect(result.stderr.contains("let b = a + undefinedName\n            ^"))
    #expect(result.stderr.contains("not run"))
    let updated = try h.read("e.md")
    #expect(!updated.contains("after\n```\n<!--"))
  }

  @Test func eachCellErrorIsPrintedOnceAtTheLineTheUserSees() throws {
    let h = try Harness()
    // The first cell's new region pushes the failing line from 9 down to 14 in the updated file.
    let text = "# T\n\n```swift\nprint(1)\n```\n\n```swift\nlet a = 1\nlet b = a + undefinedName\n```\n"
    let message = "error: cannot find 'undefinedName' in scope"
    try h.write("d.md", text)
    let checked = try h.nnbook("check", "d.md")
    #expect(checked.status == 1)
    #expect(checked.stderr.components(separatedBy: message).count == 2, "\(checked.stderr)")
    #expect(checked.stderr.contains("d.md:9:13: \(message)"), "check names the line of the lesson as it is")

    let updated = try h.nnbook("update", "d.md")
    #expect(updated.status == 1)
    #expect(updated.stderr.components(separatedBy: message).count == 2, "\(updated.stderr)")
    #expect(updated.stderr.contains("d.md:14:13: \(message)"), "update names the line of the lesson as written")
    let written = try h.read("d.md").split(separator: "\n", omittingEmptySubsequences: false)
    #expect(written[13] == "let b = a + undefinedName")
  }

  @Test func anErrorInAFunctionOfAnEarlierCellIsAtItsLineWithNotesAtTheCalls() throws {
    let h = try Harness()
    let text = """
      # T

      ```swift
      print("a")
      ```

      ```swift
      func inner() -> Int {
        let xs = [1]
        return xs[5]
      }
      ```

      ```swift
      print(inner())
      ```

      """
    try h.write("f.md", text)
    let checked = try h.nnbook("check", "f.md")
    #expect(checked.status == 1)
    #expect(
      checked.stderr.contains(
        "f.md:10:10: error: index out of range: index 5, but the array has 1 elements\n  return xs[5]\n         ^\nf.md:15:7: note: called from here\n"
      ),
      "\(checked.stderr)")

    // The first cell's new region moves every later line down by 5.
    let updated = try h.nnbook("update", "f.md")
    #expect(updated.status == 1)
    #expect(updated.stderr.contains("f.md:15:10: error: index out of range"), "\(updated.stderr)")
    #expect(updated.stderr.contains("f.md:20:7: note: called from here"), "\(updated.stderr)")
    let once = try h.read("f.md")
    let lines = once.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines[14] == "  return xs[5]")
    #expect(lines[19] == "print(inner())")
    #expect(once.contains("```error\nf.md:15:10: error: index out of range"))
    _ = try h.nnbook("update", "f.md")
    #expect(try h.read("f.md") == once)
  }

  @Test func expectedErrorsAndTimeoutsLetTheLessonContinue() throws {
    let h = try Harness()
    try h.write(
      "t.md",
      """
      ```swift
      //| error: true
      //| timeout: 1
      while true {}
      ```

      ```swift
      print("still here")
      ```

      """)
    let result = try h.nnbook("update", "t.md")
    #expect(result.status == 0, "\(result.stderr)")
    let text = try h.read("t.md")
    #expect(text.contains("t.md:4:1: error: the cell ran for more than 1 s"))
    #expect(text.contains("still here"))
  }

  /// `run` prepares each page (prose, highlighted code) while its lesson runs; every page
  /// of a run of several lessons is the one that lesson alone renders to standard output.
  @Test func pagesPreparedWhileLessonsRunAreThoseRenderedAfterwards() throws {
    let h = try Harness()
    try h.write("a.md", lesson)
    try h.write("b.md", "# B\n\n$x$ and `code`\n\n```swift\nprint(undefinedName)\n```\n")
    try h.write("c.md", "# C\n\n```swift\n//| echo: false\nprint(\"hidden code\")\n```\n\n```swift\n```\n")
    let all = try h.nnbook("run", "a.md", "b.md", "c.md")
    #expect(all.status == 1, "\(all.stderr)")
    func withoutFooter(_ page: String) -> String {
      page.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.contains("page-footer") }
        .joined(separator: "\n")
    }
    for name in ["a", "b", "c"] {
      let alone = try h.nnbook("run", "--to", "html", "-o", "-", "\(name).md")
      #expect(withoutFooter(try h.read("\(name).html")) == withoutFooter(alone.stdout), "\(name)")
    }
    let c = try h.read("c.html")
    #expect(c.contains("hidden code") && !c.contains("&quot;hidden code&quot;"))
  }

  @Test func htmlShowsTablesMathOutputsAndHighlightedCode() throws {
    let h = try Harness()
    try h.write("l.md", lesson)
    let result = try h.nnbook("run", "l.md")
    #expect(result.status == 0, "\(result.stderr)")
    let html = try h.read("l.html")
    #expect(html.contains("<table"))
    #expect(html.contains("a_1 * b_2"))
    #expect(html.contains("sum: 7.5"))
    #expect(html.contains("class=\"kw\"") || html.contains("class='kw'"))
    let source = try h.read("l.md")
    #expect(!source.contains("nnbook:output"), "run must not modify the lesson")
  }

  @Test func runToMarkdownWritesARendition() throws {
    let h = try Harness()
    try h.write("l.md", lesson)
    let result = try h.nnbook("run", "l.md", "--to", "md", "-o", "out.md")
    #expect(result.status == 0, "\(result.stderr)")
    #expect(try h.read("out.md").contains("sum: 7.5"))
  }

  @Test func runWithOutputDashWritesToStandardOutput() throws {
    let h = try Harness()
    try h.write("l.md", lesson + "\n```swift\nplot([1.0, 2, 3], [1.0, 4, 9])\n```\n")
    let result = try h.nnbook("run", "l.md", "--to", "md", "-o", "-", "--timings")
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.hasPrefix(try h.read("l.md").prefix(20)), "\(result.stdout)")
    #expect(result.stdout.contains("sum: 7.5"))
    // The timings would break the Markdown: they go to standard error.
    #expect(!result.stdout.contains("cell(s) ran in"), "\(result.stdout)")
    #expect(result.stderr.contains("cell(s) ran in"), "\(result.stderr)")
    #expect(!FileManager.default.fileExists(atPath: h.folder.appendingPathComponent("-").path))
    // The figure is written where the printed Markdown links to it.
    let link = try #require(result.stdout.firstMatch(of: /\((l_files\/[^)]+\.svg)\)/)?.1)
    #expect(try h.read(String(link)).hasPrefix("<svg"))
    let html = try h.nnbook("run", "l.md", "-o", "-")
    #expect(html.status == 0 && html.stdout.hasPrefix("<!DOCTYPE html>"), "\(html.stdout.prefix(80))")
  }

  @Test func badUsageAndUnreadableFilesExitWithTwo() throws {
    let h = try Harness()
    #expect(try h.nnbook("run").status == 2)
    #expect(try h.nnbook("frobnicate").status == 2)
    #expect(try h.nnbook("update", "missing.md").status == 2)
    let binary = h.folder.appendingPathComponent("blob.md")
    try Data([0xff, 0xfe, 0x00, 0x41]).write(to: binary)
    let result = try h.nnbook("update", "blob.md")
    #expect(result.status == 2)
    #expect(try h.bytes("blob.md") == [0xff, 0xfe, 0x00, 0x41])
  }

  @Test func aBadCellOptionIsALocatedLessonError() throws {
    let h = try Harness()
    try h.write("o.md", "# O\n\n```swift\n//| evl: false\nprint(1)\n```\n")
    let result = try h.nnbook("update", "o.md")
    #expect(result.status == 1)
    #expect(result.stderr.contains("o.md:4:"), "\(result.stderr)")
    #expect(result.stderr.contains("eval"))
    #expect(try h.read("o.md") == "# O\n\n```swift\n//| evl: false\nprint(1)\n```\n")
  }

  @Test func windowsLineEndingsAndAByteOrderMarkSurvive() throws {
    let h = try Harness()
    let text = "\u{FEFF}# CRLF\r\n\r\n```swift\r\nprint(\"hi\")\r\n```\r\ntrailing  \r\nno newline"
    try h.write("c.md", text)
    #expect(try h.nnbook("update", "c.md").status == 0)
    let updated = try h.read("c.md")
    #expect(updated.hasPrefix("\u{FEFF}# CRLF\r\n"))
    #expect(updated.contains("```text\r\nhi\r\n```\r\n"))
    #expect(updated.hasSuffix("trailing  \r\nno newline"))
    #expect(try h.nnbook("update", "c.md").status == 0)
    #expect(try h.read("c.md") == updated)
  }

  @Test func helpIsAvailableForEveryCommand() throws {
    let h = try Harness()
    for command in ["run", "update", "check"] {
      let result = try h.nnbook(command, "--help")
      #expect(result.status == 0)
      #expect(result.stdout.contains("USAGE"))
    }
  }
}

@Suite("Lessons with mistakes in them")
struct MalformedLessonTests {
  @Test func anUnclosedCellFenceIsALessonErrorNotAWriteError() throws {
    let h = try Harness()
    let text = "# x\n\n```swift\nprint(1)\n"
    try h.write("u.md", text)
    let result = try h.nnbook("update", "u.md")
    #expect(result.status == 1)
    #expect(result.stderr.contains("u.md:3:1: error: the code fence opened here is never closed"), "\(result.stderr)")
    #expect(!result.stderr.contains("cannot write"))
    #expect(try h.read("u.md") == text)
  }

  @Test func aSyntaxErrorIsLocatedAndTheLessonStillGetsItsRegion() throws {
    let h = try Harness()
    try h.write("s.md", "# x\n\n```swift\nlet x = [1, 2\n```\n")
    let result = try h.nnbook("update", "s.md")
    #expect(result.status == 1)
    #expect(result.stderr.contains("s.md:4:14: error: expected ']' to end array"), "\(result.stderr)")
  }

  @Test func aMarkdownFileWithoutCellsIsLeftAlone() throws {
    let h = try Harness()
    try h.write("p.md", "just text\r\n")
    #expect(try h.nnbook("update", "p.md").status == 0)
    #expect(try h.bytes("p.md") == Array("just text\r\n".utf8))
  }

  @Test func aFileWithoutSwiftCellsPassesWithAWarningThatSaysWhy() throws {
    let h = try Harness()
    try h.write("python.md", "# Lesson\n\n```python\nprint(1)\n```\n")
    try h.write("notes.txt", "remember the milk\n")
    let check = try h.nnbook("check", "python.md", "notes.txt")
    #expect(check.status == 0, "\(check.stderr)")
    #expect(check.stderr.contains("python.md: warning: no ```swift cells: nothing to run\n"), "\(check.stderr)")
    #expect(check.stderr.contains("notes.txt: warning: no ```swift cells: nothing to run (and this is not a .md file"))
    let withCells = try h.nnbook("check", "--no-execute", "python.md")
    #expect(withCells.status == 0)
    try h.write("lesson.md", "```swift\nprint(1)\n```\n")
    #expect(try !h.nnbook("update", "lesson.md").stderr.contains("warning"))
  }

  @Test func runRefusesAFileThatIsNeitherMarkdownNorHasCells() throws {
    let h = try Harness()
    try h.write("Package.swift", "// swift-tools-version:5.9\nimport PackageDescription\n")
    try h.write("lesson.md", "```swift\nprint(1)\n```\n")
    let result = try h.nnbook("run", "Package.swift", "lesson.md")
    #expect(result.status == 2, "\(result.stderr)")
    #expect(
      result.stderr.contains("Package.swift: error: not a lesson: no ```swift cells, and not a Markdown (.md) file"),
      "\(result.stderr)")
    #expect(!h.exists("Package.html"))
    // The other lessons still run.
    #expect(h.exists("lesson.html"))
    // A Markdown page without cells is still rendered, and a non-Markdown file with cells runs.
    try h.write("page.md", "# Notes\n")
    #expect(try h.nnbook("run", "page.md").status == 0)
    #expect(h.exists("page.html"))
    try h.write("cells.txt", "```swift\nprint(2)\n```\n")
    #expect(try h.nnbook("run", "cells.txt").status == 0)
    #expect(h.exists("cells.html"))
  }
}

@Suite("nnbook ops")
struct OpsTests {
  @Test func listsTheCatalogBySignature() throws {
    let h = try Harness()
    let all = try h.nnbook("ops")
    #expect(all.status == 0)
    for signature in [
      "print(_ items: Any..., separator: String", "relu(_ x: Tensor) -> Tensor",
      "Tensor.zeros(_ shape: [Int], dtype: DType = .float32) -> Tensor", "Dataset.circles(samples: Int = 100",
      "x.matmul(_ other: Tensor) -> Tensor", "x.shape: [Int]",
    ] {
      #expect(all.stdout.contains(signature), "missing \(signature)")
    }
    // Every library entry (after Swift's own names) is followed by its indented help line.
    let lines = all.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let libraryStart = lines.firstIndex { !$0.hasPrefix(" ") && $0.hasSuffix(":") && !$0.hasPrefix("Swift ") } ?? 0
    for (i, line) in lines.enumerated().dropFirst(libraryStart) where line.hasPrefix("  ") && !line.hasPrefix("   ") {
      let isTypeHelp = i > 0 && lines[i - 1].hasSuffix(":") && !lines[i - 1].hasPrefix(" ")
      if isTypeHelp { continue }
      let next = i + 1 < lines.count ? lines[i + 1] : ""
      #expect(next.hasPrefix("      ") && !next.trimmingCharacters(in: .whitespaces).isEmpty, "no help for \(line)")
    }
    let groups = all.stdout.split(separator: "\n").filter { !$0.hasPrefix(" ") && !$0.isEmpty }
    #expect(groups.count == Set(groups).count, "a group is listed twice")
    let filtered = try h.nnbook("ops", "softmax")
    #expect(filtered.stdout.contains("softmax("))
    #expect(!filtered.stdout.contains("relu("))
    let none = try h.nnbook("ops", "nosuchoperation")
    #expect(none.status == 1)
    #expect(none.stderr.contains("nothing matches 'nosuchoperation'"))
  }
}
