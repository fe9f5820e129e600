// Expression nodes. Each catches `RuntimeFailure` from the value layer and
// rethrows it located at its own position.

class BinaryExpr: Expr {
  let op: BinaryOperator
  let lhs: Expr
  let rhs: Expr
  /// Whether the left operand is computed (`a * 2` in `a * 2 + b`), so its value may be a
  /// temporary nothing else holds; a variable's never is.
  let lhsMayBeTemporary: Bool
  /// How each operand is read: a local, global or numeric literal without its node.
  fileprivate let lhsOperand: Operand
  fileprivate let rhsOperand: Operand
  /// `+ - * / %`: numbers in, a number out (`evalNumber`).
  fileprivate let numeric: Bool
  init(_ op: BinaryOperator, _ lhs: Expr, _ rhs: Expr, _ loc: SourceLoc) {
    self.op = op
    self.lhs = lhs
    self.rhs = rhs
    self.lhsMayBeTemporary = op.isArithmetic && !(lhs is LValue) && !(lhs is Const)
    self.lhsOperand = Operand(lhs)
    self.rhsOperand = Operand(rhs)
    self.numeric = [.add, .subtract, .multiply, .divide, .remainder].contains(op)
    // Only nodes without a number path of their own (calls and arithmetic keep theirs).
    self.lhsReadsValue = lhs is BoxedVar || lhs is FieldExpr || lhs is SubscriptExpr
    self.lhsField = lhs as? FieldExpr
    super.init(loc)
  }
  /// A left operand that is neither a plain variable or literal nor arithmetic (a captured
  /// variable, a field, an element): read as its value, so a tensor there is not passed
  /// through `rt.spill`.
  fileprivate let lhsReadsValue: Bool
  /// The left operand when it is a field: a number there is read in place.
  private let lhsField: FieldExpr?

  /// `evalNumber` when the left operand is read as a value (kept out of line, so the
  /// plain-variable path stays as short as it was).
  @inline(never)
  private func evalNumberReadingValue(_ rt: Runtime, _ fp: Frame) throws -> Number {
    var a = try lhs.eval(rt, fp)
    let x: Number
    switch a {
    case .int(let n): x = .int(n)
    case .double(let d): x = .double(d)
    default:
      let b = try rhs.eval(rt, fp)
      return rt.number(try general(&a, b, rt))
    }
    return try numbers(x, try rhsOperand.number(rhs, rt, fp), rt)
  }
  /// `evalNumber` when the left operand is a field (`x * k` in a method): a number there
  /// is read in the instance's storage; anything else as a value.
  @inline(never)
  private func evalNumberReadingField(_ rt: Runtime, _ fp: Frame) throws -> Number {
    guard let x = lhsField.unsafelyUnwrapped.numberInPlace(fp) else { return try evalNumberReadingValue(rt, fp) }
    return try numbers(x, try rhsOperand.number(rhs, rt, fp), rt)
  }
  /// The operator on two operands read as numbers (`y`'s value in `rt.spill` if none).
  @inline(__always)
  private func numbers(_ x: Number, _ y: Number, _ rt: Runtime) throws -> Number {
    if case .int(let p) = x, case .int(let q) = y {
      do { return .int(try Self.integer(op, p, q)) } catch { throw rt.located(error, loc) }
    }
    if case .double(let p) = x, case .double(let q) = y, op != .remainder {
      return .double(Self.floating(op, p, q))
    }
    return rt.number(try generalRight(x, y, rt))
  }
  override func eval(_ rt: Runtime, _ fp: Frame) throws -> Value {
    if numeric {
      switch try evalNumber(rt, fp) {
      case .int(let n): return .int(n)
      case .double(let d): return .double(d)
      case .other: return rt.takeSpill()
      }
    }
    let x = try lhsOperand.number(lhs, rt, fp)
    if case .other = x { return try generalLeft(rt, fp) }
    let y = try rhsOperand.number(rhs, rt, fp)
    if case .int(let p) = x, case .int(let q) = y {
      do { return try Arithmetic.int(op, p, q) } catch { throw rt.located(error, loc) }
    }
    if case .double(let p) = x, case .double(let q) = y {
      do { return try Arithmetic.double(op, p, q) } catch { throw rt.located(error, loc) }
    }
    return try generalRight(x, y, rt)
  }

