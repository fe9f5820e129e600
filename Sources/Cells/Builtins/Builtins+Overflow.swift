/// `addingReportingOverflow(_:)` and its siblings on `Int` and the sized integers: the
/// wrapped result and whether the exact one did not fit, as the tuple
/// `(partialValue:overflow:)` Swift returns.
extension Builtins {
  static func addReportingOverflow(_ m: inout [String: BuiltinMethod]) {
    // Each operation gives its result modulo 2^128 and whether even Int128 overflowed
    // (only UInt64 products can), or nil where Swift reports division by zero.
    func add(_ key: String, _ exact: @escaping (Int128, Int128) -> (Int128, Bool)?) {
      let name = String(key.prefix { $0 != "(" })
      m[key] = BuiltinMethod(name: name, mutating: false) { _, v, a in
        try reportingOverflow(name, v, a[0], exact)
      }
    }
    add("addingReportingOverflow(_:)") { ($0 + $1, false) }
    add("subtractingReportingOverflow(_:)") { ($0 - $1, false) }
    add("multipliedReportingOverflow(by:)") { $0.multipliedReportingOverflow(by: $1) }
    // Division by zero reports overflow with the dividend as the partial value, as Swift does.
    add("dividedReportingOverflow(by:)") { $1 == 0 ? nil : ($0 / $1, false) }
    add("remainderReportingOverflow(dividingBy:)") { $1 == 0 ? nil : ($0 % $1, false) }
  }

  private static func reportingOverflow(
    _ name: String, _ v: Value, _ other: Value, _ exact: (Int128, Int128) -> (Int128, Bool)?
  ) throws(RuntimeFailure) -> Value {
    let kind: FixedInt.Kind?
    let x: Int128
    switch v {
    case .int(let i): (kind, x) = (nil, Int128(i))
    case .object(let f as FixedInt): (kind, x) = (f.kind, f.value)
    default: throw RuntimeFailure("\(name) works on integers, not on \(v.typeName)")
    }
    guard let y = FixedInt.integer(other) else {
      throw RuntimeFailure("\(name) takes an integer of the same type, not \(other.typeName)")
    }
    let (lowest, highest) = kind.map { ($0.min, $0.max) } ?? (Int128(Int.min), Int128(Int.max))
    let result = exact(x, y)
    let partial: Int128
    let overflow: Bool
    if let (result, wide) = result {
      overflow = wide || result < lowest || result > highest
      if let kind {
        partial = kind.wrap(result)
      } else {
        partial = Int128(Int(truncatingIfNeeded: result))
      }
    } else {
      (partial, overflow) = (x, true)
    }
    let value: Value = kind.map { .object(FixedInt($0, partial)) } ?? .int(Int(partial))
    return .tuple(TupleValue(elements: [value, .bool(overflow)], labels: ["partialValue", "overflow"]))
  }
}
