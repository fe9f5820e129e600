/// A cell whose stored outputs do not match what it produces now.
///
/// Prints like a compiler diagnostic followed by a diff:
/// ```
/// lesson.md:40: error: the outputs of cell 3 (training) differ from the stored ones
///   - accuracy: 0.9700
///   + accuracy: 0.9512
///   number 1 on line 57: 0.9700 -> 0.9512 (rel. diff 1.9e-2)
/// ```
public struct CellDifference: Equatable, Sendable, CustomStringConvertible {
  public enum Kind: Equatable, Sendable {
    /// Stored outputs and this run's outputs differ.
    case changed
    /// The cell produces outputs now, but none are stored.
    case missing
    /// Outputs are stored, but the cell produces none now.
    case unexpected
    /// The outputs were stored for a different version of the cell, or of a cell before
    /// it (its input key changed), even if they happen to come out the same.
    case stale
    /// An output region follows no cell (its cell was deleted).
    case orphaned
  }

  /// The lesson's path, as the user gave it.
  public var path: String
  /// The cell's index; nil for a region that follows no cell.
  public var cellIndex: Int?
  /// The lesson line of the cell's opening fence (of the region, for a region that follows no cell).
  public var fenceLine: Int
  public var label: String?
  public var kind: Kind
  /// Whether the cell (or one before it) was edited since its outputs were stored.
  public var isStale: Bool
  /// The diff: `- stored` and `+ now` lines with context, and notes on numbers that moved.
  public var details: [String]

  public init(
    path: String, cellIndex: Int?, fenceLine: Int, label: String?, kind: Kind, isStale: Bool, details: [String]
  ) {
    self.path = path
    self.cellIndex = cellIndex
    self.fenceLine = fenceLine
    self.label = label
    self.kind = kind
    self.isStale = isStale
    self.details = details
  }

  /// One line saying what is wrong.
  public var summary: String {
    let cell = "cell \((cellIndex ?? 0) + 1)" + (label.map { " (\($0))" } ?? "")
    var text =
      switch kind {
      case .changed: "the outputs of \(cell) differ from the stored ones"
      case .missing: "\(cell) produces outputs, but none are stored"
      case .unexpected: "\(cell) has stored outputs, but produces none now"
      case .stale:
        "\(cell) is stale: it, or a cell before it, was edited since its outputs were stored"
      case .orphaned: "this output region follows no cell (its cell was deleted)"
      }
    if isStale && (kind == .changed || kind == .missing || kind == .unexpected) {
      text += " (the cell, or one before it, was edited since they were stored)"
    }
    return text
  }

  public var diff: String { details.joined(separator: "\n") }

  public var description: String {
    (["\(path):\(fenceLine): error: \(summary)"] + details.map { "  " + $0 }).joined(separator: "\n")
  }
}