  /// The left operand was no number (its value in `rt.spill`): the right one as a value.
  fileprivate final func generalLeft(_ rt: Runtime, _ fp: Frame) throws -> Value {
    var a = rt.takeSpill()
    let b = try rhs.eval(rt, fp)
    return try general(&a, b, rt)
  }

  /// The left operand was a number, the right one `y` (its value in `rt.spill` if none).
  fileprivate final func generalRight(_ x: Number, _ y: Number, _ rt: Runtime) throws -> Value {
    var a = x.value ?? .void
    let b = y.value ?? rt.takeSpill()
    return try general(&a, b, rt)
  }

  /// `+ - * / %`, computed on numbers without a `Value` when both operands are two `Int`s
  /// or two `Double`s; any other result is left in `rt.spill`.
  override func evalNumber(_ rt: Runtime, _ fp: Frame) throws -> Number {
    guard numeric else { return rt.number(try eval(rt, fp)) }
    if lhsReadsValue { return try lhsField != nil ? evalNumberReadingField(rt, fp) : evalNumberReadingValue(rt, fp) }
    let x = try lhsOperand.number(lhs, rt, fp)
    if case .other = x { return rt.number(try generalLeft(rt, fp)) }
    let y = try rhsOperand.number(rhs, rt, fp)
    if case .int(let p) = x, case .int(let q) = y {
      do { return .int(try Self.integer(op, p, q)) } catch { throw rt.located(error, loc) }
    }
    if case .double(let p) = x, case .double(let q) = y, op != .remainder {
      return .double(Self.floating(op, p, q))
    }
    return rt.number(try generalRight(x, y, rt))
  }

  /// `+ - * / %` on two `Int`s, trapping as Swift does (`Arithmetic.int`'s messages).
  @inline(__always)
  fileprivate static func integer(_ op: BinaryOperator, _ x: Int, _ y: Int) throws(RuntimeFailure) -> Int {
    switch op {
    case .add:
      let (r, o) = x.addingReportingOverflow(y)
      if o { throw Arithmetic.overflow(x, "+", y) }
      return r
    case .subtract:
      let (r, o) = x.subtractingReportingOverflow(y)
      if o { throw Arithmetic.overflow(x, "-", y) }
      return r
    case .multiply:
      let (r, o) = x.multipliedReportingOverflow(by: y)
      if o { throw Arithmetic.overflow(x, "*", y) }
      return r
    default:
      // `/` and `%`, with their checks.
      guard case .int(let r) = try Arithmetic.int(op, x, y) else { throw RuntimeFailure("not an integer operation") }
      return r
    }
  }

  /// `+ - * /` on two `Double`s.
  @inline(__always)
  private static func floating(_ op: BinaryOperator, _ x: Double, _ y: Double) -> Double {
    switch op {
    case .add: return x + y
    case .subtract: return x - y
    case .multiply: return x * y
    default: return x / y
    }
  }

  /// The operator on anything but two `Int`s or two `Double`s.
  /// `a` is taken `inout`, so a temporary tensor is held once (by the caller's variable)
  /// and the hook finds it uniquely referenced.
  private func general(_ a: inout Value, _ b: Value, _ rt: Runtime) throws -> Value {
    // `a * 2 + b`: a temporary tensor nothing else holds takes the result in its own
    // buffer (the hook writes in place only when `a` is uniquely referenced).
    if lhsMayBeTemporary, case .object = a, let hook = Library.shared.intoTemporary, hook(op, &a, b) { return a }
    do { return try Arithmetic.apply(op, a, b) } catch { throw rt.located(error, loc) }
  }

  /// The value of a comparison used as a condition (`while n != 1`, `if i < n`), without
  /// making a `Bool` value for two `Int`s or two `Double`s. Only for `op.isComparison`.
  final func test(_ rt: Runtime, _ fp: Frame) throws -> Bool {
    let x = try lhsOperand.number(lhs, rt, fp)
    if case .other = x { return try truth(generalLeft(rt, fp), rt, loc) }
    let y = try rhsOperand.number(rhs, rt, fp)
    if case .int(let p) = x, case .int(let q) = y { return Self.compare(op, p, q) }
    if case .double(let p) = x, case .double(let q) = y { return Self.compare(op, p, q) }
    return try truth(generalRight(x, y, rt), rt, loc)
  }

