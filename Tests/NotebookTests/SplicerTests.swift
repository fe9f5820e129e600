import Cells
import Testing

@testable import Notebook

@Suite("Splicing outputs into the lesson")
struct SplicerTests {
  func key(_ text: String, cell: Int = 0) throws -> String {
    try parse(text).cells[cell].inputKey
  }

  @Test func insertsARegionAfterTheClosingFence() throws {
    let lesson = "# T\n\n```swift\nprint(1)\n```\n\nAfter.\n"
    let updated = try update(lesson) { execution(of: $0, printing: ["1"]) }
    #expect(
      updated
        == "# T\n\n```swift\nprint(1)\n```\n<!-- nnbook:output \(try key(lesson)) -->\n```text\n1\n```\n<!-- nnbook:end -->\n\nAfter.\n"
    )
  }

  @Test func replacesAnExistingRegionAndKeepsTheBlankLineBeforeIt() throws {
    let lesson = "```swift\nprint(2)\n```\n\n<!-- nnbook:output old -->\n```text\n1\n```\n<!-- nnbook:end -->\nAfter.\n"
    let updated = try update(lesson) { execution(of: $0, printing: ["2"]) }
    #expect(
      updated
        == "```swift\nprint(2)\n```\n\n<!-- nnbook:output \(try key(lesson)) -->\n```text\n2\n```\n<!-- nnbook:end -->\nAfter.\n"
    )
  }

  @Test func removesTheRegionOfACellThatNowPrintsNothing() throws {
    let lesson = "```swift\nlet x = 1\n```\n<!-- nnbook:output old -->\n```text\n1\n```\n<!-- nnbook:end -->\nAfter.\n"
    let updated = try update(lesson) { execution(of: $0, printing: [nil]) }
    #expect(updated == "```swift\nlet x = 1\n```\nAfter.\n")
  }

  @Test(arguments: ["//| eval: false\n", "//| output: false\n"])
  func cellsWithoutKeptOutputGetNoRegion(option: String) throws {
    let lesson = "```swift\n\(option)print(1)\n```\n<!-- nnbook:output old -->\n```text\n1\n```\n<!-- nnbook:end -->\n"
    let document = try parse(lesson)
    let status: CellStatus = option.contains("eval") ? .skipped : .ok
    let execution = Execution(cells: [CellExecution(index: 0, status: status, outputs: [.text("1")])])
    #expect(try Splicer.update(document, with: execution).text == "```swift\n\(option)print(1)\n```\n")
  }

  @Test func cellsThatDidNotRunKeepTheirRegion() throws {
    let lesson =
      "```swift\nfail()\n```\n\n```swift\nprint(1)\n```\n<!-- nnbook:output old -->\n```text\nkept\n```\n<!-- nnbook:end -->\n"
    let document = try parse(lesson)
    let failure = LessonError(path: "lesson.md", line: 2, column: 1, message: "boom", sourceLine: "fail()")
    let execution = Execution(
      cells: [
        CellExecution(index: 0, status: .failed, error: failure),
        CellExecution(index: 1, status: .notRun),
      ], failures: [failure.description])
    let spliced = try Splicer.update(document, with: execution)
    let updated = spliced.text
    // Nothing above the failed cell changes, so its line stays.
    #expect(spliced.failures == ["lesson.md:2:1: error: boom\nfail()\n^"])
    #expect(
      updated.hasSuffix(
        "```swift\nprint(1)\n```\n<!-- nnbook:output old -->\n```text\nkept\n```\n<!-- nnbook:end -->\n"))
    // The failed cell itself stores its error.
    #expect(updated.hasPrefix("```swift\nfail()\n```\n<!-- nnbook:output "))
    #expect(updated.contains("```error\nlesson.md:2:1: error: boom\nfail()\n^\n```\n"))
  }

  @Test func orphanRegionsAreRemoved() throws {
    let lesson = "Prose.\n\n<!-- nnbook:output gone -->\n```text\nx\n```\n<!-- nnbook:end -->\n\nMore.\n"
    let updated = try update(lesson) { _ in Execution(cells: []) }
    #expect(updated == "Prose.\n\n\nMore.\n")
  }

  @Test func updatingTwiceChangesNothing() throws {
    let lesson = "```swift\nprint(1)\n```\n\n```swift\nprint(2)\n```\n"
    let once = try update(lesson) { executionPrintingNames(of: $0) }
    let document = try parse(once)
    let twice = try Splicer.update(document, with: executionPrintingNames(of: document))
    #expect(twice.text == once)
    #expect(!twice.changesText)
    #expect(once != lesson)
  }

  @Test func storedErrorsGiveTheLinesOfTheUpdatedLesson() throws {
    let lesson = "```swift\nprint(1)\n```\n\n```swift\n//| error: true\nboom()\n```\n"
    func run(_ document: Document) -> Execution {
      let cell = document.cells[1]
      let error = LessonError(
        path: "lesson.md", line: cell.firstCodeLine + 1, column: 1, message: "boom",
        sourceLine: document.lines.content(ofLine: cell.firstCodeLine + 1))
      return Execution(cells: [
        CellExecution(index: 0, status: .ok, outputs: [.text("1")]),
        CellExecution(index: 1, status: .expectedError, error: error),
      ])
    }
    let once = try update(lesson, with: run)
    // The first cell's region (5 lines) pushes `boom()` from line 7 to line 12.
    #expect(once.contains("```error\nlesson.md:12:1: error: boom\nboom()\n^\n```"))
    #expect(try parse(once).lines.content(ofLine: 12) == "boom()")
    #expect(try update(once, with: run) == once)
  }

  @Test func failuresAreRestatedWithTheLinesOfTheUpdatedLesson() throws {
    let document = try parse("```swift\nprint(1)\n```\n\n```swift\nfail()\n```\n")
    let error = LessonError(path: "lesson.md", line: 6, column: 1, message: "boom", sourceLine: "fail()")
    let execution = Execution(
      cells: [
        CellExecution(index: 0, status: .ok, outputs: [.text("1")]),
        CellExecution(index: 1, status: .failed, error: error),
      ],
      failures: [error.description])
    let spliced = try Splicer.update(document, with: execution)
    #expect(spliced.failures == ["lesson.md:11:1: error: boom\nfail()\n^"])
    #expect(try parse(spliced.text).lines.content(ofLine: 11) == "fail()")
  }

  @Test func handEditedAndDeletedRegionsAreRegenerated() throws {
    let lesson = "```swift\nprint(1)\n```\n"
    let good = try update(lesson) { execution(of: $0, printing: ["1"]) }
    let edited = good.replacing("```text\n1\n```", with: "```text\nhand edit\n```")
    #expect(try update(edited) { execution(of: $0, printing: ["1"]) } == good)
    #expect(try update(lesson) { execution(of: $0, printing: ["1"]) } == good)
  }

  @Test func preservesCRLFByteOrderMarkTabsAndTrailingSpaces() throws {
    let lesson = "\u{FEFF}# Title  \r\n\r\n\tIndented\tprose \r\n\r\n```swift\r\nprint(1)\r\n```\r\nAfter.   \r\n"
    let updated = try update(lesson) { execution(of: $0, printing: ["a\nb"]) }
    let key = try key(lesson)
    #expect(
      Array(updated.utf8)
        == Array(
          "\u{FEFF}# Title  \r\n\r\n\tIndented\tprose \r\n\r\n```swift\r\nprint(1)\r\n```\r\n<!-- nnbook:output \(key) -->\r\n```text\r\na\r\nb\r\n```\r\n<!-- nnbook:end -->\r\nAfter.   \r\n"
            .utf8))
  }

  @Test func keepsAMissingFinalNewlineWhenInserting() throws {
    let lesson = "Text\n\n```swift\nprint(1)\n```"
    let updated = try update(lesson) { execution(of: $0, printing: ["1"]) }
    #expect(
      updated
        == "Text\n\n```swift\nprint(1)\n```\n<!-- nnbook:output \(try key(lesson)) -->\n```text\n1\n```\n<!-- nnbook:end -->"
    )
    // And when replacing, and when removing.
    #expect(try update(updated) { execution(of: $0, printing: ["1"]) } == updated)
    #expect(
      try update(updated) { execution(of: $0, printing: ["2"]) }.hasSuffix("```text\n2\n```\n<!-- nnbook:end -->"))
    #expect(try update(updated) { execution(of: $0, printing: [nil]) } == lesson)
  }

  @Test func unclosedCellCannotStoreOutputs() throws {
    let document = try parse("```swift\nprint(1)\n")
    #expect(throws: DocumentError.self) {
      try Splicer.update(document, with: execution(of: document, printing: ["1"]))
    }
    // Without outputs there is nothing to store and nothing to complain about.
    #expect(try Splicer.update(document, with: execution(of: document, printing: [nil])).text == "```swift\nprint(1)\n")
  }

  @Test func textFencesOutgrowBackticksInTheOutput() throws {
    let updated = try update("```swift\nprint(1)\n```\n") { execution(of: $0, printing: ["a ```` b"]) }
    #expect(updated.contains("\n`````text\na ```` b\n`````\n"))
    #expect(try parse(updated).cells[0].region?.outputs == [.text("a ```` b")])
  }

  @Test func tablesFiguresAndErrorsRoundTrip() throws {
    let lesson = "```swift\n//| label: report\nshow()\n```\n"
    let document = try parse(lesson, path: "dir/lesson.md")
    let table = Table(header: ["class", "f1"], rows: [["a|b", "0.5"], ["c", "1"]], alignments: [.left, .center])
    let figure = Figure(svg: "<svg/>", caption: "Loss [train]", series: [])
    let error = LessonError(path: "dir/lesson.md", line: 3, column: 1, message: "boom", sourceLine: "show()")
    let execution = Execution(cells: [
      CellExecution(
        index: 0, status: .expectedError, outputs: [.text("x"), .table(table), .figure(figure), .figure(figure)],
        error: error)
    ])
    let spliced = try Splicer.update(document, with: execution)
    #expect(
      spliced.files == [
        GeneratedFile(relativePath: "lesson_files/report.svg", contents: "<svg/>"),
        GeneratedFile(relativePath: "lesson_files/report-2.svg", contents: "<svg/>"),
      ])
    #expect(spliced.text.contains("\n\n| class | f1 |\n| --- | :---: |\n| a\\|b | 0.5 |\n| c | 1 |\n\n"))
    let reread = try parse(spliced.text)
    #expect(
      reread.cells[0].region?.outputs == [
        .text("x"),
        .table(table),
        .figure(caption: "Loss [train]", path: "lesson_files/report.svg"),
        .figure(caption: "Loss [train]", path: "lesson_files/report-2.svg"),
        .error("lesson.md:3:1: error: boom\nshow()\n^"),
      ])
  }

  @Test func unlabeledFiguresAreNamedByCellNumber() throws {
    let document = try parse("```swift\nprint(0)\n```\n\n```swift\nplot()\n```\n")
    let figure = Figure(svg: "<svg/>", caption: "", series: [])
    let execution = Execution(cells: [
      CellExecution(index: 0, status: .ok),
      CellExecution(index: 1, status: .ok, outputs: [.figure(figure)]),
    ])
    #expect(try Splicer.update(document, with: execution).files.map(\.relativePath) == ["lesson_files/fig-2.svg"])
  }

  @Test func markdownRenditionIsTheUpdatedLesson() throws {
    let document = try parse("```swift\nprint(1)\n```\n")
    let execution = execution(of: document, printing: ["1"])
    #expect(try MarkdownRenderer.render(document, execution: execution) == Splicer.update(document, with: execution))
  }
}
