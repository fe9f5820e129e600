import SwiftSyntax

extension Lowerer {
  /// The code object of a `func`, with its parameters (labels, types, defaults) but no body yet.
  func functionSignature(_ f: FunctionDeclSyntax) throws -> FunctionCode {
    if let g = f.genericParameterClause { declareGenericParameters(g) }
    if let effects = f.signature.effectSpecifiers {
      if effects.asyncSpecifier != nil {
        throw unsupported("'async' functions are not supported in cells", at: effects)
      }

    }
    let code = FunctionCode(name: f.name.text, loc: loc(f))
    let requirements = genericRequirements(f)
    // A call lowered before this function's body (a function declared further down) puts its
    // arguments in these slots: the ones the body gives its parameters, in order.
    code.parameters = try f.signature.parameterClause.parameters.enumerated().map { index, p in
      let first = p.firstName.text
      let name = p.secondName?.text ?? first
      let isInout =
        p.type.as(AttributedTypeSyntax.self)?.specifiers.contains {
          $0.as(SimpleTypeSpecifierSyntax.self)?.specifier.tokenKind == .keyword(.inout)
        } ?? false
      var type = try typeHint(p.type)
      if p.ellipsis != nil {
        if code.variadicIndex != nil {
          throw unsupported("a second variadic parameter is not supported in cells", at: p)
        }
        code.variadicIndex = index
        type = .array(type)
      }
      let isAutoclosure = Lowerer.isAutoclosure(p)
      let defaultValue = try p.defaultValue.map {
        isAutoclosure ? try autoclosure($0.value) : try expr($0.value, expected: type).node
      }
      return ParameterInfo(
        label: first == "_" ? nil : first, name: name, slot: index, isInout: isInout, isBoxed: false,
        defaultValue: defaultValue, type: type, isAutoclosure: isAutoclosure)
    }
    code.parameterRequirements = f.signature.parameterClause.parameters.map { p in
      p.type.as(IdentifierTypeSyntax.self).flatMap { requirements[$0.name.text] } ?? []
    }
    code.returnType = try f.signature.returnClause.map { try typeHint($0.type) } ?? .void
    return code
  }

  /// The protocols each generic parameter of `f` must conform to, from `<T: Comparable>`
  /// and from `where T: Equatable`.
  func genericRequirements(_ f: FunctionDeclSyntax) -> [String: Set<String>] {
    var out: [String: Set<String>] = [:]
    func add(_ name: String, _ constraint: TypeSyntax) {
      let parts = constraint.as(CompositionTypeSyntax.self)?.elements.map(\.type) ?? [constraint]
      for part in parts { out[name, default: []].insert(part.trimmedDescription) }
    }
    for p in f.genericParameterClause?.parameters ?? [] {
      if let constraint = p.inheritedType { add(p.name.text, constraint) }
    }
    for r in f.genericWhereClause?.requirements ?? [] {
      if case .conformanceRequirement(let c) = r.requirement, let left = c.leftType.as(IdentifierTypeSyntax.self) {
        add(left.name.text, c.rightType)
      }
    }
    return out
  }

  /// The cell protocol a parameter typed `T` is bound by in `func f<T: P>` (or `where T: P`):
  /// its value is then called as a `P` is, a method only `P`'s extensions declare being the
  /// extension's even where the value's own type has one of that name, as Swift dispatches it.
  func protocolBound(of type: TypeSyntax, in f: FunctionDeclSyntax) -> String? {
    guard let id = type.as(IdentifierTypeSyntax.self), id.genericArgumentClause == nil,
      let parameter = f.genericParameterClause?.parameters.first(where: { $0.name.text == id.name.text })
    else { return nil }
    var bound = parameter.inheritedType?.trimmedDescription
    for requirement in f.genericWhereClause?.requirements ?? [] {
      if case .conformanceRequirement(let c) = requirement.requirement,
        c.leftType.trimmedDescription == id.name.text
      {
        guard bound == nil else { return nil }
        bound = c.rightType.trimmedDescription
      }
    }
    guard let bound, globals.protocols[bound] != nil else { return nil }
    return bound
  }

