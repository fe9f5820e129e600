import SwiftSyntax

/// `enum`: cases with raw or associated values, `CaseIterable`, methods; and the patterns
/// that take enum values (and tuples) apart in `switch`, `if case` and `for case`.
extension Lowerer {
  func predeclareEnum(_ e: EnumDeclSyntax) throws {
    if let g = e.genericParameterClause { declareGenericParameters(g) }
    let type = try newType(e.name)
    type.isEnum = true
    type.conformances = inheritedNames(e.inheritanceClause)
    // The instance's three fields: the case's name, its associated values, its raw value.
    type.fieldNames = ["\u{0}case", "\u{0}payload", "rawValue"]
    type.fieldIndex = ["rawValue": 2]
    type.fieldTypes = [.string, .unknown, .unknown]
    type.fieldIsLet = [true, true, true]
    type.fieldDefaults = [nil, nil, nil]
    type.fieldHasDefault = [true, true, true]
    let rawType = e.inheritanceClause?.inheritedTypes.first?.type.trimmedDescription
    var next = 0
    for member in e.memberBlock.members {
      guard let c = member.decl.as(EnumCaseDeclSyntax.self) else { continue }
      if c.modifiers.contains(where: { $0.name.tokenKind == .keyword(.indirect) }) {}
      for element in c.elements {
        // `case `internal`(...)`: the name without the backticks that let a keyword be one.
        var name = element.name.text
        if name.hasPrefix("`") { name = String(name.dropFirst().dropLast()) }
        type.caseNames.append(name)
        // `case node(_: Element, next: List)`: a written `_` is no label.
        type.caseLabels[name] =
          element.parameterClause.map { $0.parameters.map { $0.firstName?.text == "_" ? nil : $0.firstName?.text } }
          ?? []
        type.caseTypes[name] = try element.parameterClause.map { try $0.parameters.map { try typeHint($0.type) } } ?? []
        if let raw = element.rawValue?.value {
          type.rawValues[name] = try literalValue(raw)
          if case .int(let v)? = type.rawValues[name] { next = v + 1 }
        } else if rawType == "Int" {
          type.rawValues[name] = .int(next)
          next += 1
        } else if rawType == "String" {
          type.rawValues[name] = .string(name)
        }
      }
    }
    if type.conformances.contains("CaseIterable") {
      type.staticNames.insert("allCases")
      type.staticNamesDeclared.insert("allCases")
      type.staticValues["allCases"] = .array(type.caseNames.map { enumValue(type, $0, payload: nil) })
    }
    try predeclareMembers(e.memberBlock, of: type)
  }

  /// The associated values of a case that has none (`()`, equal to itself).
  static var noValues: TupleValue { TupleValue(elements: [], labels: []) }

  func enumDeclaration(_ e: EnumDeclSyntax) throws -> [Stmt] {
    guard let type = globals.structs[e.name.text] else { return [] }
    return try lowerMembers(e.memberBlock, of: type)
  }

  /// A raw value written as a literal (`= 1`, `= "a"`, `= 2.5`, `= -1`).
  func literalValue(_ e: ExprSyntax) throws -> Value {
    if let i = e.as(IntegerLiteralExprSyntax.self), let v = Int(i.literal.text.replacingOccurrences(of: "_", with: ""))
    {
      return .int(v)
    }
    if let p = e.as(PrefixOperatorExprSyntax.self), p.operator.text == "-",
      case .int(let v) = try literalValue(p.expression)
    {
      return .int(-v)
    }
    if let f = e.as(FloatLiteralExprSyntax.self), let v = Double(f.literal.text) { return .double(v) }
    if let s = e.as(StringLiteralExprSyntax.self), let c = try stringLiteral(s).node as? Const {
      // `"a"`, `"\t"`, `"\u{E9}"`: escapes read as in any string literal.
      return c.value
    }
    throw unsupported("raw values must be literals", at: e)
  }

  func enumValue(_ type: StructType, _ name: String, payload: TupleValue?) -> Value {
    .structInstance(
      StructInstance(
        type: type,
        fields: [.string(name), .tuple(payload ?? Lowerer.noValues), type.rawValues[name] ?? .tuple(Lowerer.noValues)]))
  }

