// Expression nodes. Each catches `RuntimeFailure` from the value layer and
// rethrows it located at its own position.

final class BinaryExpr: Expr {
  let op: BinaryOperator
  let lhs: Expr
  let rhs: Expr
  /// Whether the left operand is computed (`a * 2` in `a * 2 + b`), so its value may be a
  /// temporary nothing else holds; a variable's never is.
  let lhsMayBeTemporary: Bool
  init(_ op: BinaryOperator, _ lhs: Expr, _ rhs: Expr, _ loc: SourceLoc) {
    self.op = op
    self.lhs = lhs
    self.rhs = rhs
    self.lhsMayBeTemporary = op.isArithmetic && !(lhs is LValue) && !(lhs is Const)
    super.init(loc)
  }
  override func eval(_ rt: Runtime, _ fp: Frame) throws -> Value {
    var a = try lhs.eval(rt, fp)
    let b = try rhs.eval(rt, fp)
    if case .int(let x) = a, case .int(let y) = b {
      do { return try Arithmetic.int(op, x, y) } catch let e as RuntimeFailure { throw rt.located(e, loc) }
    }
    if case .double(let x) = a, case .double(let y) = b {
      do { return try Arithmetic.double(op, x, y) } catch let e as RuntimeFailure { throw rt.located(e, loc) }
    }
    // `a * 2 + b`: a temporary tensor nothing else holds takes the result in its own
    // buffer (the hook writes in place only when `a` is uniquely referenced).
    if lhsMayBeTemporary, case .object = a, let hook = Library.shared.intoTemporary, hook(op, &a, b) { return a }
    do { return try Arithmetic.apply(op, a, b) } catch let e as RuntimeFailure { throw rt.located(e, loc) }
  }
}

final class AndExpr: Expr {
  let lhs: Expr
  let rhs: Expr
  init(_ lhs: Expr, _ rhs: Expr, _ loc: SourceLoc) {
    self.lhs = lhs
    self.rhs = rhs
    super.init(loc)
  }
  override func eval(_ rt: Runtime, _ fp: Frame) throws -> Value {
    guard try truth(lhs.eval(rt, fp), rt, lhs.loc) else { return .bool(false) }
    return .bool(try truth(rhs.eval(rt, fp), rt, rhs.loc))
  }
}

final class OrExpr: Expr {
  let lhs: Expr
  let rhs: Expr
  init(_ lhs: Expr, _ rhs: Expr, _ loc: SourceLoc) {
    self.lhs = lhs
    self.rhs = rhs
    super.init(loc)
  }
  override func eval(_ rt: Runtime, _ fp: Frame) throws -> Value {
    if try truth(lhs.eval(rt, fp), rt, lhs.loc) { return .bool(true) }
    return .bool(try truth(rhs.eval(rt, fp), rt, rhs.loc))
  }
}

@inline(__always)
func truth(_ v: Value, _ rt: Runtime, _ loc: SourceLoc) throws -> Bool {
  if case .bool(let b) = v { return b }
  throw LocatedFailure(
    kind: .runtime,
    message: "a condition must be a Bool, not a value of type '\(v.typeName)'", loc: loc)
}

final class NotExpr: Expr {
  let operand: Expr
  init(_ operand: Expr, _ loc: SourceLoc) {
    self.operand = operand
    super.init(loc)
  }
  override func eval(_ rt: Runtime, _ fp: Frame) throws -> Value {
    .bool(!(try truth(operand.eval(rt, fp), rt, loc)))
  }
}

final class NegateExpr: Expr {
  let operand: Expr
  init(_ operand: Expr, _ loc: SourceLoc) {
    self.operand = operand
    super.init(loc)
  }
  override func eval(_ rt: Runtime, _ fp: Frame) throws -> Value {
    do { return try Arithmetic.negate(operand.eval(rt, fp)) } catch let e as RuntimeFailure {
      throw rt.located(e, loc)
    }
  }
}

final class TernaryExpr: Expr {
  let condition: Expr
  let then: Expr
  let otherwise: Expr
  init(_ condition: Expr, _ then: Expr, _ otherwise: Expr, _ loc: SourceLoc) {
    self.condition = condition
    self.then = then
    self.otherwise = otherwise
    super.init(loc)
  }
  override func eval(_ rt: Runtime, _ fp: Frame) throws -> Value {
    try truth(condition.eval(rt, fp), rt, condition.loc)
      ? then.eval(rt, fp) : otherwise.eval(rt, fp)
  }
}

