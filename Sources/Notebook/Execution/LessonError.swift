import Cells

/// A cell's error moved to the lesson's coordinates, with the source line and a caret:
///
/// ```
/// lesson.md:14:9: error: cannot find 'pritn' in scope; did you mean 'print'?
/// let y = pritn(x)
///         ^
/// ```
public struct LessonError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The lesson's path, as the user gave it.
  public var path: String
  /// 1-based lesson line.
  public var line: Int
  /// 1-based column in UTF-8 bytes of the lesson line.
  public var column: Int
  public var message: String
  /// The lesson line the error points at, without its line ending.
  public var sourceLine: String?
  /// What kind of error the cell raised; `nil` for a failure nnbook found (an expected error that did not come).
  public var kind: CellError.Kind?

  public init(
    path: String, line: Int, column: Int, message: String, sourceLine: String? = nil, kind: CellError.Kind? = nil
  ) {
    self.path = path
    self.line = line
    self.column = column
    self.message = message
    self.sourceLine = sourceLine
    self.kind = kind
  }

  /// Moves a cell's error to the lesson: the line shifts by the cell's first code line,
  /// the column by the fence's indentation.
  init(_ error: CellError, in cell: Cell, of document: Document) {
    let codeLineCount = max(1, cell.lastLine - cell.firstCodeLine + (cell.isClosed ? 0 : 1))
    let cellLine = min(max(error.line, 1), codeLineCount)
    let line = min(cell.firstCodeLine + cellLine - 1, max(document.lines.count, 1))
    self.init(
      path: document.path, line: line, column: max(error.column, 1) + cell.indentation, message: error.message,
      sourceLine: line <= document.lines.count ? document.lines.content(ofLine: line) : nil, kind: error.kind)
  }

  /// The message with a different path in front (stored outputs name the file only).
  public func formatted(path: String? = nil) -> String {
    var text = "\(path ?? self.path):\(line):\(column): error: \(message)"
    if let sourceLine {
      text += "\n" + sourceLine + "\n" + caretLine(under: sourceLine)
    }
    return text
  }

  public var description: String { formatted() }

  /// Spaces (tabs where the source has tabs) up to the column, then `^`.
  private func caretLine(under sourceLine: String) -> String {
    var caret = ""
    var bytes = 0
    for character in sourceLine {
      let width = character.utf8.count
      guard bytes + width < column else { break }
      caret.append(character == "\t" ? "\t" : " ")
      bytes += width
    }
    caret += String(repeating: " ", count: max(0, column - 1 - bytes))
    return caret + "^"
  }
}
