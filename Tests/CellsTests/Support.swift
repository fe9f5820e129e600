import Testing

@testable import Cells

/// Runs cells in one session and returns the text each printed, or its error.
func run(_ cells: String..., sourceLocation: SourceLocation = #_sourceLocation) -> [CellResult] {
  let session = Session()
  return cells.map { session.run($0, timeout: 10) }
}

/// The printed text of a single cell; records a test failure if it raised an error.
func output(_ cell: String, sourceLocation: SourceLocation = #_sourceLocation) -> String {
  let result = Session().run(cell, timeout: 10)
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
  let result = Session().run(cell, timeout: 10)
  if result.error == nil {
    Issue.record("expected an error, got \(result.outputs)", sourceLocation: sourceLocation)
  }
  return result.error
}