final class AssignExpr: Expr {
  let target: LValue
  let value: Expr
  let hint: TypeHint
  /// `a = a + b`: computed as `a += b` when `a` holds a tensor (see `SelfUpdate`).
  let selfUpdate: BinaryExpr?
  init(_ target: LValue, _ value: Expr, hint: TypeHint, _ loc: SourceLoc) {
    self.target = target
    self.value = value
    self.hint = hint
    self.selfUpdate = SelfUpdate.match(target, value, hint: hint)
    super.init(loc)
  }
  override func eval(_ rt: Runtime, _ fp: Frame) throws -> Value {
    if let selfUpdate, try SelfUpdate.run(selfUpdate, target, rt, fp) { return .void }
    let v = try hint.coerce(value.eval(rt, fp), loc)
    try target.set(rt, fp, v)
    return .void
  }
}

/// `x += y` on a plain local or global, with the `Int` and `Double` cases inline:
/// the hottest statement of numeric loops.
final class CompoundAssignSlotExpr: Expr {
  enum Place {
    case local(Int)
    case global(Int)
  }
  let place: Place
  let op: BinaryOperator
  let value: Expr
  let general: CompoundAssignExpr
  init(_ place: Place, _ op: BinaryOperator, _ value: Expr, general: CompoundAssignExpr) {
    self.place = place
    self.op = op
    self.value = value
    self.general = general
    super.init(general.loc)
  }
  override func eval(_ rt: Runtime, _ fp: Frame) throws -> Value {
    let slot: UnsafeMutablePointer<Value>
    switch place {
    case .local(let i): slot = fp + i
    case .global(let i): slot = rt.globals + i
    }
    let rhs = try value.eval(rt, fp)
    switch (slot.pointee, rhs) {
    case (.int(let x), .int(let y)):
      do { slot.pointee = try Arithmetic.int(op, x, y) } catch let e as RuntimeFailure { throw rt.located(e, loc) }
      return .void
    case (.double(let x), .double(let y)):
      do { slot.pointee = try Arithmetic.double(op, x, y) } catch let e as RuntimeFailure { throw rt.located(e, loc) }
      return .void
    case (.double(let x), .int(let y)):
      do { slot.pointee = try Arithmetic.double(op, x, Double(y)) } catch let e as RuntimeFailure {
        throw rt.located(e, loc)
      }
      return .void
    default:
      return try general.apply(rhs, rt, fp)
    }
  }
}

/// `x += y` and friends, mutating in place.
final class CompoundAssignExpr: Expr {
  let target: LValue
  let op: BinaryOperator
  let value: Expr
  init(_ target: LValue, _ op: BinaryOperator, _ value: Expr, _ loc: SourceLoc) {
    self.target = target
    self.op = op
    self.value = value
    super.init(loc)
  }
  override func eval(_ rt: Runtime, _ fp: Frame) throws -> Value {
    try apply(value.eval(rt, fp), rt, fp)
  }

  func apply(_ rhs: Value, _ rt: Runtime, _ fp: Frame) throws -> Value {
    let op = self.op
    let loc = self.loc
    try target.modify(rt, fp) { current in
      if case .int(let x) = current, case .int(let y) = rhs {
        do { current = try Arithmetic.int(op, x, y) } catch let e as RuntimeFailure { throw rt.located(e, loc) }
        return
      }
      if case .object = current, let hook = Library.shared.compoundAssign {
        do {
          if try hook(op, &current, rhs) { return }
        } catch let e as RuntimeFailure {
          throw rt.located(e, loc)
        }
      }
      if op == .add, case .array(var a) = current, case .array(let b) = rhs {
        do { try Growth.check(a, b) } catch let e as RuntimeFailure { throw rt.located(e, loc) }
        current = .void
        a.append(contentsOf: b)
        current = .array(a)
        return
      }
      if op == .add, case .string(var s) = current, case .string(let t) = rhs {
        do { try Growth.check(s, t) } catch let e as RuntimeFailure { throw rt.located(e, loc) }
        current = .void
        s += t
        current = .string(s)
        return
      }
      let result: Value
      do { result = try Arithmetic.apply(op, current, rhs) } catch let e as RuntimeFailure { throw rt.located(e, loc) }
      // A `Double` variable stays `Double` after `+= 1`.
      switch (current, result) {
      case (.float, .double(let d)): current = .float(Float(d))
      default: current = result
      }
    }
    return .void
  }
}

