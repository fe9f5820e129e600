import Testing

@testable import Notebook

@Suite("Cell options")
struct CellOptionsTests {
  @Test func allKnownOptionsAreRead() throws {
    let document = try parse(
      """
      ```swift
      //| label: training-run_2
      //| eval: false
      //| echo: false
      //| output: false
      //| error: true
      //| check: false
      //| timeout: 2.5
      //| tolerance: 1e-3
      //| fig-cap: "Loss \\"per\\" epoch"
      let x = 1
      ```
      """)
    let options = document.cells[0].options
    #expect(options.label == "training-run_2")
    #expect(!options.evaluates)
    #expect(!options.echoes)
    #expect(!options.keepsOutput)
    #expect(options.expectsError)
    #expect(!options.isChecked)
    #expect(options.timeout == 2.5)
    #expect(options.tolerance == 0.001)
    #expect(options.figureCaption == "Loss \"per\" epoch")
  }

  @Test func defaults() throws {
    let options = try parse("```swift\nprint(1)\n```\n").cells[0].options
    #expect(options == CellOptions())
    #expect(options.evaluates && options.echoes && options.keepsOutput && options.isChecked && !options.expectsError)
  }

  @Test func anOptionBelowCodeOrABlankLineIsAnError() throws {
    for source in ["```swift\nlet x = 1\n//| eval: false\n```\n", "```swift\n//| label: a\n\n  //| eval: false\n```\n"]
    {
      do {
        _ = try Document.parse(bytes: Array(source.utf8), path: "lesson.md")
        Issue.record("expected an error for \(source.debugDescription)")
      } catch let e as DocumentError {
        #expect(e.message.contains("must be in the first lines of the cell"))
        #expect(e.line == 3 || e.line == 4)
        #expect(e.column == (e.line == 3 ? 1 : 3))
      }
    }
  }

  @Test func unquotedCaptionAndZeroTolerance() throws {
    let options = try parse("```swift\n//| fig-cap: A plain caption\n//| tolerance: 0\n```\n").cells[0].options
    #expect(options.figureCaption == "A plain caption")
    #expect(options.tolerance == 0)
  }

  struct BadOption: CustomTestStringConvertible, Sendable {
    var line: String
    var column: Int
    var message: String
    var testDescription: String { line }
  }

  @Test(arguments: [
    BadOption(line: "//| evl: false", column: 5, message: "unknown cell option 'evl'; did you mean 'eval'?"),
    BadOption(line: "//| fig-cpa: x", column: 5, message: "unknown cell option 'fig-cpa'; did you mean 'fig-cap'?"),
    BadOption(
      line: "//| colour: red", column: 5,
      message:
        "unknown cell option 'colour'; known options are label, eval, echo, output, error, timeout, tolerance, fig-cap, check"
    ),
    BadOption(line: "//| nope", column: 1, message: "malformed cell option '//| nope'; expected '//| key: value'"),
    BadOption(line: "//| : true", column: 1, message: "malformed cell option '//| : true'; expected '//| key: value'"),
    BadOption(line: "//| eval: maybe", column: 11, message: "cell option 'eval' expects true or false, not 'maybe'"),
    BadOption(line: "//|   echo:yes", column: 12, message: "cell option 'echo' expects true or false, not 'yes'"),
    BadOption(line: "//| timeout: 0", column: 14, message: "cell option 'timeout' expects a positive number, not '0'"),
    BadOption(
      line: "//| timeout: soon", column: 14, message: "cell option 'timeout' expects a positive number, not 'soon'"),
    BadOption(
      line: "//| tolerance: -1", column: 16, message: "cell option 'tolerance' expects a number of 0 or more, not '-1'"),
    BadOption(
      line: "//| label: a b", column: 12,
      message: "cell option 'label' expects a name of letters, digits, '-' and '_', not 'a b'"),
  ])
  func badOptionsAreLocatedErrors(_ bad: BadOption) throws {
    let error = try #require(parseError("# Lesson\n\n```swift\n//| check: true\n\(bad.line)\nprint(1)\n```\n"))
    #expect(error.path == "lesson.md")
    #expect(error.line == 5)
    #expect(error.column == bad.column)
    #expect(error.message == bad.message)
    #expect(error.description == "lesson.md:5:\(bad.column): error: \(bad.message)")
  }

  @Test func columnsCountTheFenceIndentation() throws {
    let error = try #require(parseError("  ```swift\n  //| evl: true\n  ```\n"))
    #expect(error.line == 2)
    #expect(error.column == 7)
  }

  @Test func repeatedOptionIsAnError() throws {
    let error = try #require(parseError("```swift\n//| eval: true\n//| eval: false\n```\n"))
    #expect(error.line == 3)
    #expect(error.message == "cell option 'eval' is given more than once")
  }

  @Test func optionsInProseBlocksAreIgnored() throws {
    let document = try parse("```python\n//| evl: maybe\n```\n")
    #expect(document.cells.isEmpty)
  }

  @Test func aMisspelledKeySuggestsTheKnownOne() {
    #expect(CellOptions.closestKnownKey(to: "zzzzzz") == nil)
    #expect(CellOptions.closestKnownKey(to: "evl") == "eval")
    #expect(CellOptions.closestKnownKey(to: "lable") == "label")
  }
}