  func functionDeclaration(_ f: FunctionDeclSyntax) throws -> [Stmt] {
    guard let body = f.body else {
      throw fail("function '\(f.name.text)' needs a body", at: f)
    }
    // The code object was made when the enclosing block was predeclared.
    let code: FunctionCode
    let target: Binding
    if scope.isCellTop {
      let signature = try functionSignature(f)
      let overload = globals.entries[signature.fullName + "@\(f.position.utf8Offset)"]
      guard let entry = overload ?? globals.entries[signature.fullName], let c = entry.function else {
        throw fail("internal: function '\(signature.fullName)' was not predeclared", at: f)
      }
      code = c
      target = .global(entry.index, .function)
    } else {
      guard let entry = scope.names[f.name.text], let c = entry.function else {
        throw fail("internal: local function '\(f.name.text)' was not predeclared", at: f)
      }
      code = c
      target = entry.boxed ? .boxed(entry.slot, .function) : .local(entry.slot, .function)
    }
    // Inside the body a parameter typed `T` where `T: P` is used as a `P` (its signature keeps
    // `T` unknown, for choosing between overloads).
    let syntaxParameters = Array(f.signature.parameterClause.parameters)
    let parameters = code.parameters.enumerated().map { i, p -> (name: String, type: TypeHint) in
      guard p.type == .unknown, i < syntaxParameters.count, syntaxParameters[i].ellipsis == nil,
        let bound = protocolBound(of: syntaxParameters[i].type, in: f)
      else { return (p.name, p.type) }
      return (p.name, .named(bound))
    }
    let sources = try lowerBody(
      of: code, parameters: parameters, paramNodes: syntaxParameters.map { Syntax($0) },
      statements: body.statements, isClosure: false)
    var out: [Stmt] = []
    if case .boxed(let slot, _) = target { out.append(PrepareBoxStmt(slot: slot, loc(f))) }
    out.append(FuncDeclStmt(ClosureExpr(code: code, captureSources: sources, loc(f)), target: target))
    return out
  }

  /// Lowers a function or closure body in a new frame; returns the enclosing-frame
  /// slots whose boxes the closure captures.
  func lowerBody(
    of code: FunctionCode, parameters: [(name: String, type: TypeHint)], paramNodes: [Syntax],
    statements: CodeBlockItemListSyntax, isClosure: Bool, selfType: StructType? = nil,
    selfIsMutable: Bool = false, collecting: Bool = false, autoclosure: ExprSyntax? = nil,
    captureList: [CaptureListItem] = []
  ) throws -> [Int] {
    var boxed: Set<Int> = []
    let savedFunction = function
    let savedScope = scope
    let savedCollectSlot = collectSlot
    collectSlot = nil
    defer {
      function = savedFunction
      scope = savedScope
      collectSlot = savedCollectSlot
    }
    while true {
      let ctx = FunctionContext(parent: savedFunction, enclosingScope: savedScope, boxed: boxed, isClosure: isClosure)
      ctx.returnType = code.returnType
      function = ctx
      scope = Scope(parent: savedScope, function: ctx)
      declareCaptureList(captureList, in: ctx)
      // A struct's `self` in a `mutating` method or initializer that a closure changes
      // (`xs.forEach { total += $0 }`) moves into a box the closure shares, as a captured
      // variable does; the callers take it back out of the box when the method ends. Its
      // key is no declaration's (declarations have offsets of zero or more).
      var boxedSelfSlot: Int?
      if let selfType {
        let slot = ctx.newSlot()
        var isBoxed = false
        if selfIsMutable && !selfType.isClass {
          let key = -1 - statements.position.utf8Offset
          ctx.slotDeclarations[slot] = key
          isBoxed = boxed.contains(key)
          if isBoxed { boxedSelfSlot = slot }
        }
        scope.names["self"] = LocalEntry(
          slot: slot, boxed: isBoxed, isLet: !selfIsMutable, type: selfType.selfHint, function: nil)
      }
      for (i, p) in parameters.enumerated() {
        let key = paramNodes[i].position.utf8Offset
        let isBoxed = boxed.contains(key)
        let slot = ctx.newSlot()
        ctx.slotDeclarations[slot] = key
        if p.name != "_" {
          // A closure's parameters may be `inout` (`reduce(into:)`), which cells cannot spell out.
          let isInout = i < code.parameters.count && code.parameters[i].isInout
          scope.names[p.name] = LocalEntry(
            slot: slot, boxed: isBoxed, isLet: !isInout && !isClosure, type: p.type, function: nil)
        }
        if i < code.parameters.count {
          code.parameters[i].slot = slot
          code.parameters[i].isBoxed = isBoxed
        }
      }
      try predeclareLocalFunctions(statements)
      let items = Array(statements)
      var body: [Stmt] = []
      var implicit: Expr?
      if collecting {
        // A builder closure: every expression statement contributes its value.
        let slot = ctx.newSlot()
        body.append(BindStmt(.local(slot, .unknown), ArrayLiteralExpr([], loc(statements)), loc(statements)))
        collectSlot = slot
        for item in items { body.append(contentsOf: try statement(item)) }
        collectSlot = nil
        body.append(ReturnStmt(LocalVar(slot: slot, name: "builder", loc(statements)), loc(statements)))
      } else if let autoclosure {
        // An `@autoclosure` argument, or a `lazy var`'s initializer (of its declared type).
        let typed = try expr(autoclosure, expected: code.returnType)
        var node = typed.node
        if needsCoercion(code.returnType) && typed.type != code.returnType { node = CoerceExpr(node, code.returnType) }
        if code.returnType == .unknown && !isClosure { code.returnType = typed.type }
        implicit = node
      } else if items.count == 1, let e = Lowerer.expression(of: items[0]), code.returnType != .void,
        (!e.is(IfExprSyntax.self) && !e.is(SwitchExprSyntax.self)) || isValueBranching(e)
      {
        let typed = implicitlyUnwrapped(try expr(e, expected: code.returnType), e, to: code.returnType)
        if !isClosure { try checkConversion(of: typed.type, to: code.returnType, .returned, at: e) }
        var node = typed.node
        if needsCoercion(code.returnType) && typed.type != code.returnType { node = CoerceExpr(node, code.returnType) }
        implicit = node
      } else {
        for item in items { body.append(contentsOf: try statement(item)) }
        body = applyingDefers(body)
      }
      if ctx.needsRelowering {
        boxed = ctx.boxedDeclarations
        continue
      }
      if let slot = boxedSelfSlot {
        if let node = implicit {
          body = [ReturnStmt(node, node.loc)]
          implicit = nil
        }
        body.insert(BoxSlotStmt(slot: slot, loc(statements)), at: 0)
      }
      code.body = body
      code.implicitReturn = implicit
      code.frameSize = ctx.frameSize
      code.captureSlots = ctx.captures.map(\.slot)
      return ctx.captures.map(\.source)
    }
  }

