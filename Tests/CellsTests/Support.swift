import Testing

@testable import Cells

/// The time limit of the helpers' cells: far above what any of them needs, so that a test
/// that recurses until "too deep" in a debug build (seconds alone) still passes on a
/// loaded machine; tests of the limit itself set theirs.
let testTimeLimit = 60.0

/// Runs cells in one session and returns the text each printed, or its error.
func run(_ cells: String..., sourceLocation: SourceLocation = #_sourceLocation) -> [CellResult] {
  let session = Session()
  return cells.map { session.run($0, timeout: testTimeLimit) }
}

/// The printed text of a single cell; records a test failure if it raised an error.
func output(_ cell: String, sourceLocation: SourceLocation = #_sourceLocation) -> String {
  let result = Session().run(cell, timeout: testTimeLimit)
  if let e = result.error {
    Issue.record("unexpected error \(e)", sourceLocation: sourceLocation)
  }
  return result.outputs.map { o -> String in
    if case .text(let t) = o { return t }
    return "\(o)"
  }.joined(separator: "\n")
}

/// The error a cell raised; records a failure if it ran without one.
func failure(_ cell: String, sourceLocation: SourceLocation = #_sourceLocation) -> CellError? {
  let result = Session().run(cell, timeout: testTimeLimit)
  if result.error == nil {
    Issue.record("expected an error, got \(result.outputs)", sourceLocation: sourceLocation)
  }
  return result.error
}
