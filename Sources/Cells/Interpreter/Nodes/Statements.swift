/// One clause of an `if`, `while` or `guard` condition list.
enum Condition {
  case expr(Expr)
  /// `let x = optional` / `var x = optional`: true and bound when the value is not nil.
  case bind(Binding, Expr)

  @inline(__always)
  func test(_ rt: Runtime, _ fp: Frame) throws -> Bool {
    switch self {
    case .expr(let e):
      return try truth(e.eval(rt, fp), rt, e.loc)
    case .bind(let target, let e):
      switch try e.eval(rt, fp) {
      case .none: return false
      case .some(let v):
        try target.bind(v, rt, fp, e.loc)
        return true
      case let v:
        // A non-optional value always binds (Swift would reject this at compile time).
        try target.bind(v, rt, fp, e.loc)
        return true
      }
    }
  }
}

@inline(__always)
func testAll(_ conditions: [Condition], _ rt: Runtime, _ fp: Frame) throws -> Bool {
  for c in conditions where !(try c.test(rt, fp)) { return false }
  return true
}

/// The condition of an `if` or `while` that is one Boolean expression, as most are: it is
/// tested without walking (and copying) the condition list.
@inline(__always)
func singleCondition(_ conditions: [Condition]) -> Expr? {
  if conditions.count == 1, case .expr(let e) = conditions[0] { return e }
  return nil
}

@inline(__always)
func testSingle(_ e: Expr, _ rt: Runtime, _ fp: Frame) throws -> Bool {
  // A comparison (`n != 1`) answers without making a `Bool` value.
  if type(of: e) == BinaryExpr.self {
    let b = unsafeDowncast(e, to: BinaryExpr.self)
    if b.op.isComparison { return try b.test(rt, fp) }
  }
  let v = try e.eval(rt, fp)
  if case .bool(let b) = v { return b }
  return try truth(v, rt, e.loc)
}

final class IfStmt: Stmt {
  let conditions: [Condition]
  let then: [Stmt]
  let otherwise: [Stmt]?
  private let single: Expr?
  init(_ conditions: [Condition], then: [Stmt], otherwise: [Stmt]?, _ loc: SourceLoc) {
    self.conditions = conditions
    self.then = then
    self.otherwise = otherwise
    self.single = singleCondition(conditions)
    self.thenList = StmtList(then)
    self.otherwiseList = otherwise.map { StmtList($0) }
    super.init(loc)
  }
  private let thenList: StmtList
  private let otherwiseList: StmtList?
  override func exec(_ rt: Runtime, _ fp: Frame) throws -> Flow {
    if let single {
      if try testSingle(single, rt, fp) { return try execBody(thenList, rt, fp) }
      if let otherwiseList { return try execBody(otherwiseList, rt, fp) }
      return .normal
    }
    if try testAll(conditions, rt, fp) {
      return try execBody(thenList, rt, fp)
    } else if let otherwiseList {
      return try execBody(otherwiseList, rt, fp)
    }
    return .normal
  }
}

final class GuardStmt: Stmt {
  let conditions: [Condition]
  let otherwise: [Stmt]
  init(_ conditions: [Condition], otherwise: [Stmt], _ loc: SourceLoc) {
    self.conditions = conditions
    self.otherwise = otherwise
    super.init(loc)
  }
  override func exec(_ rt: Runtime, _ fp: Frame) throws -> Flow {
    if try testAll(conditions, rt, fp) { return .normal }
    let f = try execBody(otherwise, rt, fp)
    if f == .normal {
      throw LocatedFailure(
        kind: .runtime,
        message: "'guard' body must not fall through; end it with 'return', 'break' or 'continue'",
        loc: loc)
    }
    return f
  }
}

final class WhileStmt: Stmt {
  let conditions: [Condition]
  let body: [Stmt]
  private let single: Expr?
  init(_ conditions: [Condition], body: [Stmt], _ loc: SourceLoc) {
    self.conditions = conditions
    self.body = body
    self.single = singleCondition(conditions)
    self.list = StmtList(body)
    super.init(loc)
  }
  private let list: StmtList
  override func exec(_ rt: Runtime, _ fp: Frame) throws -> Flow {
    if let single {
      while try testSingle(single, rt, fp) {
        try rt.checkTime(loc)
        let f = try execBody(list, rt, fp)
        if f == .broke { break }
        if f == .returned { return f }
      }
      return .normal
    }
    while try testAll(conditions, rt, fp) {
      try rt.checkTime(loc)
      let f = try execBody(list, rt, fp)
      if f == .broke { break }
      if f == .returned { return f }
    }
    return .normal
  }
}

final class RepeatStmt: Stmt {
  let condition: Expr
  let body: [Stmt]
  init(_ condition: Expr, body: [Stmt], _ loc: SourceLoc) {
    self.condition = condition
    self.body = body
    super.init(loc)
  }
  override func exec(_ rt: Runtime, _ fp: Frame) throws -> Flow {
    repeat {
      try rt.checkTime(loc)
      let f = try execBody(body, rt, fp)
      if f == .broke { break }
      if f == .returned { return f }
    } while try truth(condition.eval(rt, fp), rt, condition.loc)
    return .normal
  }
}

