import Foundation
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// A small lesson whose cells print the given texts.
private func lessonPrinting(_ texts: [String]) -> String {
  "# Lesson\n\n" + texts.map { "Prose.\n\n```swift\nprint(\"\($0)\")\n```\n\n" }.joined()
}

/// A course in a scratch folder, its outputs stored by `update`: `a.md` ... .
private func course(_ names: [String]) throws -> Harness {
  let h = try Harness()
  for name in names {
    try h.write(name, lessonPrinting(["\(name) one", "\(name) two"]))
    let updated = try h.nnbook("update", name)
    #expect(updated.status == 0, "\(updated.stderr)")
  }
  return h
}

/// The `testsuite` names and the `testcase` elements of a JUnit report, parsed as XML.
private func parseJUnit(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> (
  suites: [String], cases: [XMLElement]
) {
  let document = try XMLDocument(data: Data(text.utf8))
  let suites = try document.nodes(forXPath: "//testsuite").compactMap {
    ($0 as? XMLElement)?.attribute(forName: "name")?.stringValue
  }
  let cases = try document.nodes(forXPath: "//testcase").compactMap { $0 as? XMLElement }
  return (suites, cases)
}

@Suite("check at scale: jobs, shards, JUnit")
struct CheckAtScaleTests {
  @Test func jobsPrintTheSameAsOneProcessInLessonOrderWithTheSameExitCode() throws {
    let h = try course(["a.md", "b.md", "c.md", "d.md"])
    // b.md now fails: its second cell raises an error.
    let b = try h.read("b.md").replacingOccurrences(of: "print(\"b.md two\")", with: "print(undefinedName)")
    try h.write("b.md", b)
    let serial = try h.nnbook("check", ".")
    let parallel = try h.nnbook("check", "--jobs", "3", ".")
    #expect(serial.status == 1)
    #expect(parallel.status == 1)
    #expect(parallel.stderr == serial.stderr)
    #expect(parallel.stdout == serial.stdout)
    #expect(parallel.stdout.contains("checked 4 lesson(s): 3 passed, 1 failed"), "\(parallel.stdout)")
    #expect(parallel.stderr.contains("b.md:17:7: error: cannot find 'undefinedName' in scope"), "\(parallel.stderr)")

    try h.write("b.md", lessonPrinting(["b.md one", "b.md two"]))
    _ = try h.nnbook("update", "b.md")
    let clean = try h.nnbook("check", "--jobs", "2", ".")
    #expect(clean.status == 0, "\(clean.stderr)")
    #expect(clean.stdout.contains("checked 4 lesson(s): 4 passed, 0 failed"))
  }

  @Test func aWorkerThatCrashesFailsOnlyItsLessonWithTheSignal() throws {
    let h = try course(["a.md", "crash.md", "z.md"])
    // A worker that dies of SIGSEGV on crash.md and is nnbook for the other lessons.
    let worker = try h.write(
      "worker.sh",
      """
      #!/bin/sh
      case "$*" in *crash.md*) kill -SEGV $$ ;; esac
      exec '\(Harness.binary)' "$@"

      """)
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: worker)
    let result = try h.nnbook(
      arguments: ["check", "--jobs", "2", "--junit", "report.xml", "."],
      environment: ["NNBOOK_CHECK_WORKER": worker])
    #expect(result.status == 1)
    #expect(
      result.stderr.contains("./crash.md: error: the check of this lesson crashed (signal 11"), "\(result.stderr)")
    #expect(result.stdout.contains("checked 3 lesson(s): 2 passed, 1 failed"), "\(result.stdout)")
    let junit = try parseJUnit(h.read("report.xml"))
    #expect(junit.suites == ["./a.md", "./crash.md", "./z.md"])
    #expect(junit.cases.count == 5)
  }

  @Test func shardsPartitionTheSortedCourse() throws {
    let names = ["e.md", "b.md", "a.md", "d.md", "c.md"]
    let h = try course(names)
    var seen: [String] = []
    for index in 1...3 {
      let result = try h.nnbook("check", "--shard", "\(index)/3", "--junit", "shard\(index).xml", ".")
      #expect(result.status == 0, "\(result.stderr)")
      let suites = try parseJUnit(h.read("shard\(index).xml")).suites
      #expect(!suites.isEmpty)
      seen += suites
    }
    #expect(seen.sorted() == names.map { "./" + $0 }.sorted())
    #expect(Set(seen).count == seen.count, "no lesson is in two shards")
    #expect(try parseJUnit(h.read("shard1.xml")).suites == ["./a.md", "./d.md"])

    for bad in ["0/3", "4/3", "1/0", "x", "1/2/3"] {
      let result = try h.nnbook("check", "--shard", bad, ".")
      #expect(result.status == 2, "--shard \(bad): \(result.stderr)")
    }
  }

  @Test(arguments: [[], ["--jobs", "2"]])
  func junitHasACasePerCellAndNamesTheFailingLine(extra: [String]) throws {
    let h = try course(["a.md", "b.md"])
    let stored = try h.read("b.md")
    try h.write("b.md", stored.replacingOccurrences(of: "b.md two\n```", with: "b.md 2\n```"))
    // The 0-based index of the second cell's code line is the 1-based line of its fence.
    let fenceLine = try #require(
      h.read("b.md").split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0 == "print(\"b.md two\")" }
    )
    let result = try h.nnbook(arguments: ["check", "--junit", "report.xml"] + extra + ["a.md", "b.md"])
    #expect(result.status == 1, "\(result.stderr)")
    let text = try h.read("report.xml")
    let junit = try parseJUnit(text)
    #expect(junit.suites == ["a.md", "b.md"])
    #expect(junit.cases.count == 4)
    let failures = junit.cases.filter { !$0.elements(forName: "failure").isEmpty }
    #expect(failures.count == 1)
    let failure = try #require(failures.first?.elements(forName: "failure").first)
    #expect(
      failure.attribute(forName: "message")?.stringValue?.hasPrefix("b.md:\(fenceLine): error: ") == true, "\(text)")
    #expect(failure.stringValue?.contains("- b.md 2") == true && failure.stringValue?.contains("+ b.md two") == true)
    #expect(failures.first?.attribute(forName: "line")?.stringValue == "\(fenceLine)")
  }

  @Test(arguments: [[], ["--jobs", "2"]])
  func aMalformedLessonIsAFailedSuite(extra: [String]) throws {
    let h = try course(["a.md"])
    try h.write("o.md", "# O\n\n```swift\n//| evl: false\nprint(1)\n```\n")
    let result = try h.nnbook(arguments: ["check", "--junit", "r.xml"] + extra + ["a.md", "o.md"])
    #expect(result.status == 1)
    #expect(result.stderr.contains("o.md:4:"), "\(result.stderr)")
    let junit = try parseJUnit(h.read("r.xml"))
    #expect(junit.suites == ["a.md", "o.md"])
    let failure = try #require(junit.cases.last?.elements(forName: "failure").first)
    #expect(failure.attribute(forName: "message")?.stringValue?.hasPrefix("o.md:4:") == true)
  }
}
