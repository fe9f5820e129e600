/// Shape arithmetic shared by the operations, and the errors that name both shapes.
enum Shape {
  /// `[2, 3]`, as in every message.
  static func text(_ shape: [Int]) -> String { "[" + shape.map(String.init).joined(separator: ", ") + "]" }

  /// NumPy's broadcasting: align trailing dimensions; a dimension of 1 stretches.
  static func broadcast(_ a: [Int], _ b: [Int], operation: String) throws -> [Int] {
    if a == b { return a }
    let rank = Swift.max(a.count, b.count)
    var out = [Int](repeating: 1, count: rank)
    for i in 0..<rank {
      let x = i < rank - a.count ? 1 : a[i - (rank - a.count)]
      let y = i < rank - b.count ? 1 : b[i - (rank - b.count)]
      if x == y || y == 1 {
        out[i] = x
      } else if x == 1 {
        out[i] = y
      } else {
        throw RuntimeFailure("\(operation): shapes \(text(a)) and \(text(b)) cannot broadcast")
      }
    }
    // A broadcast result can be far larger than either operand ([n, 1] + [1, n]).
    try checkSize(out)
    return out
  }

  /// Whether `small` broadcasts against `large` to `large` itself (so a result fits
  /// in `large`'s buffer).
  static func broadcastsInto(_ small: [Int], _ large: [Int]) -> Bool {
    guard small.count <= large.count else { return false }
    let offset = large.count - small.count
    for i in 0..<small.count where small[i] != 1 && small[i] != large[offset + i] { return false }
    return true
  }

  /// Refuses a shape whose elements would pass the memory limit (before allocating).
  static func checkSize(_ shape: [Int]) throws(RuntimeFailure) {
    var count = 1
    for d in shape {
      let (product, overflow) = count.multipliedReportingOverflow(by: d)
      if overflow { throw RuntimeFailure("a tensor of shape \(text(shape)) has too many elements") }
      count = product
    }
    try Runtime.checkAllocation(count: count, bytesPerElement: 8)
  }

  /// An axis as written in a cell (negative counts from the end), checked against a rank.
  static func axis(_ axis: Int, rank: Int, operation: String) throws -> Int {
    let a = axis < 0 ? axis + rank : axis
    guard a >= 0 && a < Swift.max(rank, 1) else {
      throw RuntimeFailure("\(operation): axis \(axis) is out of range for a tensor of rank \(rank)")
    }
    return a
  }
}
