import SwiftSyntax

/// Types declared inside a function or closure body: known by their name in that body,
/// whatever the order of its statements, and hiding a cell type of the same name there
/// (a tour's `Do.experiment { class Shape { ... } }` beside its top-level `Shape`).
struct LocalTypeScope {
  /// The body whose statements see the types.
  let body: SyntaxIdentifier
  /// What the names stood for before (nil: nothing).
  let hidden: [String: StructType?]
  let hiddenCellTypeNames: Set<String>
}

extension Lowerer {
  func predeclareLocalTypes(_ items: CodeBlockItemListSyntax) throws {
    let decls = items.compactMap { item -> DeclSyntax? in
      guard case .decl(let d) = item.item else { return nil }
      return d.is(StructDeclSyntax.self) || d.is(ClassDeclSyntax.self) || d.is(EnumDeclSyntax.self) ? d : nil
    }
    guard !decls.isEmpty else { return }
    var hidden: [String: StructType?] = [:]
    let names = decls.map(Lowerer.localTypeName)
    for name in names where hidden[name] == nil {
      hidden[name] = .some(globals.structs[name])
      globals.structs[name] = nil
    }
    localTypeScopes.append(
      LocalTypeScope(body: items.id, hidden: hidden, hiddenCellTypeNames: cellTypeNames.intersection(names)))
    cellTypeNames.formUnion(names)
    for d in decls { if let e = d.as(EnumDeclSyntax.self) { try predeclareEnum(e) } }
    for d in decls { if let s = d.as(StructDeclSyntax.self) { try predeclareStruct(s) } }
    for d in decls { if let c = d.as(ClassDeclSyntax.self) { try predeclareClass(c) } }
    for name in names { if let type = globals.structs[name] { adoptDefaults(type) } }
  }

  /// A type declared in a function or closure body: its members see the cell's names and
  /// their own, never the enclosing function's locals (Swift refuses such captures), so they
  /// are lowered as a cell's top-level types are.
  func localTypeDeclaration(_ d: DeclSyntax) throws -> [Stmt] {
    let (savedFunction, savedScope) = (function, scope)
    function = FunctionContext(parent: nil, enclosingScope: nil, boxed: [], isClosure: false)
    scope = Scope(parent: nil, function: function)
    defer { (function, scope) = (savedFunction, savedScope) }
    let statements: [Stmt]
    if let s = d.as(StructDeclSyntax.self) {
      statements = try structDeclaration(s)
    } else if let c = d.as(ClassDeclSyntax.self) {
      statements = try classDeclaration(c)
    } else if let e = d.as(EnumDeclSyntax.self) {
      statements = try enumDeclaration(e)
    } else {
      statements = []
    }
    // Static properties' initial values run in the enclosing body's frame: they may not need
    // frame slots of their own.
    if function.frameSize > 0 {
      throw unsupported(
        "a static property whose initial value declares names, in a type declared inside a function,"
          + " is not supported in cells ('\(Lowerer.localTypeName(d))')", at: d)
    }
    // A static property is made once, the first time the body runs, as Swift makes it.
    return statements.map { s in (s as? StaticInitStmt).map { OnceStaticInitStmt($0) } ?? s }
  }

  private static func localTypeName(_ d: DeclSyntax) -> String {
    if let s = d.as(StructDeclSyntax.self) { return s.name.text }
    if let c = d.as(ClassDeclSyntax.self) { return c.name.text }
    return d.as(EnumDeclSyntax.self)?.name.text ?? ""
  }

  /// Gives back the names hidden by local types whose body `item` is not in (all of them
  /// when `item` is nil, at the end of the cell).
  func endLocalTypeScopes(before item: CodeBlockItemSyntax?) {
    while let last = localTypeScopes.last {
      if let item, Lowerer.isInside(Syntax(item), last.body) { return }
      localTypeScopes.removeLast()
      for (name, type) in last.hidden {
        if let type { globals.structs[name] = type } else { globals.structs[name] = nil }
      }
      // A name that only the local type used is no longer a type of the cell.
      for name in last.hidden.keys where !last.hiddenCellTypeNames.contains(name) && last.hidden[name]! == nil {
        cellTypeNames.remove(name)
      }
    }
  }

  private static func isInside(_ node: Syntax, _ body: SyntaxIdentifier) -> Bool {
    var current: Syntax? = node
    while let n = current {
      if n.id == body { return true }
      current = n.parent
    }
    return false
  }
}

/// The initial value of a local type's static property, set when the body first runs only.
final class OnceStaticInitStmt: Stmt {
  let inner: StaticInitStmt
  init(_ inner: StaticInitStmt) {
    self.inner = inner
    super.init(inner.loc)
  }
  override func exec(_ rt: Runtime, _ fp: Frame) throws -> Flow {
    if inner.type.staticValues[inner.name] != nil { return .normal }
    return try inner.exec(rt, fp)
  }
}

