import SwiftSyntax

/// Optional chaining (`a?.b?.c()`), casts (`as?`, `as!`, `is`), and `if`/`switch` used as values.
extension Lowerer {
  /// Whether `e` is a chain of member accesses, calls and subscripts with a `?` in it.
  func containsOptionalChain(_ e: ExprSyntax) -> Bool {
    var node = e
    while true {
      if node.is(OptionalChainingExprSyntax.self) { return true }
      if let m = node.as(MemberAccessExprSyntax.self), let b = m.base {
        node = b
      } else if let c = node.as(FunctionCallExprSyntax.self) {
        node = c.calledExpression
      } else if let s = node.as(SubscriptCallExprSyntax.self) {
        node = s.calledExpression
      } else if let f = node.as(ForceUnwrapExprSyntax.self) {
        node = f.expression
      } else {
        return false
      }
    }
  }

  /// The whole chain: `nil` as soon as a `?` finds nil, else the last value as an optional.
  func optionalChain(_ e: ExprSyntax, expected: TypeHint) throws -> Typed {
    inOptionalChain = true
    defer { inOptionalChain = false }
    let inner = try expr(e)
    var type = inner.type
    if case .optional = type {} else if type != .unknown && type != .void { type = .optional(type) }
    return Typed(OptionalChainExpr(inner.node, loc(e)), type)
  }

  func chainLink(_ o: OptionalChainingExprSyntax) throws -> Typed {
    guard inOptionalChain else {
      throw unsupported("'?' here is not part of an optional chain", at: o)
    }
    let inner = try expr(o.expression)
    var type = TypeHint.unknown
    if case .optional(let t) = inner.type { type = t }
    return Typed(ChainLinkExpr(inner.node, loc(o)), type)
  }

  // MARK: Casts

  func cast(_ a: AsExprSyntax) throws -> Typed? {
    guard let mark = a.questionOrExclamationMark else { return nil }
    let inner = try expr(a.expression)
    let forced = mark.tokenKind == .exclamationMark
    if forced, let name = genericParameterName(a.type), try genericWitness(name, at: a.type, exact: true) == nil {
      // `item as! U` with `U` known only to Swift's type checker (generics are not specialised
      // here): the value goes through unchecked.
      return Typed(inner.node, .unknown)
    }
    if let generic = try genericCastTarget(a.type) {
      return Typed(
        GenericCastExpr(inner.node, target: generic, typeName: a.type.trimmedDescription, forced: forced, loc(a)),
        forced ? .unknown : .optional(.unknown))
    }
    let test = try typeTest(a.type)
    let target = try typeHint(a.type)
    return Typed(
      CastExpr(inner.node, test: test, typeName: a.type.trimmedDescription, forced: forced, loc(a)),
      forced ? target : .optional(target))
  }

  func isTest(_ i: IsExprSyntax) throws -> Typed {
    let inner = try expr(i.expression)
    if let generic = try genericCastTarget(i.type) {
      return Typed(
        NativeCallExpr(name: "is", arguments: [inner.node, generic], loc(i)) { _, v in
          .bool(Lowerer.isInstance(v[0], of: v[1]))
        }, .bool)
    }
    let test = try typeTest(i.type)
    guard !i.type.is(OptionalTypeSyntax.self) else {
      return Typed(NativeCallExpr(name: "is", arguments: [inner.node], loc(i)) { _, v in .bool(test(v[0])) }, .bool)
    }
    // `maybe is B` looks through the optional: nil is no B, `.some(b)` is.
    return Typed(
      NativeCallExpr(name: "is", arguments: [inner.node], loc(i)) { _, v in
        .bool(Lowerer.unwrappedFully(v[0]).map(test) ?? false)
      }, .bool)
  }

  /// The value inside any number of optional layers, or nil when one of them is empty.
  static func unwrappedFully(_ v: Value) -> Value? {
    var v = v
    while true {
      switch v {
      case .none: return nil
      case .some(let x): v = x
      default: return v
      }
    }
  }