final class InterpolationExpr: Expr {
  /// Literal pieces and expressions, in order.
  let parts: [Expr]
  init(_ parts: [Expr], _ loc: SourceLoc) {
    self.parts = parts
    super.init(loc)
  }
  override func eval(_ rt: Runtime, _ fp: Frame) throws -> Value {
    var s = ""
    for p in parts {
      let v = try p.eval(rt, fp)
      let t = if case .string(let t) = v { t } else { v.description }
      do { try Growth.check(s, t) } catch let e as RuntimeFailure { throw rt.located(e, loc) }
      s += t
    }
    return .string(s)
  }
}

final class ArrayLiteralExpr: Expr {
  let elements: [Expr]
  init(_ elements: [Expr], _ loc: SourceLoc) {
    self.elements = elements
    super.init(loc)
  }
  override func eval(_ rt: Runtime, _ fp: Frame) throws -> Value {
    var a: [Value] = []
    a.reserveCapacity(elements.count)
    for e in elements { a.append(try e.eval(rt, fp)) }
    return .array(a)
  }
}

final class DictionaryLiteralExpr: Expr {
  let keys: [Expr]
  let values: [Expr]
  init(keys: [Expr], values: [Expr], _ loc: SourceLoc) {
    self.keys = keys
    self.values = values
    super.init(loc)
  }
  override func eval(_ rt: Runtime, _ fp: Frame) throws -> Value {
    var d = DictionaryValue()
    for (k, v) in zip(keys, values) {
      let key = try k.eval(rt, fp)
      if d[key] != nil {
        throw LocatedFailure(
          kind: .runtime, message: "dictionary literal contains duplicate key \(key.debugDescription)",
          loc: k.loc)
      }
      do { try d.set(key, try v.eval(rt, fp)) } catch let e as RuntimeFailure { throw rt.located(e, k.loc) }
    }
    return .dictionary(d)
  }
}

final class TupleExpr: Expr {
  let elements: [Expr]
  let labels: [String?]
  init(_ elements: [Expr], labels: [String?], _ loc: SourceLoc) {
    self.elements = elements
    self.labels = labels
    super.init(loc)
  }
  override func eval(_ rt: Runtime, _ fp: Frame) throws -> Value {
    .tuple(TupleValue(elements: try elements.map { try $0.eval(rt, fp) }, labels: labels))
  }
}

final class ForceUnwrapExpr: Expr {
  let operand: Expr
  init(_ operand: Expr, _ loc: SourceLoc) {
    self.operand = operand
    super.init(loc)
  }
  override func eval(_ rt: Runtime, _ fp: Frame) throws -> Value {
    switch try operand.eval(rt, fp) {
    case .some(let v): return v
    case .none:
      throw LocatedFailure(
        kind: .runtime, message: "unexpectedly found nil while unwrapping an Optional value", loc: loc)
    case let v: return v
    }
  }
}

final class NilCoalescingExpr: Expr {
  let lhs: Expr
  let rhs: Expr
  init(_ lhs: Expr, _ rhs: Expr, _ loc: SourceLoc) {
    self.lhs = lhs
    self.rhs = rhs
    super.init(loc)
  }
  override func eval(_ rt: Runtime, _ fp: Frame) throws -> Value {
    switch try lhs.eval(rt, fp) {
    case .some(let v): return v
    case .none: return try rhs.eval(rt, fp)
    case let v: return v
    }
  }
}

/// Wraps a value as `Optional` where the static type says so (`let x: Int? = 3`).
final class CoerceExpr: Expr {
  let operand: Expr
  let hint: TypeHint
  init(_ operand: Expr, _ hint: TypeHint) {
    self.operand = operand
    self.hint = hint
    super.init(operand.loc)
  }
  override func eval(_ rt: Runtime, _ fp: Frame) throws -> Value {
    let v = try operand.eval(rt, fp)
    if case .double = v, hint == .double { return v }
    return try hint.coerce(v, loc)
  }
}
