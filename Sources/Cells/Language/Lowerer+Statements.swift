import SwiftSyntax

extension Lowerer {
  func statement(_ item: CodeBlockItemSyntax) throws -> [Stmt] {
    if !localTypeScopes.isEmpty { endLocalTypeScopes(before: item) }
    switch item.item {
    case .decl(let d): return try declaration(d)
    case .stmt(let s): return try statement(s)
    case .expr(let e):
      if let slot = collectSlot, !e.is(IfExprSyntax.self), !e.is(SwitchExprSyntax.self) {
        return [CollectStmt(slot: slot, try expr(e).node)]
      }
      return try expressionStatement(e)
    }
  }

  func block(_ items: CodeBlockItemListSyntax, releasingInstances: Bool = false) throws -> [Stmt] {
    try withScope {
      try predeclareLocalFunctions(items)
      var body = applyingDefers(try items.flatMap { try statement($0) })
      if releasingInstances {
        // A loop body's constants holding class instances end with each pass, as in Swift:
        // `let p = Person()` in a loop runs `deinit` before the next pass makes another (in
        // the order of declaration, as swiftc -O's builds release them).
        let slots = scope.names.values.filter { isClassInstanceType($0.type) }.map(\.slot).sorted()
        if !slots.isEmpty { body.append(ReleaseLocalsStmt(slots, loc(items))) }
      }
      return body
    }
  }

  private func isClassInstanceType(_ t: TypeHint) -> Bool {
    switch t {
    case .named(let n): return globals.structs[n]?.isClass ?? false
    case .optional(let inner): return isClassInstanceType(inner)
    default: return false
    }
  }

  /// Local functions may call each other regardless of order: give them slots first.
  func predeclareLocalFunctions(_ items: CodeBlockItemListSyntax) throws {
    guard !scope.isCellTop else { return }
    try predeclareLocalTypes(items)
    for item in items {
      guard case .decl(let d) = item.item, let f = d.as(FunctionDeclSyntax.self) else { continue }
      let code = try functionSignature(f)
      _ = try declareVariable(code.name, isLet: true, type: .function, at: f)
      scope.names[code.name]?.function = code
    }
  }

  func expressionStatement(_ e: ExprSyntax) throws -> [Stmt] {
    if let i = e.as(IfExprSyntax.self) { return [try ifStatement(i)] }
    if let s = e.as(SwitchExprSyntax.self) { return [try switchStatement(s)] }
    return [ExprStmt(try expr(e).node)]
  }

  func statement(_ s: StmtSyntax) throws -> [Stmt] {
    if let e = s.as(ExpressionStmtSyntax.self) { return try expressionStatement(e.expression) }
    if let f = s.as(ForStmtSyntax.self) { return [try forStatement(f)] }
    if let w = s.as(WhileStmtSyntax.self) {
      return try withScope {
        let conditions = try conditionList(w.conditions)
        let label = pendingLabel
        pendingLabel = nil
        let body = try block(w.body.statements, releasingInstances: true)
        pendingLabel = label
        return [WhileStmt(conditions, body: labeledBody(body), loc(w))]
      }
    }
    if let r = s.as(RepeatStmtSyntax.self) {
      let label = pendingLabel
      pendingLabel = nil
      var body = try block(r.body.statements)
      pendingLabel = label
      body = labeledBody(body)
      return [RepeatStmt(try condition(r.condition), body: body, loc(r))]
    }
    if let g = s.as(GuardStmtSyntax.self) {
      // Names bound by `guard let` stay visible after the guard.
      let conditions = try conditionList(g.conditions)
      return [GuardStmt(conditions, otherwise: try block(g.body.statements), loc(g))]
    }
    if let r = s.as(ReturnStmtSyntax.self) {
      guard function.parent != nil else {
        throw fail("'return' outside of a function", at: r)
      }
      let typed = try r.expression.map {
        implicitlyUnwrapped(try expr($0, expected: function.returnType), $0, to: function.returnType)
      }
      if let typed, let e = r.expression, !function.isClosure {
        try checkConversion(of: typed.type, to: function.returnType, .returned, at: e)
      }
      var value = typed?.node
      if let v = value, needsCoercion(function.returnType), typed?.type != function.returnType {
        value = CoerceExpr(v, function.returnType)
      }
      return [ReturnStmt(value, loc(r))]
    }
    if let b = s.as(BreakStmtSyntax.self) {
      if let jump = try jump(b.label, isContinue: false, at: b) { return jump }
      return [BreakStmt(loc(b))]
    }
    if let c = s.as(ContinueStmtSyntax.self) {
      if let jump = try jump(c.label, isContinue: true, at: c) { return jump }
      return [ContinueStmt(loc(c))]
    }
    if let d = s.as(DoStmtSyntax.self) { return try doStatement(d) }
    if let t = s.as(ThrowStmtSyntax.self) { return try throwStatement(t) }
    if let d = s.as(DeferStmtSyntax.self) { return try deferStatement(d) }
    if let l = s.as(LabeledStmtSyntax.self) { return try labeledStatement(l) }
    if s.is(FallThroughStmtSyntax.self), caseTakesFallthrough { return [FallthroughStmt(loc(s))] }
    throw unsupported("the statement '\(s.trimmedDescription.prefix(40))' is not supported in cells", at: s)
  }