  /// Whether a value has the type `t` names, when the cell runs.
  func typeTest(_ t: TypeSyntax) throws -> (Value) -> Bool {
    if let o = t.as(OptionalTypeSyntax.self) {
      let inner = try typeTest(o.wrappedType)
      return { v in
        if case .none = v { return true }
        if case .some(let x) = v { return inner(x) }
        return inner(v)
      }
    }
    if let a = t.as(ArrayTypeSyntax.self) {
      let element = try typeTest(a.element)
      return { v in
        guard case .array(let xs) = v else { return false }
        return xs.allSatisfy(element)
      }
    }
    if let tuple = t.as(TupleTypeSyntax.self), tuple.elements.count > 1 {
      // `case let (x, y) as (Double, Double)`: a tuple of as many elements, each of its type.
      let elements = try tuple.elements.map { try typeTest($0.type) }
      return { v in
        guard case .tuple(let t) = v, t.elements.count == elements.count else { return false }
        return zip(elements, t.elements).allSatisfy { $0($1) }
      }
    }
    if let tuple = t.as(TupleTypeSyntax.self), tuple.elements.count == 1, let only = tuple.elements.first {
      return try typeTest(only.type)
    }
    if t.is(FunctionTypeSyntax.self) {
      // `case let f as (String) -> String`: any function (their types are not kept when the cell runs).
      return { v in
        if case .function = v { return true }
        return false
      }
    }
    if t.is(DictionaryTypeSyntax.self) {
      return { v in
        if case .dictionary = v { return true }
        return false
      }
    }
    // `catch let e as Swift.Error`: the standard library's type, named by its module.
    if let m = t.as(MemberTypeSyntax.self), m.baseType.trimmedDescription == "Swift" {
      if m.name.text == "Error" { return { _ in true } }
      return try typeTest(TypeSyntax(IdentifierTypeSyntax(name: m.name.detached)))
    }
    // `catch let e as Parser.Error` beside `Lexer.Error`: that type itself.
    if t.is(MemberTypeSyntax.self), let nested = qualifiedNestedType(t.trimmedDescription) {
      return { v in
        if case .structInstance(let s) = v { return s.type === nested }
        return false
      }
    }
    let name = t.as(IdentifierTypeSyntax.self)?.name.text ?? t.trimmedDescription
    if let aliased = globals.typeAliases[name] { return try typeTest(aliased) }
    switch name {
    case "Any", "AnyObject": return { _ in true }
    case "Int": return { if case .int = $0 { return true } else { return false } }
    case "Double": return { if case .double = $0 { return true } else { return false } }
    case "Float": return { if case .float = $0 { return true } else { return false } }
    case "Bool": return { if case .bool = $0 { return true } else { return false } }
    case "String", "Character": return { if case .string = $0 { return true } else { return false } }
    case "Substring": return { if case .object(let o) = $0 { return o is SubstringObject } else { return false } }
    default:
      guard globals.structs[name] != nil || globals.protocols[name] != nil else {
        throw fail("cannot find type '\(name)' in scope", at: t)
      }
      return { v in
        if case .structInstance(let s) = v { return s.type.isSubtype(of: name) }
        return false
      }
    }
  }

  // MARK: if and switch as values

  /// `let grade = if score > 90 { "A" } else { "B" }`: each branch is one expression.
  func ifValue(_ i: IfExprSyntax, expected: TypeHint) throws -> Typed {
    try withScope {
      let conditions = try conditionList(i.conditions)
      let then = try branchValue(i.body.statements, expected: expected, at: i)
      var resultType = expected == .unknown ? then.type : expected
      let otherwise: Expr
      switch i.elseBody {
      case .ifExpr(let next)?:
        let saved = scope
        scope = scope.parent ?? scope
        defer { scope = saved }
        otherwise = try ifValue(next, expected: resultType).node
      case .codeBlock(let b)?:
        let typed = try branchValue(b.statements, expected: resultType, at: b)
        if resultType == .unknown { resultType = typed.type }
        otherwise = typed.node
      case nil:
        throw fail("'if' must have an unconditional 'else' to be used as an expression", at: i)
      }
      return Typed(IfValueExpr(conditions, then: then.node, otherwise: otherwise, loc(i)), resultType)
    }
  }

