import Cells
import Testing

@testable import Notebook

/// Random lessons: prose with odd whitespace, headings, cells, stored and orphan
/// regions, LF/CRLF (mixed), with and without a BOM and a final newline.
@Suite("Splicing random lessons")
struct SplicerPropertyTests {
  /// A small deterministic generator (SplitMix64), so a failing seed can be replayed.
  struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }

  struct Lesson {
    var text: String
    /// What each cell does in the generated run.
    var outcomes: [Outcome]
  }

  enum Outcome: Equatable {
    case printed(String)
    case silent
    /// An error on the cell's first code line, as `//| error: true` cells store one.
    case expectedError
    case notRun
  }

  static func generateLesson(seed: UInt64) -> Lesson {
    var random = SplitMix64(state: seed)
    let crlfShare = [0.0, 1.0, 0.5].randomElement(using: &random)!
    var lines: [String] = []
    var outcomes: [Outcome] = []
    let words = ["neural", "network", "loss", "gradient", "*weights*", "`code`", "$x_1$", "a|b", "tensor", "ünïcödé"]

    func prose() -> String {
      let count = Int.random(in: 1...8, using: &random)
      var line = (0..<count).map { _ in words.randomElement(using: &random)! }.joined(separator: " ")
      line += ["", " ", "  ", "\t", " \t"].randomElement(using: &random)!
      return Bool.random(using: &random) ? line : "\t" + line
    }
    func region(key: String) -> [String] {
      var region = ["<!-- nnbook:output \(key) -->"]
      for _ in 0..<Int.random(in: 0...2, using: &random) {
        region += ["```text", prose(), "```"]
      }
      return region + ["<!-- nnbook:end -->"]
    }

    var failed = false
    for _ in 0..<Int.random(in: 1...14, using: &random) {
      switch Int.random(in: 0..<10, using: &random) {
      case 0: lines.append("")
      case 1: lines.append("#" + String(repeating: "#", count: Int.random(in: 0...2, using: &random)) + " Heading")
      case 2, 3: lines += [prose(), prose()]
      case 4: lines += [""] + region(key: "orphan")
      case 5: lines += ["```python", "print('not a cell')", "```"]
      default:
        let options = ["", "//| label: c\(outcomes.count)", "//| echo: false"].randomElement(using: &random)!
        lines.append("```swift")
        if !options.isEmpty { lines.append(options) }
        lines += (0..<Int.random(in: 0...3, using: &random)).map { "let v\($0) = \($0)  " }
        lines.append("```")
        if Bool.random(using: &random) {
          lines += Array(repeating: "", count: Int.random(in: 0...2, using: &random))
          lines += region(key: String(random.next(), radix: 16))
        }
        if failed {
          outcomes.append(.notRun)
        } else {
          switch Int.random(in: 0..<8, using: &random) {
          case 0: outcomes.append(.silent)
          case 2: outcomes.append(.expectedError)
          case 1:
            outcomes.append(.notRun)
            failed = true
          default:
            let printed = (0..<Int.random(in: 1...3, using: &random)).map { _ in prose() }
            outcomes.append(.printed(printed.joined(separator: "\n")))
          }
        }
      }
    }

    var text = Bool.random(using: &random) ? "\u{FEFF}" : ""
    for (index, line) in lines.enumerated() {
      text += line
      let isLast = index == lines.count - 1
      if !isLast || Bool.random(using: &random) {
        text += Double.random(in: 0..<1, using: &random) < crlfShare ? "\r\n" : "\n"
      }
    }
    return Lesson(text: text, outcomes: outcomes)
  }

  static func execution(for document: Document, outcomes: [Outcome]) -> Execution {
    Execution(
      cells: zip(document.cells, outcomes).map { cell, outcome in
        switch outcome {
        case .printed(let text): CellExecution(index: cell.index, status: .ok, outputs: [.text(text)])
        case .silent: CellExecution(index: cell.index, status: .ok)
        case .expectedError:
          CellExecution(
            index: cell.index, status: .expectedError,
            error: LessonError(
              path: "lesson.md", line: cell.firstCodeLine, column: 1, message: "boom",
              sourceLine: document.lines.content(ofLine: cell.firstCodeLine)))
        case .notRun: CellExecution(index: cell.index, status: .notRun)
        }
      })
  }

  /// The text without its output regions, worked out line by line independently of the splicer.
  static func strippingRegions(_ text: String) throws -> [UInt8] {
    let document = try Document.parse(text: text, path: "lesson.md")
    let regions = document.cells.compactMap(\.region) + document.orphanRegions
    let dropped = Set(regions.flatMap { Array($0.lines) })
    let lines = document.lines
    var bytes = Array(lines.bytes[0..<lines.byteOrderMarkLength])
    for number in stride(from: 1, through: lines.count, by: 1) where !dropped.contains(number) {
      bytes += lines.bytes[lines[number].start..<lines[number].end]
    }
    if !lines.endsWithNewline, bytes.last == UInt8(ascii: "\n") {
      bytes.removeLast()
      if bytes.last == UInt8(ascii: "\r") { bytes.removeLast() }
    }
    return bytes
  }

  @Test(arguments: 0..<200)
  func updateIsIdempotentAndTouchesOnlyRegions(seed: Int) throws {
    let lesson = Self.generateLesson(seed: UInt64(seed))
    let document = try Document.parse(text: lesson.text, path: "lesson.md")
    try #require(document.cells.count == lesson.outcomes.count, "seed \(seed)")
    let once = try Splicer.update(document, with: Self.execution(for: document, outcomes: lesson.outcomes)).text

    let updated = try Document.parse(text: once, path: "lesson.md")
    let twice = try Splicer.update(updated, with: Self.execution(for: updated, outcomes: lesson.outcomes)).text
    #expect(Array(twice.utf8) == Array(once.utf8), "seed \(seed): a second update changed the text")
    #expect(
      try Self.strippingRegions(once) == Self.strippingRegions(lesson.text),
      "seed \(seed): bytes outside regions changed")
    #expect(updated.orphanRegions.isEmpty, "seed \(seed)")
    #expect(once.hasPrefix("\u{FEFF}") == lesson.text.hasPrefix("\u{FEFF}"))
    // A missing final newline survives, except in one case: when the region removed at the
    // very end follows a blank line, that blank line's break becomes the last byte (deleting
    // the blank line would touch bytes outside the region).
    let regions = document.cells.compactMap(\.region) + document.orphanRegions
    let endsWithRegionAfterBlankLine = regions.contains {
      $0.endLine == document.lines.count && $0.startLine > 1 && document.lines.isBlank($0.startLine - 1)
    }
    if !endsWithRegionAfterBlankLine {
      // Bytes, not characters: "\r\n" is one Character, so `hasSuffix("\n")` would miss it.
      #expect((once.utf8.last == 0x0A) == (lesson.text.utf8.last == 0x0A), "seed \(seed): final newline changed")
    }

    for (cell, outcome) in zip(updated.cells, lesson.outcomes) {
      switch outcome {
      case .printed(let text): #expect(cell.region?.outputs == [.text(text)], "seed \(seed)")
      case .silent: #expect(cell.region == nil, "seed \(seed)")
      case .expectedError:
        // The stored message points at the line the cell is on in the updated lesson.
        let message =
          "lesson.md:\(cell.firstCodeLine):1: error: boom\n\(updated.lines.content(ofLine: cell.firstCodeLine))\n^"
        #expect(cell.region?.outputs == [.error(message)], "seed \(seed)")
      case .notRun: #expect(cell.region?.key == document.cells[cell.index].region?.key, "seed \(seed)")
      }
    }
  }
}
