/// Swift's sized and unsigned integers (`UInt8`...`UInt64`, `UInt`, `Int8`...`Int32`) in
/// cells. `Int64` is `Int`. Arithmetic traps on overflow as Swift does, `&+`, `&-` and `&*`
/// wrap, shifts are Swift's smart shifts (an over-wide shift gives 0, or -1 for a negative
/// value shifted right), and an `Int` operand (a literal) takes the other operand's type.
/// These values live apart from `Int`, so the common integer path is unchanged.
final class FixedInt: NativeObject {
  enum Kind: String, CaseIterable {
    case uint8 = "UInt8"
    case uint16 = "UInt16"
    case uint32 = "UInt32"
    case uint64 = "UInt64"
    case uint = "UInt"
    case int8 = "Int8"
    case int16 = "Int16"
    case int32 = "Int32"

    var bits: Int {
      switch self {
      case .uint8, .int8: 8
      case .uint16, .int16: 16
      case .uint32, .int32: 32
      case .uint64, .uint: 64
      }
    }
    var signed: Bool { self == .int8 || self == .int16 || self == .int32 }
    var min: Int128 { signed ? -(Int128(1) << (bits - 1)) : 0 }
    var max: Int128 { signed ? (Int128(1) << (bits - 1)) - 1 : (Int128(1) << bits) - 1 }

    /// The value with Swift's `truncatingIfNeeded`: the low `bits` bits.
    func wrap(_ v: Int128) -> Int128 {
      let mask = (Int128(1) << bits) - 1
      let low = v & mask
      return signed && low > max ? low - (Int128(1) << bits) : low
    }
  }

  static let names: Set<String> = Set(Kind.allCases.map(\.rawValue))

  let kind: Kind
  let value: Int128

  init(_ kind: Kind, _ value: Int128) {
    self.kind = kind
    self.value = value
  }

  /// A checked value: Swift traps when it does not fit.
  static func make(_ kind: Kind, _ v: Int128, _ what: String = "arithmetic operation") throws(RuntimeFailure)
    -> FixedInt
  {
    guard v >= kind.min && v <= kind.max else {
      throw RuntimeFailure("\(what) overflow: \(v) does not fit in \(kind.rawValue)")
    }
    return FixedInt(kind, v)
  }

  override var typeName: String { kind.rawValue }
  override func describe() -> String { String(value) }

  override func member(_ name: String) -> Value? {
    let pattern = value & ((Int128(1) << kind.bits) - 1)
    switch name {
    case "nonzeroBitCount": return .int(pattern.nonzeroBitCount)
    case "leadingZeroBitCount": return .int(pattern.leadingZeroBitCount - (128 - kind.bits))
    case "trailingZeroBitCount": return .int(value == 0 ? kind.bits : pattern.trailingZeroBitCount)
    case "bitWidth": return .int(kind.bits)
    case "magnitude": return .object(FixedInt(kind.signed ? Kind(rawValue: "U" + kind.rawValue)! : kind, abs(value)))
    case "littleEndian": return .object(self)
    case "byteSwapped", "bigEndian":
      // Cells run on little-endian machines: the big-endian representation is the swapped one.
      var out: Int128 = 0
      for k in 0..<(kind.bits / 8) { out = (out << 8) | ((pattern >> (8 * k)) & 0xFF) }
      return .object(FixedInt(kind, kind.wrap(out)))
    case "description": return .string(describe())
    default: return nil
    }
  }

  /// The integer an operand stands for, and whether it was already of a fixed kind.
  static func integer(_ v: Value) -> Int128? {
    switch v {
    case .int(let x): return Int128(x)
    case .object(let f as FixedInt): return f.value
    default: return nil
    }
  }