  func branchValue(_ items: CodeBlockItemListSyntax, expected: TypeHint, at node: some SyntaxProtocol) throws -> Typed {
    guard items.count == 1, let item = items.first else {
      throw unsupported("a branch of an 'if' or 'switch' used as a value must be a single expression", at: node)
    }
    switch item.item {
    case .expr(let e): return try expr(e, expected: expected)
    case .stmt(let s):
      if let es = s.as(ExpressionStmtSyntax.self) { return try expr(es.expression, expected: expected) }
      if let t = s.as(ThrowStmtSyntax.self) {
        let thrown = try throwStatement(t)[0]
        return Typed(StatementValueExpr(thrown), expected)
      }
    default: break
    }
    throw unsupported("a branch of an 'if' or 'switch' used as a value must be a single expression", at: node)
  }

  func switchValue(_ s: SwitchExprSyntax, expected: TypeHint) throws -> Typed {
    let subject = try expr(s.subject)
    var cases: [SwitchValueExpr.Case] = []
    var resultType = expected
    for c in s.cases {
      guard case .switchCase(let sc) = c else {
        throw unsupported("'#if' inside 'switch' is not supported in cells", at: c)
      }
      try withScope {
        var matchers: [Matcher] = []
        var guards: [Expr?] = []
        switch sc.label {
        case .default:
          matchers = [WildcardMatcher()]
          guards = [nil]
        case .case(let label):
          for item in label.caseItems {
            matchers.append(try matcher(item.pattern, binding: false, expected: subject.type))
            guards.append(try item.whereClause.map { try condition($0.condition) })
          }
        }
        let value = try branchValue(sc.statements, expected: resultType, at: sc)
        if resultType == .unknown { resultType = value.type }
        cases.append(SwitchValueExpr.Case(matchers: matchers, guards: guards, value: value.node))
      }
    }
    return Typed(SwitchValueExpr(subject.node, cases: cases, loc(s)), resultType)
  }
}

/// Raised by a `?` link that found nil; the chain's outer end turns it into `nil`.
struct ChainFoundNil: Error {}

final class ChainLinkExpr: Expr {
  let inner: Expr
  init(_ inner: Expr, _ loc: SourceLoc) {
    self.inner = inner
    super.init(loc)
  }
  override func eval(_ rt: Runtime, _ fp: Frame) throws -> Value {
    try Self.unwrap(inner.eval(rt, fp))
  }

  /// A link's value: nil ends the chain, an optional's value goes on unwrapped.
  static func unwrap(_ value: Value) throws -> Value {
    switch value {
    case .none: throw ChainFoundNil()
    case .some(let v): return v
    case let v: return v
    }
  }
}

final class OptionalChainExpr: Expr {
  let inner: Expr
  init(_ inner: Expr, _ loc: SourceLoc) {
    self.inner = inner
    super.init(loc)
  }
  override func eval(_ rt: Runtime, _ fp: Frame) throws -> Value {
    do {
      switch try inner.eval(rt, fp) {
      case .none: return .none
      case .some(let v): return .some(v)
      case .void: return .void
      case let v: return .some(v)
      }
    } catch is ChainFoundNil {
      return .none
    }
  }
}

final class CastExpr: Expr {
  let inner: Expr
  let test: (Value) -> Bool
  let typeName: String
  let forced: Bool
  init(_ inner: Expr, test: @escaping (Value) -> Bool, typeName: String, forced: Bool, _ loc: SourceLoc) {
    self.inner = inner
    self.test = test
    self.typeName = typeName
    self.forced = forced
    super.init(loc)
  }
  override func eval(_ rt: Runtime, _ fp: Frame) throws -> Value {
    var v = try inner.eval(rt, fp)
    if case .some(let x) = v { v = x }
    if test(v) { return forced ? v : .some(v) }
    if forced {
      throw LocatedFailure(
        kind: .runtime, message: "Could not cast value of type '\(v.typeName)' to '\(typeName)'", loc: loc)
    }
    return .none
  }
}