  /// The enum that has a case `name`: the expected type's, else the only one that has it.
  func enumWithCase(_ name: String, expected: TypeHint) -> StructType? {
    var hint = expected
    if case .optional(let t) = hint { hint = t }
    if case .named(let n) = hint, let s = globals.structs[n], s.isEnum, s.caseLabels[name] != nil { return s }
    let all = globals.structs.values.filter { $0.isEnum && $0.caseLabels[name] != nil }.sorted { $0.name < $1.name }
    return all.first
  }

  /// `Direction.north` or `.north`.
  func enumCase(_ type: StructType, _ name: String, at node: some SyntaxProtocol) throws -> Typed {
    if let labels = type.caseLabels[name], !labels.isEmpty {
      // `xs.map(Token.number)`: the case as a function that makes it from its payload.
      let types = type.caseTypes[name] ?? []
      let at = loc(node)
      let make = NativeFunction("\(type.name).\(name)", arity: labels.count) { _, a in
        guard a.count == labels.count else {
          throw RuntimeFailure("enum case '\(name)' takes \(labels.count) values, not \(a.count)")
        }
        let values = try a.enumerated().map { i, v in i < types.count ? try types[i].coerce(v, at) : v }
        return .structInstance(
          StructInstance(
            type: type,
            fields: [.string(name), .tuple(TupleValue(elements: values, labels: labels)), .tuple(Lowerer.noValues)]))
      }
      return Typed(Const(.function(make), at), .function)
    }
    return Typed(Const(enumValue(type, name, payload: nil), loc(node)), .named(type.name))
  }

  /// `Shape.circle(radius: 2)` or `.circle(radius: 2)`.
  func enumCaseCall(_ type: StructType, _ name: String, _ args: [Argument], at c: FunctionCallExprSyntax) throws
    -> Typed
  {
    guard let labels = type.caseLabels[name] else {
      throw fail("type '\(type.name)' has no member '\(name)'", at: c)
    }
    guard args.count == labels.count, zip(args, labels).allSatisfy({ $0.label == $1 }) else {
      let want = labels.map { ($0 ?? "_") + ":" }.joined()
      throw fail("enum case '\(name)' takes (\(want)), not (\(args.map { ($0.label ?? "_") + ":" }.joined()))", at: c)
    }
    let types = type.caseTypes[name] ?? []
    let values = try args.enumerated().map { i, a -> Expr in
      let want = i < types.count ? types[i] : .unknown
      let typed = try expr(a.expression, expected: want)
      return needsCoercion(want) && typed.type != want ? CoerceExpr(typed.node, want) : typed.node
    }
    return Typed(EnumCaseExpr(type: type, name: name, labels: labels, arguments: values, loc(c)), .named(type.name))
  }

  /// `Planet(rawValue: 3)`: the case with that raw value, or nil.
  func enumRawInit(_ type: StructType, _ args: [Argument], at c: FunctionCallExprSyntax) throws -> Typed {
    guard args.count == 1, args[0].label == "rawValue", !type.rawValues.isEmpty else {
      throw fail("'\(type.name)' cannot be constructed because it has no accessible initializers", at: c)
    }
    let raw = try expr(args[0].expression).node
    let cases = type.caseNames.compactMap { n in type.rawValues[n].map { (n, $0) } }
    let values = cases.map { enumValue(type, $0.0, payload: nil) }
    return Typed(
      NativeCallExpr(name: "\(type.name)(rawValue:)", arguments: [raw], loc(c)) { _, v in
        for (k, (_, r)) in cases.enumerated() where Equality.equal(r, v[0]) { return .some(values[k]) }
        return .none
      }, .optional(.named(type.name)))
  }

  // MARK: Patterns

  func needsPatternSwitch(_ s: SwitchExprSyntax) -> Bool {
    // A cell's `~=` (`static func ~= (pattern: String, value: Tag)`) decides expression patterns.
    if globals.operators["~="]?.isEmpty == false { return true }
    for c in s.cases {
      guard case .switchCase(let sc) = c, case .case(let label) = sc.label else { continue }
      for item in label.caseItems {
        if item.whereClause != nil { return true }
        guard let pe = item.pattern.as(ExpressionPatternSyntax.self) else { return true }
        if pe.expression.is(AsExprSyntax.self) { return true }
        if !isPlainValuePattern(pe.expression) { return true }
      }
    }
    return false
  }