/// `for x in sequence where condition { body }`.
final class ForInStmt: Stmt {
  let target: Binding
  let sequence: Expr
  let filter: Expr?
  let body: [Stmt]
  init(_ target: Binding, in sequence: Expr, filter: Expr?, body: [Stmt], _ loc: SourceLoc) {
    self.target = target
    self.sequence = sequence
    self.filter = filter
    self.body = body
    self.list = StmtList(body)
    super.init(loc)
  }
  private let list: StmtList

  override func exec(_ rt: Runtime, _ fp: Frame) throws -> Flow {
    let seq = try sequence.eval(rt, fp)
    if case .range(let r) = seq, case .local(let slot, _) = target {
      // The common case, kept free of allocation. A closed Swift range visits up to
      // `Int.max` without computing past it.
      guard let last = r.last else { return .normal }
      for i in r.lower...last {
        fp[slot] = .int(i)
        try rt.checkTime(loc)
        if let filter, !(try truth(filter.eval(rt, fp), rt, filter.loc)) { continue }
        let f = try execBody(list, rt, fp)
        if f == .broke { break }
        if f == .returned { return f }
      }
      return .normal
    }
    if case .range(let r) = seq, case .discard = target {
      // `for _ in 0..<n`: nothing to bind.
      guard let last = r.last else { return .normal }
      for _ in r.lower...last {
        try rt.checkTime(loc)
        if let filter, !(try truth(filter.eval(rt, fp), rt, filter.loc)) { continue }
        let f = try execBody(list, rt, fp)
        if f == .broke { break }
        if f == .returned { return f }
      }
      return .normal
    }
    if case .range(let r) = seq {
      // Any other target (`_`, a typed variable): still one element at a time, never
      // the whole range in memory.
      guard let last = r.last else { return .normal }
      for i in r.lower...last {
        try target.bind(.int(i), rt, fp, loc)
        try rt.checkTime(loc)
        if let filter, !(try truth(filter.eval(rt, fp), rt, filter.loc)) { continue }
        let f = try execBody(list, rt, fp)
        if f == .broke { break }
        if f == .returned { return f }
      }
      return .normal
    }
    if case .array(let elements) = seq, case .local(let slot, .unknown) = target {
      // An array into a plain local: no conversion to make, so no binding machinery. Each
      // element is copied once, into the slot (an iterator copied it out first).
      let count = elements.count
      var index = 0
      while index < count {
        // A number is copied by its bits, without `Value`'s outlined copy and destroy.
        let place = fp + slot
        switch elements[index] {
        case .int(let n): setSlot(place, .int(n))
        case .double(let d): setSlot(place, .double(d))
        default: place.pointee = elements[index]
        }
        index += 1
        try rt.checkTime(loc)
        if let filter, !(try truth(filter.eval(rt, fp), rt, filter.loc)) { continue }
        let f = try execBody(list, rt, fp)
        if f == .broke { break }
        if f == .returned { return f }
      }
      return .normal
    }
    let elements: [Value]
    do { elements = try Sequences.elements(of: seq) } catch { throw rt.located(error, sequence.loc) }
    for e in elements {
      try target.bind(e, rt, fp, loc)
      try rt.checkTime(loc)
      if let filter, !(try truth(filter.eval(rt, fp), rt, filter.loc)) { continue }
      let f = try execBody(list, rt, fp)
      if f == .broke { break }
      if f == .returned { return f }
    }
    return .normal
  }
}

/// Turning a value into the elements a `for` loop or `map` visits.
enum Sequences {
  static func elements(of value: Value) throws(RuntimeFailure) -> [Value] {
    switch value {
    case .array(let a): return a
    case .range(let r):
      // Materializing `0..<Int.max` would exhaust memory: account for it first.
      try Context.current.checkAllocation(count: r.count(), bytesPerElement: MemoryLayout<Value>.stride)
      guard let last = r.last else { return [] }
      return (r.lower...last).map { .int($0) }
    case .string(let s): return s.map { .string(String($0)) }
    case .dictionary(let d):
      return zip(d.keys, d.values).map {
        .tuple(TupleValue(elements: [$0, $1], labels: ["key", "value"]))
      }
    case .object(let o as SequenceObject): return try o.elements()
    case .structInstance(let s) where s.type.methods["makeIterator()"] != nil || s.type.methods["next()"] != nil:
      // A cell type that conforms to `Sequence` (`Array(list)`, `list.map`).
      guard let rt = Runtime.current else { throw RuntimeFailure("a sequence needs a running cell") }
      do {
        return try UserSequenceExpr.drain(value, rt, at: .unknown)
      } catch let failure as LocatedFailure {
        throw RuntimeFailure(failure.message)
      } catch let failure as RuntimeFailure {
        throw failure
      } catch {
        throw RuntimeFailure("\(error)")
      }
    default:
      throw RuntimeFailure("for-in loop requires a sequence, not a value of type '\(value.typeName)'")
    }
  }
}