  func needsCoercion(_ t: TypeHint) -> Bool {
    switch t {
    case .double, .float, .optional, .labeledTuple: return true
    case .named(let name): return name == "Set" || FixedInt.names.contains(name)
    case .array(let e): return needsCoercion(e)
    case .dictionary(_, let v): return v.isLabeledTuple
    default: return false
    }
  }

  // MARK: Conditions

  func conditionList(_ list: ConditionElementListSyntax) throws -> [Condition] {
    try list.map { element in
      switch element.condition {
      case .expression(let e):
        return .expr(try condition(e))
      case .optionalBinding(let b):
        if b.pattern.trimmedDescription == "_", let initializer = b.initializer {
          // `if let _ = x`: true when x is not nil, binding nothing.
          return .bind(.discard, try expr(initializer.value).node)
        }
        let isTuple =
          b.pattern.is(TuplePatternSyntax.self)
          || b.pattern.as(ExpressionPatternSyntax.self)?.expression.is(TupleExprSyntax.self) == true
        if isTuple, let initializer = b.initializer {
          // `while let (node, distance) = queue.dequeue()`: unwrap, then destructure.
          let value = try expr(initializer.value).node
          let inner = try matcher(b.pattern, binding: true)
          return .expr(PatternTestExpr(OptionalMatcher(inner), value, loc(b)))
        }
        let name = b.pattern.as(IdentifierPatternSyntax.self)?.identifier.text
        guard let name else {
          throw unsupported(
            "only a name or a tuple of names can be bound by 'let' here, not '\(b.pattern.trimmedDescription)'",
            at: b.pattern)
        }
        let isLet = b.bindingSpecifier.tokenKind == .keyword(.let)
        // `if let x` (Swift 5.7 shorthand) binds the variable of the same name.
        let source: ExprSyntax =
          b.initializer?.value ?? ExprSyntax(DeclReferenceExprSyntax(baseName: .identifier(name)))
        let value: Expr
        if b.initializer == nil {
          guard let r = try variableReference(name, at: b.pattern) else { throw undefined(name, at: b.pattern) }
          value = r
        } else {
          value = try expr(source).node
        }
        let type = try b.typeAnnotation.map { try typeHint($0.type) } ?? .unknown
        let target = try declareVariable(name, isLet: isLet, type: type, at: b.pattern)
        return .bind(target, value)
      case .matchingPattern(let m):
        // `if case .circle(let r) = shape`
        let value = try expr(m.initializer.value).node
        let matcher = try self.matcher(m.pattern, binding: false)
        return .expr(PatternTestExpr(matcher, value, loc(m)))
      case .availability:
        throw unsupported("'#available' conditions are not supported in cells", at: element)
      }
    }
  }

  func condition(_ e: ExprSyntax) throws -> Expr {
    try expr(e, expected: .bool).node
  }

