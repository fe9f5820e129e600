import Cells
import Testing

@testable import Notebook

@Suite("Running a lesson")
struct LessonExecutorTests {
  @Test func runsCellsInOrderAndKeepsTheirOutputs() throws {
    let document = try parse("```swift\nprint(1)\n```\n\n```swift\nprint(2)\n```\n")
    var ran: [String] = []
    let executor = LessonExecutor(runner: { source, timeout in
      ran.append(source)
      #expect(timeout == Session.defaultTimeout)
      return CellResult(outputs: [.text("out \(ran.count)")], error: nil)
    })
    let execution = executor.execute(document)
    #expect(ran == ["print(1)\n", "print(2)\n"])
    #expect(execution.cells.map(\.status) == [.ok, .ok])
    #expect(execution.cells.map(\.outputs) == [[.text("out 1")], [.text("out 2")]])
    #expect(execution.succeeded)
  }

  /// swiftc names a program's module after its file (`sorter.swift` prints `sorter.Node`);
  /// a lesson's module is its file name, or `main` where that is not a Swift identifier.
  @Test(arguments: [
    ("notebooks/sorter.md", "sorter"), ("notebooks/01-intro.md", "main"), ("heap_sort.md", "heap_sort"),
  ])
  func lessonTypesAreQualifiedByTheLessonsModule(_ path: String, _ module: String) throws {
    let lesson =
      "```swift\nfinal class Node {}\nenum Suit { case hearts }\nlet s: Suit? = .hearts\nprint(Node(), s as Any)\n```\n"
    let execution = LessonExecutor().execute(try parse(lesson, path: path))
    #expect(execution.cells.first?.outputs == [.text("\(module).Node Optional(\(module).Suit.hearts)")])
  }

  @Test func firstErrorStopsTheRunAndIsLocatedInTheLesson() throws {
    let lesson = "# T\n\n```swift\n//| label: a\nlet x = 1\nlet y = pritn(x)\n```\n\n```swift\nprint(2)\n```\n"
    let document = try parse(lesson, path: "notebooks/lesson.md")
    let error = CellError(.runtime, "cannot find 'pritn' in scope", line: 3, column: 9)
    let execution = run(
      document, results: [document.cells[0].source: CellResult(outputs: [.text("before")], error: error)])
    #expect(execution.cells.map(\.status) == [.failed, .notRun])
    #expect(execution.cells[0].outputs == [.text("before")])
    #expect(!execution.succeeded)
    #expect(
      execution.failures == [
        "notebooks/lesson.md:6:9: error: cannot find 'pritn' in scope\nlet y = pritn(x)\n        ^"
      ])
    #expect(execution.cells[0].error?.kind == .runtime)
  }

  @Test func expectedErrorsAreOutputsAndMissingOnesAreFailures() throws {
    let document = try parse(
      "```swift\n//| error: true\nboom()\n```\n\n```swift\n//| error: true\nfine()\n```\n\n```swift\nlater()\n```\n")
    let error = CellError(.runtime, "boom", line: 2, column: 1)
    let execution = run(document, results: [document.cells[0].source: CellResult(outputs: [], error: error)])
    #expect(execution.cells.map(\.status) == [.expectedError, .failed, .notRun])
    #expect(execution.cells[0].error?.line == 3)
    #expect(execution.cells[1].failure?.line == 6)
    #expect(execution.failures.count == 1)
    #expect(execution.failures[0].hasPrefix("lesson.md:6:1: error: expected an error"))
  }

  @Test func evalFalseCellsAreSkippedAndTimeoutsPassedOn() throws {
    let document = try parse("```swift\n//| eval: false\nnever()\n```\n\n```swift\n//| timeout: 2.5\nquick()\n```\n")
    var timeouts: [Double] = []
    let execution = LessonExecutor(runner: { _, timeout in
      timeouts.append(timeout)
      return CellResult(outputs: [], error: nil)
    }).execute(document)
    #expect(execution.cells.map(\.status) == [.skipped, .ok])
    #expect(timeouts == [2.5])
  }

  @Test func progressReportsEveryCell() throws {
    let document = try parse("```swift\n//| label: one\na()\n```\n\n```swift\n//| eval: false\nb()\n```\n")
    var events: [String] = []
    _ = LessonExecutor(runner: { _, _ in CellResult(outputs: [], error: nil) }).execute(document) { progress in
      switch progress.event {
      case .started: events.append("start \(progress)")
      case .finished(let status, _): events.append("end \(progress) \(status)")
      }
    }
    #expect(events == ["start [1/2] one (line 1)", "end [1/2] one (line 1) ok", "end [2/2] line 6 skipped"])
  }

  @Test func errorColumnsShiftWithTheFenceIndentationAndCaretsKeepTabs() throws {
    let document = try parse("  ```swift\n  \tlet é = nope\n  ```\n")
    // Column 11 of the cell line "\tlet é = nope" is the "n" (é takes two bytes).
    let located = LessonError(
      CellError(.runtime, "bad", line: 1, column: 11), ranCells: [document.cells[0]], of: document)
    #expect(located.line == 2)
    #expect(located.column == 13)
    #expect(located.formatted(path: "x.md") == "x.md:2:13: error: bad\n  \tlet é = nope\n  \t        ^")
  }

  @Test func errorLinesPastTheCellAreClamped() throws {
    let document = try parse("```swift\nlet a = (\n```\n\nAfter\n")
    let located = LessonError(
      CellError(.syntax, "expected ')'", line: 2, column: 1), ranCells: [document.cells[0]], of: document)
    #expect(located.line == 2)
    #expect(located.sourceLine == "let a = (")
  }

  @Test func errorsInsideFunctionsOfEarlierCellsAreAtTheirLinesWithTheCalls() throws {
    let document = try parse("```swift\nfunc f() {\n  boom()\n}\n```\n\n```swift\nlet x = 1\nf()\n```\n")
    let error = CellError(
      .runtime, "boom", line: 2, column: 3, cellsBack: 1, frames: [CellError.Location(line: 2, column: 1)])
    let located = LessonError(error, ranCells: document.cells, of: document)
    #expect(located.line == 3)
    #expect(located.cellIndex == 0)
    #expect(located.frames == [LessonError.Location(cellIndex: 1, line: 9, column: 1)])
    #expect(
      located.formattedWithCalls(path: "x.md")
        == "x.md:3:3: error: boom\n  boom()\n  ^\nx.md:9:1: note: called from here")
  }
}
