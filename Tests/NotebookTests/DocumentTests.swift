import Testing

@testable import Notebook

@Suite("Finding cells")
struct DocumentTests {
  @Test func swiftFencesAreCellsWithLessonLineNumbers() throws {
    let document = try parse(
      """
      # Title

      Some prose.

      ```swift
      let a = 1
      print(a)
      ```

      ```swift title="Second"
      print(2)
      ```
      """)
    #expect(document.cells.count == 2)
    let first = document.cells[0]
    #expect(first.index == 0)
    #expect(first.source == "let a = 1\nprint(a)\n")
    #expect(first.fenceLine == 5)
    #expect(first.firstCodeLine == 6)
    #expect(first.lastLine == 8)
    #expect(first.isClosed)
    #expect(document.cells[1].fenceLine == 10)
    #expect(document.cells[1].source == "print(2)\n")
  }

  @Test(arguments: [
    "```python\nprint(1)\n```\n",
    "```swift-x\nprint(1)\n```\n",
    "```Swift\nprint(1)\n```\n",
    "```\nprint(1)\n```\n",
    "    let indented = 1\n    print(indented)\n",
    "> ```swift\n> print(1)\n> ```\n",
    "- item\n\n  ```swift\n  print(1)\n  ```\n",
  ])
  func otherBlocksAreProse(_ text: String) throws {
    let document = try parse("Intro.\n\n" + text)
    #expect(document.cells.isEmpty)
  }

  @Test func tildeFencesAndIndentedFencesAreCells() throws {
    let document = try parse("~~~swift\nprint(1)\n~~~\n\n  ```swift\n  print(2)\n  ```\n")
    #expect(document.cells.map(\.source) == ["print(1)\n", "print(2)\n"])
    #expect(document.cells[1].indentation == 2)
  }

  @Test func unclosedFenceRunsToTheEnd() throws {
    let document = try parse("Text\n\n```swift\nprint(1)\nprint(2)\n")
    let cell = try #require(document.cells.first)
    #expect(!cell.isClosed)
    #expect(cell.lastLine == 5)
    #expect(cell.source == "print(1)\nprint(2)\n")
  }

  /// cmark ends a line at a lone CR too; a line table that did not put every cell after
  /// one on the wrong lines (a cell calling `fatalError` was skipped and `check` passed).
  @Test(arguments: [
    ("# T\r\rprose\rmore\n\n", 6), ("# T\n\nprose\r\rmore\r\n\n", 7), ("# T\r\n\r\nprose\r\r\n", 5),
  ])
  func aLoneCarriageReturnEndsALineAsInCommonMark(_ prose: String, _ fenceLine: Int) throws {
    let document = try parse(prose + "```swift\nfatalError(\"x\")\n```\n")
    let cell = try #require(document.cells.first)
    #expect(cell.fenceLine == fenceLine)
    #expect(cell.lastLine == fenceLine + 2)
    #expect(cell.source == "fatalError(\"x\")\n")
  }

  @Test func crlfAndByteOrderMarkDoNotShiftLines() throws {
    let document = try parse("\u{FEFF}# T\r\n\r\n```swift\r\nprint(1)\r\n```\r\n")
    let cell = try #require(document.cells.first)
    #expect(cell.fenceLine == 3)
    #expect(cell.lastLine == 5)
    #expect(cell.source == "print(1)\n")
    #expect(document.lines.dominantEnding == .crlf)
    #expect(document.lines.byteOrderMarkLength == 3)
  }

  @Test func cellOnTheFirstLineAfterAByteOrderMark() throws {
    let document = try parse("\u{FEFF}```swift\nprint(1)\n```\n")
    #expect(document.cells.map(\.fenceLine) == [1])
    let updated = try Splicer.update(document, with: execution(of: document, printing: ["1"])).text
    #expect(updated.hasPrefix("\u{FEFF}```swift\nprint(1)\n```\n<!-- nnbook:output "))
  }

  @Test func codeWithoutOptionLines() throws {
    let document = try parse("```swift\n//| label: a\n//| echo: false\nlet x = 1\n//| not an option here\n```\n")
    #expect(document.cells[0].code == "let x = 1\n//| not an option here")
  }

  @Test func bytesThatAreNotTextAreRejected() {
    #expect(throws: DocumentError.self) { try Document.parse(bytes: [0x23, 0x20, 0xFF, 0xFE], path: "bad.md") }
    #expect(throws: DocumentError.self) { try Document.parse(bytes: Array("a\u{0}b".utf8), path: "nul.md") }
    do {
      _ = try Document.parse(bytes: [0xC3], path: "bad.md")
    } catch {
      #expect("\(error)" == "bad.md: error: not a text file (a lesson must be UTF-8 text without NUL bytes)")
    }
  }

  @Test func missingFileIsADocumentError() {
    #expect(throws: DocumentError.self) { try Document.parse(contentsOf: "/nonexistent/lesson.md") }
  }

  @Test func namesDerivedFromThePath() throws {
    let document = try parse("x\n", path: "notebooks/01-intro.md")
    #expect(document.fileName == "01-intro.md")
    #expect(document.baseName == "01-intro")
    #expect(document.filesFolderName == "01-intro_files")
    #expect(document.directory == "notebooks/")
  }

  @Test func inputKeysChainAndIgnorePresentationOptions() throws {
    let plain = try parse("```swift\nlet a = 1\n```\n\n```swift\nprint(a)\n```\n")
    let relabeled = try parse(
      "```swift\n//| label: first\n//| echo: false\nlet a = 1\n```\n\n```swift\nprint(a)\n```\n")
    let edited = try parse("```swift\nlet a = 2\n```\n\n```swift\nprint(a)\n```\n")
    let timed = try parse("```swift\n//| timeout: 5\nlet a = 1\n```\n\n```swift\nprint(a)\n```\n")

    #expect(plain.cells[0].inputKey.count == 16)
    #expect(plain.cells[0].inputKey.allSatisfy { $0.isHexDigit })
    #expect(plain.cells.map(\.inputKey) == relabeled.cells.map(\.inputKey))
    // Editing the first cell makes the second stale too.
    #expect(plain.cells[0].inputKey != edited.cells[0].inputKey)
    #expect(plain.cells[1].inputKey != edited.cells[1].inputKey)
    #expect(plain.cells[0].inputKey != timed.cells[0].inputKey)
  }

  @Test func duplicateLabelsAreLocated() {
    let error = parseError("```swift\n//| label: a\n```\n\n```swift\n//| label: a\n```\n")
    #expect(error?.line == 5)
    #expect(error?.message == "cell label 'a' is already used by the cell at line 1")
  }
}