  /// `a op b` where one side is a sized integer.
  static func apply(_ op: BinaryOperator, _ a: Value, _ b: Value) throws(RuntimeFailure) -> Value? {
    let kind: Kind
    if case .object(let f as FixedInt) = a {
      kind = f.kind
    } else if case .object(let f as FixedInt) = b {
      kind = f.kind
    } else {
      return nil
    }
    guard let x = integer(a), let y = integer(b) else { return nil }
    if case .object(let f as FixedInt) = a, case .object(let g as FixedInt) = b, f.kind != g.kind,
      op != .shiftLeft && op != .shiftRight
    {
      throw RuntimeFailure(
        "binary operator '\(op.rawValue)' cannot be applied to operands of type '\(f.kind.rawValue)' and '\(g.kind.rawValue)'"
      )
    }
    func result(_ v: Int128) throws(RuntimeFailure) -> Value { .object(try make(kind, v)) }
    switch op {
    case .add: return try result(x + y)
    case .subtract: return try result(x - y)
    case .multiply:
      // Two UInt64s multiply past Int128: out of range for every kind, as the overflow it is.
      let (product, overflow) = x.multipliedReportingOverflow(by: y)
      return try result(overflow ? Int128.max : product)
    case .divide, .remainder:
      guard y != 0 else {
        throw RuntimeFailure(op == .divide ? "Division by zero" : "Division by zero in remainder operation")
      }
      return try result(op == .divide ? x / y : x % y)
    case .wrappingAdd: return .object(FixedInt(kind, kind.wrap(x + y)))
    case .wrappingSubtract: return .object(FixedInt(kind, kind.wrap(x - y)))
    case .wrappingMultiply: return .object(FixedInt(kind, kind.wrap(x &* y)))
    case .bitAnd: return .object(FixedInt(kind, kind.wrap(x & y)))
    case .bitOr: return .object(FixedInt(kind, kind.wrap(x | y)))
    case .bitXor: return .object(FixedInt(kind, kind.wrap(x ^ y)))
    case .shiftLeft, .shiftRight:
      // The left operand's type is the result's; the amount may be of any integer type.
      guard case .object(let f as FixedInt) = a else {
        let shifted = op == .shiftLeft ? smartShiftLeft(x, y, 64) : smartShiftRight(x, y, 64)
        return .int(Int(truncatingIfNeeded: shifted))
      }
      let bits = f.kind.bits
      let shifted = op == .shiftLeft ? smartShiftLeft(x, y, bits) : smartShiftRight(x, y, bits)
      return .object(FixedInt(f.kind, f.kind.wrap(shifted)))
    case .equal: return .bool(x == y)
    case .notEqual: return .bool(x != y)
    case .less: return .bool(x < y)
    case .lessEqual: return .bool(x <= y)
    case .greater: return .bool(x > y)
    case .greaterEqual: return .bool(x >= y)
    case .halfOpenRange, .closedRange:
      guard let lo = Int(exactly: x), let hi = Int(exactly: y) else { return nil }
      guard lo <= hi else { throw RuntimeFailure("Range requires lowerBound <= upperBound") }
      return .range(RangeValue(lower: lo, upper: hi, closed: op == .closedRange))
    }
  }

  static func smartShiftLeft(_ x: Int128, _ n: Int128, _ bits: Int) -> Int128 {
    if n < 0 { return smartShiftRight(x, -n, bits) }
    return n >= Int128(bits) ? 0 : x << Int(n)
  }

  static func smartShiftRight(_ x: Int128, _ n: Int128, _ bits: Int) -> Int128 {
    if n < 0 { return smartShiftLeft(x, -n, bits) }
    return n >= Int128(bits) ? (x < 0 ? -1 : 0) : x >> Int(n)
  }

