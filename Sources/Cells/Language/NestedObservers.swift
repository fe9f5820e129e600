/// `o.settings.volume = 3` where `volume` has observers (or a setter) and `settings` is a
/// struct stored in another property: as in Swift, the inner property's accessors run on a
/// copy of `settings`, and the copy is written back once, so the outer property's own
/// observers run once, after the inner ones, and see the value they left.
final class NestedAccessorFieldExpr: LValue {
  let base: LValue
  let name: String
  let observe: Bool
  /// The same access as a single-level one: used when the base holds a class instance,
  /// which is changed in place.
  let direct: AccessorFieldExpr
  init(_ field: FieldExpr, base: LValue, observe: Bool) {
    self.base = base
    self.name = field.name
    self.observe = observe
    self.direct = AccessorFieldExpr(field, observe: observe)
    super.init(field.loc)
  }

  override func eval(_ rt: Runtime, _ fp: Frame) throws -> Value { try direct.eval(rt, fp) }

  private func hasAccessors(_ type: StructType) -> Bool {
    var t: StructType? = type
    while let current = t {
      if current.setters[name] != nil || current.willSetObservers[name] != nil || current.didSetObservers[name] != nil {
        return true
      }
      t = current.superclass
    }
    return false
  }

  override func modify(_ rt: Runtime, _ fp: Frame, _ body: (inout Value) throws -> Void) throws {
    try change(rt, fp, direct: { try direct.modify(rt, fp, body) }, onCopy: { try $0.modify(rt, fp, body) })
  }

  /// `o.settings.volume = 3`: a setter runs without the getter (`AccessorFieldExpr.set`).
  override func set(_ rt: Runtime, _ fp: Frame, _ value: Value) throws {
    try change(rt, fp, direct: { try direct.set(rt, fp, value) }, onCopy: { try $0.set(rt, fp, value) })
  }

  private func change(
    _ rt: Runtime, _ fp: Frame, direct: () throws -> Void, onCopy access: (AccessorFieldExpr) throws -> Void
  ) throws {
    guard case .structInstance(let s) = try base.eval(rt, fp), s.ref == nil, hasAccessors(s.type) else {
      return try direct()
    }
    let copy = TemporaryValue(loc)
    let onCopy = AccessorFieldExpr(FieldExpr(copy, name: name, property: nil, loc), observe: observe)
    try base.modify(rt, fp) { value in
      // The copy is the only reference while the accessors change it; written back however they end.
      copy.value = value
      value = .void
      defer { value = copy.value }
      try access(onCopy)
    }
  }
}

/// A value held by a node while an access works on it (`NestedAccessorFieldExpr`'s copy).
final class TemporaryValue: LValue {
  var value: Value = .void
  override func eval(_ rt: Runtime, _ fp: Frame) throws -> Value { value }
  override func modify(_ rt: Runtime, _ fp: Frame, _ body: (inout Value) throws -> Void) throws {
    try body(&value)
  }
}

/// `job.owner = person` where `owner` is a class's `weak`/`unowned` property: the setter stores
/// the new reference without reading the old one first (an `unowned` one may be gone already,
/// and Swift does not read it either). Other accesses are the accessor access it wraps.
final class WeakPropertyAccess: LValue {
  let field: FieldExpr
  let direct: AccessorFieldExpr
  init(_ field: FieldExpr, observe: Bool) {
    self.field = field
    self.direct = AccessorFieldExpr(field, observe: observe)
    super.init(field.loc)
  }

  override func eval(_ rt: Runtime, _ fp: Frame) throws -> Value { try direct.eval(rt, fp) }

  override func set(_ rt: Runtime, _ fp: Frame, _ value: Value) throws {
    let receiver = try field.base.eval(rt, fp)
    guard case .structInstance(let s) = receiver, s.isClass, let setter = setter(of: s.type) else {
      return try direct.set(rt, fp, value)
    }
    _ = try rt.callMethod(setter, self: receiver, [value], at: loc)
  }

  override func modify(_ rt: Runtime, _ fp: Frame, _ body: (inout Value) throws -> Void) throws {
    try direct.modify(rt, fp, body)
  }

  private func setter(of type: StructType) -> FunctionCode? {
    var t: StructType? = type
    while let current = t {
      if current.fieldIndex[Lowerer.weakStorageName(field.name)] != nil { return current.setters[field.name] }
      t = current.superclass
    }
    return nil
  }
}
