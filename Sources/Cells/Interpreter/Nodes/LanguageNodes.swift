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
