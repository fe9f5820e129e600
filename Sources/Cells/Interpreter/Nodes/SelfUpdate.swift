/// `a = a + b`, `p.w = p.w * 0.5`, `xs[0] = xs[0] - g`: an assignment whose value is an
/// arithmetic operator with the assigned place itself on its left. For a tensor it is
/// computed as `a += b` is, into the place's own buffer when nothing else holds it
/// (any other holder, or a tape, gets a new tensor as `a + b` would make).
///
/// The operands are read in Swift's order, the left one first, and the left tensor is
/// held until the right one is evaluated: if that changed the place (a function or a
/// getter assigning to it), the sum is made from the tensor read first, as `a + b` is.
enum SelfUpdate {
  /// The operator expression of `target = value` when it has this form.
  static func match(_ target: LValue, _ value: Expr, hint: TypeHint) -> BinaryExpr? {
    guard let binary = value as? BinaryExpr, binary.op.isArithmetic, samePlace(target, binary.lhs) else {
      return nil
    }
    // An optional annotation wraps the result; the general path does that.
    if case .optional = hint { return nil }
    return binary
  }

  /// Whether two expressions name the same storage: the same variable, the same field
  /// of the same place, or the same constant or variable index of the same place.
  static func samePlace(_ x: Expr, _ y: Expr) -> Bool {
    switch (x, y) {
    case (let a as LocalVar, let b as LocalVar): return a.slot == b.slot
    case (let a as BoxedVar, let b as BoxedVar): return a.slot == b.slot
    case (let a as GlobalVar, let b as GlobalVar): return a.index == b.index
    case (let a as FieldExpr, let b as FieldExpr): return a.name == b.name && samePlace(a.base, b.base)
    case (let a as SubscriptExpr, let b as SubscriptExpr):
      guard samePlace(a.base, b.base) else { return false }
      if let i = a.index as? Const, let j = b.index as? Const, case .int(let p) = i.value, case .int(let q) = j.value {
        return p == q
      }
      return !(a.index is Const) && samePlace(a.index, b.index)
    default: return false
    }
  }

  /// Whether `value` is `tensor`, compared in a function of its own: a binding of the
  /// object in the caller would be one more reference while the hook checks uniqueness.
  @inline(never)
  private static func holds(_ value: Value, _ tensor: Tensor?) -> Bool {
    guard case .object(let o) = value else { return false }
    return o === tensor
  }

  /// Runs the assignment when the place holds a tensor, and returns true; false
  /// (nothing evaluated) when it does not, and the caller evaluates it as usual.
  static func run(_ binary: BinaryExpr, _ target: LValue, _ rt: Runtime, _ fp: Frame) throws -> Bool {
    guard let hook = Library.shared.compoundAssign else { return false }
    var left: Tensor?
    do {
      guard case .object(let o) = try binary.lhs.eval(rt, fp), type(of: o) == Tensor.self else { return false }
      left = o as? Tensor
    }
    let rhs = try binary.rhs.eval(rt, fp)
    let op = binary.op
    let loc = binary.loc
    try target.modify(rt, fp) { current in
      do {
        if holds(current, left) {
          // Dropped before the hook, so the place holds the only reference it had.
          left = nil
          if try hook(op, &current, rhs) { return }
          // The right operand is neither a tensor nor a number: `a + b`'s error.
          current = try Arithmetic.apply(op, current, rhs)
        } else {
          // Evaluating the right operand changed the place: `a + b` of the tensor read first.
          let first: Value = left.map { .object($0) } ?? current
          current = try Arithmetic.apply(op, first, rhs)
        }
      } catch let e as RuntimeFailure {
        throw rt.located(e, loc)
      }
    }
    return true
  }
}
