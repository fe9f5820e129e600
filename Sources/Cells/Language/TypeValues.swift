import SwiftSyntax

/// Types known only when the cell runs, used as values: a generic function's `T` (`T.zero`,
/// `T(xs.count)`, `T.self`), `Self` in a protocol extension or a class, and `type(of: x)`
/// (`type(of: shape).sides`, `type(of: x).init()`). Static properties are looked up on the
/// type the value names; initializers and static methods are lowered for every cell type
/// that has them and the one of the running type is called.
extension Lowerer {
  /// `base` as an expression giving a type value, when it names a type known only at run time.
  func typeValueBase(_ base: ExprSyntax, member: String) throws -> Expr? {
    if let call = base.as(FunctionCallExprSyntax.self),
      let callee = call.calledExpression.as(DeclReferenceExprSyntax.self),
      callee.baseName.text == "type", call.arguments.count == 1, call.arguments.first?.label?.text == "of",
      resolve("type") == nil
    {
      return try expr(base).node
    }
    guard let r = base.as(DeclReferenceExprSyntax.self) else { return nil }
    let name = r.baseName.text
    if r.baseName.tokenKind == .keyword(.Self) {
      guard dynamicSelfType(at: r), let selfVar = try variableReference("self", at: r) else { return nil }
      return TypeOfValueExpr(selfVar, element: false, fallback: nil, loc(r))
    }
    if resolve(name) != nil {
      // `let shape = Square.self; shape.make()`: a variable holding a type, used for a member
      // only types have.
      return isStaticOnly(member) ? try expr(base).node : nil
    }
    guard globals.structs[name] == nil, !Builtins.coreTypeNames.contains(name) else { return nil }
    return try genericWitness(name, at: r)
  }

  /// A static property or method of some cell type that no cell type has as an instance member.
  private func isStaticOnly(_ name: String) -> Bool {
    let types = Array(globals.structs.values) + Array(globals.extensions.values) + Array(globals.protocols.values)
    let isStatic = types.contains { t in
      t.staticNames.contains(name) || t.staticMethods.values.contains { $0.name == name }
    }
    guard isStatic else { return false }
    // A protocol's requirements are left out: a type that meets one as an instance member is
    // among the cell's types.
    let concrete = globals.structs.values.filter { globals.protocols[$0.name] == nil }
    return !concrete.contains { t in
      t.fieldIndex[name] != nil || t.computed[name] != nil || t.computedNames.contains(name)
        || t.methods.values.contains { $0.name == name }
    }
  }

  /// The type `self` names in a static method, or `Self` in a struct, an enum or a static
  /// method (where the running type is the one declaring the method).
  func staticSelfType(_ r: DeclReferenceExprSyntax) throws -> StructType? {
    switch r.baseName.tokenKind {
    case .keyword(.self):
      guard currentStruct == nil, resolve("self") == nil else { return nil }
      return staticContext
    case .keyword(.Self):
      if currentStruct == nil, resolve("self") == nil { return staticContext }
      if let s = currentStruct, !dynamicSelfType(at: r) { return s }
      return nil
    default:
      return nil
    }
  }

  /// `Self` names the running type in a protocol extension and in a class (a subclass's
  /// instance runs its superclass's methods); in a struct or an enum it is the type itself,
  /// which the static lowering handles.
  private func dynamicSelfType(at node: some SyntaxProtocol) -> Bool {
    var parent = node.parent
    while let p = parent {
      if p.is(ProtocolDeclSyntax.self) || p.is(ClassDeclSyntax.self) { return true }
      if let e = p.as(ExtensionDeclSyntax.self) {
        let name = e.extendedType.trimmedDescription
        return globals.protocols[name] != nil || globals.structs[name]?.isClass == true
      }
      if p.is(StructDeclSyntax.self) || p.is(EnumDeclSyntax.self) { return false }
      parent = p.parent
    }
    return false
  }

  /// The type a generic parameter `name` stands for in the innermost generic function that
  /// declares it, read from the first parameter whose type shows it (`T`, `T.Type`, `[T]`, `T?`).
  /// `exact`: only a parameter that always tells (`T.Type`, `T`), not one that may be empty
  /// or nil (`[T]`, `T?`).
  func genericWitness(_ name: String, at node: some SyntaxProtocol, exact: Bool = false) throws -> Expr? {
    var parent = node.parent
    while let p = parent {
      let generics: GenericParameterClauseSyntax?
      let parameters: FunctionParameterListSyntax?
      let whereClause: GenericWhereClauseSyntax?
      if let f = p.as(FunctionDeclSyntax.self) {
        generics = f.genericParameterClause
        parameters = f.signature.parameterClause.parameters
        whereClause = f.genericWhereClause
      } else if let i = p.as(InitializerDeclSyntax.self) {
        generics = i.genericParameterClause
        parameters = i.signature.parameterClause.parameters
        whereClause = i.genericWhereClause
      } else {
        generics = nil
        parameters = nil
        whereClause = nil
      }
      if let generics, let parameters, let declared = generics.parameters.first(where: { $0.name.text == name }) {
        return try witness(
          name, declared: declared, whereClause: whereClause, parameters: parameters, at: node, exact: exact)
      }
      parent = p.parent
    }
    return nil
  }

