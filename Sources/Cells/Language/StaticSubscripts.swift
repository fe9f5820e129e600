import SwiftSyntax

/// `static subscript(hero: Hero) -> String`, read as `Power[hero]`: a static function of the
/// type, called with the indices (a getter only; a static subscript with a setter is refused).
extension Lowerer {
  static func staticSubscriptKey(_ n: Int) -> String { "static subscript/" + String(n) }

  func predeclareStaticSubscript(_ sd: SubscriptDeclSyntax, of type: StructType) throws {
    if sd.accessorBlock.accessor(.set) != nil {
      throw unsupported("static subscripts with a setter are not supported in cells", at: sd)
    }
    let key = Lowerer.staticSubscriptKey(sd.parameterClause.parameters.count)
    if type.staticMethods[key] != nil {
      throw unsupported("two static subscripts with as many indices are not supported in cells", at: sd)
    }
    let getter = FunctionCode(name: "subscript", loc: loc(sd))
    getter.returnType = try typeHint(sd.returnClause.type)
    getter.parameters = try subscriptParameters(sd)
    type.staticMethods[key] = getter
  }

  /// Lowers a static subscript's getter; false for an instance subscript.
  func lowerStaticSubscript(_ sd: SubscriptDeclSyntax, of type: StructType) throws -> Bool {
    guard
      sd.modifiers.contains(where: { $0.name.tokenKind == .keyword(.static) || $0.name.tokenKind == .keyword(.class) })
    else { return false }
    guard let code = type.staticMethods[Lowerer.staticSubscriptKey(sd.parameterClause.parameters.count)],
      code.loc == loc(sd)
    else { return true }
    guard let body = sd.accessorBlock.getterStatements else { throw fail("a subscript needs a getter", at: sd) }
    try lowerStaticBody(
      of: code, in: type, parameters: code.parameters.map { ($0.name, $0.type) },
      paramNodes: sd.parameterClause.parameters.map { Syntax($0) }, statements: body)
    return true
  }

  /// `Power[hero]` where the type declares a static subscript.
  func staticSubscript(_ s: SubscriptCallExprSyntax) throws -> Typed? {
    guard let name = typeName(of: s.calledExpression), let type = globals.structs[name],
      let code = type.staticMethods[Lowerer.staticSubscriptKey(s.arguments.count)]
    else { return nil }
    let labels = s.arguments.map { $0.label?.text }
    guard labels == code.parameters.map(\.label) else {
      throw fail(
        "no subscript \(name)[\(labels.map { ($0 ?? "_") + ":" }.joined())]; use \(name)[\(code.parameters.map { ($0.label ?? "_") + ":" }.joined())]",
        at: s)
    }
    var arguments: [Expr] = []
    for (a, p) in zip(s.arguments, code.parameters) {
      let typed = try expr(a.expression, expected: p.type)
      arguments.append(needsCoercion(p.type) ? CoerceExpr(typed.node, p.type) : typed.node)
    }
    let at = loc(s)
    return Typed(
      CallFunctionExpr(
        callee: Const(.function(UserFunction(code: code, captures: [])), at), code: code, arguments: arguments,
        inoutTargets: arguments.map { _ in nil }, at),
      code.returnType)
  }
}

extension AccessorBlockSyntax? {
  /// The `get`, `set`, `willSet`... accessor written in `{ get {...} set {...} }`.
  func accessor(_ kind: Keyword) -> AccessorDeclSyntax? {
    guard case .accessors(let list) = self?.accessors else { return nil }
    return list.first { $0.accessorSpecifier.tokenKind == .keyword(kind) }
  }

  /// The getter's statements: the whole block of a read-only `{ ... }`, or its `get { ... }`.
  var getterStatements: CodeBlockItemListSyntax? {
    if case .getter(let items) = self?.accessors { return items }
    return accessor(.get)?.body?.statements
  }
}