  // MARK: if

  func ifStatement(_ i: IfExprSyntax) throws -> Stmt {
    try withScope {
      let conditions = try conditionList(i.conditions)
      let then = try block(i.body.statements)
      var otherwise: [Stmt]?
      switch i.elseBody {
      case .ifExpr(let next)?:
        otherwise = [try ifStatementOutsideScope(next)]
      case .codeBlock(let b)?:
        // `if let left = left { ... } else { left = ... }`: the `else` sees the outer name.
        let saved = scope
        scope = scope.parent ?? scope
        defer { scope = saved }
        otherwise = try block(b.statements)
      case nil:
        otherwise = nil
      }
      return IfStmt(conditions, then: then, otherwise: otherwise, loc(i))
    }
  }

  /// `else if` must not see the names bound by the first `if`'s conditions.
  private func ifStatementOutsideScope(_ i: IfExprSyntax) throws -> Stmt {
    let saved = scope
    scope = scope.parent ?? scope
    defer { scope = saved }
    return try ifStatement(i)
  }

  // MARK: for-in

  func forStatement(_ f: ForStmtSyntax) throws -> Stmt {
    if f.awaitKeyword != nil { throw unsupported("'for await' is not supported in cells", at: f) }
    if f.tryKeyword != nil { throw unsupported("'for try' is not supported in cells", at: f) }
    let typedSequence = try expr(f.sequence)
    var sequence = typedSequence.node
    switch typedSequence.type {
    case .named, .unknown, .optional:
      // A cell type that conforms to `Sequence` (`makeIterator()`) or `IteratorProtocol`.
      if hasUserSequences { sequence = UserSequenceExpr(sequence) }
    default: break
    }
    var elementType = TypeHint.unknown
    if case .array(let e) = typedSequence.type { elementType = e }
    if isRangeExpression(f.sequence) { elementType = .int }
    return try withScope {
      // The element type informs lowering only; values are bound as they come.
      if f.caseKeyword != nil {
        // `for case .circle(let r) in shapes`: the elements that match, bound.
        let slot = function.newSlot()
        let element = LocalVar(slot: slot, name: "element", loc(f.pattern))
        let test = PatternTestExpr(try matcher(f.pattern, binding: false), element, loc(f.pattern))
        var filter: Expr = test
        if let w = f.whereClause { filter = AndExpr(test, try condition(w.condition), loc(w)) }
        let label = pendingLabel
        pendingLabel = nil
        let body = try block(f.body.statements, releasingInstances: true)
        pendingLabel = label
        return ForInStmt(.local(slot, .unknown), in: sequence, filter: filter, body: labeledBody(body), loc(f))
      }
      let target = try pattern(f.pattern, isLet: true, type: elementType, forceLocal: true).withoutCoercion
      let filter = try f.whereClause.map { try condition($0.condition) }
      let label = pendingLabel
      pendingLabel = nil
      var body = try block(f.body.statements, releasingInstances: true)
      pendingLabel = label
      body = labeledBody(body)
      return ForInStmt(target, in: sequence, filter: filter, body: body, loc(f))
    }
  }

  private func isRangeExpression(_ e: ExprSyntax) -> Bool {
    guard let infix = e.as(InfixOperatorExprSyntax.self),
      let op = infix.operator.as(BinaryOperatorExprSyntax.self)
    else { return false }
    return op.operator.text == "..<" || op.operator.text == "..."
  }

  /// Binds a pattern (`x`, `(a, b)`, `_`) to new variables.
  func pattern(_ p: PatternSyntax, isLet: Bool, type: TypeHint, forceLocal: Bool = false) throws
    -> Binding
  {
    if let id = p.as(IdentifierPatternSyntax.self) {
      return try declareVariable(id.identifier.text, isLet: isLet, type: type, at: id)
    }
    if p.is(WildcardPatternSyntax.self) { return .discard }
    if let t = p.as(TuplePatternSyntax.self) {
      var types: [TypeHint] = []
      if case .tuple(let ts) = type { types = ts }
      return .tuple(
        try t.elements.enumerated().map { i, e in
          try pattern(e.pattern, isLet: isLet, type: i < types.count ? types[i] : .unknown)
        })
    }
    if let v = p.as(ValueBindingPatternSyntax.self) {
      return try pattern(v.pattern, isLet: v.bindingSpecifier.tokenKind == .keyword(.let), type: type)
    }
    throw unsupported("the pattern '\(p.trimmedDescription.prefix(40))' is not supported in cells", at: p)
  }