  private func witness(
    _ name: String, declared: GenericParameterSyntax, whereClause: GenericWhereClauseSyntax?,
    parameters: FunctionParameterListSyntax, at node: some SyntaxProtocol, exact: Bool
  ) throws -> Expr? {
    var constraints = declared.inheritedType.map { [$0.trimmedDescription] } ?? []
    for requirement in whereClause?.requirements ?? [] {
      if let c = requirement.requirement.as(ConformanceRequirementSyntax.self),
        c.leftType.trimmedDescription == name
      {
        constraints.append(c.rightType.trimmedDescription)
      }
    }
    let fallback = Lowerer.defaultType(for: constraints)
    for p in parameters {
      let parameterName = p.secondName?.text ?? p.firstName.text
      var type = p.type
      if let attributed = type.as(AttributedTypeSyntax.self) { type = attributed.baseType }
      let shown: Bool
      var direct = false
      var element = false
      if p.ellipsis != nil {
        shown = type.trimmedDescription == name
        element = true
      } else if let m = type.as(MetatypeTypeSyntax.self) {
        shown = m.baseType.trimmedDescription == name && m.metatypeSpecifier.text == "Type"
        direct = true
      } else if let a = type.as(ArrayTypeSyntax.self) {
        shown = a.element.trimmedDescription == name
        element = true
      } else if let o = type.as(OptionalTypeSyntax.self) {
        shown = o.wrappedType.trimmedDescription == name
      } else {
        shown = type.trimmedDescription == name
      }
      guard shown, !(exact && (element || type.is(OptionalTypeSyntax.self))), parameterName != "_",
        let value = try variableReference(parameterName, at: node)
      else { continue }
      return direct ? value : TypeOfValueExpr(value, element: element, fallback: fallback, loc(node))
    }
    return nil
  }

  /// What an empty array or nil of a generic type most likely held, from its constraints.
  static func defaultType(for constraints: [String]) -> TypeRef? {
    for c in constraints {
      if c.contains("FloatingPoint") { return .builtin("Double") }
      if ["Numeric", "AdditiveArithmetic", "SignedNumeric", "BinaryInteger", "SignedInteger", "FixedWidthInteger"]
        .contains(c)
      {
        return .builtin("Int")
      }
      if c == "StringProtocol" { return .builtin("String") }
    }
    return nil
  }

  /// `T.zero`, `type(of: s).sides`, `Self.self`: a member of a type known when the cell runs.
  func typeValueMember(_ m: MemberAccessExprSyntax, base baseSyntax: ExprSyntax) throws -> Typed? {
    if typeName(of: baseSyntax) != nil { return nil }
    let name = m.declName.baseName.text
    guard let base = try typeValueBase(baseSyntax, member: name) else { return nil }
    if name == "self" { return Typed(base, .unknown) }
    // `T.zero` where the cell's `extension Int` declares `static var zero`.
    let builtins = globals.extensions.filter { $0.value.staticNames.contains(name) }
    return Typed(TypeValueMemberExpr(base, name: name, builtinExtensions: builtins, loc(m)), .unknown)
  }

  /// `T(x)`, `T.init(x)`, `Self()`, `type(of: x).init()`, `T.make()`: an initializer or a
  /// static method of a type known when the cell runs.
  func typeValueCall(_ c: FunctionCallExprSyntax, _ args: [Argument]) throws -> Typed? {
    let callee = c.calledExpression
    var baseSyntax: ExprSyntax
    var name = "init"
    if let m = callee.as(MemberAccessExprSyntax.self), let b = m.base {
      baseSyntax = b
      name = m.declName.baseName.text
    } else if callee.is(DeclReferenceExprSyntax.self) {
      baseSyntax = callee
    } else {
      return nil
    }
    if name == "init", let r = baseSyntax.as(DeclReferenceExprSyntax.self),
      let s = try staticSelfType(r)
    {
      // `self.init(x: 1)` in a static method, `Self(x: 2)` in a struct: the type's initializer.
      return try structInit(s, args, at: c)
    }
    if typeName(of: baseSyntax) != nil { return nil }
    guard let base = try typeValueBase(baseSyntax, member: name) else { return nil }
    var cases: [(StructType, Expr)] = []
    for s in globals.structs.values.sorted(by: { $0.name < $1.name }) where globals.protocols[s.name] == nil {
      if name == "init" {
        if let made = try? structInit(s, args, at: c) { cases.append((s, made.node)) }
        continue
      }
      let candidates = s.staticMethods.values.filter { $0.name == name }.sorted { $0.fullName < $1.fullName }
      guard
        let code = candidates.first(where: { labelsMatch($0, args.map(\.label), trailing: args.trailingClosureIndex) })
      else { continue }
      let callee = Const(.function(UserFunction(code: code, captures: [])), loc(c))
      if let called = try? callUser(code, callee: callee, args, at: c) { cases.append((s, called.node)) }
    }
    var builtinArguments: [Expr]?
    if name == "init", args.count <= 1, args.allSatisfy({ $0.label == nil }) {
      builtinArguments = try args.map { try expr($0.expression).node }
    }
    return Typed(
      TypeValueCallExpr(base, name: name, cases: cases, builtinArguments: builtinArguments, loc(c)), .unknown)
  }
}

