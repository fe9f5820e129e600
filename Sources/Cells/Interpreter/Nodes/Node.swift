/// An expression, lowered from swift-syntax with names and slots already resolved.
class Expr {
  let loc: SourceLoc
  init(_ loc: SourceLoc) { self.loc = loc }
  func eval(_ rt: Runtime, _ fp: Frame) throws -> Value { fatalError("abstract") }
  /// The value as a number, for arithmetic: an `Int` or `Double`, or `.other` with the
  /// value in `rt.spill` (the caller takes it at once). Arithmetic nodes answer without
  /// making a `Value`.
  func evalNumber(_ rt: Runtime, _ fp: Frame) throws -> Number {
    rt.number(try eval(rt, fp))
  }
  /// Evaluates the expression as a statement, for its effect: an assignment makes no
  /// `()` value to destroy.
  func run(_ rt: Runtime, _ fp: Frame) throws {
    _ = try eval(rt, fp)
  }
}

/// A statement.
class Stmt {
  let loc: SourceLoc
  init(_ loc: SourceLoc) { self.loc = loc }
  func exec(_ rt: Runtime, _ fp: Frame) throws -> Flow { fatalError("abstract") }
}

/// Something that can be assigned to or mutated in place: a variable, a field, an element.
class LValue: Expr {
  func set(_ rt: Runtime, _ fp: Frame, _ value: Value) throws {
    try modify(rt, fp) { $0 = value }
  }
  /// Mutates the stored value in place, so a uniquely referenced array is not copied.
  func modify(_ rt: Runtime, _ fp: Frame, _ body: (inout Value) throws -> Void) throws {
    fatalError("abstract")
  }
}

// MARK: Constants and variables

final class Const: Expr {
  let value: Value
  init(_ value: Value, _ loc: SourceLoc) {
    self.value = value
    super.init(loc)
  }
  override func eval(_ rt: Runtime, _ fp: Frame) throws -> Value { value }
}

final class LocalVar: LValue {
  let slot: Int
  let name: String
  init(slot: Int, name: String, _ loc: SourceLoc) {
    self.slot = slot
    self.name = name
    super.init(loc)
  }
  override func eval(_ rt: Runtime, _ fp: Frame) throws -> Value { fp[slot] }
  override func set(_ rt: Runtime, _ fp: Frame, _ value: Value) throws { fp[slot] = value }
  override func modify(_ rt: Runtime, _ fp: Frame, _ body: (inout Value) throws -> Void) throws {
    try body(&fp[slot])
  }
}

/// A local captured by a closure: the slot holds a `Box` shared with the closure.
final class BoxedVar: LValue {
  let slot: Int
  let name: String
  init(slot: Int, name: String, _ loc: SourceLoc) {
    self.slot = slot
    self.name = name
    super.init(loc)
  }
  @inline(__always) func box(_ fp: Frame) -> Box {
    guard case .box(let b) = fp[slot] else { fatalError("unboxed captured variable \(name)") }
    return b
  }
  override func eval(_ rt: Runtime, _ fp: Frame) throws -> Value { box(fp).value }
  override func set(_ rt: Runtime, _ fp: Frame, _ value: Value) throws { box(fp).value = value }
  override func modify(_ rt: Runtime, _ fp: Frame, _ body: (inout Value) throws -> Void) throws {
    try body(&box(fp).value)
  }
}

final class GlobalVar: LValue {
  let index: Int
  let name: String
  init(index: Int, name: String, _ loc: SourceLoc) {
    self.index = index
    self.name = name
    super.init(loc)
  }
  override func eval(_ rt: Runtime, _ fp: Frame) throws -> Value { rt.globals[index] }
  override func set(_ rt: Runtime, _ fp: Frame, _ value: Value) throws {
    rt.globals[index] = value
  }
  override func modify(_ rt: Runtime, _ fp: Frame, _ body: (inout Value) throws -> Void) throws {
    try body(&rt.globals[index])
  }
}

/// Where a plain variable's value lives (a local's slot, a global's), so that a field or an
/// element of it is read and changed there: through `modify`'s closures, `p.a = p.a + p.b`
/// took a third of its time getting to the field. Globals move only between cells.
enum DirectPlace {
  case none
  case local(Int)
  case global(Int)

  init(_ base: Expr) {
    if let l = base as? LocalVar {
      self = .local(l.slot)
    } else if let g = base as? GlobalVar {
      self = .global(g.index)
    } else {
      self = .none
    }
  }

  @inline(__always)
  func pointer(_ rt: Runtime, _ fp: Frame) -> UnsafeMutablePointer<Value>? {
    switch self {
    case .none: return nil
    case .local(let slot): return fp + slot
    case .global(let index): return rt.globals + index
    }
  }
}

// MARK: Statements

