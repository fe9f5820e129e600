/// `(a, b) = (b, a)`: the right side is evaluated whole before any target is set, so a
/// swap reads both old values. A nil target is a `_` whose value is dropped.
final class TupleAssignExpr: Expr {
  let targets: [LValue?]
  let value: Expr
  init(_ targets: [LValue?], _ value: Expr, _ loc: SourceLoc) {
    self.targets = targets
    self.value = value
    super.init(loc)
  }
  override func eval(_ rt: Runtime, _ fp: Frame) throws -> Value {
    guard case .tuple(let t) = try value.eval(rt, fp), t.elements.count == targets.count else {
      throw rt.located(RuntimeFailure("the assigned value is not a tuple of \(targets.count) elements"), loc)
    }
    for (target, v) in zip(targets, t.elements) {
      try target?.set(rt, fp, v)
    }
    return .void
  }
}

/// `case 90.0...:` and `case 0.5..<1.0:` in a switch: whether a floating-point range
/// pattern holds the value; nil when the pattern is not such a range.
enum RangePatterns {
  static func floating(_ pattern: Value, _ v: Value) -> Bool? {
    guard case .object(let range as FloatingRange) = pattern else { return nil }
    switch v {
    case .double(let x): return range.contains(x)
    case .float(let x): return range.contains(Double(x))
    case .int(let x): return range.contains(Double(x))
    default: return false
    }
  }
}
