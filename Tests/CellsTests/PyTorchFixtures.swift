import Foundation
import Testing

@testable import Cells

/// Numbers PyTorch computed, from the JSON files `scripts/fixtures/*.py` write into
/// `Tests/CellsTests/Fixtures/` (read by path, so the test target needs no resources).
struct PyTorchFixture {
  struct Entry: Decodable {
    let shape: [Int]
    let values: [Double]
  }

  let cases: [String: [String: Entry]]

  init(_ file: String) throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Fixtures").appendingPathComponent(file)
    cases = try JSONDecoder().decode([String: [String: Entry]].self, from: Data(contentsOf: url))
  }

  /// A float64 tensor from the fixture.
  func tensor(_ name: String, _ key: String) throws -> Tensor {
    let entry = try #require(cases[name]?[key], "no \(name).\(key) in the fixture")
    let t = Tensor(uninitializedShape: entry.shape, dtype: .float64)
    for (i, v) in entry.values.enumerated() { t.storage.set(v, at: i) }
    return t
  }
}