final class ExprStmt: Stmt {
  let expr: Expr
  init(_ expr: Expr) {
    self.expr = expr
    super.init(expr.loc)
  }
  override func exec(_ rt: Runtime, _ fp: Frame) throws -> Flow {
    try expr.run(rt, fp)
    return .normal
  }
}

/// The last expression of a cell: its value is displayed unless it is `Void`.
final class DisplayStmt: Stmt {
  let expr: Expr
  init(_ expr: Expr) {
    self.expr = expr
    super.init(expr.loc)
  }
  override func exec(_ rt: Runtime, _ fp: Frame) throws -> Flow {
    let v = try expr.eval(rt, fp)
    try Display.show(v, rt, at: loc)
    return .normal
  }
}

final class Block: Stmt {
  let body: [Stmt]
  private let list: StmtList
  init(_ body: [Stmt], _ loc: SourceLoc) {
    self.body = body
    self.list = StmtList(body)
    super.init(loc)
  }
  override func exec(_ rt: Runtime, _ fp: Frame) throws -> Flow {
    try execBody(list, rt, fp)
  }
}

/// A statement list as references that are not retained, kept next to the `[Stmt]` that
/// owns them: running a statement then retains and releases nothing (an array's element
/// is retained around the call of its `exec`).
struct StmtList {
  let items: [Unmanaged<Stmt>]
  init(_ body: [Stmt]) { items = body.map { .passUnretained($0) } }
}

@inline(__always)
func execBody(_ list: StmtList, _ rt: Runtime, _ fp: Frame) throws -> Flow {
  let items = list.items
  var i = 0
  while i < items.count {
    let f = try items[i]._withUnsafeGuaranteedRef { try $0.exec(rt, fp) }
    if f != .normal { return f }
    i += 1
  }
  return .normal
}

@inline(__always)
func execBody(_ body: [Stmt], _ rt: Runtime, _ fp: Frame) throws -> Flow {
  // By index: an array's iterator hands out each statement retained, and releases it after.
  var i = 0
  while i < body.count {
    let f = try body[i].exec(rt, fp)
    if f != .normal { return f }
    i += 1
  }
  return .normal
}

final class ReturnStmt: Stmt {
  let value: Expr?
  init(_ value: Expr?, _ loc: SourceLoc) {
    self.value = value
    super.init(loc)
  }
  override func exec(_ rt: Runtime, _ fp: Frame) throws -> Flow {
    rt.returnValue = try value?.eval(rt, fp) ?? .void
    return .returned
  }
}

final class BreakStmt: Stmt {
  override func exec(_ rt: Runtime, _ fp: Frame) throws -> Flow { .broke }
}

final class ContinueStmt: Stmt {
  override func exec(_ rt: Runtime, _ fp: Frame) throws -> Flow { .continued }
}

/// Stores a value into a variable's slot at its declaration.
final class BindStmt: Stmt {
  let target: Binding
  let value: Expr?
  init(_ target: Binding, _ value: Expr?, _ loc: SourceLoc) {
    self.target = target
    self.value = value
    super.init(loc)
  }
  override func exec(_ rt: Runtime, _ fp: Frame) throws -> Flow {
    let v = try value?.eval(rt, fp) ?? .void
    try target.bind(v, rt, fp, loc)
    return .normal
  }
}

/// Where a declaration puts a value: a slot, a box, a global, or a tuple of those.
indirect enum Binding {
  case local(Int, TypeHint)
  case boxed(Int, TypeHint)
  case global(Int, TypeHint)
  case tuple([Binding])
  case discard

  /// The same places, binding values without converting them.
  var withoutCoercion: Binding {
    switch self {
    case .local(let s, _): return .local(s, .unknown)
    case .boxed(let s, _): return .boxed(s, .unknown)
    case .global(let i, _): return .global(i, .unknown)
    case .tuple(let parts): return .tuple(parts.map(\.withoutCoercion))
    case .discard: return .discard
    }
  }

  func bind(_ value: Value, _ rt: Runtime, _ fp: Frame, _ loc: SourceLoc) throws {
    switch self {
    case .local(let slot, let hint):
      fp[slot] = try hint.convert(value, loc)
    case .boxed(let slot, let hint):
      fp[slot] = .box(Box(try hint.convert(value, loc)))
    case .global(let index, let hint):
      rt.globals[index] = try hint.convert(value, loc)
    case .discard:
      break
    case .tuple(let parts):
      let elements: [Value]
      switch value {
      case .tuple(let t): elements = t.elements
      default:
        throw LocatedFailure(
          kind: .runtime,
          message: "cannot destructure a value of type \(value.typeName) into \(parts.count) names",
          loc: loc)
      }
      guard elements.count == parts.count else {
        throw LocatedFailure(
          kind: .runtime,
          message: "a tuple of \(elements.count) elements cannot be bound to \(parts.count) names",
          loc: loc)
      }
      for (p, e) in zip(parts, elements) { try p.bind(e, rt, fp, loc) }
    }
  }
}
