import Cells

/// How running a cell went.
public enum CellStatus: Equatable, Sendable {
  /// It ran without an error.
  case ok
  /// It raised the error its `//| error: true` asked for.
  case expectedError
  /// It raised an unexpected error, or ran without the error it expected.
  case failed
  /// An earlier cell failed, so this one was not run.
  case notRun
  /// `//| eval: false`: not meant to run.
  case skipped
}

/// What running one cell gave.
public struct CellExecution: Equatable, Sendable {
  /// The cell's index in the document.
  public var index: Int
  public var status: CellStatus
  /// Outputs in the order produced (outputs before an error are kept).
  public var outputs: [CellOutput]
  /// The error the cell raised, in lesson coordinates.
  public var error: LessonError?
  /// Why the cell failed when it raised no error (an expected error did not come).
  public var failure: LessonError?
  /// Wall-clock seconds the cell ran.
  public var duration: Double

  public init(
    index: Int, status: CellStatus, outputs: [CellOutput] = [], error: LessonError? = nil,
    failure: LessonError? = nil, duration: Double = 0
  ) {
    self.index = index
    self.status = status
    self.outputs = outputs
    self.error = error
    self.failure = failure
    self.duration = duration
  }

  /// Whether the cell ran (successfully or not).
  public var ran: Bool {
    switch status {
    case .ok, .expectedError, .failed: true
    case .notRun, .skipped: false
    }
  }
}
