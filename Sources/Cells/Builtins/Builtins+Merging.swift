/// `merging(_:uniquingKeysWith:)` and `merge(_:uniquingKeysWith:)`: a dictionary combined
/// with another (or with key-value pairs), the closure choosing where both have a key.
extension Builtins {
  static func addMerging(_ m: inout [String: BuiltinMethod]) {
    m["merging(_:uniquingKeysWith:)"] = BuiltinMethod(name: "merging", mutating: false) { rt, v, a in
      guard case .dictionary(let d) = v else {
        throw RuntimeFailure("value of type '\(v.typeName)' has no member 'merging'")
      }
      return .dictionary(try merged(d, a[0], a[1], rt, "merging"))
    }
    m["merge(_:uniquingKeysWith:)"] = BuiltinMethod(name: "merge", mutating: true) { rt, v, a in
      guard case .dictionary(let d) = v else {
        throw RuntimeFailure("value of type '\(v.typeName)' has no member 'merge'")
      }
      v = .dictionary(try merged(d, a[0], a[1], rt, "merge"))
      return .void
    }
  }

  private static func merged(
    _ d: DictionaryValue, _ other: Value, _ combine: Value, _ rt: Runtime, _ method: String
  ) throws -> DictionaryValue {
    var out = d
    let pairs: [(Value, Value)]
    switch other {
    case .dictionary(let e): pairs = Array(zip(e.keys, e.values))
    case .array(let xs):
      pairs = try xs.map { x in
        guard case .tuple(let t) = x, t.elements.count == 2 else {
          throw RuntimeFailure("\(method)(_:uniquingKeysWith:) takes a dictionary or (key, value) pairs")
        }
        return (t.elements[0], t.elements[1])
      }
    default:
      throw RuntimeFailure("\(method)(_:uniquingKeysWith:) takes a dictionary or (key, value) pairs")
    }
    for (k, x) in pairs {
      if let old = out[k] {
        try out.set(k, try invoke(combine, [old, x], rt))
      } else {
        try out.set(k, x)
      }
    }
    return out
  }
}
