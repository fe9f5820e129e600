/// Array and string edits over a range of positions: `removeSubrange`, `replaceSubrange`;
/// and `combine(_:)` of a `Hasher`.
extension Builtins {
  static func addRangeEdits(_ m: inout [String: BuiltinMethod]) {
    m["removeSubrange(_:)"] = BuiltinMethod(name: "removeSubrange", mutating: true) { _, v, a in
      try replace(&v, a[0], with: nil, "removeSubrange(_:)")
      return .void
    }
    m["replaceSubrange(_:with:)"] = BuiltinMethod(name: "replaceSubrange", mutating: true) { _, v, a in
      try replace(&v, a[0], with: a[1], "replaceSubrange(_:with:)")
      return .void
    }
    m["clamped(to:)"] = BuiltinMethod(name: "clamped", mutating: false) { _, v, a in
      // Each bound moved inside the limits, as `Range.clamped(to:)` does.
      guard case .range(var r) = v, case .range(let limits) = a[0] else {
        throw RuntimeFailure("clamped(to:) needs two integer ranges")
      }
      func clamp(_ x: Int) -> Int { Swift.min(Swift.max(x, limits.lower), limits.upper) }
      (r.lower, r.upper) = (clamp(r.lower), clamp(r.upper))
      return .range(r)
    }
    m["overlaps(_:)"] = BuiltinMethod(name: "overlaps", mutating: false) { _, v, a in
      guard case .range(let r) = v, case .range(let other) = a[0] else {
        throw RuntimeFailure("overlaps(_:) needs two integer ranges")
      }
      guard let last = r.last, let otherLast = other.last else { return .bool(false) }
      return .bool(r.lower <= otherLast && other.lower <= last)
    }
    m["combine(_:)"] = BuiltinMethod(name: "combine", mutating: true) { _, v, a in
      // `hasher.combine(x)` in a type's `hash(into:)`.
      guard case .object(let hasher as HasherObject) = v else {
        throw RuntimeFailure("value of type '\(v.typeName)' has no member 'combine'")
      }
      hasher.combined.append(a[0])
      return .void
    }
  }

  /// Replaces the positions `range` of an array or a string with `new` (nothing when nil);
  /// a range past the end is an error, as in Swift.
  private static func replace(_ v: inout Value, _ range: Value, with new: Value?, _ method: String) throws {
    guard case .range(let r) = range, let end = r.end else {
      throw RuntimeFailure("\(method) needs a range of positions such as 1..<3")
    }
    switch v {
    case .array(var xs):
      guard r.lower >= 0, r.lower <= end, end <= xs.count else {
        throw RuntimeFailure("\(method): range \(r.lower)..<\(end) is out of bounds for \(xs.count) elements")
      }
      var replacement: [Value] = []
      if let new {
        // An array, or any collection of elements (a slice: `xs.suffix(from: i)`).
        if case .array(let ys) = new {
          replacement = ys
        } else if let ys = try? Sequences.elements(of: new) {
          replacement = ys
        } else {
          throw RuntimeFailure("\(method) needs an array to put in")
        }
      }
      v = .void
      xs.replaceSubrange(r.lower..<end, with: replacement)
      v = .array(xs)
    case .string(let s):
      var characters = Array(s)
      guard r.lower >= 0, r.lower <= end, end <= characters.count else {
        throw RuntimeFailure("\(method): String index is out of bounds")
      }
      var replacement = ""
      if let new {
        guard case .string(let t) = new else { throw RuntimeFailure("\(method) needs a String to put in") }
        replacement = t
      }
      characters.replaceSubrange(r.lower..<end, with: Array(replacement))
      v = .string(String(characters))
    default:
      throw RuntimeFailure("value of type '\(v.typeName)' has no member '\(method.prefix { $0 != "(" })'")
    }
  }
}
