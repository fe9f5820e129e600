/// The result of running a lesson's cells.
public struct Execution: Equatable, Sendable {
  /// One entry per cell of the document, in order.
  public var cells: [CellExecution]
  /// Formatted messages (`lesson.md:LINE:COL: error: ...` with source and caret) for every failure.
  public var failures: [String]

  public init(cells: [CellExecution], failures: [String] = []) {
    self.cells = cells
    self.failures = failures
  }

  /// Whether every cell that was meant to run ran as expected.
  public var succeeded: Bool { failures.isEmpty }

  /// The execution of the cell with the given index, if there is one.
  public subscript(cellIndex index: Int) -> CellExecution? {
    cells.first { $0.index == index }
  }
}