  /// `UInt8(x)`, `UInt8(truncatingIfNeeded: x)`, `UInt8(clamping: x)`, `UInt8(bitPattern: x)`,
  /// `UInt8("12")`; nil when the label is not one of these.
  static func convert(_ kind: Kind, _ label: String?, _ v: Value) throws(RuntimeFailure) -> Value? {
    if label == nil, case .string(let s) = v {
      guard let n = Int128(s), n >= kind.min && n <= kind.max else { return Value.none }
      return Value.some(.object(FixedInt(kind, n)))
    }
    if label == "exactly" {
      // `UInt8(exactly: 256)`: nil unless the value is a whole number the type holds.
      var whole: Int128?
      switch v {
      case .double(let d): whole = Int128(exactly: d)
      case .float(let f): whole = Int128(exactly: f)
      default: whole = integer(v)
      }
      guard let n = whole, n >= kind.min && n <= kind.max else { return Value.none }
      return Value.some(.object(FixedInt(kind, n)))
    }
    let n: Int128
    switch v {
    case .double(let d), .some(.double(let d)):
      guard label == nil else { return nil }
      guard d.isFinite, let t = Int128(exactly: d.rounded(.towardZero)), t >= kind.min && t <= kind.max else {
        throw RuntimeFailure(
          "Double value \(d) cannot be converted to \(kind.rawValue) because the result would be out of range")
      }
      return .object(FixedInt(kind, t))
    case .float(let f):
      return try convert(kind, label, .double(Double(f)))
    default:
      guard let i = integer(v) else {
        throw RuntimeFailure("cannot convert a value of type '\(v.typeName)' to \(kind.rawValue)")
      }
      n = i
    }
    switch label {
    case nil:
      return .object(try make(kind, n, "conversion"))
    case "truncatingIfNeeded", "bitPattern":
      return .object(FixedInt(kind, kind.wrap(n)))
    case "clamping":
      return .object(FixedInt(kind, Swift.min(Swift.max(n, kind.min), kind.max)))
    default:
      return nil
    }
  }

  /// `Int(x)` and `Int(truncatingIfNeeded:)`/`Int(bitPattern:)`/`Int(clamping:)` of a sized integer.
  static func toInt(_ label: String?, _ v: Value) throws(RuntimeFailure) -> Value? {
    guard case .object(let f as FixedInt) = v else {
      if label != nil, case .int = v { return v }
      return nil
    }
    switch label {
    case nil:
      guard let n = Int(exactly: f.value) else {
        throw RuntimeFailure("\(f.value) does not fit in Int")
      }
      return .int(n)
    case "truncatingIfNeeded", "bitPattern": return .int(Int(truncatingIfNeeded: f.value))
    case "clamping": return .int(Int(clamping: f.value))
    default: return nil
    }
  }

  static func staticMember(_ type: String, _ name: String) -> Value? {
    if type == "Int64" || type == "Int" {
      switch name {
      case "max": return .int(.max)
      case "min": return .int(.min)
      case "bitWidth": return .int(64)
      default: return nil
      }
    }
    guard let kind = Kind(rawValue: type) else { return nil }
    switch name {
    case "max": return .object(FixedInt(kind, kind.max))
    case "min": return .object(FixedInt(kind, kind.min))
    case "zero": return .object(FixedInt(kind, 0))
    case "bitWidth": return .int(kind.bits)
    default: return nil
    }
  }

  /// Bit properties of a plain `Int`.
  static func intProperty(_ name: String) -> ((Value) throws(RuntimeFailure) -> Value)? {
    let read: ((Int) -> Int)?
    switch name {
    case "nonzeroBitCount": read = { $0.nonzeroBitCount }
    case "leadingZeroBitCount": read = { $0.leadingZeroBitCount }
    case "trailingZeroBitCount": read = { $0.trailingZeroBitCount }
    case "bitWidth": read = { $0.bitWidth }
    case "byteSwapped": read = { $0.byteSwapped }
    case "bigEndian": read = { $0.bigEndian }
    case "littleEndian": read = { $0.littleEndian }
    default: read = nil
    }
    guard let read else { return nil }
    return { v throws(RuntimeFailure) in
      if case .object(let f as FixedInt) = v, let m = f.member(name) { return m }
      guard case .int(let x) = v else { throw RuntimeFailure("value of type '\(v.typeName)' has no member '\(name)'") }
      return .int(read(x))
    }
  }
}
