/// `a...b` and `a..<b` over `Double` or `Float` bounds: Swift's `ClosedRange<Double>` and
/// `Range<Double>`. They cannot be iterated (as in Swift); a cell reads their bounds,
/// asks `contains(_:)`, or passes them where a library function takes limits
/// (`xLimits: 0.0...1.0`).
final class FloatingRange: NativeObject {
  let lower: Double
  let upper: Double
  let closed: Bool
  /// `Double` or `Float`, the type of the bounds.
  let boundType: String

  init(lower: Double, upper: Double, closed: Bool, boundType: String) throws(RuntimeFailure) {
    guard !lower.isNaN, !upper.isNaN, lower <= upper else {
      throw RuntimeFailure("Range requires lowerBound <= upperBound")
    }
    (self.lower, self.upper, self.closed, self.boundType) = (lower, upper, closed, boundType)
  }

  override var typeName: String { closed ? "ClosedRange<\(boundType)>" : "Range<\(boundType)>" }
  override var typeHierarchy: [String] { [typeName, "FloatingRange"] }

  override func describe() -> String {
    func text(_ x: Double) -> String { boundType == "Float" ? "\(Float(x))" : "\(x)" }
    return text(lower) + (closed ? "..." : "..<") + text(upper)
  }

  override func member(_ name: String) -> Value? {
    let isFloat = boundType == "Float"
    let wrap: (Double) -> Value = { isFloat ? .float(Float($0)) : .double($0) }
    switch name {
    case "lowerBound": return wrap(lower)
    case "upperBound": return wrap(upper)
    case "isEmpty": return .bool(!closed && lower == upper)
    default: return nil
    }
  }

  func contains(_ x: Double) -> Bool { closed ? (lower <= x && x <= upper) : (lower <= x && x < upper) }
}

extension Library {
  func registerFloatingRanges() {
    type(
      "FloatingRange",
      help: "ClosedRange<Double> (a...b) and Range<Double> (a..<b): bounds and contains, not iterable")
    for bound in ["lowerBound", "upperBound"] {
      property("FloatingRange", bound, .double, help: "The range's \(bound == "lowerBound" ? "lower" : "upper") bound")
      {
        v in
        guard case .object(let range as FloatingRange) = v, let value = range.member(bound) else { return .none }
        return value
      }
    }
    method(
      "FloatingRange",
      Signature(
        "contains", [.positional("element", .double)], .bool,
        help: "Whether the value lies in the range (the upper bound included for a...b)")
    ) { receiver, a in
      guard case .object(let range as FloatingRange) = receiver else { throw a.mismatch(0, "a range") }
      return .bool(range.contains(try a.double(0)))
    }
  }
}