  private func isPlainValuePattern(_ e: ExprSyntax) -> Bool {
    if e.is(TupleExprSyntax.self) || e.is(PatternExprSyntax.self) || e.is(DiscardAssignmentExprSyntax.self)
      || e.is(OptionalChainingExprSyntax.self)  // `case .I?:`, `case 3?:` on an optional
    {
      return false
    }
    if let c = e.as(FunctionCallExprSyntax.self), c.calledExpression.is(MemberAccessExprSyntax.self) { return false }
    if let m = e.as(MemberAccessExprSyntax.self), m.base == nil { return false }
    if let infix = e.as(InfixOperatorExprSyntax.self), infix.leftOperand.is(StringLiteralExprSyntax.self) {
      return false
    }
    return true
  }

  func patternSwitch(_ s: SwitchExprSyntax) throws -> Stmt {
    let subject = try expr(s.subject)
    var cases: [PatternSwitchStmt.Case] = []
    for c in s.cases {
      guard case .switchCase(let sc) = c else {
        throw unsupported("'#if' inside 'switch' is not supported in cells", at: c)
      }
      try withScope {
        switch sc.label {
        case .default:
          cases.append(
            PatternSwitchStmt.Case(matchers: [WildcardMatcher()], guards: [nil], body: try caseBody(sc, in: s)))
        case .case(let label):
          var matchers: [Matcher] = []
          var guards: [Expr?] = []
          for (k, item) in label.caseItems.enumerated() {
            if k > 0 { sharedCaseBindings = scope.names }
            defer { sharedCaseBindings = nil }
            matchers.append(try matcher(item.pattern, binding: false, expected: subject.type))
            guards.append(try item.whereClause.map { try condition($0.condition) })
          }
          cases.append(PatternSwitchStmt.Case(matchers: matchers, guards: guards, body: try caseBody(sc, in: s)))
        }
      }
    }
    return PatternSwitchStmt(subject.node, cases: cases, loc(s))
  }

  func matcher(_ p: PatternSyntax, binding: Bool, expected: TypeHint = .unknown) throws -> Matcher {
    if let e = p.as(ExpressionPatternSyntax.self) {
      return try matcher(e.expression, binding: binding, expected: expected)
    }
    if let v = p.as(ValueBindingPatternSyntax.self) { return try matcher(v.pattern, binding: true, expected: expected) }
    if p.is(WildcardPatternSyntax.self) { return WildcardMatcher() }
    if let i = p.as(IsTypePatternSyntax.self) {
      // `case is Int`, `catch is ValidationError`
      if let generic = try genericCastTarget(i.type) {
        return GenericCastMatcher(target: generic, inner: WildcardMatcher())
      }
      return CastMatcher(test: try typeTest(i.type), inner: WildcardMatcher())
    }
    if let id = p.as(IdentifierPatternSyntax.self) {
      return BindMatcher(try declareVariable(id.identifier.text, isLet: true, type: .unknown, at: id))
    }
    if let t = p.as(TuplePatternSyntax.self) {
      return TupleMatcher(try t.elements.map { try matcher($0.pattern, binding: binding) })
    }
    throw unsupported("the pattern '\(p.trimmedDescription)' is not supported in cells", at: p)
  }