  @inline(__always)
  private static func compare<T: Comparable>(_ op: BinaryOperator, _ x: T, _ y: T) -> Bool {
    switch op {
    case .equal: return x == y
    case .notEqual: return x != y
    case .less: return x < y
    case .lessEqual: return x <= y
    case .greater: return x > y
    default: return x >= y
    }
  }
}

extension BinaryExpr {
  /// The node for `lhs op rhs`: `PlainArithmeticExpr` for `+ - * / %` with a right operand
  /// that is a numeric literal or a plain variable, else the general node.
  static func make(_ op: BinaryOperator, _ lhs: Expr, _ rhs: Expr, _ loc: SourceLoc) -> BinaryExpr {
    let node = BinaryExpr(op, lhs, rhs, loc)
    // A captured variable, a field or an element on the left keeps the general node's ways to read it.
    guard node.numeric, !node.lhsReadsValue else { return node }
    if case .general = node.rhsOperand { return node }
    return PlainArithmeticExpr(op, lhs, rhs, loc)
  }
}

/// `x * 3 + 1`, `i % 17`, `x * x`: `+ - * / %` whose right operand is a numeric literal or
/// a plain local or global, computed inline for two `Int`s or two `Double`s, with the operator's
/// switch and no call for the `Int` arithmetic (the general node spends about 60
/// instructions of the 90 that `x * 3` costs on checking its operands' ways and kinds).
/// Anything else (an `Int` with a `Double`, a tensor, an overflow, a division by zero)
/// goes the general node's way, with its messages.
final class PlainArithmeticExpr: BinaryExpr {
  override func evalNumber(_ rt: Runtime, _ fp: Frame) throws -> Number {
    let x = try lhsOperand.number(lhs, rt, fp)
    if case .other = x { return rt.number(try generalLeft(rt, fp)) }
    let y: Number
    switch rhsOperand {
    case .int(let n): y = .int(n)
    case .double(let d): y = .double(d)
    case .local(let slot):
      y = Number(at: fp + slot)
      if case .other = y { rt.spill = fp[slot] }
    default: y = try rhsOperand.number(rhs, rt, fp)  // a global
    }
    if case .int(let p) = x, case .int(let q) = y {
      let (r, trap): (Int, Bool)
      switch op {
      case .add: (r, trap) = p.addingReportingOverflow(q)
      case .subtract: (r, trap) = p.subtractingReportingOverflow(q)
      case .multiply: (r, trap) = p.multipliedReportingOverflow(by: q)
      case .divide: (r, trap) = q == 0 || q == -1 ? (0, true) : (p / q, false)
      default: (r, trap) = q == 0 || q == -1 ? (0, true) : (p % q, false)
      }
      if trap { return .int(try checked(p, q, rt)) }
      return .int(r)
    }
    if case .double(let p) = x, case .double(let q) = y {
      switch op {
      case .add: return .double(p + q)
      case .subtract: return .double(p - q)
      case .multiply: return .double(p * q)
      case .divide: return .double(p / q)
      default: break  // `%`, which fails as the general node says
      }
    }
    return rt.number(try generalRight(x, y, rt))
  }

  /// `p op q` on two `Int`s the inline path left alone (an overflow, or a division by 0 or
  /// -1): computed or refused as the general node does.
  @inline(never)
  private func checked(_ p: Int, _ q: Int, _ rt: Runtime) throws -> Int {
    do { return try Self.integer(op, p, q) } catch { throw rt.located(error, loc) }
  }
}