  // MARK: switch

  func switchStatement(_ s: SwitchExprSyntax) throws -> Stmt {
    if needsPatternSwitch(s) { return try patternSwitch(s) }
    let subject = try expr(s.subject).node
    var cases: [SwitchStmt.Case] = []
    var defaultBody: [Stmt]?
    for c in s.cases {
      guard case .switchCase(let sc) = c else {
        throw unsupported("'#if' inside 'switch' is not supported in cells", at: c)
      }
      switch sc.label {
      case .default:
        defaultBody = try caseBody(sc, in: s)
      case .case(let label):
        var patterns: [Expr] = []
        for item in label.caseItems {
          if item.whereClause != nil {
            throw unsupported("'where' in a switch case is not supported in cells", at: item)
          }
          guard let pe = item.pattern.as(ExpressionPatternSyntax.self) else {
            throw unsupported("only value and range patterns are supported in switch cases", at: item.pattern)
          }
          patterns.append(try expr(pe.expression).node)
        }
        cases.append(SwitchStmt.Case(patterns: patterns, body: try caseBody(sc, in: s)))
      }
    }
    return SwitchStmt(subject, cases: cases, defaultBody: defaultBody, loc(s))
  }

  // MARK: Declarations

  /// Modules a cell may import. `Foundation` re-exports the others (`Swift` is
  /// implicit, `CoreFoundation`, and the C library as `Darwin` or `Glibc`), so
  /// importing them adds nothing a cell with `import Foundation` could not
  /// already name; any other module brings APIs nnbook does not have.
  static let acceptedImports: Set<String> = [
    "NNBook", "Foundation", "Swift", "CoreFoundation", "Darwin", "Glibc",
  ]

  func declaration(_ d: DeclSyntax) throws -> [Stmt] {
    if let v = d.as(VariableDeclSyntax.self) { return try variableDeclaration(v) }
    if let f = d.as(FunctionDeclSyntax.self) { return try functionDeclaration(f) }
    if !scope.isCellTop, d.is(StructDeclSyntax.self) || d.is(ClassDeclSyntax.self) || d.is(EnumDeclSyntax.self) {
      return try localTypeDeclaration(d)
    }
    if let s = d.as(StructDeclSyntax.self) { return try structDeclaration(s) }
    if let i = d.as(ImportDeclSyntax.self) {
      let module = i.path.map(\.name.text).joined(separator: ".")
      if Self.acceptedImports.contains(module) { return [] }
      throw unsupported(
        "'import \(module)' is not supported in cells; nnbook's operations are built in"
          + " (only 'import Foundation', the modules it re-exports and 'import NNBook' are allowed)",
        at: i)
    }
    if let c = d.as(ClassDeclSyntax.self) { return try classDeclaration(c) }
    if let a = d.as(TypeAliasDeclSyntax.self), !scope.isCellTop {
      // `typealias Vertex = Kruskal.Vertex` in a function: known by its name from here on.
      try registerAlias(a)
      return []
    }
    if d.is(ProtocolDeclSyntax.self) || d.is(TypeAliasDeclSyntax.self) {
      if !scope.isCellTop { throw unsupported("types declared inside a function are not supported in cells", at: d) }
      return []
    }
    if let e = d.as(ExtensionDeclSyntax.self) { return try extensionDeclaration(e) }
    if d.is(ActorDeclSyntax.self) {
      throw unsupported("actors are not supported in cells: cells run one at a time", at: d)
    }
    if let e = d.as(EnumDeclSyntax.self) { return try enumDeclaration(e) }
    if let m = d.as(MacroExpansionDeclSyntax.self) {
      if m.macroName.text == "warning", m.arguments.count == 1,
        m.arguments.first?.expression.is(StringLiteralExprSyntax.self) == true
      {
        return []
      }
      throw unsupported("macros ('#\(m.macroName.text)') are not supported in cells", at: d)
    }
    if d.is(OperatorDeclSyntax.self) || d.is(PrecedenceGroupDeclSyntax.self) {
      // Already used to fold the cell's expressions.
      return []
    }
    if let i = d.as(IfConfigDeclSyntax.self) { throw unsupported(ConditionalCompilation.refusal(i), at: d) }
    throw unsupported("'\(d.trimmedDescription.prefix(30))' declarations are not supported in cells", at: d)
  }

