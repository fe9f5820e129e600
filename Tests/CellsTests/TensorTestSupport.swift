import Testing

@testable import Cells

/// Checks two tensors have one shape and elements within `atol + rtol * |expected|`;
/// a failure prints both shapes, or the first differing element.
func expectClose(
  _ actual: Tensor, _ expected: Tensor, rtol: Double = 1e-6, atol: Double = 1e-9, _ what: String = "",
  sourceLocation: SourceLocation = #_sourceLocation
) {
  guard actual.shape == expected.shape else {
    Issue.record(
      "\(what) shapes differ: actual \(actual.shape), expected \(expected.shape)", sourceLocation: sourceLocation)
    return
  }
  for i in 0..<actual.count {
    let a = actual.storage.double(at: i)
    let e = expected.storage.double(at: i)
    if !(abs(a - e) <= atol + rtol * abs(e)) {
      Issue.record(
        "\(what) element \(i) of shape \(actual.shape): actual \(a), expected \(e) (rtol \(rtol), atol \(atol))",
        sourceLocation: sourceLocation)
      return
    }
  }
}

/// A float64 tensor from nested arrays, for expectations.
func tensor64(_ values: [Double], _ shape: [Int]) -> Tensor {
  let t = Tensor(uninitializedShape: shape, dtype: .float64)
  for (i, v) in values.enumerated() { t.storage.set(v, at: i) }
  return t
}

/// Several cells in one session; records a failure for any that raised an error.
func outputs(_ cells: String..., sourceLocation: SourceLocation = #_sourceLocation) -> [String] {
  let session = Session()
  return cells.map { cell in
    let result = session.run(cell, timeout: 30)
    if let e = result.error { Issue.record("unexpected error \(e)", sourceLocation: sourceLocation) }
    return result.outputs.map { o -> String in
      if case .text(let t) = o { return t }
      return "\(o)"
    }.joined(separator: "\n")
  }
}
