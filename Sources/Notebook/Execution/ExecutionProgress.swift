/// What the executor tells its progress callback, once when a cell starts and once when it ends.
public struct ExecutionProgress: Sendable, CustomStringConvertible {
  public enum Event: Equatable, Sendable {
    /// The cell is about to run.
    case started
    /// The cell is done (or was skipped, or not run).
    case finished(CellStatus, seconds: Double)
  }

  /// The cell's index, from 0.
  public var cellIndex: Int
  /// How many cells the lesson has.
  public var cellCount: Int
  /// The cell's label, if it has one.
  public var label: String?
  /// The lesson line of the cell's opening fence.
  public var fenceLine: Int
  public var event: Event

  public init(cellIndex: Int, cellCount: Int, label: String?, fenceLine: Int, event: Event) {
    self.cellIndex = cellIndex
    self.cellCount = cellCount
    self.label = label
    self.fenceLine = fenceLine
    self.event = event
  }

  /// A short name for progress lines: `[3/12] training (line 40)`.
  public var description: String {
    let name = label.map { "\($0) (line \(fenceLine))" } ?? "line \(fenceLine)"
    return "[\(cellIndex + 1)/\(cellCount)] \(name)"
  }
}