  func variableDeclaration(_ v: VariableDeclSyntax) throws -> [Stmt] {
    let isLet = v.bindingSpecifier.tokenKind == .keyword(.let)
    var out: [Stmt] = []
    for b in v.bindings {
      if let accessors = b.accessorBlock, !isObserverBlock(accessors) {
        out += try computedVariable(b, accessors)
        continue
      }
      let type = try b.declaredType.map { try typeHint($0) } ?? .unknown
      var value: Expr?
      var valueType = type
      if let initializer = b.initializer {
        var typed: Typed
        if type == .named("Set"), initializer.value.is(ArrayExprSyntax.self),
          case .type(let element)? = b.declaredType?.as(IdentifierTypeSyntax.self)?.genericArgumentClause?.arguments
            .first?.argument
        {
          // `var seen: Set<Point> = [.zero]`: the elements have the written element type.
          let elements = try expr(initializer.value, expected: .array(try typeHint(element)))
          typed = Typed(CoerceExpr(elements.node, type), type)
        } else {
          typed = implicitlyUnwrapped(try expr(initializer.value, expected: type), initializer.value, to: type)
        }
        if case .array = type, typed.type == .string, Builtins.isReversedView(initializer.value) {
          // `let chars: [Character] = word.reversed()`
          typed = Typed(CharactersArrayExpr(typed.node), type)
        }
        try checkConversion(of: typed.type, to: type, .specified, at: initializer.value)
        value = typed.node
        if let annotated = b.declaredType?.as(IdentifierTypeSyntax.self), let clause = annotated.genericArgumentClause,
          let s = globals.structs[annotated.name.text]
        {
          value = withTypeArguments(typed.node, s, clause, at: initializer.value)
        }
        if type == .unknown {
          valueType = Builtins.isReversedView(initializer.value) ? .reversedCollection : typed.type
        }
      } else if case .optional = type {
        value = Const(.none, loc(b))
      }
      let ownership = ReferenceOwnership(v.modifiers)
      if ownership != .strong, let stored = value { value = WeakStoreExpr(stored, loc(b)) }
      // `let x: T` assigned later (once, on each path, as Swift checks) is assignable here.
      var target = try pattern(b.pattern, isLet: isLet && b.initializer != nil, type: valueType)
      // An inferred type guides lowering; only a written annotation converts the value.
      if b.declaredType == nil || ownership != .strong { target = target.withoutCoercion }
      if ownership != .strong, let name = b.pattern.as(IdentifierPatternSyntax.self)?.identifier.text {
        markOwnership(name, ownership)
      }
      out.append(BindStmt(target, value, loc(b)))
      if let accessors = b.accessorBlock { out += try variableObservers(b, accessors, type: valueType) }
    }
    return out
  }

  // MARK: Types