  /// `{ x in x * 2 }`, `{ $0 + $1 }`, `{ (a: Int, b: Int) -> Int in a + b }`.
  func closure(
    _ c: ClosureExprSyntax, parameterTypes: [TypeHint] = [], resultType: TypeHint = .unknown, collecting: Bool = false
  ) throws -> Expr {
    let code = FunctionCode(name: "closure", loc: loc(c))
    var params: [(name: String, type: TypeHint)] = []
    var nodes: [Syntax] = []
    if let sig = c.signature {
      if sig.effectSpecifiers?.asyncSpecifier != nil {
        throw unsupported("'async' closures are not supported in cells", at: sig)
      }
      switch sig.parameterClause {
      case .simpleInput(let list)?:
        for p in list {
          params.append((p.name.text, .unknown))
          nodes.append(Syntax(p))
        }
      case .parameterClause(let clause)?:
        for p in clause.parameters {
          let name = p.secondName?.text ?? p.firstName.text
          params.append((name, try p.type.map { try typeHint($0) } ?? .unknown))
          nodes.append(Syntax(p))
        }
      case nil:
        break
      }
      code.returnType = try sig.returnClause.map { try typeHint($0.type) } ?? .unknown
    } else {
      let count = try shorthandParameterCount(c.statements)
      for i in 0..<count {
        params.append(("$\(i)", .unknown))
        nodes.append(Syntax(c))
      }
    }
    for i in params.indices where i < parameterTypes.count && params[i].type == .unknown {
      params[i].type = parameterTypes[i]
    }
    code.parameters = params.map {
      ParameterInfo(
        label: nil, name: $0.name, slot: 0, isInout: false, isBoxed: false, defaultValue: nil, type: $0.type)
    }
    // Callers of a closure value are not known when it is lowered: it converts its own arguments.
    code.coercesArguments = params.contains { needsCoercion($0.type) }
    if code.returnType == .unknown && resultType != .unknown && resultType != .void { code.returnType = resultType }
    // A closure's single expression is its result, whatever its type.
    if code.returnType == .void { code.returnType = .unknown }
    if code.returnType == .unknown && c.statements.count != 1 { code.returnType = .void }
    if collecting { code.returnType = .array(.unknown) }
    let (captureList, captureValues) = try captureList(of: c)
    let sources = try lowerBody(
      of: code, parameters: params, paramNodes: nodes, statements: c.statements, isClosure: true,
      collecting: collecting, captureList: captureList)
    if !captureList.isEmpty {
      return CaptureListClosureExpr(code: code, captureSources: sources, values: captureValues, loc(c))
    }
    return ClosureExpr(code: code, captureSources: sources, loc(c))
  }