/// A condition that is a comparison, tested without a `Bool` value; any other expression
/// through its value.
@inline(__always)
func comparison(_ e: Expr) -> BinaryExpr? {
  if let b = e as? BinaryExpr, b.op.isComparison { return b }
  return nil
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
    self.compare = comparison(condition)
    super.init(loc)
  }
  private let compare: BinaryExpr?
  override func eval(_ rt: Runtime, _ fp: Frame) throws -> Value {
    let yes =
      if let compare { try compare.test(rt, fp) } else { try truth(condition.eval(rt, fp), rt, condition.loc) }
    return try yes ? then.eval(rt, fp) : otherwise.eval(rt, fp)
  }
  /// The chosen branch as a number (`n < 2 ? n : fib(n - 1) + fib(n - 2)`).
  override func evalNumber(_ rt: Runtime, _ fp: Frame) throws -> Number {
    let yes =
      if let compare { try compare.test(rt, fp) } else { try truth(condition.eval(rt, fp), rt, condition.loc) }
    return try yes ? then.evalNumber(rt, fp) : otherwise.evalNumber(rt, fp)
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
    switch Operand(target) {
    case .local(let slot): self.place = .local(slot)
    case .global(let index): self.place = .global(index)
    default: self.place = .general
    }
    self.hintKind =
      switch hint {
      case .unknown: 0
      case .int: 1
      case .double: 2
      default: 3
      }
    super.init(loc)
  }
  /// A plain local or global target, written in place; `.general` for any other.
  private let place: Operand
  /// Whether the hint converts nothing (`.unknown`), or converts only what is not already
  /// an `Int` (`.int`) or a `Double` (`.double`).
  private let hintKind: UInt8

  override func eval(_ rt: Runtime, _ fp: Frame) throws -> Value {
    try run(rt, fp)
    return .void
  }
  override func run(_ rt: Runtime, _ fp: Frame) throws {
    if let selfUpdate, mayHoldTensor(rt, fp), try SelfUpdate.run(selfUpdate, target, rt, fp) { return }
    var v = try value.eval(rt, fp)
    switch hintKind {
    case 0: break
    case 1: if case .int = v {} else { v = try hint.coerce(v, loc) }
    case 2: if case .double = v {} else { v = try hint.coerce(v, loc) }
    default: v = try hint.coerce(v, loc)
    }
    switch place {
    case .local(let slot): setSlot(fp + slot, v)
    case .global(let index): setSlot(rt.globals + index, v)
    default: try target.set(rt, fp, v)
    }
  }

  /// False when the target is a variable holding no library object, so `a = a + b` is no
  /// tensor update (`n = n / 2` on an `Int` reads `n` once, not twice).
  @inline(__always)
  private func mayHoldTensor(_ rt: Runtime, _ fp: Frame) -> Bool {
    let p: UnsafeMutablePointer<Value>
    switch place {
    case .local(let slot): p = fp + slot
    case .global(let index): p = rt.globals + index
    default: return true
    }
    if case .object = p.pointee { return true }
    return false
  }
}

/// `x op= y` with the right side read as a number: what the variable and field forms
/// below share (anything but two numbers goes to `general`).
class NumericCompoundAssign: Expr {
  let op: BinaryOperator
  let value: Expr
  let general: CompoundAssignExpr
  let valueOperand: Operand
  init(_ op: BinaryOperator, _ value: Expr, general: CompoundAssignExpr) {
    self.op = op
    self.value = value
    self.general = general
    self.valueOperand = Operand(value)
    super.init(general.loc)
  }
  override final func eval(_ rt: Runtime, _ fp: Frame) throws -> Value {
    try run(rt, fp)
    return .void
  }

  /// Any other variable or value: the general `+=` (the value in `rt.spill` if no number).
  final func generalRest(_ y: Number, _ rt: Runtime, _ fp: Frame) throws {
    let rhs: Value
    if let v = y.value { rhs = v } else { rhs = rt.takeSpill() }
    _ = try general.apply(rhs, rt, fp)
  }
}

/// `x += y` on a plain local or global, with the `Int` and `Double` cases inline:
/// the hottest statement of numeric loops.
final class CompoundAssignSlotExpr: NumericCompoundAssign {
  enum Place {
    case local(Int)
    case global(Int)
  }
  let place: Place
  init(_ place: Place, _ op: BinaryOperator, _ value: Expr, general: CompoundAssignExpr) {
    self.place = place
    super.init(op, value, general: general)
  }
  override func run(_ rt: Runtime, _ fp: Frame) throws {
    let y = try valueOperand.number(value, rt, fp)
    // The slot is found after the right side ran (which cannot move the globals, but
    // costs nothing to respect).
    let slot: UnsafeMutablePointer<Value>
    switch place {
    case .local(let i): slot = fp + i
    case .global(let i): slot = rt.globals + i
    }
    // The number is read in place: no copy of the variable's `Value`.
    let x = Number(at: slot)
    // The old value is a number: overwritten without `Value`'s destroy.
    if case .int(let p) = x, case .int(let q) = y {
      do { slot.initialize(to: try Arithmetic.int(op, p, q)) } catch { throw rt.located(error, loc) }
      return
    }
    if case .double(let p) = x {
      let q: Double
      switch y {
      case .double(let d): q = d
      case .int(let n): q = Double(n)
      case .other: return try generalRest(y, rt, fp)
      }
      do { slot.initialize(to: try Arithmetic.double(op, p, q)) } catch { throw rt.located(error, loc) }
      return
    }
    try generalRest(y, rt, fp)
  }
}