final class IfValueExpr: Expr {
  let conditions: [Condition]
  let then: Expr
  let otherwise: Expr
  init(_ conditions: [Condition], then: Expr, otherwise: Expr, _ loc: SourceLoc) {
    self.conditions = conditions
    self.then = then
    self.otherwise = otherwise
    super.init(loc)
  }
  override func eval(_ rt: Runtime, _ fp: Frame) throws -> Value {
    try testAll(conditions, rt, fp) ? then.eval(rt, fp) : otherwise.eval(rt, fp)
  }
}

/// A statement (a `throw`) where a branch's value is expected.
final class StatementValueExpr: Expr {
  let statement: Stmt
  init(_ statement: Stmt) {
    self.statement = statement
    super.init(statement.loc)
  }
  override func eval(_ rt: Runtime, _ fp: Frame) throws -> Value {
    _ = try statement.exec(rt, fp)
    return .void
  }
}

final class SwitchValueExpr: Expr {
  struct Case {
    var matchers: [Matcher]
    var guards: [Expr?]
    var value: Expr
  }
  let subject: Expr
  let cases: [Case]
  init(_ subject: Expr, cases: [Case], _ loc: SourceLoc) {
    self.subject = subject
    self.cases = cases
    super.init(loc)
  }
  override func eval(_ rt: Runtime, _ fp: Frame) throws -> Value {
    let v = try subject.eval(rt, fp)
    for c in cases {
      for (m, g) in zip(c.matchers, c.guards) {
        guard try m.match(v, rt, fp, loc) else { continue }
        if let g, try !truth(g.eval(rt, fp), rt, g.loc) { continue }
        return try c.value.eval(rt, fp)
      }
    }
    throw LocatedFailure(
      kind: .runtime, message: "no case of the switch matched \(v.debugDescription), and it has no 'default'",
      loc: loc)
  }
}

extension Lowerer {
  /// `Set<Int>()`, `Set([1, 2, 2])`, `Set(words)`.
  func setInit(_ args: [Argument], at c: FunctionCallExprSyntax) throws -> Typed {
    if args.isEmpty {
      return Typed(NativeCallExpr(name: "Set()", arguments: [], loc(c)) { _, _ in .object(SetObject()) }, .named("Set"))
    }
    guard args.count == 1, args[0].label == nil else {
      throw fail("Set takes no arguments or one sequence: Set() or Set([1, 2, 3])", at: c)
    }
    let sequence = try expr(args[0].expression).node
    return Typed(
      NativeCallExpr(name: "Set(_:)", arguments: [sequence], loc(c)) { _, v throws(RuntimeFailure) in
        .object(try SetObject(elements: try SetObject.elements(of: v[0])))
      }, .named("Set"))
  }

  func setMethodCall(
    on base: Expr, baseType: TypeHint, name: String, _ args: [Argument], at c: FunctionCallExprSyntax,
    mutableBase: Bool, baseSyntax: ExprSyntax?
  ) throws -> Typed {
    if baseType == .named("Set"), SetObject.mutatingNames.contains(name), !mutableBase {
      let what = baseSyntax.map { "'\($0.trimmedDescription)'" } ?? "the value"
      throw fail("cannot use mutating member '\(name)' on immutable value: \(what) is a 'let' constant", at: c)
    }
    var fallback: Expr?
    if baseType == .unknown,
      Builtins.method(name, labels: args.map(\.label), trailing: args.trailingClosureIndex) != nil
        || Library.shared.methodNames.contains(name)
    {
      fallback = try builtinMethodCall(
        on: base, baseType: baseType, name: name, args, at: c, mutableBase: mutableBase, baseSyntax: baseSyntax
      ).node
    }
    let arguments = try args.map { try expr($0.expression).node }
    var type = TypeHint.unknown
    switch name {
    case "contains", "isSubset", "isSuperset", "isDisjoint", "isStrictSubset", "isStrictSuperset": type = .bool
    case "union", "intersection", "subtracting", "symmetricDifference": type = .named("Set")
    default: break
    }
    return Typed(
      SetMethodCallExpr(base: base, name: name, arguments: arguments, fallback: fallback, methodLoc(c)), type)
  }
}