  /// The argument of an `@autoclosure` parameter: the expression, lowered as a closure of no
  /// parameters that the callee evaluates when (and each time) it calls it.
  func autoclosure(_ e: ExprSyntax) throws -> Expr {
    let code = FunctionCode(name: "autoclosure", loc: loc(e))
    code.returnType = .unknown
    let sources = try lowerBody(
      of: code, parameters: [], paramNodes: [], statements: CodeBlockItemListSyntax([]), isClosure: true,
      autoclosure: e)
    return ClosureExpr(code: code, captureSources: sources, loc(e))
  }

  /// The highest `$n` a closure may use: each one is a parameter, so `$100000000` would
  /// build a closure of a hundred million parameters.
  static let largestShorthandParameter = 255

  /// How many `$n` parameters a closure uses (not counting nested closures).
  private func shorthandParameterCount(_ statements: CodeBlockItemListSyntax) throws -> Int {
    final class Finder: SyntaxVisitor {
      var highest = -1
      var tooLarge: TokenSyntax?
      override func visit(_ node: ClosureExprSyntax) -> SyntaxVisitorContinueKind { .skipChildren }
      override func visit(_ token: TokenSyntax) -> SyntaxVisitorContinueKind {
        if case .dollarIdentifier(let text) = token.tokenKind {
          if let n = Int(text.dropFirst()), n <= Lowerer.largestShorthandParameter {
            highest = max(highest, n)
          } else if tooLarge == nil {
            tooLarge = token
          }
        }
        return .visitChildren
      }
    }
    let finder = Finder(viewMode: .sourceAccurate)
    finder.walk(statements)
    if let token = finder.tooLarge {
      throw fail(
        "closure parameter '\(token.text)' is past $\(Lowerer.largestShorthandParameter), the most a closure may use",
        at: token)
    }
    return finder.highest + 1
  }

  /// `switch self { case .red: 30 ... }` as a whole body: a Swift 5.9 `if`/`switch` expression,
  /// each branch a single expression, the body's value.
  func isValueBranching(_ e: ExprSyntax) -> Bool {
    func single(_ items: CodeBlockItemListSyntax) -> Bool {
      guard items.count == 1, let x = Lowerer.expression(of: items.first!) else { return false }
      if x.is(IfExprSyntax.self) || x.is(SwitchExprSyntax.self) { return isValueBranching(x) }
      return true
    }
    if let s = e.as(SwitchExprSyntax.self) {
      return !s.cases.isEmpty
        && s.cases.allSatisfy { c in
          guard case .switchCase(let sc) = c else { return false }
          return single(sc.statements)
        }
    }
    if let i = e.as(IfExprSyntax.self) {
      guard single(i.body.statements), let other = i.elseBody else { return false }
      switch other {
      case .ifExpr(let nested): return isValueBranching(ExprSyntax(nested))
      case .codeBlock(let block): return single(block.statements)
      }
    }
    return false
  }

  /// An item's expression, also an `if` or `switch` in statement position.
  static func expression(of item: CodeBlockItemSyntax) -> ExprSyntax? {
    switch item.item {
    case .expr(let e): return e
    case .stmt(let s): return s.as(ExpressionStmtSyntax.self)?.expression
    default: return nil
    }
  }
}

extension Lowerer {
  /// Whether a parameter is `@autoclosure`: its argument is made a closure at the call.
  static func isAutoclosure(_ p: FunctionParameterSyntax) -> Bool {
    p.type.as(AttributedTypeSyntax.self)?.attributes.contains {
      $0.as(AttributeSyntax.self)?.attributeName.trimmedDescription == "autoclosure"
    } ?? false
  }
}