/// `x += d` on a field of a local struct or class instance (`self` in a method): the
/// `Int` or `Double` field changes in the instance's storage, without the general path's
/// closures.
final class CompoundAssignFieldExpr: NumericCompoundAssign {
  let field: FieldExpr
  init(_ field: FieldExpr, _ op: BinaryOperator, _ value: Expr, general: CompoundAssignExpr) {
    self.field = field
    super.init(op, value, general: general)
  }
  override func run(_ rt: Runtime, _ fp: Frame) throws {
    let y = try valueOperand.number(value, rt, fp)
    if case .other = y { return try generalRest(y, rt, fp) }
    do {
      if try field.updateNumberInPlace(fp, op, y) { return }
    } catch {
      throw rt.located(error, loc)
    }
    try generalRest(y, rt, fp)
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
      do { try Growth.check(s, t) } catch { throw rt.located(error, loc) }
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
    self.isDouble = hint == .double
    super.init(operand.loc)
  }
  /// Whether the hint is `Double` (compared once: a derived `==` on `TypeHint` is a call).
  private let isDouble: Bool
  override func eval(_ rt: Runtime, _ fp: Frame) throws -> Value {
    // A `Double` field or argument (`Point(x: x + d, ...)`): the operand's number, without
    // a `Value` made for it and looked at again.
    if isDouble {
      switch try operand.evalNumber(rt, fp) {
      case .double(let d): return .double(d)
      case .int(let n): return .double(Double(n))
      case .other: return try hint.coerce(rt.takeSpill(), loc)
      }
    }
    return try hint.coerce(operand.eval(rt, fp), loc)
  }
  override func evalNumber(_ rt: Runtime, _ fp: Frame) throws -> Number {
    guard isDouble else { return rt.number(try eval(rt, fp)) }
    switch try operand.evalNumber(rt, fp) {
    case .double(let d): return .double(d)
    case .int(let n): return .double(Double(n))
    case .other: return rt.number(try hint.coerce(rt.takeSpill(), loc))
    }
  }
}

/// `x = t[i]` with no annotation (so nothing to convert), made by the lowerer in place of
/// an `AssignExpr`, which therefore pays nothing for it. For an element of a vector
/// outside a gradient, when the place holds a scalar tensor of that dtype that nothing
/// else holds (the previous iteration's `x`), the element is copied into that tensor's
/// buffer instead of a new tensor being made: two allocations and two frees less, most of
/// what `x = a[3]` cost in a loop. Anything else is the assignment as `AssignExpr` makes
/// it, with the base and index evaluated once, before the place.
final class ElementAssignExpr: Expr {
  let target: LValue
  let value: SubscriptExpr
  /// A plain local or global target, written in place; `.general` for any other.
  private let place: Operand
  init(_ target: LValue, _ value: SubscriptExpr, _ loc: SourceLoc) {
    self.target = target
    self.value = value
    switch Operand(target) {
    case .local(let slot): self.place = .local(slot)
    case .global(let index): self.place = .global(index)
    default: self.place = .general
    }
    self.baseOperand = Operand(value.base)
    self.indexOperand = Operand(value.index)
    let source = Holder(value.base)
    let destination = Holder(target)
    self.source = source
    self.destination = destination
    self.hasHolders = source != nil && destination != nil
    super.init(loc)
  }
  /// The vector and the index, read in place when they are plain variables (or a literal).
  private let baseOperand: Operand
  private let indexOperand: Operand
  /// Where the vector and the target are held when that is not a plain local or global
  /// (`r = a[3]` on a captured `r`, `p.r = p.a[3]`, `xs[2] = xs[0][3]`); nil for a place
  /// the in-place copy does not reach (a computed property, a dictionary's value...).
  private let source: Holder?
  private let destination: Holder?
  private let hasHolders: Bool

