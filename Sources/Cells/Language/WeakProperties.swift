import SwiftSyntax

/// `weak var parent: Node?` and `unowned let owner: Customer`: a stored property that does not
/// keep its class instance alive, so `deinit` runs when the last strong reference goes, as in
/// Swift. It is a computed property over a hidden stored one that holds a `WeakReference`;
/// reads give the instance (nil once it is gone, an error for `unowned`), writes wrap it.
extension Lowerer {
  static func weakStorageName(_ name: String) -> String { "$__weak_storage_$_" + name }

  /// Declares the hidden storage and the accessors of a `weak`/`unowned` stored property.
  func declareWeakProperty(
    _ name: String, type: StructType, fieldType: TypeHint, unowned: Bool, at node: some SyntaxProtocol
  ) {
    let at = loc(node)
    let storage = Lowerer.weakStorageName(name)
    type.fieldIndex[storage] = type.fieldNames.count
    type.fieldNames.append(storage)
    type.fieldTypeTexts.append("")
    type.fieldTypes.append(.unknown)
    type.fieldIsLet.append(false)
    type.fieldDefaults.append(Const(.none, at))
    type.fieldHasDefault.append(true)
    type.computedNames.insert(name)

    let selfVar = LocalVar(slot: 0, name: "self", at)
    let getter = FunctionCode(name: name, loc: at)
    getter.returnType = fieldType
    getter.frameSize = 1
    getter.implicitReturn = WeakLoadExpr(
      FieldExpr(selfVar, name: storage, property: nil, at), property: name, unowned: unowned, at)
    type.computed[name] = getter

    let setter = FunctionCode(name: name + ".set", loc: at)
    setter.returnType = .void
    setter.parameters = [
      ParameterInfo(
        label: nil, name: "newValue", slot: 1, isInout: false, isBoxed: false, defaultValue: nil, type: fieldType)
    ]
    setter.frameSize = 2
    setter.body = [
      ExprStmt(
        AssignExpr(
          FieldExpr(selfVar, name: storage, property: nil, at),
          WeakStoreExpr(LocalVar(slot: 1, name: "newValue", at), at),
          hint: .unknown, at))
    ]
    type.setters[name] = setter
  }
}

/// A reference that does not keep a class instance alive.
final class WeakReference: NativeObject {
  weak var target: InstanceStorage?
  init(_ target: InstanceStorage) { self.target = target }
  override var typeName: String { "weak reference" }

  /// What a `weak`/`unowned` place holds for `value`: a class instance wrapped, so that it is
  /// not kept alive; nil and other values as they are.
  static func stored(_ value: Value) -> Value {
    var v = value
    if case .some(let inner) = v { v = inner }
    if case .structInstance(let s) = v, s.isClass { return .object(WeakReference(s.storage)) }
    return v
  }

  /// What reading a `weak`/`unowned` place named `name` gives: the instance while it lives;
  /// then nil, or for `unowned` the error Swift stops at.
  static func loaded(_ v: Value, unowned: Bool, name: String, at loc: SourceLoc) throws -> Value {
    guard case .object(let o as WeakReference) = v else { return v }
    if let target = o.target {
      let instance = Value.structInstance(StructInstance(target))
      return unowned ? instance : .some(instance)
    }
    if unowned {
      throw LocatedFailure(
        kind: .runtime,
        message: "'\(name)' is an unowned reference to an instance that was already deinitialized", loc: loc)
    }
    return .none
  }
}

/// Wraps a class instance for a `weak`/`unowned` property; nil and other values stay as they are.
final class WeakStoreExpr: Expr {
  let value: Expr
  init(_ value: Expr, _ loc: SourceLoc) {
    self.value = value
    super.init(loc)
  }
  override func eval(_ rt: Runtime, _ fp: Frame) throws -> Value {
    WeakReference.stored(try value.eval(rt, fp))
  }
}

/// Reads a `weak`/`unowned` property: the instance while it lives; then nil, or for
/// `unowned` the error Swift stops at.
final class WeakLoadExpr: Expr {
  let storage: Expr
  let property: String
  let unowned: Bool
  init(_ storage: Expr, property: String, unowned: Bool, _ loc: SourceLoc) {
    self.storage = storage
    self.property = property
    self.unowned = unowned
    super.init(loc)
  }
  override func eval(_ rt: Runtime, _ fp: Frame) throws -> Value {
    try WeakReference.loaded(storage.eval(rt, fp), unowned: unowned, name: property, at: loc)
  }
}

/// How a variable holds a class instance: `weak var` and `unowned var` do not keep it alive.
enum ReferenceOwnership {
  case strong, weak, unowned

  init(_ modifiers: DeclModifierListSyntax) {
    if modifiers.contains(where: { $0.name.tokenKind == .keyword(.weak) }) {
      self = .weak
    } else if modifiers.contains(where: { $0.name.tokenKind == .keyword(.unowned) }) {
      self = .unowned
    } else {
      self = .strong
    }
  }
}

extension Lowerer {
  /// Marks the variable just declared as `weak` or `unowned`, so its uses read and write
  /// through a `WeakReference`.
  func markOwnership(_ name: String, _ ownership: ReferenceOwnership) {
    if scope.isCellTop {
      globals.entries[name]?.ownership = ownership
    } else {
      scope.names[name]?.ownership = ownership
    }
  }
}

/// `weak var last = node` as a variable (not a property), or a closure's `[weak self]`: reads give the instance while it
/// lives, then nil (`unowned`: the error Swift stops at); writes keep a weak reference.
final class WeakVariable: LValue {
  let variable: LValue
  let load: WeakLoadExpr
  init(_ variable: LValue, name: String, unowned: Bool, _ loc: SourceLoc) {
    self.variable = variable
    self.load = WeakLoadExpr(variable, property: name, unowned: unowned, loc)
    super.init(loc)
  }
  override func eval(_ rt: Runtime, _ fp: Frame) throws -> Value { try load.eval(rt, fp) }
  override func set(_ rt: Runtime, _ fp: Frame, _ value: Value) throws {
    try variable.set(rt, fp, WeakReference.stored(value))
  }
  override func modify(_ rt: Runtime, _ fp: Frame, _ body: (inout Value) throws -> Void) throws {
    var current = try eval(rt, fp)
    try body(&current)
    try set(rt, fp, current)
  }
}
