/// `"a"..."e"` and `"a"..<"c"`: Swift's `ClosedRange<String>` and `Range<String>` (of
/// characters too). Not iterable, as in Swift; a cell reads the bounds and asks
/// `contains(_:)`, which compares strings as Swift's `<` does.
final class StringRange: NativeObject {
  let lower: String
  let upper: String
  let closed: Bool

  init(lower: String, upper: String, closed: Bool) throws(RuntimeFailure) {
    guard lower <= upper else { throw RuntimeFailure("Range requires lowerBound <= upperBound") }
    (self.lower, self.upper, self.closed) = (lower, upper, closed)
  }

  override var typeName: String { closed ? "ClosedRange<String>" : "Range<String>" }
  override var typeHierarchy: [String] { [typeName, "StringRange"] }
  override func describe() -> String { lower + (closed ? "..." : "..<") + upper }

  override func member(_ name: String) -> Value? {
    switch name {
    case "lowerBound": return .string(lower)
    case "upperBound": return .string(upper)
    case "isEmpty": return .bool(!closed && lower == upper)
    default: return nil
    }
  }

  func contains(_ x: String) -> Bool { closed ? (lower <= x && x <= upper) : (lower <= x && x < upper) }
}

extension Library {
  func registerStringRanges() {
    type("StringRange", help: "ClosedRange<String> (\"a\"...\"e\") and Range<String>: bounds and contains")
    for bound in ["lowerBound", "upperBound"] {
      property("StringRange", bound, .string, help: "The range's \(bound == "lowerBound" ? "lower" : "upper") bound") {
        v in
        guard case .object(let range as StringRange) = v, let value = range.member(bound) else { return .none }
        return value
      }
    }
    method(
      "StringRange",
      Signature(
        "contains", [.positional("element", .string)], .bool,
        help: "Whether the string lies in the range (the upper bound included for a...b)")
    ) { receiver, a in
      guard case .object(let range as StringRange) = receiver else { throw a.mismatch(0, "a range") }
      return .bool(range.contains(try a.string(0)))
    }
  }
}