  /// A plain local, global or captured variable, found in place.
  private enum Variable {
    case local(Int)
    case global(Int)
    /// The frame slot of a captured variable's box.
    case boxed(Int)

    init?(_ e: Expr) {
      if let v = e as? LocalVar {
        self = .local(v.slot)
      } else if let v = e as? GlobalVar {
        self = .global(v.index)
      } else if let v = e as? BoxedVar {
        self = .boxed(v.slot)
      } else {
        return nil
      }
    }

    /// `body` on the variable's value, in place; nil when a captured variable's slot holds no box.
    @inline(__always)
    func withValue<T>(_ rt: Runtime, _ fp: Frame, _ body: (UnsafeMutablePointer<Value>) -> T?) -> T? {
      switch self {
      case .local(let slot): return body(fp + slot)
      case .global(let index): return body(rt.globals + index)
      case .boxed(let slot):
        // Not retained: the frame holds the box.
        guard let box = unretainedBox(at: fp + slot) else { return nil }
        return box._withUnsafeGuaranteedRef { withUnsafeMutablePointer(to: &$0.value, body) }
      }
    }

    @inline(__always)
    private func unretainedBox(at p: UnsafePointer<Value>) -> Unmanaged<Box>? {
      guard case .box(let box) = p.pointee else { return nil }
      return .passUnretained(box)
    }
  }

  /// Where the vector or the target of `x = v[i]` is: a variable, a stored field of the
  /// struct or class instance a variable holds (`p.r`), or an element of the array a
  /// variable holds, at a literal or plain-variable index (`xs[2]`). The field's node is
  /// not retained (the assignment's `target` or `value` holds it), so a holder is copied
  /// without a retain and a release.
  private enum Holder {
    case variable(Variable)
    case field(Unmanaged<FieldExpr>, of: Variable)
    case element(Operand, of: Variable)

    init?(_ e: Expr) {
      if let v = Variable(e) {
        self = .variable(v)
      } else if let f = e as? FieldExpr, let v = Variable(f.base) {
        self = .field(.passUnretained(f), of: v)
      } else if let s = e as? SubscriptExpr, let v = Variable(s.base) {
        let index = Operand(s.index)
        switch index {
        case .int, .local, .global: self = .element(index, of: v)
        default: return nil
        }
      } else {
        return nil
      }
    }

    /// The tensor held there, not retained, or nil for anything else. Writing the target
    /// in place frees nothing: a struct or array moved out of its variable is put back,
    /// and a shared array copied before its element is written stays with its other
    /// holder; so the vector lives on while it is read.
    @inline(__always)
    func tensor(_ rt: Runtime, _ fp: Frame) -> Unmanaged<Tensor>? {
      switch self {
      case .variable(let v):
        return v.withValue(rt, fp) { ElementAssignExpr.unretainedTensor(at: $0) }
      case .field(let field, let v):
        return v.withValue(rt, fp) { p in
          guard let instance = ElementAssignExpr.unretainedInstance(at: p) else { return nil }
          return instance._withUnsafeGuaranteedRef { storage in
            guard let k = field._withUnsafeGuaranteedRef({ $0.fieldIndex(in: storage.type) }) else { return nil }
            return storage.fields.withUnsafeBufferPointer {
              ElementAssignExpr.unretainedTensor(at: $0.baseAddress! + k)
            }
          }
        }
      case .element(let index, let v):
        guard let j = ElementAssignExpr.int(index, rt, fp) else { return nil }
        return v.withValue(rt, fp) { p in
          guard case .array(let a) = p.pointee, a.indices.contains(j) else { return nil }
          return a.withUnsafeBufferPointer { ElementAssignExpr.unretainedTensor(at: $0.baseAddress! + j) }
        }
      }
    }

