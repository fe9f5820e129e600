/// Collection methods under the names older Swift code (Swift 3 and 4 tutorials and algorithm
/// books) still calls them by; `swiftc` accepts them, with at most a deprecation warning.
extension Builtins {
  static func addOlderNames(_ m: inout [String: BuiltinMethod]) {
    func alias(_ key: String, to existing: String) {
      guard let method = m[existing] else { return }
      m[key] = BuiltinMethod(name: String(key.prefix { $0 != "(" }), mutating: method.mutating, body: method.body)
    }
    alias("index(of:)", to: "firstIndex(of:)")
    alias("index(where:)", to: "firstIndex(where:)")
    // `xs.prefix(upTo: i)`, `xs.prefix(through: i)`, `xs.suffix(from: i)`: `xs[..<i]`, `xs[...i]`, `xs[i...]`.
    m["prefix(upTo:)"] = BuiltinMethod(name: "prefix", mutating: false) { _, v, a in
      try boundedSlice(v, a[0], "prefix(upTo:)") { count, i in i <= count ? 0..<i : nil }
    }
    m["prefix(through:)"] = BuiltinMethod(name: "prefix", mutating: false) { _, v, a in
      try boundedSlice(v, a[0], "prefix(through:)") { count, i in i < count ? 0..<(i + 1) : nil }
    }
    m["suffix(from:)"] = BuiltinMethod(name: "suffix", mutating: false) { _, v, a in
      try boundedSlice(v, a[0], "suffix(from:)") { count, i in i <= count ? i..<count : nil }
    }
  }

  /// The elements (or characters) of `v` in the range `bounds` makes of its count and the
  /// index `index` (nil when the index is past what the method allows), as a slice of an array
  /// or a string; out of bounds is an error, as in Swift.
  private static func boundedSlice(
    _ v: Value, _ index: Value, _ method: String, _ bounds: (Int, Int) -> Range<Int>?
  ) throws -> Value {
    guard case .int(let i) = index else { throw RuntimeFailure("\(method) needs an index") }
    if case .string(let s) = v {
      let characters = Array(s)
      guard i >= 0, let r = bounds(characters.count, i) else {
        throw RuntimeFailure("\(method): index \(i) is out of bounds for a string of \(characters.count) characters")
      }
      return .object(SubstringObject(String(characters[r]), start: r.lowerBound))
    }
    let xs = try elements(v, method)
    guard i >= 0, let r = bounds(xs.count, i) else {
      throw RuntimeFailure("\(method): index \(i) is out of range for \(xs.count) elements")
    }
    if case .array = v { return .object(ArraySliceObject(xs, r)) }
    return .array(Array(xs[r]))
  }
}
