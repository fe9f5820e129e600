/// `a = a + b`, `p.w = p.w * 0.5`, `xs[0] = xs[0] - g`: an assignment whose value is an
/// arithmetic operator with the assigned place itself on its left. For a tensor it is
/// computed as `a += b` is, into the place's own buffer when nothing else holds it
/// (any other holder, or a tape, gets a new tensor as `a + b` would make).
///
/// Only when the right operand reads a constant or a variable, so evaluating it cannot
/// change the place, and the left operand is read first as Swift reads it.
enum SelfUpdate {
  /// The operator expression of `target = value` when it has this form.
  static func match(_ target: LValue, _ value: Expr, hint: TypeHint) -> BinaryExpr? {
    guard let binary = value as? BinaryExpr, binary.op.isArithmetic, isPlain(binary.rhs),
      samePlace(target, binary.lhs)
    else { return nil }
    // An optional annotation wraps the result; the general path does that.
    if case .optional = hint { return nil }
    return binary
  }

  /// A constant or a variable: reading it has no effect on anything.
  private static func isPlain(_ e: Expr) -> Bool {
    e is Const || e is LocalVar || e is BoxedVar || e is GlobalVar
  }

  /// Whether two expressions name the same storage: the same variable, the same stored
  /// field of the same place, or the same constant or variable index of the same place.
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
      return isPlain(a.index) && !(a.index is Const) && samePlace(a.index, b.index)
    default: return false
    }
  }

  /// Runs the update when the place holds a tensor; false (nothing changed, nothing
  /// thrown) when it does not, and the caller evaluates the assignment as usual.
  static func run(_ binary: BinaryExpr, _ target: LValue, _ rt: Runtime, _ fp: Frame) throws -> Bool {
    guard let hook = Library.shared.compoundAssign else { return false }
    // The left operand first, as the general path reads it (its errors are the same); the
    // value read is dropped at the end of the block, so the place holds the only reference.
    do {
      guard case .object(let o) = try binary.lhs.eval(rt, fp), type(of: o) == Tensor.self else { return false }
    }
    let rhs = try binary.rhs.eval(rt, fp)
    var done = false
    try target.modify(rt, fp) { current in
      do { done = try hook(binary.op, &current, rhs) } catch let e as RuntimeFailure {
        throw rt.located(e, binary.loc)
      }
    }
    return done
  }
}