    /// `body` on the place, where writing it in place changes no copy: a struct's field
    /// only while the variable alone holds the struct's storage (moved out of the variable
    /// meanwhile), an array's element in the variable's own buffer (copied first when
    /// shared, as any write to an element does). False when there is no such place.
    @inline(__always)
    func withPlace(_ rt: Runtime, _ fp: Frame, _ body: (UnsafeMutablePointer<Value>) -> Bool) -> Bool {
      switch self {
      case .variable(let v):
        return v.withValue(rt, fp, body) ?? false
      case .field(let field, let v):
        return v.withValue(rt, fp) { p in
          guard let instance = ElementAssignExpr.unretainedInstance(at: p),
            let k = instance._withUnsafeGuaranteedRef({ s in
              field._withUnsafeGuaranteedRef { $0.fieldIndex(in: s.type) }
            })
          else { return false }
          if instance._withUnsafeGuaranteedRef({ $0.isClass }) {
            // A class instance's fields are shared by every reference: written where they are.
            return instance._withUnsafeGuaranteedRef { storage in
              storage.fields.withUnsafeMutableBufferPointer { body($0.baseAddress! + k) }
            }
          }
          // The variable's reference becomes `storage`'s (overwritten, not released), so it
          // is unique unless a copy of the struct holds the storage too.
          p.initialize(to: .void)
          var storage = instance.takeRetainedValue()
          defer { p.initialize(to: .structInstance(StructInstance(storage))) }
          guard isKnownUniquelyReferenced(&storage) else { return false }
          return storage.fields.withUnsafeMutableBufferPointer { body($0.baseAddress! + k) }
        } ?? false
      case .element(let index, let v):
        guard let j = ElementAssignExpr.int(index, rt, fp) else { return false }
        return v.withValue(rt, fp) { p in
          guard let count = ElementAssignExpr.arrayCount(at: p), j >= 0 && j < count else { return false }
          // Moved out of the variable, so the buffer is unique unless a copy holds it too.
          let value = p.move()
          p.initialize(to: .void)
          guard case .array(var a) = consume value else { return false }
          defer { p.initialize(to: .array(a)) }
          return a.withUnsafeMutableBufferPointer { body($0.baseAddress! + j) }
        } ?? false
      }
    }
  }

  /// An `Int` operand (a literal or a plain variable holding one), read in place; nil
  /// for anything else.
  @inline(__always)
  private static func int(_ operand: Operand, _ rt: Runtime, _ fp: Frame) -> Int? {
    switch operand {
    case .int(let n): return n
    case .local(let slot): if case .int(let n) = Number(at: fp + slot) { return n }
    case .global(let index): if case .int(let n) = Number(at: rt.globals + index) { return n }
    default: break
    }
    return nil
  }

  /// The storage of the struct or class instance a value holds, not retained (the value
  /// keeps it), or nil; a function of its own, so no copy of the value outlives it.
  @inline(__always)
  private static func unretainedInstance(at p: UnsafePointer<Value>) -> Unmanaged<InstanceStorage>? {
    guard case .structInstance(let s) = p.pointee else { return nil }
    return .passUnretained(s.storage)
  }

  /// The number of elements of the array a value holds, or nil.
  @inline(__always)
  private static func arrayCount(at p: UnsafePointer<Value>) -> Int? {
    guard case .array(let a) = p.pointee else { return nil }
    return a.count
  }

  /// The in-place copy when the target or the vector is not a plain local or global: a
  /// captured variable, a struct's field or an array's element (kept out of line, so the
  /// plain-variable path stays as short as it was). The vector is found first, so a
  /// target in the same struct or array (`p.r = p.a[3]`) finds the holder's storage held
  /// by the variable alone.
  @inline(never)
  private func copyThroughHolders(_ rt: Runtime, _ fp: Frame) -> Bool {
    guard let source, let destination, let k = Self.int(indexOperand, rt, fp), let t = source.tensor(rt, fp) else {
      return false
    }
    return t._withUnsafeGuaranteedRef { t in destination.withPlace(rt, fp) { Self.copyElement(of: t, at: k, into: $0) }
    }
  }

  override func eval(_ rt: Runtime, _ fp: Frame) throws -> Value {
    try run(rt, fp)
    return .void
  }

  @inline(__always)
  private func pointer(to operand: Operand, _ rt: Runtime, _ fp: Frame) -> UnsafeMutablePointer<Value>? {
    switch operand {
    case .local(let slot): return fp + slot
    case .global(let index): return rt.globals + index
    default: return nil
    }
  }