  func typeHint(_ t: TypeSyntax) throws -> TypeHint {
    if let id = t.as(IdentifierTypeSyntax.self) {
      let name = id.name.text
      if let args = id.genericArgumentClause {
        let inner = try args.arguments.map { a -> TypeHint in
          guard case .type(let ty) = a.argument else { return .unknown }
          return try typeHint(ty)
        }
        if genericNames.contains(name) || Lowerer.standardProtocols.contains(name) { return .unknown }
        if globals.protocols[name] != nil { return .named(name) }
        if globals.structs[name] == nil, let aliased = globals.typeAliases[name] { return try typeHint(aliased) }
        switch name {
        case "Array": return .array(inner.first ?? .unknown)
        case "Optional": return .optional(inner.first ?? .unknown)
        case "Dictionary": return .dictionary(inner.first ?? .unknown, inner.dropFirst().first ?? .unknown)
        default: return .named(name)
        }
      }
      switch name {
      case "Int", "Int64": return .int
      case "Double", "CGFloat": return .double
      case "Float", "Float32": return .float
      case "Bool": return .bool
      case "String", "Character", "Substring": return .string
      case "Void": return .void
      // `Self` is the dynamic type (a subclass's own, for `func loadUp() -> Self`): known when the cell runs.
      case "Any", "AnyObject", "AnyHashable", "Hasher", "Self": return .unknown
      // `func fail(_ message: String) -> Never`: its body stops the cell (fatalError), so returns nothing.
      case "Never": return .unknown
      // A scalar is a one-character string here, with `value` and `properties` of its own.
      case "UnicodeScalar": return .unknown
      default:
        if genericNames.contains(name) || Lowerer.standardProtocols.contains(name) { return .unknown }
        if globals.protocols[name] != nil { return .named(name) }
        // A type's own `typealias Node = ...` holds in its body; one another type declares
        // does not hide a cell type of that name (such as the nested type being lowered).
        if let aliased = memberTypeAlias(name, at: id), aliased.as(IdentifierTypeSyntax.self)?.name.text != name {
          return try typeHint(aliased)
        }
        if let aliased = globals.typeAliases[name],
          globals.structs[name] == nil || aliased.ancestorOrSelf(mapping: { $0.as(MemberBlockSyntax.self) }) == nil
        {
          return try typeHint(aliased)
        }
        if globals.structs[name] == nil && !cellTypeNames.contains(name) && !Builtins.coreTypeNames.contains(name)
          && !Library.shared.typeNames.contains(name) && name != "Self" && name != "Set"
        {
          // Named as a type only (a property `var first: Data` of a struct never made): no
          // value of it can exist, since making one (`Data(...)`, `Date()`) is refused there.
          if Lowerer.foundationRefusal(name) != nil { return .unknown }
          var message = "cannot find type '\(name)' in scope"
          if let g = Suggestions.closest(to: name, in: Builtins.typeNames + Array(globals.structs.keys)) {
            message += "; did you mean '\(g)'?"
          }
          throw fail(message, at: id)
        }
        return .named(name)
      }
    }
    if let m = t.as(MemberTypeSyntax.self) {
      // `String.Element` is `Character`, a one-character string here.
      if ["String", "Substring"].contains(m.baseType.trimmedDescription), m.name.text == "Element" { return .string }
      if m.baseType.trimmedDescription == "Unicode", m.name.text == "Scalar" {
        return try typeHint(TypeSyntax(IdentifierTypeSyntax(name: .identifier("UnicodeScalar"))))
      }
      // `T.ID` for `T: Identifiable`, `S.Element`, `Self.Item`: an associated type of a generic
      // parameter, known when the cell runs.
      if let base = m.baseType.as(IdentifierTypeSyntax.self)?.name,
        base.tokenKind == .keyword(.Self) || genericNames.contains(base.text),
        globals.structs[m.name.text] == nil
      {
        return .unknown
      }
      // `String.Index`: a position in the string, which cells keep as a character offset.
      if ["String", "Substring"].contains(m.baseType.trimmedDescription), m.name.text == "Index" { return .unknown }
      // `Board.Cell`: nested types are known by their own name. The name is looked up in a
      // node of its own, which has no place in the cell: a failure is placed at the name.
      do {
        return try typeHint(
          TypeSyntax(IdentifierTypeSyntax(name: m.name.detached, genericArgumentClause: m.genericArgumentClause)))
      } catch var failure as LocatedFailure {
        failure.loc = loc(m.name)
        throw failure
      }
    }
    if let a = t.as(ArrayTypeSyntax.self) { return .array(try typeHint(a.element)) }
    if let d = t.as(DictionaryTypeSyntax.self) {
      return .dictionary(try typeHint(d.key), try typeHint(d.value))
    }
    if let o = t.as(OptionalTypeSyntax.self) { return .optional(try typeHint(o.wrappedType)) }
    if let o = t.as(ImplicitlyUnwrappedOptionalTypeSyntax.self) {
      return .optional(try typeHint(o.wrappedType))
    }
    if let tu = t.as(TupleTypeSyntax.self) {
      let elements = try tu.elements.map { try typeHint($0.type) }
      if elements.count == 1 { return elements[0] }
      if elements.isEmpty { return .void }
      let labels = tu.elements.map { $0.firstName?.text }
      if labels.contains(where: { $0 != nil }) { return .labeledTuple(labels, elements) }
      return .tuple(elements)
    }
    if let f = t.as(FunctionTypeSyntax.self) {
      return .functionOf(try f.parameters.map { try typeHint($0.type) }, try typeHint(f.returnClause.type))
    }
    if let a = t.as(AttributedTypeSyntax.self) { return try typeHint(a.baseType) }
    if let some = t.as(SomeOrAnyTypeSyntax.self) {
      // `any Shape` and `some Shape`: a protocol's values, as `Shape` alone is; a composition
      // (`some A & B`) is known when the cell runs.
      let constraint = try typeHint(some.constraint)
      if case .named(let name) = constraint, globals.protocols[name] != nil { return constraint }
      return .unknown
    }
    if t.is(CompositionTypeSyntax.self) { return .unknown }
    // `Any.Type`, `Int.Type`: a type as a value (`Int.self`, `type(of: x)`).
    if let m = t.as(MetatypeTypeSyntax.self) {
      _ = try typeHint(m.baseType)
      return .unknown
    }
    throw unsupported("the type '\(t.trimmedDescription.prefix(40))' is not supported in cells", at: t)
  }
}

