/// `lexicographicallyPrecedes(_:)` and `(_:by:)`: dictionary order of two sequences, the
/// shorter first when one is a prefix of the other, as Swift compares them.
extension Builtins {
  static func addLexicographic(_ m: inout [String: BuiltinMethod]) {
    m["lexicographicallyPrecedes(_:)"] = BuiltinMethod(name: "lexicographicallyPrecedes", mutating: false) {
      _, v, a in
      .bool(
        try precedes(
          elements(v, "lexicographicallyPrecedes"), elements(a[0], "lexicographicallyPrecedes"),
          by: { try Equality.less($0, $1) }))
    }
    m["lexicographicallyPrecedes(_:by:)"] = BuiltinMethod(name: "lexicographicallyPrecedes", mutating: false) {
      rt, v, a in
      let order = a[1]
      return .bool(
        try precedes(
          elements(v, "lexicographicallyPrecedes"), elements(a[0], "lexicographicallyPrecedes"),
          by: { x, y in
            guard case .bool(let r) = try invoke(order, x, y, rt) else {
              throw RuntimeFailure("the closure of lexicographicallyPrecedes(_:by:) must return a Bool")
            }
            return r
          }))
    }
  }

  private static func precedes(_ a: [Value], _ b: [Value], by less: (Value, Value) throws -> Bool) throws -> Bool {
    for (x, y) in zip(a, b) {
      if try less(x, y) { return true }
      if try less(y, x) { return false }
    }
    return a.count < b.count
  }
}