  func matcher(_ e: ExprSyntax, binding: Bool, expected: TypeHint) throws -> Matcher {
    if e.is(DiscardAssignmentExprSyntax.self) { return WildcardMatcher() }
    if let a = e.as(AsExprSyntax.self), a.questionOrExclamationMark == nil {
      // `case let x as Int`, `catch let e as ValidationError`
      if let generic = try genericCastTarget(a.type) {
        return GenericCastMatcher(
          target: generic, inner: try matcher(a.expression, binding: binding, expected: .unknown))
      }
      return CastMatcher(
        test: try typeTest(a.type), inner: try matcher(a.expression, binding: binding, expected: .unknown))
    }
    if let p = e.as(PatternExprSyntax.self) { return try matcher(p.pattern, binding: binding, expected: expected) }
    if binding, let r = e.as(DeclReferenceExprSyntax.self) {
      return BindMatcher(try declareVariable(r.baseName.text, isLet: true, type: .unknown, at: r))
    }
    // `catch let (error as ParseError)`: parentheses around one pattern.
    if let t = e.as(TupleExprSyntax.self), t.elements.count == 1, let only = t.elements.first, only.label == nil {
      return try matcher(only.expression, binding: binding, expected: expected)
    }
    if let t = e.as(TupleExprSyntax.self), t.elements.count > 1 {
      var types: [TypeHint] = []
      if case .tuple(let ts) = expected { types = ts }
      return TupleMatcher(
        try t.elements.enumerated().map { i, el in
          try matcher(el.expression, binding: binding, expected: i < types.count ? types[i] : .unknown)
        })
    }
    if let c = e.as(FunctionCallExprSyntax.self), let m = c.calledExpression.as(MemberAccessExprSyntax.self),
      let type = try enumForPattern(m, expected: expected)
    {
      let name = m.declName.baseName.text
      guard let labels = type.caseLabels[name] else { throw fail("type '\(type.name)' has no case '\(name)'", at: m) }
      let parts = try c.arguments.map { try matcher($0.expression, binding: binding, expected: .unknown) }
      if parts.count != labels.count {
        throw fail("the case '\(name)' has \(labels.count) associated values, not \(parts.count)", at: c)
      }
      return EnumCaseMatcher(name: name, payload: parts, type: m.base == nil ? nil : typeSharingName(type))
    }
    if let m = e.as(MemberAccessExprSyntax.self), let type = try enumForPattern(m, expected: expected) {
      return EnumCaseMatcher(
        name: m.declName.baseName.text, payload: nil, type: m.base == nil ? nil : typeSharingName(type))
    }
    if let o = e.as(OptionalChainingExprSyntax.self) {
      var wrapped = TypeHint.unknown
      if case .optional(let t) = expected { wrapped = t }
      return OptionalMatcher(try matcher(o.expression, binding: binding, expected: wrapped))
    }
    // `case "a"..."z"`: a range of characters (or strings), as a lexer's switch writes it.
    if let infix = e.as(InfixOperatorExprSyntax.self),
      let op = infix.operator.as(BinaryOperatorExprSyntax.self)?.operator.text, op == "..." || op == "..<",
      infix.leftOperand.is(StringLiteralExprSyntax.self), infix.rightOperand.is(StringLiteralExprSyntax.self)
    {
      return StringRangeMatcher(
        lower: try expr(infix.leftOperand).node, upper: try expr(infix.rightOperand).node, closed: op == "...")
    }
    // `.some(let x)` and `.none`: Optional's own cases, spelled out.
    if let c = e.as(FunctionCallExprSyntax.self), let m = c.calledExpression.as(MemberAccessExprSyntax.self),
      m.base == nil, m.declName.baseName.text == "some", c.arguments.count == 1
    {
      return OptionalMatcher(try matcher(c.arguments.first!.expression, binding: binding, expected: .unknown))
    }
    // `case .some:` any present value, whatever it holds.
    if let m = e.as(MemberAccessExprSyntax.self), m.base == nil, m.declName.baseName.text == "some" {
      return OptionalMatcher(WildcardMatcher())
    }
    if let m = e.as(MemberAccessExprSyntax.self), m.base == nil, m.declName.baseName.text == "none" {
      return ValueMatcher(Const(Value.none, loc(m)))
    }
    if let overloads = globals.operators["~="], !overloads.isEmpty {
      return OperatorPatternMatcher(ValueMatcher(try expr(e).node), overloads: overloads)
    }
    return ValueMatcher(try expr(e, expected: expected).node)
  }

  private func enumForPattern(_ m: MemberAccessExprSyntax, expected: TypeHint) throws -> StructType? {
    let name = m.declName.baseName.text
    if let base = m.base {
      if let nested = qualifiedNestedType(base.trimmedDescription), nested.isEnum { return nested }
      guard let typeName = typeName(of: base), let s = globals.structs[typeName], s.isEnum else { return nil }
      return s
    }
    if case .named(let n) = expected, let s = globals.structs[n], s.isEnum {
      if s.caseLabels[name] == nil { throw fail("type '\(n)' has no member '\(name)'", at: m) }
      return s
    }
    return enumWithCase(name, expected: expected)
  }
}