/// `switch` on integers, strings and ranges (no fallthrough, as in Swift).
final class SwitchStmt: Stmt {
  struct Case {
    var patterns: [Expr]
    var body: [Stmt]
  }
  let subject: Expr
  let cases: [Case]
  let defaultBody: [Stmt]?
  init(_ subject: Expr, cases: [Case], defaultBody: [Stmt]?, _ loc: SourceLoc) {
    self.subject = subject
    self.cases = cases
    self.defaultBody = defaultBody
    super.init(loc)
  }
  override func exec(_ rt: Runtime, _ fp: Frame) throws -> Flow {
    let v = try subject.eval(rt, fp)
    for c in cases {
      for p in c.patterns {
        let pv = try p.eval(rt, fp)
        if matches(pv, v) {
          let f = try execBody(c.body, rt, fp)
          return f == .broke ? .normal : f
        }
      }
    }
    if let defaultBody {
      let f = try execBody(defaultBody, rt, fp)
      return f == .broke ? .normal : f
    }
    throw LocatedFailure(
      kind: .runtime, message: "no case of the switch matched \(v.debugDescription), and it has no 'default'",
      loc: loc)
  }

  private func matches(_ pattern: Value, _ v: Value) -> Bool {
    switch (pattern, v) {
    case (.range(let r), .int(let x)): return r.contains(x)
    case (.range(let r), .double(let x)):
      return x >= Double(r.lower) && (r.closed ? x <= Double(r.upper) : x < Double(r.upper))
    case (.object, _): return RangePatterns.floating(pattern, v) ?? Equality.equal(pattern, v)
    default: return Equality.equal(pattern, v)
    }
  }
}

extension PatternBindingSyntax {
  /// The written type, which in `var width, height: Double` the earlier names share with the last.
  var declaredType: TypeSyntax? {
    if let t = typeAnnotation { return t.type }
    guard initializer == nil, let list = parent?.as(PatternBindingListSyntax.self) else { return nil }
    var after = false
    for b in list {
      if after {
        if let t = b.typeAnnotation { return t.type }
        if b.initializer != nil { return nil }
      } else if b.id == id {
        after = true
      }
    }
    return nil
  }
}