extension Lowerer {
  func isAssignment(_ infix: InfixOperatorExprSyntax) -> Bool {
    if infix.operator.is(AssignmentExprSyntax.self) { return true }
    guard let op = infix.operator.as(BinaryOperatorExprSyntax.self)?.operator.text else { return false }
    return ["+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>=", "&+=", "&-=", "&*="].contains(op)
  }
}

extension Lowerer {
  /// `\.degrees` and `\.name.count` used as a function (`map(\.degrees)`, `sorted(by:)` keys).
  func keyPath(_ k: KeyPathExprSyntax) throws -> Typed {
    // `\Person.name`: the root only names the type the path starts from.
    var names: [String] = []
    for c in k.components {
      guard case .property(let p) = c.component else {
        throw unsupported("key path components other than properties are not supported in cells", at: c)
      }
      names.append(p.declName.baseName.text)
    }
    let at = loc(k)
    let properties = names.map { Builtins.property($0) }
    // `\.isPrime` where the cell's `extension Int` declares `isPrime`.
    let extensions = names.contains(where: anyUserProperty) ? globals.extensions : nil
    let function = NativeFunction("\\." + names.joined(separator: "."), arity: 1) { rt, args in
      let fp = try rt.pushFrame(0, at: at)
      defer { rt.popFrame(fp, 0) }
      var v = args[0]
      for (name, property) in zip(names, properties) {
        if let extensions {
          v = try ExtensionPropertyExpr(base: Const(v, at), name: name, extensions: extensions, property: property, at)
            .eval(rt, fp)
        } else {
          v = try FieldExpr(Const(v, at), name: name, property: property, at).eval(rt, fp)
        }
      }
      return v
    }
    return Typed(Const(.function(function), at), .function)
  }
}

/// What `print(xs.reversed())` shows in Swift: the lazy `ReversedCollection` around the
/// array or string, not a reversed copy.
final class ReversedView: NativeObject {
  let base: Value
  let baseType: String
  init(base: Value, baseType: String) {
    self.base = base
    self.baseType = baseType
  }
  static func view(of value: Value) -> Value? {
    switch value {
    case .array(let a):
      guard let first = a.first else { return nil }
      let element = genericSpelling(first.typeName)
      return .object(ReversedView(base: value, baseType: "Array<\(element)>"))
    case .string: return .object(ReversedView(base: value, baseType: "String"))
    case .object(let s as ArraySliceObject):
      guard let first = s.storage.first else { return nil }
      return .object(ReversedView(base: value, baseType: "ArraySlice<\(genericSpelling(first.typeName))>"))
    case .object(let s as SubstringObject): return .object(ReversedView(base: .object(s), baseType: "Substring"))
    default: return nil
    }
  }
  /// `[Int]` as a generic argument is spelled `Array<Int>`, `Int?` is `Optional<Int>`.
  static func genericSpelling(_ name: String) -> String {
    if name.hasSuffix("?") { return "Optional<\(genericSpelling(String(name.dropLast())))>" }
    guard name.hasPrefix("["), name.hasSuffix("]") else { return name }
    let inner = String(name.dropFirst().dropLast())
    if !inner.contains(":") { return "Array<\(genericSpelling(inner))>" }
    return name
  }

  override var typeName: String { "ReversedCollection<\(baseType)>" }
  override func describe() -> String { "\(typeName)(_base: \(base.debugDescription))" }
}