extension Lowerer {
  /// The setter of a static computed property, kept among the type's static methods.
  func staticSetter(_ a: AccessorDeclSyntax, of type: StructType, property: String, valueType: TypeHint) throws {
    let parameter = a.parameters?.name.text ?? "newValue"
    let code = FunctionCode(name: property, loc: loc(a))
    code.returnType = .void
    code.parameters = [
      ParameterInfo(
        label: nil, name: parameter, slot: 0, isInout: false, isBoxed: false, defaultValue: nil, type: valueType)
    ]
    try lowerStaticBody(
      of: code, in: type, parameters: [(parameter, valueType)], paramNodes: [Syntax(a)],
      statements: a.body?.statements ?? [])
    type.staticMethods[StaticMemberExpr.setterKey(property)] = code
  }

  /// Lowers the body of a static method, static subscript or static accessor: no instance
  /// `self`, and bare names resolve among `type`'s static members.
  func lowerStaticBody(
    of code: FunctionCode, in type: StructType, parameters: [(name: String, type: TypeHint)],
    paramNodes: [Syntax], statements: CodeBlockItemListSyntax
  ) throws {
    let (savedStruct, savedStatic) = (currentStruct, staticContext)
    currentStruct = nil
    staticContext = type
    defer { (currentStruct, staticContext) = (savedStruct, savedStatic) }
    _ = try lowerBody(
      of: code, parameters: parameters, paramNodes: paramNodes, statements: statements, isClosure: false)
  }
}

extension Lowerer {
  /// The body of a `switch` case. One ending in `fallthrough` goes on with the next case's
  /// body (Swift does not test that case's pattern), so it is lowered as the two bodies in
  /// a row. A `fallthrough` deeper in the body (`if done { fallthrough }`) leaves it by a
  /// `FallthroughJump` that the body's `FallthroughTargetStmt` catches to run the next
  /// body; only such cases pay for the catch.
  func caseBody(_ sc: SwitchCaseSyntax, in s: SwitchExprSyntax) throws -> [Stmt] {
    let items = sc.statements
    let savedTarget = caseTakesFallthrough
    defer { caseTakesFallthrough = savedTarget }
    guard let last = items.last, case .stmt(let st) = last.item, st.is(FallThroughStmtSyntax.self) else {
      let nested = items.tokens(viewMode: .sourceAccurate).first {
        $0.tokenKind == .keyword(.fallthrough)
          && $0.ancestorOrSelf(mapping: { $0.as(SwitchCaseSyntax.self) })?.id == sc.id
      }
      guard let nested else {
        caseTakesFallthrough = false
        return try block(items)
      }
      caseTakesFallthrough = true
      let body = try block(items)
      let next = try caseBody(following: sc, in: s, from: nested)
      return [FallthroughTargetStmt(body: body, next: next, loc(sc))]
    }
    caseTakesFallthrough = false
    let head = try withScope {
      try predeclareLocalFunctions(items)
      return applyingDefers(try items.dropLast().flatMap { try statement($0) })
    }
    return head + [Block(try caseBody(following: sc, in: s, from: st), loc(sc))]
  }

  /// The body of the case after `sc`, where its `fallthrough` goes.
  private func caseBody(
    following sc: SwitchCaseSyntax, in s: SwitchExprSyntax, from jump: some SyntaxProtocol
  ) throws -> [Stmt] {
    let all = Array(s.cases)
    guard let k = all.firstIndex(where: { $0.id == sc.id }), k + 1 < all.count,
      case .switchCase(let next) = all[k + 1]
    else {
      throw fail("'fallthrough' without a following case below it", at: jump)
    }
    return try caseBody(next, in: s)
  }
}

/// Thrown by a `fallthrough` that is not its case body's last statement.
struct FallthroughJump: Error {}

final class FallthroughStmt: Stmt {
  override func exec(_ rt: Runtime, _ fp: Frame) throws -> Flow {
    throw FallthroughJump()
  }
}

/// A case body with a `fallthrough` inside it: runs the next case's body when one is reached.
final class FallthroughTargetStmt: Stmt {
  let body: [Stmt]
  let next: [Stmt]
  init(body: [Stmt], next: [Stmt], _ loc: SourceLoc) {
    self.body = body
    self.next = next
    super.init(loc)
  }
  override func exec(_ rt: Runtime, _ fp: Frame) throws -> Flow {
    do {
      return try execBody(body, rt, fp)
    } catch is FallthroughJump {
      return try execBody(next, rt, fp)
    }
  }
}
