import Cells
import Foundation
import Testing

@testable import Notebook

@Suite("Comparing stored and new outputs")
struct ComparatorTests {
  /// A lesson whose cells store the given texts, as `update` would have written them.
  func storedLesson(_ texts: [String], options: [String] = []) throws -> Document {
    var lesson = "# Lesson\n\n"
    for (index, _) in texts.enumerated() {
      let option = index < options.count ? options[index] : ""
      lesson += "```swift\n\(option)cell\(index)()\n```\n\nProse.\n\n"
    }
    let document = try parse(lesson)
    return try parse(Splicer.update(document, with: execution(of: document, printing: texts)).text)
  }

  @Test func identicalOutputsHaveNoDifferences() throws {
    let document = try storedLesson(["loss 0.5\naccuracy 0.97", "done"])
    #expect(
      Comparator.compare(document, with: execution(of: document, printing: ["loss 0.5\naccuracy 0.97", "done"])).isEmpty
    )
  }

  @Test func numberBeyondTheToleranceIsReportedAtTheCellsLine() throws {
    let document = try storedLesson(["epoch 1", "loss 0.5\naccuracy 0.9700 (best 0.99)"])
    let differences = Comparator.compare(
      document, with: execution(of: document, printing: ["epoch 1", "loss 0.5\naccuracy 0.9512 (best 0.99)"]))
    let difference = try #require(differences.first)
    #expect(differences.count == 1)
    #expect(difference.cellIndex == 1)
    #expect(difference.fenceLine == document.cells[1].fenceLine)
    #expect(difference.kind == .changed)
    #expect(!difference.isStale)
    let storedLine = try #require(document.cells[1].region).startLine + 3
    #expect(
      difference.details == [
        "  ```text",
        "  loss 0.5",
        "- accuracy 0.9700 (best 0.99)",
        "+ accuracy 0.9512 (best 0.99)",
        "number 1 on line \(storedLine): 0.9700 -> 0.9512 (rel. diff 1.9e-2)",
        "  ```",
      ])
    #expect(
      difference.description.hasPrefix("lesson.md:\(document.cells[1].fenceLine): error: the outputs of cell 2 differ"))
  }

  @Test func numbersWithinTheToleranceMatch() throws {
    let document = try storedLesson(["loss 0.500000 nan inf -inf 1e-12"])
    let now = execution(of: document, printing: ["loss 0.500001 nan inf -inf 2e-12"])
    #expect(Comparator.compare(document, with: now).isEmpty)
  }

  @Test func perCellToleranceWidensTheMatch() throws {
    let document = try storedLesson(["accuracy 0.970", "accuracy 0.970"], options: ["//| tolerance: 0.05\n"])
    let differences = Comparator.compare(
      document, with: execution(of: document, printing: ["accuracy 0.951", "accuracy 0.951"]))
    #expect(differences.map(\.cellIndex) == [1])
  }

  @Test func checkFalseAndEvalFalseCellsAreIgnored() throws {
    let document = try storedLesson(["took 1.2 s", "x"], options: ["//| check: false\n", "//| eval: false\n"])
    let now = Execution(cells: [
      CellExecution(index: 0, status: .ok, outputs: [.text("took 9.9 s")]),
      CellExecution(index: 1, status: .skipped),
    ])
    #expect(Comparator.compare(document, with: now).isEmpty)
  }

  @Test func changedWordsAreReportedWithoutNumberNotes() throws {
    let document = try storedLesson(["hello world"])
    let difference = try #require(
      Comparator.compare(document, with: execution(of: document, printing: ["hello there"])).first)
    #expect(difference.details.contains("- hello world"))
    #expect(difference.details.contains("+ hello there"))
    #expect(!difference.details.contains { $0.hasPrefix("number") })
  }

  @Test func missingAndUnexpectedRegions() throws {
    let document = try storedLesson(["stored"])
    let silent = Comparator.compare(document, with: execution(of: document, printing: [nil]))
    #expect(silent.map(\.kind) == [.unexpected])
    #expect(silent.first?.details == ["- ```text", "- stored", "- ```"])

    let fresh = try parse("```swift\nprint(1)\n```\n")
    let missing = Comparator.compare(fresh, with: execution(of: fresh, printing: ["1"]))
    #expect(missing.map(\.kind) == [.missing])
    #expect(missing.first?.details == ["+ ```text", "+ 1", "+ ```"])
  }

  @Test func aStaleCellFailsEvenWhenItsOutputsAreTheSame() throws {
    let stored = try storedLesson(["1", "2"])
    let edited = try parse(stored.text.replacing("cell0()", with: "cell0(again: true)"))
    #expect(edited.cells.map(\.isStale) == [true, true], "an edit makes its cell and every later one stale")
    let same = Comparator.compare(edited, with: execution(of: edited, printing: ["1", "2"]))
    #expect(same.map(\.kind) == [.stale, .stale])
    #expect(same.map(\.cellIndex) == [0, 1])
    #expect(same.first?.summary.contains("is stale") == true)
    #expect(Comparator.staleCells(in: edited) == same, "the keys alone say the same without running anything")
    #expect(Comparator.staleCells(in: stored).isEmpty)

    let difference = try #require(Comparator.compare(edited, with: execution(of: edited, printing: ["3", "2"])).first)
    #expect(difference.kind == .changed)
    #expect(difference.isStale)
    #expect(difference.summary.contains("edited since"))
  }

  @Test func staleCellsWithoutComparedOutputsStillFail() throws {
    let stored = try storedLesson(["took 1 s"], options: ["//| check: false\n"])
    let edited = try parse(stored.text.replacing("cell0()", with: "cell0(twice: true)"))
    #expect(Comparator.compare(edited, with: execution(of: edited, printing: ["took 2 s"])).map(\.kind) == [.stale])
  }

  @Test func aRegionWhoseCellWasDeletedFails() throws {
    let stored = try storedLesson(["a", "b"])
    let fence = stored.cells[1].fenceLine
    var lines = stored.text.split(separator: "\n", omittingEmptySubsequences: false)
    lines.removeSubrange((fence - 1)...(fence + 1))
    let deleted = try parse(lines.joined(separator: "\n"))
    #expect(deleted.orphanRegions.count == 1)
    let differences = Comparator.staleCells(in: deleted)
    #expect(differences.map(\.kind) == [.orphaned])
    #expect(differences.first?.cellIndex == nil)
    let report = LessonReport(document: deleted, execution: nil, differences: differences)
    #expect(report.cases.map(\.outcome) == [.passed, .failed])
  }

  @Test func anExpectedErrorStillMatchesAfterProseIsAddedAboveIt() throws {
    let cell = "```swift\n//| error: true\nlet xs = [1]\nprint(xs[3])\n```\n"
    func failing(_ document: Document) -> Execution {
      LessonExecutor(runner: { _, _ in
        CellResult(outputs: [.text("before")], error: CellError(.runtime, "index out of range", line: 3, column: 7))
      }).execute(document)
    }
    let original = try parse("# Lesson\n\n" + cell)
    let stored = try parse(try Splicer.update(original, with: failing(original)).text)
    let region = try #require(stored.cells[0].region)
    #expect(region.bodyLines.contains("lesson.md:6:7: error: index out of range"), "stored with its lesson line")
    #expect(Comparator.compare(stored, with: failing(stored)).isEmpty)

    let moved = try parse(stored.text.replacing("# Lesson\n", with: "# Lesson\n\nA new paragraph\nof two lines.\n"))
    #expect(moved.cells[0].fenceLine == stored.cells[0].fenceLine + 3)
    #expect(Comparator.compare(moved, with: failing(moved)).isEmpty, "only the cell moved")

    // A different column, message or source line is still a difference.
    let elsewhere = LessonExecutor(runner: { _, _ in
      CellResult(outputs: [.text("before")], error: CellError(.runtime, "index out of range", line: 3, column: 9))
    }).execute(moved)
    #expect(Comparator.compare(moved, with: elsewhere).map(\.kind) == [.changed])
  }

  @Test(arguments: [
    ("lesson.md:150:7: error: boom", "lesson.md:*:7: error: boom"),
    ("lesson.md:150: error: boom", nil),
    ("other.md:150:7: error: boom", nil),
    ("lesson.md:x:7: error", nil),
  ])
  func errorLocationsAreMaskedOnlyWhereTheyAreLocations(line: String, masked: String?) {
    #expect(ErrorLocation.masking(line, fileName: "lesson.md") == masked)
    #expect(
      ErrorLocation.maskingLines(in: ["```text", line, "```", "```error", line, "```"], fileName: "lesson.md")
        == ["```text", line, "```", "```error", masked ?? line, "```"])
  }

  @Test func cellsThatFailedOrDidNotRunAreLeftToTheExecutionReport() throws {
    let document = try storedLesson(["a", "b"])
    let error = LessonError(path: "lesson.md", line: 4, column: 1, message: "boom")
    let now = Execution(
      cells: [CellExecution(index: 0, status: .failed, error: error), CellExecution(index: 1, status: .notRun)],
      failures: [error.description])
    #expect(Comparator.compare(document, with: now).isEmpty)
  }

  @Test func figuresAreComparedThroughTheirStoredFiles() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nnbook-compare-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("lesson.md").path

    func figureRun(_ document: Document, y: String) -> Execution {
      let svg = "<svg><polyline points=\"0,\(y) 10,20\"/></svg>"
      return Execution(cells: [
        CellExecution(index: 0, status: .ok, outputs: [.figure(Figure(svg: svg, caption: "c", series: []))])
      ])
    }
    let original = try Document.parse(text: "```swift\nplot()\n```\n", path: path)
    try Splicer.update(original, with: figureRun(original, y: "100.0")).write(to: path)
    let stored = try Document.parse(contentsOf: path)
    #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("lesson_files/fig-1.svg").path))

    #expect(Comparator.compare(stored, with: figureRun(stored, y: "100.001")).isEmpty)
    let moved = try #require(Comparator.compare(stored, with: figureRun(stored, y: "150.0")).first)
    #expect(
      moved.details == [
        "figure lesson_files/fig-1.svg: 1 of 4 numbers moved; first, number 2: 100.0 -> 150.0 (rel. diff 3.3e-1)"
      ])
  }

  @Test(arguments: [
    ("epoch 3: loss 0.0312, acc 97.5%", [3, 0.0312, 97.5]),
    ("x1 v1.2.3 fig-3 -4 +5 1e-3 2.5E+2 .5", [3, -4, 5, 0.001, 250, 0.5]),
    ("NaN inf -Infinity banana info", [Double.nan, .infinity, -.infinity]),
    ("ends with 3.", [3]),
  ])
  func numbersInText(text: String, numbers: [Double]) {
    let found = NumericText(text).numbers.map(\.value)
    #expect(found.count == numbers.count)
    for (a, b) in zip(found, numbers) {
      #expect(a == b || (a.isNaN && b.isNaN))
    }
  }

  @Test func paddingChangesDoNotMatter() {
    #expect(NumericText("acc   0.95 |").matches(NumericText("acc 0.95 |"), tolerance: .default))
    #expect(!NumericText("acc 0.95").matches(NumericText("loss 0.95"), tolerance: .default))
  }

  @Test func relativeDifferenceFormatting() {
    #expect(Comparator.formatted(0.019) == "1.9e-2")
    #expect(Comparator.formatted(0.0996) == "1.0e-1")
    #expect(Comparator.formatted(2) == "2.0e0")
  }

  @Test func diffOfLongOutputsShowsContextOnly() {
    let stored = (1...20).map { "line \($0) value \($0 * 10)" }
    var now = stored
    now[9] = "line 10 value 999"
    let details = Comparator.lineDifferences(stored: stored, firstStoredLine: 100, now: now, tolerance: .default)
    #expect(details.first == "...")
    #expect(details.contains("- line 10 value 100"))
    #expect(details.contains("+ line 10 value 999"))
    #expect(details.contains("number 2 on line 109: 100 -> 999 (rel. diff 9.0e-1)"))
    #expect(details.last == "...")
    #expect(details.count == 9)
  }
}