/// The type of a value, as a value: an instance's own type (so its static members are
/// found), a built-in type by name; the first element's for an array, the wrapped value's
/// for an optional, and `fallback` for an empty array or nil.
final class TypeOfValueExpr: Expr {
  let value: Expr
  /// The value is an array of the type's values (`[T]`, `T...`).
  let element: Bool
  let fallback: TypeRef?
  init(_ value: Expr, element: Bool, fallback: TypeRef?, _ loc: SourceLoc) {
    self.value = value
    self.element = element
    self.fallback = fallback
    super.init(loc)
  }
  override func eval(_ rt: Runtime, _ fp: Frame) throws -> Value {
    var v = try value.eval(rt, fp)
    if case .some(let inner) = v { v = inner }
    if element, case .array(let xs) = v { v = xs.first ?? .none }
    switch v {
    case .array:
      // Printed as Swift names it: `Array<Double>`.
      return .type(.builtin("Array<\(v.typeName.dropFirst().dropLast())>"))
    case .structInstance(let s): return .type(.structType(s.type))
    case .none:
      guard let fallback else {
        throw LocatedFailure(kind: .runtime, message: "the generic type is not known from an empty value", loc: loc)
      }
      return .type(fallback)
    default: return .type(.builtin(v.typeName))
    }
  }
}

/// `T.zero`, `type(of: s).sides`: a static property of the type a value names.
final class TypeValueMemberExpr: Expr {
  let base: Expr
  let name: String
  /// The cell's extensions of built-in types that declare the member, by extension key.
  let builtinExtensions: [String: StructType]
  init(_ base: Expr, name: String, builtinExtensions: [String: StructType] = [:], _ loc: SourceLoc) {
    self.base = base
    self.name = name
    self.builtinExtensions = builtinExtensions
    super.init(loc)
  }
  override func eval(_ rt: Runtime, _ fp: Frame) throws -> Value {
    let t = try base.eval(rt, fp)
    switch t {
    case .type(.builtin(let n)):
      if let key = Lowerer.builtinExtensionKey(n), let container = builtinExtensions[key] {
        return try StaticMemberExpr(type: container, name: name, loc).eval(rt, fp)
      }
      if let v = Builtins.staticMember(n, name) { return v }
    case .type(.structType(let s)):
      if let o = s.firstInChain(where: {
        $0.staticValues[name] != nil || $0.staticMethods[StaticMemberExpr.getterKey(name)] != nil
      }) {
        return try StaticMemberExpr(type: o, name: name, loc).eval(rt, fp)
      }
    default:
      throw LocatedFailure(kind: .runtime, message: "value of type '\(t.typeName)' has no member '\(name)'", loc: loc)
    }
    throw LocatedFailure(kind: .runtime, message: "type '\(t.description)' has no member '\(name)'", loc: loc)
  }
}

/// `T(x)`, `type(of: x).init()`, `T.make()`: the initializer or static method of the running
/// type, lowered beforehand for each cell type that has one; a built-in type converts.
final class TypeValueCallExpr: Expr {
  let base: Expr
  let name: String
  let cases: [(StructType, Expr)]
  let builtinArguments: [Expr]?
  init(_ base: Expr, name: String, cases: [(StructType, Expr)], builtinArguments: [Expr]?, _ loc: SourceLoc) {
    self.base = base
    self.name = name
    self.cases = cases
    self.builtinArguments = builtinArguments
    super.init(loc)
  }
  override func eval(_ rt: Runtime, _ fp: Frame) throws -> Value {
    let t = try base.eval(rt, fp)
    switch t {
    case .type(.structType(let s)):
      // An initializer is not inherited through this table: only the type's own.
      let owner = name == "init" ? s : s.firstInChain { o in cases.contains { $0.0 === o } }
      if let owner, let found = cases.first(where: { $0.0 === owner }) { return try found.1.eval(rt, fp) }
    case .type(.builtin(let n)):
      if let arguments = builtinArguments {
        let values = try arguments.map { try $0.eval(rt, fp) }
        if values.isEmpty, let zero = TypeValueCallExpr.emptyValue(n) { return zero }
        if values.count == 1, let convert = Builtins.conversionFunction(n) {
          return try convert.call(rt, values, at: loc)
        }
      }
    default:
      throw LocatedFailure(kind: .runtime, message: "value of type '\(t.typeName)' cannot be called", loc: loc)
    }
    let what = name == "init" ? "initializer with these labels" : "static method '\(name)'"
    throw LocatedFailure(kind: .runtime, message: "type '\(t.description)' has no \(what)", loc: loc)
  }

  /// `T()` for a built-in type: its empty or zero value.
  static func emptyValue(_ type: String) -> Value? {
    if ["Int", "Double", "Float", "Bool", "String"].contains(type) { return Builtins.emptyValue(of: type).value }
    return type.hasPrefix("[") && !type.contains(":") ? .array([]) : nil
  }
}
