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

/// `x.p = v` (and `x.p += v`...) where some cell type gives `p` a setter or `willSet`/`didSet`
/// observers: on such an instance the accessors run as in Swift (the setter gets the new
/// value; `willSet` sees the new value before it is stored, `didSet` the old one after);
/// on any other value it is the plain property access it wraps. Only names that have
/// accessors somewhere are lowered to this node, so other properties pay nothing.
final class AccessorFieldExpr: LValue {
  let field: FieldExpr
  /// False inside the type's initializers, where Swift does not call observers.
  let observe: Bool
  init(_ field: FieldExpr, observe: Bool) {
    self.field = field
    self.observe = observe
    super.init(field.loc)
  }

  override func eval(_ rt: Runtime, _ fp: Frame) throws -> Value { try field.eval(rt, fp) }

  private func lookUp(_ type: StructType, _ table: (StructType) -> [String: FunctionCode]) -> FunctionCode? {
    var t: StructType? = type
    while let current = t {
      if let code = table(current)[field.name] { return code }
      t = current.superclass
    }
    return nil
  }

  /// Calls an accessor on the current `self` and stores the changed `self` back for a struct.
  private func run(_ code: FunctionCode, _ argument: Value, _ rt: Runtime, _ fp: Frame) throws {
    let receiver = try field.base.eval(rt, fp)
    let (_, newSelf) = try rt.callMethod(code, self: receiver, [argument], at: loc)
    if case .structInstance(let s) = receiver, s.ref == nil {
      guard let target = field.base as? LValue else {
        throw LocatedFailure(
          kind: .runtime, message: "cannot assign to property: the base is not a variable", loc: loc)
      }
      try target.set(rt, fp, newSelf)
    }
  }

  /// `x.p = v`: a computed property's setter runs without its getter, as in Swift, unless
  /// a subclass observes the property (its `didSet` gets the old value).
  override func set(_ rt: Runtime, _ fp: Frame, _ value: Value) throws {
    if case .structInstance(let s) = try field.base.eval(rt, fp), let setter = lookUp(s.type, \.setters),
      !observes(s.type)
    {
      return try run(setter, value, rt, fp)
    }
    try modify(rt, fp) { $0 = value }
  }

  private func observes(_ type: StructType) -> Bool {
    observe && (lookUp(type, \.willSetObservers) != nil || lookUp(type, \.didSetObservers) != nil)
  }

  override func modify(_ rt: Runtime, _ fp: Frame, _ body: (inout Value) throws -> Void) throws {
    guard case .structInstance(let s) = try field.base.eval(rt, fp) else {
      return try field.modify(rt, fp, body)
    }
    let setter = lookUp(s.type, \.setters)
    let willSet = observe ? lookUp(s.type, \.willSetObservers) : nil
    let didSet = observe ? lookUp(s.type, \.didSetObservers) : nil
    guard willSet != nil || didSet != nil else {
      guard let setter else { return try field.modify(rt, fp, body) }
      var value = try field.eval(rt, fp)
      try body(&value)
      return try run(setter, value, rt, fp)
    }
    // Observers, of a stored property or of an inherited computed one (`override var v: Double
    // { didSet ... }`), around its store or its setter.
    let old = try field.eval(rt, fp)
    var value = old
    try body(&value)
    if let willSet { try run(willSet, value, rt, fp) }
    if let setter { try run(setter, value, rt, fp) } else { try field.set(rt, fp, value) }
    if let didSet { try run(didSet, old, rt, fp) }
  }
}

/// `base[i, j]` where a cell type declares a `subscript`: on an instance of such a type its
/// getter (and, when assigned, its setter) runs; other values use the built-in subscript.
final class UserSubscriptExpr: LValue {
  let base: Expr
  let indices: [Expr]
  let fallback: SubscriptExpr?
  let getKey: String
  let setKey: String
  /// The call's labels when it writes any (`grid[column: 2]`): of two subscripts with as
  /// many indices, the one whose labels they are is taken.
  let labels: [String?]?
  init(
    _ base: Expr, _ indices: [Expr], fallback: SubscriptExpr?, count: Int, labels: [String?] = [],
    _ loc: SourceLoc
  ) {
    self.base = base
    self.indices = indices
    self.fallback = fallback
    self.labels = labels.contains { $0 != nil } ? labels : nil
    getKey = "subscript(get)/" + String(count)
    setKey = "subscript(set)/" + String(count)
    super.init(loc)
  }

  private func code(_ type: StructType, _ key: String) -> FunctionCode? {
    var t: StructType? = type
    while let current = t {
      if let code = current.setters[key] { return code }
      t = current.superclass
    }
    return nil
  }

  /// The getter and setter for these indices: the first subscript, or an overload whose
  /// index types the values have (`v[2]` beside `v[0..<4]`).
  private func accessors(_ type: StructType, _ args: [Value]) -> (FunctionCode?, FunctionCode?) {
    let first = (code(type, getKey), code(type, setKey))
    if let labels, let getter = first.0, !SubscriptOverloads.labeled(labels, getter) {
      for overload in 2...4 {
        guard let other = code(type, getKey + "#\(overload)") else { break }
        if SubscriptOverloads.labeled(labels, other) && SubscriptOverloads.fit(args, other) {
          return (other, code(type, setKey + "#\(overload)"))
        }
      }
    }
    guard let getter = first.0, !SubscriptOverloads.fit(args, getter) else { return first }
    for overload in 2...4 {
      guard let other = code(type, getKey + "#\(overload)") else { break }
      if SubscriptOverloads.fit(args, other) { return (other, code(type, setKey + "#\(overload)")) }
    }
    return first
  }

