/// `flag.toggle()`: Bool's mutating negation.
extension Builtins {
  static func addBoolMethods(_ m: inout [String: BuiltinMethod]) {
    m["toggle()"] = BuiltinMethod(name: "toggle", mutating: true) { _, v, _ in
      guard case .bool(let b) = v else { throw RuntimeFailure("toggle() works on a Bool, not on \(v.typeName)") }
      v = .bool(!b)
      return .void
    }
  }
}