/// An enum value made by a case with associated values.
final class EnumCaseExpr: Expr {
  let type: StructType
  let name: String
  let labels: [String?]
  let arguments: [Expr]
  init(type: StructType, name: String, labels: [String?], arguments: [Expr], _ loc: SourceLoc) {
    self.type = type
    self.name = name
    self.labels = labels
    self.arguments = arguments
    super.init(loc)
  }
  override func eval(_ rt: Runtime, _ fp: Frame) throws -> Value {
    var values: [Value] = []
    for a in arguments { values.append(try a.eval(rt, fp)) }
    return .structInstance(
      StructInstance(
        type: type,
        fields: [.string(name), .tuple(TupleValue(elements: values, labels: labels)), .tuple(Lowerer.noValues)]))
  }
}

// MARK: Matching

/// One pattern of a `case`: tests a value and binds the names it declares.
class Matcher {
  func match(_ v: Value, _ rt: Runtime, _ fp: Frame, _ loc: SourceLoc) throws -> Bool { fatalError("abstract") }
}

final class WildcardMatcher: Matcher {
  override func match(_ v: Value, _ rt: Runtime, _ fp: Frame, _ loc: SourceLoc) throws -> Bool { true }
}

final class BindMatcher: Matcher {
  let target: Binding
  init(_ target: Binding) { self.target = target }
  override func match(_ v: Value, _ rt: Runtime, _ fp: Frame, _ loc: SourceLoc) throws -> Bool {
    try target.bind(v, rt, fp, loc)
    return true
  }
}

final class ValueMatcher: Matcher {
  let value: Expr
  init(_ value: Expr) { self.value = value }
  override func match(_ v: Value, _ rt: Runtime, _ fp: Frame, _ loc: SourceLoc) throws -> Bool {
    let p = try value.eval(rt, fp)
    switch (p, v) {
    case (.range(let r), .int(let x)): return r.contains(x)
    case (.range(let r), .double(let x)):
      return x >= Double(r.lower) && (r.closed ? x <= Double(r.upper) : x < Double(r.upper))
    case (.object, _): return RangePatterns.floating(p, v) ?? Equality.equal(p, v)
    default: return Equality.equal(p, v)
    }
  }
}

/// An expression pattern where the cell declares `~=`: the overload whose parameters take the
/// pattern and the value, as Swift chooses it; else the standard match (`==`, ranges).
final class OperatorPatternMatcher: Matcher {
  let standard: ValueMatcher
  let overloads: [FunctionCode]
  init(_ standard: ValueMatcher, overloads: [FunctionCode]) {
    self.standard = standard
    self.overloads = overloads
  }
  override func match(_ v: Value, _ rt: Runtime, _ fp: Frame, _ loc: SourceLoc) throws -> Bool {
    let p = try standard.value.eval(rt, fp)
    for code in overloads where code.parameters.count == 2 {
      if UserOperatorExpr.fits(p, code.parameters[0].type) && UserOperatorExpr.fits(v, code.parameters[1].type),
        !(code.parameters[0].type == .unknown && code.parameters[1].type == .unknown)
      {
        if case .bool(let b) = try UserFunction(code: code, captures: []).call(rt, [p, v], at: loc) { return b }
        return false
      }
    }
    return try standard.match(v, rt, fp, loc)
  }
}

final class StringRangeMatcher: Matcher {
  let lower: Expr
  let upper: Expr
  let closed: Bool
  init(lower: Expr, upper: Expr, closed: Bool) {
    self.lower = lower
    self.upper = upper
    self.closed = closed
  }
  override func match(_ v: Value, _ rt: Runtime, _ fp: Frame, _ loc: SourceLoc) throws -> Bool {
    guard case .string(let x) = v, case .string(let a) = try lower.eval(rt, fp),
      case .string(let b) = try upper.eval(rt, fp)
    else { return false }
    return a <= x && (closed ? x <= b : x < b)
  }
}

final class TupleMatcher: Matcher {
  let parts: [Matcher]
  init(_ parts: [Matcher]) { self.parts = parts }
  override func match(_ v: Value, _ rt: Runtime, _ fp: Frame, _ loc: SourceLoc) throws -> Bool {
    guard case .tuple(let t) = v, t.elements.count == parts.count else { return false }
    for (m, e) in zip(parts, t.elements) where !(try m.match(e, rt, fp, loc)) { return false }
    return true
  }
}