  private func noFallback() -> LocatedFailure {
    LocatedFailure(kind: .runtime, message: "this value has no subscript with these labels", loc: loc)
  }

  override func eval(_ rt: Runtime, _ fp: Frame) throws -> Value {
    let receiver = try base.eval(rt, fp)
    guard case .structInstance(let s) = receiver, code(s.type, getKey) != nil else {
      guard let fallback else { throw noFallback() }
      return try fallback.eval(rt, fp)
    }
    let args = try indices.map { try $0.eval(rt, fp) }
    guard let getter = accessors(s.type, args).0 else { throw noFallback() }
    return try rt.callMethod(getter, self: receiver, args, at: loc).0
  }

  override func modify(_ rt: Runtime, _ fp: Frame, _ body: (inout Value) throws -> Void) throws {
    let receiver = try base.eval(rt, fp)
    guard case .structInstance(let s) = receiver, code(s.type, getKey) != nil else {
      guard let fallback else { throw noFallback() }
      return try fallback.modify(rt, fp, body)
    }
    let args = try indices.map { try $0.eval(rt, fp) }
    let (found, foundSetter) = accessors(s.type, args)
    guard let getter = found else { throw noFallback() }
    guard let setter = foundSetter else {
      throw LocatedFailure(
        kind: .runtime, message: "cannot assign through subscript: the subscript of '\(s.type.name)' is get-only",
        loc: loc)
    }
    var value = try rt.callMethod(getter, self: receiver, args, at: loc).0
    try body(&value)
    let (_, newSelf) = try rt.callMethod(setter, self: receiver, args + [value], at: loc)
    if s.ref == nil {
      guard let target = base as? LValue else {
        throw LocatedFailure(
          kind: .runtime, message: "cannot assign through subscript: the base is not a variable", loc: loc)
      }
      try target.set(rt, fp, newSelf)
    }
  }
}

/// `~x`: the bitwise complement of an `Int` or a sized integer.
final class BitNotExpr: Expr {
  let operand: Expr
  init(_ operand: Expr, _ loc: SourceLoc) {
    self.operand = operand
    super.init(loc)
  }
  override func eval(_ rt: Runtime, _ fp: Frame) throws -> Value {
    switch try operand.eval(rt, fp) {
    case .int(let x): return .int(~x)
    case .object(let f as FixedInt): return .object(FixedInt(f.kind, f.kind.wrap(~f.value)))
    case let v:
      throw rt.located(
        RuntimeFailure("unary operator '~' cannot be applied to an operand of type '\(v.typeName)'"), loc)
    }
  }
}

/// A class instance reached through an optional chain (`a?.rooms[0] = r`, `a?[0] = r`): what
/// is assigned changes the shared instance, so nothing is written back to the chain.
final class ReferenceLValue: LValue {
  let value: Expr
  init(_ value: Expr) {
    self.value = value
    super.init(value.loc)
  }
  override func eval(_ rt: Runtime, _ fp: Frame) throws -> Value { try value.eval(rt, fp) }
  override func modify(_ rt: Runtime, _ fp: Frame, _ body: (inout Value) throws -> Void) throws {
    var v = try value.eval(rt, fp)
    try body(&v)
  }
}

/// `counts[key]! += 1`: the wrapped value changed in place, a trap when there is none.
final class ForceUnwrapLValue: LValue {
  let target: LValue
  init(_ target: LValue, _ loc: SourceLoc) {
    self.target = target
    super.init(loc)
  }
  override func eval(_ rt: Runtime, _ fp: Frame) throws -> Value {
    switch try target.eval(rt, fp) {
    case .some(let v): return v
    case .none: throw unwrapFailure
    case let v: return v
    }
  }
  private var unwrapFailure: LocatedFailure {
    LocatedFailure(kind: .runtime, message: "unexpectedly found nil while unwrapping an Optional value", loc: loc)
  }
  override func modify(_ rt: Runtime, _ fp: Frame, _ body: (inout Value) throws -> Void) throws {
    var wrapped = try eval(rt, fp)
    try body(&wrapped)
    try target.set(rt, fp, .some(wrapped))
  }
}

/// Which of a type's subscripts takes a set of index values.
enum SubscriptOverloads {
  /// Whether the subscript's indices have these labels.
  static func labeled(_ labels: [String?], _ code: FunctionCode) -> Bool {
    guard labels.count == code.parameters.count else { return false }
    for (label, p) in zip(labels, code.parameters) where label != p.label { return false }
    return true
  }

  /// Whether the values have the types of the subscript's indices (unknown types take anything).
  static func fit(_ args: [Value], _ code: FunctionCode) -> Bool {
    guard args.count == code.parameters.count else { return false }
    return zip(args, code.parameters).allSatisfy { fits($0, $1.type) }
  }

  private static func fits(_ v: Value, _ type: TypeHint) -> Bool {
    switch (type, v) {
    case (.unknown, _): return true
    case (.int, .int), (.double, .double), (.double, .int), (.string, .string), (.bool, .bool): return true
    case (.array, .array), (.dictionary, .dictionary), (.tuple, .tuple), (.labeledTuple, .tuple): return true
    case (.named(let name), .structInstance(let s)): return s.type.isSubtype(of: name)
    case (.named(let name), .range): return name.hasSuffix("Range") || name == "Range"
    case (.named(let name), .object(let o)): return o.typeName == name
    case (.named, _): return false
    case (.optional(let inner), _): return fits(v, inner)
    default: return false
    }
  }
}