  /// Copies element `k` of the vector at `vector` into the scalar tensor at `place` when
  /// that scalar is of the same dtype and nothing else holds it or its buffer; false (and
  /// nothing changed) for anything else.
  @inline(__always)
  private static func copyElement(
    of vector: UnsafeMutablePointer<Value>, at k: Int, into place: UnsafeMutablePointer<Value>
  ) -> Bool {
    // Not retained: nothing below releases the vector (the place's tensor is moved out and
    // put back, and a vector that is the place's own tensor is left as it was).
    guard let t = unretainedTensor(at: vector) else { return false }
    return t._withUnsafeGuaranteedRef { copyElement(of: $0, at: k, into: place) }
  }

  @inline(__always)
  private static func copyElement(of t: Tensor, at k: Int, into place: UnsafeMutablePointer<Value>) -> Bool {
    guard t.rank == 1, t.tape == nil, k >= -t.count && k < t.count else { return false }
    guard var old = takeTensor(place) else { return false }
    defer { place.initialize(to: .object(old)) }
    guard old.rank == 0, old.dtype == t.dtype, old.tape == nil, isKnownUniquelyReferenced(&old) else {
      return false
    }
    old.makeStorageUnique()
    let index = k < 0 ? k + t.count : k
    switch t.dtype {
    case .float32: old.storage.pointer(Float.self).pointee = t.storage.pointer(Float.self)[index]
    case .float64: old.storage.pointer(Double.self).pointee = t.storage.pointer(Double.self)[index]
    }
    return true
  }

  /// The tensor at `place`, moved out (the place left `.void`), or nil (the place
  /// untouched) when it holds anything else.
  @inline(__always)
  private static func takeTensor(_ place: UnsafeMutablePointer<Value>) -> Tensor? {
    guard let t = unretainedTensor(at: place) else { return nil }
    // The place's reference becomes the caller's (overwritten, not released): no retain
    // and release, in a debug build as in a release one.
    place.initialize(to: .void)
    return t.takeRetainedValue()
  }

  /// The tensor a value holds, not retained (the caller knows the value keeps it alive
  /// while it is used), or nil.
  @inline(__always)
  private static func unretainedTensor(at p: UnsafePointer<Value>) -> Unmanaged<Tensor>? {
    guard case .object(let o) = p.pointee, type(of: o) == Tensor.self else { return nil }
    return .passUnretained(unsafeDowncast(o, to: Tensor.self))
  }

  override func run(_ rt: Runtime, _ fp: Frame) throws {
    // A vector and an index that are plain variables or a literal, into a plain variable:
    // everything read and written in place, without `eval`, `modify` or a copied `Value`.
    if let p = pointer(to: place, rt, fp), let b = pointer(to: baseOperand, rt, fp) {
      if let k = Self.int(indexOperand, rt, fp), Self.copyElement(of: b, at: k, into: p) { return }
    } else if hasHolders, copyThroughHolders(rt, fp) {
      return
    }
    let b = try value.base.eval(rt, fp)
    let i = try value.index.eval(rt, fp)
    if case .object(let o) = b, type(of: o) == Tensor.self, case .int(let k) = i {
      let t = unsafeDowncast(o, to: Tensor.self)
      if t.rank == 1, t.tape == nil, k >= -t.count && k < t.count {
        let index = k < 0 ? k + t.count : k
        var written = false
        try target.modify(rt, fp) { current in
          guard var old = Tensor.take(&current) else { return }
          if old.rank == 0, old.dtype == t.dtype, old.tape == nil, isKnownUniquelyReferenced(&old) {
            old.makeStorageUnique()
            let bytes = t.dtype.size
            old.storage.base.copyMemory(from: t.storage.base + index * bytes, byteCount: bytes)
            written = true
          }
          current = .object(old)
        }
        if written { return }
      }
    }
    let v: Value
    do { v = try Subscripts.get(b, i) } catch { throw rt.located(error, value.loc) }
    switch place {
    case .local(let slot): setSlot(fp + slot, v)
    case .global(let index): setSlot(rt.globals + index, v)
    default: try target.set(rt, fp, v)
    }
  }
}
