/// An error a cell raised, located in the cell's own source (1-based line and column).
///
/// The notebook layer shifts the line to the lesson's numbering and draws the caret.
public struct CellError: Error, Equatable, Sendable, CustomStringConvertible {
  public enum Kind: String, Sendable {
    /// The cell is not valid Swift (reported by swift-syntax).
    case syntax
    /// Valid Swift that nnbook does not support (classes, protocols, generics, ...).
    case unsupported
    /// The cell failed while running (overflow, index out of range, shape mismatch, ...).
    case runtime
    /// The cell ran past its time limit.
    case timeout
  }

  /// A position in the source of the cell that ran or of one run before it (where a
  /// function it called was declared).
  public struct Location: Equatable, Sendable {
    /// How many cells before the one that ran the position is in: 0 for that cell itself,
    /// 1 for the cell run just before it, and so on.
    public var cellsBack: Int
    /// 1-based line within that cell's source.
    public var line: Int
    /// 1-based column (in UTF-8 bytes of the line, as compilers report it).
    public var column: Int

    public init(cellsBack: Int = 0, line: Int, column: Int) {
      self.cellsBack = cellsBack
      self.line = line
      self.column = column
    }
  }

  public var kind: Kind
  /// The message, without location: "cannot find 'pritn' in scope; did you mean 'print'?".
  public var message: String
  /// 1-based line within the source of the cell `cellsBack` says.
  public var line: Int
  /// 1-based column (in UTF-8 bytes of the line, as compilers report it).
  public var column: Int
  /// Which cell `line` is in: 0 for the cell that ran, more when the error is inside a
  /// function an earlier cell declared.
  public var cellsBack: Int
  /// The calls that led to the error, innermost first: where each function the error
  /// left was called from, like a traceback.
  public var frames: [Location]

  public init(
    _ kind: Kind, _ message: String, line: Int, column: Int, cellsBack: Int = 0, frames: [Location] = []
  ) {
    self.kind = kind
    self.message = message
    self.line = line
    self.column = column
    self.cellsBack = cellsBack
    self.frames = frames
  }

  /// Where the error is.
  public var location: Location { Location(cellsBack: cellsBack, line: line, column: column) }

  public var description: String { "\(line):\(column): error: \(message)" }
}

/// What running one cell gave.
public struct CellResult: Sendable {
  /// Outputs in the order produced; outputs produced before an error are kept.
  public var outputs: [CellOutput]
  /// The error that stopped the cell, if any.
  public var error: CellError?

  public init(outputs: [CellOutput], error: CellError?) {
    self.outputs = outputs
    self.error = error
  }
}
