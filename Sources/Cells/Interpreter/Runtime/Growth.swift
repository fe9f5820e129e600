/// The memory check for values that grow by combining others: `s + s`, `a += a`,
/// `append(contentsOf:)`, interpolation, `joined()`.
///
/// Doubling a string or an array reaches gigabytes in a few dozen statements, far fewer
/// than the interpreter runs between two looks at the process's size; without this
/// check the allocation fails and the process aborts. Small results (the common case)
/// cost one comparison.
enum Growth {
  /// Results up to this many elements (or bytes of text) are made without a check.
  static let unchecked = 1 << 16

  /// Refuses a result of `count` elements that would pass the memory limit.
  @inline(__always)
  static func check(_ count: Int, bytesPerElement: Int) throws(RuntimeFailure) {
    if count > unchecked { try Context.current.checkAllocation(count: count, bytesPerElement: bytesPerElement) }
  }

  /// `String(repeating: s, count: n)` in O(log n) appends of doubling pieces: the standard
  /// library appends `s` n times, which for 100 million characters runs ten seconds
  /// inside one call, where no time limit can stop it.
  static func repeated(_ s: String, count: Int) -> String {
    var result = ""
    result.reserveCapacity(s.utf8.count &* count)
    var piece = s
    var remaining = count
    while remaining > 0 {
      if remaining & 1 == 1 { result += piece }
      remaining >>= 1
      if remaining > 0 { piece += piece }
    }
    return result
  }

  /// `check` for the text `a + b`.
  @inline(__always)
  static func check(_ a: String, _ b: String) throws(RuntimeFailure) {
    try check(a.utf8.count &+ b.utf8.count, bytesPerElement: 1)
  }

  /// `check` for the array `a + b`.
  @inline(__always)
  static func check(_ a: [Value], _ b: [Value]) throws(RuntimeFailure) {
    try check(a.count &+ b.count, bytesPerElement: MemoryLayout<Value>.stride)
  }
}
