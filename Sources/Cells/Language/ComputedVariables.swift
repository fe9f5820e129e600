import SwiftSyntax

/// Computed variables outside a type: `var leftBoundary: Int { ... }` in a function or at
/// the top of a cell. The getter is a function kept under a hidden name; each read of the
/// variable calls it, as Swift runs the getter at each read.
extension Lowerer {
  static func computedName(_ name: String) -> String { "$computed." + name }

  func computedVariable(_ b: PatternBindingSyntax, _ accessors: AccessorBlockSyntax) throws -> [Stmt] {
    guard let id = b.pattern.as(IdentifierPatternSyntax.self) else {
      throw unsupported("a computed variable needs a name", at: b.pattern)
    }
    let name = id.identifier.text
    let statements: CodeBlockItemListSyntax
    switch accessors.accessors {
    case .getter(let body):
      statements = body
    case .accessors(let list):
      if let other = list.first(where: { $0.accessorSpecifier.tokenKind != .keyword(.get) }) {
        throw unsupported(
          "'\(other.accessorSpecifier.text)' of a computed variable outside a type is not supported in cells; use a function",
          at: other)
      }
      guard let body = list.first?.body?.statements else {
        throw fail("computed variable '\(name)' needs a getter", at: b)
      }
      statements = body
    }
    let code = FunctionCode(name: name, loc: loc(b))
    code.returnType = try b.typeAnnotation.map { try typeHint($0.type) } ?? .unknown
    let target = try declareVariable(Lowerer.computedName(name), isLet: true, type: .function, at: b)
    let sources = try lowerBody(
      of: code, parameters: [], paramNodes: [], statements: statements, isClosure: false)
    var out: [Stmt] = []
    if case .boxed(let slot, _) = target { out.append(PrepareBoxStmt(slot: slot, loc(b))) }
    out.append(FuncDeclStmt(ClosureExpr(code: code, captureSources: sources, loc(b)), target: target))
    return out
  }

  /// A read of a computed variable declared outside a type: a call of its getter.
  func computedVariableReference(_ name: String, at node: some SyntaxProtocol) throws -> LValue? {
    let hidden = Lowerer.computedName(name)
    guard resolve(hidden) != nil, let getter = try variableReference(hidden, at: node) else { return nil }
    return ComputedVariableRead(getter: getter, name: name, loc(node))
  }
}

/// Reads a computed variable by calling its getter; it cannot be assigned.
final class ComputedVariableRead: LValue {
  let getter: Expr
  let name: String
  init(getter: Expr, name: String, _ loc: SourceLoc) {
    self.getter = getter
    self.name = name
    super.init(loc)
  }

  override func eval(_ rt: Runtime, _ fp: Frame) throws -> Value {
    guard case .function(let f) = try getter.eval(rt, fp) else {
      throw LocatedFailure(kind: .runtime, message: "computed variable '\(name)' has no getter", loc: loc)
    }
    return try f.call(rt, [], at: loc)
  }

  override func modify(_ rt: Runtime, _ fp: Frame, _ body: (inout Value) throws -> Void) throws {
    throw LocatedFailure(
      kind: .runtime, message: "cannot assign to value: '\(name)' is a get-only computed variable", loc: loc)
  }
}

/// Observed variables outside a type: `var score = 0 { willSet { ... } didSet { ... } }` at
/// the top of a cell or in a function. Each observer is a function kept under a hidden name;
/// an assignment to the variable calls them around the store, as Swift does (the initial
/// value is stored without them).
extension Lowerer {
  static func observerName(_ name: String, willSet: Bool) -> String {
    (willSet ? "$willSet." : "$didSet.") + name
  }

  func variableObservers(_ b: PatternBindingSyntax, _ accessors: AccessorBlockSyntax, type: TypeHint) throws
    -> [Stmt]
  {
    guard let id = b.pattern.as(IdentifierPatternSyntax.self), case .accessors(let list) = accessors.accessors else {
      throw unsupported("observers need a variable with a name", at: b.pattern)
    }
    let name = id.identifier.text
    var out: [Stmt] = []
    for a in list {
      let isWill = a.accessorSpecifier.tokenKind == .keyword(.willSet)
      let parameter = a.parameters?.name.text ?? (isWill ? "newValue" : "oldValue")
      let code = FunctionCode(name: a.accessorSpecifier.text, loc: loc(a))
      code.returnType = .void
      code.parameters = [
        ParameterInfo(
          label: nil, name: parameter, slot: 0, isInout: false, isBoxed: false, defaultValue: nil, type: type)
      ]
      let target = try declareVariable(
        Lowerer.observerName(name, willSet: isWill), isLet: true, type: .function, at: a)
      let saved = accessorProperty
      accessorProperty = name
      defer { accessorProperty = saved }
      let sources = try lowerBody(
        of: code, parameters: [(parameter, type)], paramNodes: [Syntax(a)],
        statements: a.body?.statements ?? CodeBlockItemListSyntax([]), isClosure: false)
      if case .boxed(let slot, _) = target { out.append(PrepareBoxStmt(slot: slot, loc(a))) }
      out.append(FuncDeclStmt(ClosureExpr(code: code, captureSources: sources, loc(a)), target: target))
    }
    return out
  }

  /// The variable `name` as an assignment target that calls its observers, if it has any.
  func observedVariable(_ name: String, _ storage: LValue, at node: some SyntaxProtocol) throws -> LValue? {
    let will = Lowerer.observerName(name, willSet: true)
    let did = Lowerer.observerName(name, willSet: false)
    let willSet = resolve(will) != nil ? try variableReference(will, at: node) : nil
    let didSet = resolve(did) != nil ? try variableReference(did, at: node) : nil
    guard willSet != nil || didSet != nil else { return nil }
    // Inside its own observer, an assignment stores the value without calling them again.
    if accessorProperty == name { return nil }
    return ObservedVariable(storage, willSet: willSet, didSet: didSet, loc(node))
  }
}

final class ObservedVariable: LValue {
  let storage: LValue
  let willSet: Expr?
  let didSet: Expr?
  init(_ storage: LValue, willSet: Expr?, didSet: Expr?, _ loc: SourceLoc) {
    (self.storage, self.willSet, self.didSet) = (storage, willSet, didSet)
    super.init(loc)
  }
  override func eval(_ rt: Runtime, _ fp: Frame) throws -> Value { try storage.eval(rt, fp) }
  override func modify(_ rt: Runtime, _ fp: Frame, _ body: (inout Value) throws -> Void) throws {
    let old = try storage.eval(rt, fp)
    var new = old
    try body(&new)
    if let willSet, case .function(let f) = try willSet.eval(rt, fp) { _ = try f.call(rt, [new], at: loc) }
    try storage.set(rt, fp, new)
    if let didSet, case .function(let f) = try didSet.eval(rt, fp) { _ = try f.call(rt, [old], at: loc) }
  }
}
