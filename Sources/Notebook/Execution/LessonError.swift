import Cells

/// A cell's error moved to the lesson's coordinates, with the source line and a caret:
///
/// ```
/// lesson.md:14:9: error: cannot find 'pritn' in scope; did you mean 'print'?
/// let y = pritn(x)
///         ^
/// ```
public struct LessonError: Error, Equatable, Sendable, CustomStringConvertible {
  /// A place in the lesson, and the cell it is in.
  public struct Location: Equatable, Sendable {
    /// The index of the cell the line is in.
    public var cellIndex: Int?
    /// 1-based lesson line.
    public var line: Int
    /// 1-based column in UTF-8 bytes of the lesson line.
    public var column: Int

    public init(cellIndex: Int?, line: Int, column: Int) {
      self.cellIndex = cellIndex
      self.line = line
      self.column = column
    }
  }

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
  /// The index of the cell `line` is in: the cell that ran, or an earlier one whose function failed.
  public var cellIndex: Int?
  /// The calls that led to the error, innermost first.
  public var frames: [Location]

  public init(
    path: String, line: Int, column: Int, message: String, sourceLine: String? = nil, kind: CellError.Kind? = nil,
    cellIndex: Int? = nil, frames: [Location] = []
  ) {
    self.path = path
    self.line = line
    self.column = column
    self.message = message
    self.sourceLine = sourceLine
    self.kind = kind
    self.cellIndex = cellIndex
    self.frames = frames
  }

  /// Moves a cell's error to the lesson: each line shifts by the first code line of the
  /// cell it is in, each column by that cell's fence indentation.
  ///
  /// - Parameter ranCells: the cells run so far, in order; the last is the one that raised the error.
  init(_ error: CellError, ranCells: [Cell], of document: Document) {
    func place(_ location: CellError.Location) -> Location {
      let index = ranCells.count - 1 - location.cellsBack
      let cell = ranCells.indices.contains(index) ? ranCells[index] : ranCells[ranCells.count - 1]
      let codeLineCount = max(1, cell.lastLine - cell.firstCodeLine + (cell.isClosed ? 0 : 1))
      let cellLine = min(max(location.line, 1), codeLineCount)
      let line = min(cell.firstCodeLine + cellLine - 1, max(document.lines.count, 1))
      return Location(cellIndex: cell.index, line: line, column: max(location.column, 1) + cell.indentation)
    }
    let at = place(error.location)
    self.init(
      path: document.path, line: at.line, column: at.column, message: error.message,
      sourceLine: at.line <= document.lines.count ? document.lines.content(ofLine: at.line) : nil, kind: error.kind,
      cellIndex: at.cellIndex, frames: error.frames.map(place))
  }

  /// The error with its lines moved as `update` moves the cells they are in.
  ///
  /// - Parameters:
  ///   - shifts: how many lines each cell (by index) moves.
  ///   - otherwise: the shift of lines that name no cell.
  func movingLines(by shifts: [Int: Int], otherwise: Int) -> LessonError {
    func shift(_ cellIndex: Int?) -> Int { cellIndex.flatMap { shifts[$0] } ?? otherwise }
    var moved = self
    moved.line += shift(cellIndex)
    moved.frames = frames.map {
      Location(cellIndex: $0.cellIndex, line: $0.line + shift($0.cellIndex), column: $0.column)
    }
    return moved
  }

  /// The message, then a note at each call that led to the error, as the command line prints it:
  ///
  /// ```
  /// lesson.md:5:10: error: index out of range: index 5, but the array has 1 elements
  ///   return xs[5]
  ///          ^
  /// lesson.md:12:7: note: called from here
  /// ```
  public func formattedWithCalls(path: String? = nil) -> String {
    let path = path ?? self.path
    return ([formatted(path: path)] + frames.map { "\(path):\($0.line):\($0.column): note: called from here" })
      .joined(separator: "\n")
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