final class CastMatcher: Matcher {
  let test: (Value) -> Bool
  let inner: Matcher
  init(test: @escaping (Value) -> Bool, inner: Matcher) {
    self.test = test
    self.inner = inner
  }
  override func match(_ v: Value, _ rt: Runtime, _ fp: Frame, _ loc: SourceLoc) throws -> Bool {
    var value = v
    if case .some(let x) = value { value = x }
    return test(value) ? try inner.match(value, rt, fp, loc) : false
  }
}

/// `case let x?`, `case .some(let x)` and `if let (a, b) = pair`: a present optional
/// matched by the inner pattern.
final class OptionalMatcher: Matcher {
  let inner: Matcher
  init(_ inner: Matcher) { self.inner = inner }
  override func match(_ v: Value, _ rt: Runtime, _ fp: Frame, _ loc: SourceLoc) throws -> Bool {
    switch v {
    case .none: return false
    case .some(let x): return try inner.match(x, rt, fp, loc)
    // A present optional may be held as its value (a `Node?` property set to a node):
    // `case .some(let n)` and `case let n?` match it, as Swift's do.
    default: return try inner.match(v, rt, fp, loc)
    }
  }
}

final class EnumCaseMatcher: Matcher {
  let name: String
  let payload: [Matcher]?
  /// The enum the pattern names (`catch Parser.Error.eof`) when another type shares its name
  /// (`Lexer.Error`, with a case `eof` too): only its values match.
  let type: StructType?
  init(name: String, payload: [Matcher]?, type: StructType? = nil) {
    self.name = name
    self.payload = payload
    self.type = type
  }
  override func match(_ v: Value, _ rt: Runtime, _ fp: Frame, _ loc: SourceLoc) throws -> Bool {
    var value = v
    if case .some(let x) = value { value = x }
    guard case .structInstance(let s) = value, s.type.isEnum, case .string(let n) = s.fields[0], n == name else {
      return false
    }
    if let type, s.type !== type { return false }
    guard let payload else { return true }
    guard case .tuple(let t) = s.fields[1] else { return payload.isEmpty }
    // `case .pair(let both)` binds all the associated values as one tuple.
    if payload.count == 1 && t.elements.count > 1 { return try payload[0].match(.tuple(t), rt, fp, loc) }
    guard t.elements.count == payload.count else { return false }
    for (m, e) in zip(payload, t.elements) where !(try m.match(e, rt, fp, loc)) { return false }
    return true
  }
}

/// `case <pattern> = value` as a condition, and `pattern ~= value`.
final class PatternTestExpr: Expr {
  let matcher: Matcher
  let value: Expr
  init(_ matcher: Matcher, _ value: Expr, _ loc: SourceLoc) {
    self.matcher = matcher
    self.value = value
    super.init(loc)
  }
  override func eval(_ rt: Runtime, _ fp: Frame) throws -> Value {
    .bool(try matcher.match(try value.eval(rt, fp), rt, fp, loc))
  }
}

/// A `switch` whose cases bind names, take enums or tuples apart, or have `where` clauses.
final class PatternSwitchStmt: Stmt {
  struct Case {
    var matchers: [Matcher]
    var guards: [Expr?]
    var body: [Stmt]
  }
  let subject: Expr
  let cases: [Case]
  init(_ subject: Expr, cases: [Case], _ loc: SourceLoc) {
    self.subject = subject
    self.cases = cases
    super.init(loc)
  }
  override func exec(_ rt: Runtime, _ fp: Frame) throws -> Flow {
    let v = try subject.eval(rt, fp)
    for c in cases {
      for (m, g) in zip(c.matchers, c.guards) {
        guard try m.match(v, rt, fp, loc) else { continue }
        if let g, try !truth(g.eval(rt, fp), rt, g.loc) { continue }
        let f = try execBody(c.body, rt, fp)
        return f == .broke ? .normal : f
      }
    }
    throw LocatedFailure(
      kind: .runtime, message: "no case of the switch matched \(v.debugDescription), and it has no 'default'",
      loc: loc)
  }
}
