import SwiftSyntax

/// Classes, extensions, protocols and `typealias`: registered before any code of the
/// cell is lowered, so a type may be used above its declaration, as in a Swift file.
extension Lowerer {
  func predeclareTypes(_ items: CodeBlockItemListSyntax) throws {
    let decls = items.compactMap { item -> DeclSyntax? in
      if case .decl(let d) = item.item { return d }
      return nil
    }
    for d in decls {
      if let a = d.as(TypeAliasDeclSyntax.self) {
        try registerAlias(a)
      } else if let p = d.as(ProtocolDeclSyntax.self) {
        let container = StructType(name: p.name.text, selfHint: .unknown)
        container.declaredInCell = cellIndex
        // `protocol Shape: CustomStringConvertible`: a conforming type conforms to both.
        container.conformances = inheritedNames(p.inheritanceClause)
        // Requirements: names a protocol extension may use on `self`.
        for member in p.memberBlock.members {
          if let v = member.decl.as(VariableDeclSyntax.self) {
            let isStatic = v.modifiers.contains { $0.name.tokenKind == .keyword(.static) }
            for b in v.bindings {
              if let id = b.pattern.as(IdentifierPatternSyntax.self) {
                // `static var sides: Int { get }` is the conforming type's, not its values'.
                if isStatic {
                  container.staticNames.insert(id.identifier.text)
                } else {
                  container.computedNames.insert(id.identifier.text)
                }
              }
            }
          } else if let f = member.decl.as(FunctionDeclSyntax.self) {
            container.requiredMethods.insert(f.name.text)
          } else if let a = member.decl.as(TypeAliasDeclSyntax.self) {
            // `typealias Edge = GraphEdge<Self>` in a protocol: the conforming types' name too.
            if globals.typeAliases[a.name.text] == nil { try registerAlias(a) }
          } else if let a = member.decl.as(AssociatedTypeDeclSyntax.self) {
            // `associatedtype Item`: a type known when the cell runs, like a generic parameter.
            genericNames.insert(a.name.text)
          }
        }
        globals.protocols[p.name.text] = container
      }
    }
    // Every type of the cell may name every other in its properties and signatures,
    // whatever the order in which they are registered below.
    for d in decls {
      if let s = d.as(StructDeclSyntax.self) { cellTypeNames.insert(s.name.text) }
      if let c = d.as(ClassDeclSyntax.self) { cellTypeNames.insert(c.name.text) }
      if let e = d.as(EnumDeclSyntax.self) { cellTypeNames.insert(e.name.text) }
    }
    for d in decls {
      if let e = d.as(EnumDeclSyntax.self) { try predeclareEnum(e) }
    }
    for d in decls {
      if let s = d.as(StructDeclSyntax.self) { try predeclareStruct(s) }
    }
    // A class after its superclass, whatever their order in the cell.
    var classes = decls.compactMap { $0.as(ClassDeclSyntax.self) }
    while !classes.isEmpty {
      let ready = classes.filter { c in
        guard let parent = c.inheritanceClause?.inheritedTypes.first?.type.trimmedDescription else { return true }
        return !classes.contains { $0.name.text == parent }
      }
      guard !ready.isEmpty else {
        throw fail("'\(classes[0].name.text)' inherits from itself", at: classes[0].name)
      }
      for c in ready { try predeclareClass(c) }
      classes.removeAll { c in ready.contains { $0.name.text == c.name.text } }
    }
    for d in decls {
      if let e = d.as(ExtensionDeclSyntax.self) { try predeclareExtension(e) }
    }
    // Default implementations from protocol extensions, for the members a type lacks.
    for type in globals.structs.values where type.declaredInCell == cellIndex || !type.conformances.isEmpty {
      adoptDefaults(type)
    }
    // `extension Array: Container {}`: the protocol's extensions serve arrays too, subscripts included.
    for container in Set(globals.extensions.values.map(ObjectIdentifier.init)).compactMap({ id in
      globals.extensions.values.first { ObjectIdentifier($0) == id }
    }) where !container.conformances.isEmpty {
      adoptDefaults(container)
      for name in container.conformances {
        for (key, code) in globals.protocols[name]?.setters ?? [:] where container.setters[key] == nil {
          container.setters[key] = code
        }
      }
    }
  }

  func adoptDefaults(_ type: StructType) {
    var pending = Array(type.conformances)
    while let name = pending.popLast() {
      for parent in globals.protocols[name]?.conformances ?? [] where !type.conformances.contains(parent) {
        type.conformances.insert(parent)
        pending.append(parent)
      }
    }
    for name in type.conformances {
      guard let p = globals.protocols[name] else { continue }
      for (full, code) in p.methods where type.methods[full] == nil {
        type.methods[full] = code
        // A default `mutating func` changes the conforming value it is called on.
        if p.mutatingMethods.contains(code.fullName) { type.mutatingMethods.insert(code.fullName) }
      }
      for (name, code) in p.computed where type.computed[name] == nil { type.computed[name] = code }
      type.computedNames.formUnion(p.computedNames)
      // `static func make() -> Self` in a protocol extension: `Conformer.make()`.
      for (full, code) in p.staticMethods where type.staticMethods[full] == nil {
        type.staticMethods[full] = code
        type.staticNames.insert(code.name)
      }
    }
  }

  func declareGenericParameters(_ clause: GenericParameterClauseSyntax) {
    for p in clause.parameters { genericNames.insert(p.name.text) }
  }

  // MARK: Classes

  func predeclareClass(_ c: ClassDeclSyntax) throws {
    if let g = c.genericParameterClause { declareGenericParameters(g) }
    let type = try newType(c.name)
    type.isClass = true
    type.genericParameters = c.genericParameterClause?.parameters.map(\.name.text) ?? []
    var inherited = inheritedNames(c.inheritanceClause)
    // `class LabeledBox<T>: Box<T>`: the superclass by its name, without its generic arguments.
    let firstType = c.inheritanceClause?.inheritedTypes.first?.type
    if let first = firstType?.trimmedDescription,
      let parent = globals.structs[firstType?.as(IdentifierTypeSyntax.self)?.name.text ?? first]
    {
      guard parent.isClass else {
        throw fail("inheritance from non-class type '\(first)'", at: c.inheritanceClause!)
      }
      inherited.remove(first)
      type.superclass = parent
      type.fieldNames = parent.fieldNames
      type.fieldTypes = parent.fieldTypes
      type.fieldDefaults = parent.fieldDefaults
      type.fieldIsLet = parent.fieldIsLet
      type.fieldIndex = parent.fieldIndex
      type.fieldHasDefault = parent.fieldHasDefault
      type.methods = parent.methods
      type.computed = parent.computed
      type.computedNames = parent.computedNames
      type.staticNames = parent.staticNames
      type.staticMethods = parent.staticMethods
      type.conformances = parent.conformances
      type.hasDeinit = parent.hasDeinit
    }
    type.conformances.formUnion(inherited)
    try predeclareMembers(c.memberBlock, of: type)
    // A subclass that declares no designated initializer inherits its superclass's.
    if let parent = type.superclass, !type.declaresInitializer {
      for (k, code) in parent.initializers where type.initializers[k] == nil { type.initializers[k] = code }
    }
  }

  func classDeclaration(_ c: ClassDeclSyntax) throws -> [Stmt] {
    guard let type = globals.structs[c.name.text] else { return [] }
    // `var speed = 0.0` in the superclass has its type only once the superclass is lowered;
    // the copy the subclass took when it was declared did not know it yet.
    if let parent = type.superclass {
      for k in parent.fieldTypes.indices where type.fieldTypes[k] == .unknown {
        type.fieldTypes[k] = parent.fieldTypes[k]
      }
    }
    let statements = try lowerMembers(c.memberBlock, of: type)
    try specializeStaticMethodsUsingSelf(c, of: type)
    return statements
  }

  /// `class func make() -> Self { Self(name: "x") }`: `Self` is the class the method is called
  /// on, so a subclass that inherits such a method gets it lowered again with itself as `Self`.
  func specializeStaticMethodsUsingSelf(_ c: ClassDeclSyntax, of type: StructType) throws {
    let usingSelf = c.memberBlock.members.compactMap { $0.decl.as(FunctionDeclSyntax.self) }.filter { f in
      f.modifiers.contains { $0.name.tokenKind == .keyword(.static) || $0.name.tokenKind == .keyword(.class) }
        && f.body?.tokens(viewMode: .sourceAccurate).contains { $0.tokenKind == .keyword(.Self) } == true
    }
    staticMethodsUsingSelf[type.name] = usingSelf
    var ancestor = type.superclass
    var specialized: Set<String> = []
    while let parent = ancestor {
      for f in staticMethodsUsingSelf[parent.name] ?? [] {
        let code = try functionSignature(f)
        // Overridden here (or nearer), the subclass's own method stands.
        guard !specialized.contains(code.fullName),
          type.staticMethods[code.fullName] === parent.staticMethods[code.fullName],
          let body = f.body
        else { continue }
        specialized.insert(code.fullName)
        try lowerStaticBody(
          of: code, in: type, parameters: code.parameters.map { ($0.name, $0.type) },
          paramNodes: f.signature.parameterClause.parameters.map { Syntax($0) }, statements: body.statements)
        type.staticMethods[code.fullName] = code
      }
      ancestor = parent.superclass
    }
  }

  // MARK: Extensions

  /// The type an extension adds to: a cell type, a protocol, or a container of members
  /// added to a built-in type.
  func extendedType(_ e: ExtensionDeclSyntax) throws -> StructType {
    var name = e.extendedType.trimmedDescription
    if let id = e.extendedType.as(IdentifierTypeSyntax.self) { name = id.name.text }
    // `extension Kruskal.Vertex`: nested types are known by their own name.
    if let m = e.extendedType.as(MemberTypeSyntax.self), globals.structs[m.name.text] != nil { name = m.name.text }
    if e.extendedType.is(ArrayTypeSyntax.self) { name = "Array" }
    if e.extendedType.is(DictionaryTypeSyntax.self) { name = "Dictionary" }
    if let s = globals.structs[name] { return s }
    if let p = globals.protocols[name] { return p }
    // `extension Comparable { func clamped(...) }`: a protocol of Swift's whose members serve the
    // cell's conforming types and Swift's numbers and strings, which conform to it.
    if ["Comparable", "Equatable", "Hashable"].contains(name), globals.structs[name] == nil {
      let container = StructType(name: name, selfHint: .unknown)
      container.declaredInCell = cellIndex
      if name != "Equatable" { container.conformances = ["Equatable"] }
      globals.protocols[name] = container
      for key in ["Int", "Double", "String"] { builtinContainer(key).conformances.insert(name) }
      return container
    }
    guard let key = Lowerer.builtinExtensionKey(name) else {
      if Library.shared.typeNames.contains(name) {
        throw unsupported("extensions of the library type '\(name)' are not supported in cells", at: e.extendedType)
      }
      if let refusal = Lowerer.foundationRefusal(name) { throw unsupported(refusal, at: e.extendedType) }
      throw fail("cannot find type '\(name)' in scope", at: e.extendedType)
    }
    // The type's own generic parameters, as its extensions may name them.
    genericNames.formUnion(["Element", "Key", "Value", "Wrapped", "Index"])
    return builtinContainer(key)
  }

  /// The container of the members extensions add to the built-in values `key` names.
  func builtinContainer(_ key: String) -> StructType {
    if let existing = globals.extensions[key] { return existing }
    let hint: TypeHint
    switch key {
    case "Int": hint = .int
    case "Double": hint = .double
    case "Float": hint = .float
    case "Bool": hint = .bool
    case "String": hint = .string
    case "Array": hint = .array(.unknown)
    case "Dictionary": hint = .dictionary(.unknown, .unknown)
    case "Optional": hint = .optional(.unknown)
    case "StringInterpolation": hint = .string
    case _ where FixedInt.names.contains(key): hint = .named(key)
    default: hint = .unknown
    }
    let container = StructType(name: key, selfHint: hint)
    globals.extensions[key] = container
    return container
  }

  /// Which built-in values an extension of `name` adds members to.
  static func builtinExtensionKey(_ name: String) -> String? {
    switch name {
    case "Int", "Double", "Float", "Bool", "String", "Array", "Dictionary", "Optional": return name
    case "String.StringInterpolation", "DefaultStringInterpolation": return "StringInterpolation"
    case "Character", "Substring", "StringProtocol": return "String"
    case "Collection", "Sequence", "RandomAccessCollection", "BidirectionalCollection", "MutableCollection",
      "ArraySlice":
      return "Array"
    case "BinaryInteger", "FixedWidthInteger", "SignedInteger", "Int64": return "Int"
    case "BinaryFloatingPoint", "FloatingPoint", "CGFloat": return "Double"
    case _ where FixedInt.names.contains(name): return name
    default: return nil
    }
  }

  /// The key of the built-in values a value belongs to, as `builtinExtensionKey` names them.
  static func builtinKey(of value: Value) -> String? {
    switch value {
    case .int: return "Int"
    case .double: return "Double"
    case .float: return "Float"
    case .bool: return "Bool"
    case .string: return "String"
    case .array: return "Array"
    case .dictionary: return "Dictionary"
    case .object(let f as FixedInt): return f.kind.rawValue
    case .object(let o) where o is ArraySliceObject: return "Array"
    case .object(let o) where o is SubstringObject: return "String"
    case .none, .some: return "Optional"
    default: return nil
    }
  }

  func predeclareExtension(_ e: ExtensionDeclSyntax) throws {
    let type = try extendedType(e)
    type.conformances.formUnion(inheritedNames(e.inheritanceClause))
    try predeclareMembers(e.memberBlock, of: type, inExtension: true)
    // `extension Double` also serves `Float`, and numeric protocols both.
    if type.selfHint == .double, globals.extensions["Float"] == nil {
      globals.extensions["Float"] = type
    }
    let name = e.extendedType.as(IdentifierTypeSyntax.self)?.name.text ?? ""
    // `extension Sequence` serves strings, dictionaries and sets too, after their own extensions.
    if ["Sequence", "Collection", "BidirectionalCollection", "RandomAccessCollection"].contains(name) {
      globals.extensions["Sequence"] = type
    }
    if ["BinaryInteger", "FixedWidthInteger", "SignedInteger"].contains(name) || name.hasSuffix("Numeric") {
      globals.extensions["Double"] = globals.extensions["Double"] ?? type
    }
  }

  func extensionDeclaration(_ e: ExtensionDeclSyntax) throws -> [Stmt] {
    let type = try extendedType(e)
    return try lowerMembers(e.memberBlock, of: type)
  }

  /// The container of members that extensions added to the built-in type `hint` is.
  func builtinExtension(for hint: TypeHint) -> StructType? {
    switch hint {
    case .int: return globals.extensions["Int"]
    case .double: return globals.extensions["Double"]
    case .float: return globals.extensions["Float"]
    case .bool: return globals.extensions["Bool"]
    case .string: return globals.extensions["String"] ?? globals.extensions["Sequence"]
    case .array: return globals.extensions["Array"]
    case .dictionary: return globals.extensions["Dictionary"] ?? globals.extensions["Sequence"]
    case .named(let n) where FixedInt.names.contains(n): return globals.extensions[n]
    default: return nil
    }
  }

  /// Whether any cell type, protocol extension or extension has a method called `name`,
  /// so a call on a value of unknown type must look for it when the cell runs.
  func anyUserMethod(_ name: String) -> Bool {
    let all = Array(globals.structs.values) + Array(globals.extensions.values) + Array(globals.protocols.values)
    // A protocol's requirement too: `animal.makeSound()` on a `T: Animal` that no cell type implements yet.
    return all.contains { t in t.methods.values.contains { $0.name == name } }
      || globals.protocols.values.contains { $0.requiredMethods.contains(name) }
  }

  func anyUserProperty(_ name: String) -> Bool {
    globals.extensions.values.contains { $0.computed[name] != nil }
  }

  /// A method call whose receiver's type is known only when the cell runs.
  func dynamicMethodCall(
    on base: Expr, name: String, _ args: [Argument], at c: FunctionCallExprSyntax, fallback: Expr?
  ) throws -> Typed {
    var arguments: [Expr] = []
    if args.contains(where: { $0.expression.is(InOutExprSyntax.self) }) {
      return try dynamicInoutMethodCall(on: base, name: name, args, at: c)
    }
    for a in args {
      arguments.append(try expr(a.expression).node)
    }
    return Typed(
      DynamicMethodCallExpr(
        base: base, name: name, labels: args.map(\.label), trailing: args.trailingClosureIndex,
        arguments: arguments, extensions: globals.extensions, fallback: fallback, methodLoc(c)))
  }

  /// `super.init(...)` and `self.init(...)`: runs another initializer on the same `self`.
  func delegatingInit(
    _ type: StructType, _ args: [Argument], at c: FunctionCallExprSyntax, isSuper: Bool
  ) throws -> Typed {
    guard inInitializer, let selfVar = try variableReference("self", at: c) else {
      throw fail("'\(isSuper ? "super" : "self").init' is only allowed inside an initializer", at: c)
    }
    let labels = args.map(\.label)
    let candidates = type.orderedInitializers
    guard let code = candidates.first(where: { labelsMatch($0, labels, trailing: args.trailingClosureIndex) })
    else {
      if !isSuper, !type.isClass, !type.declaresInitializer {
        // `self.init(rawValue: r)` in an extension's initializer: the memberwise initializer,
        // which a struct keeps when its other initializers are declared in extensions.
        let made = try memberwiseInit(type, args, at: c)
        return Typed(MemberwiseSelfInitExpr(selfVar: selfVar, value: made.node, loc(c)), .void)
      }
      if candidates.isEmpty && !isSuper, !type.isClass {
        throw unsupported("'self.init' to the memberwise initializer is not supported in cells", at: c)
      }
      if candidates.isEmpty {
        return Typed(Const(.void, loc(c)), .void)
      }
      if !isSuper, type.isClass, let inherited = try inheritedSelfInit(type, args, selfVar: selfVar, at: c) {
        return inherited
      }
      throw fail(
        "no initializer \(type.name)(\(labels.map { ($0 ?? "_") + ":" }.joined())); use \(candidates.map { type.name + $0.fullName.dropFirst(4) }.joined(separator: " or "))",
        at: c)
    }
    let call = try callUser(code, callee: Const(.void, loc(c)), args, at: c)
    let node = call.node as! CallFunctionExpr
    return Typed(
      DelegatingInitExpr(
        selfVar: selfVar, code: code, arguments: node.arguments, declaringType: !isSuper && type.isClass ? type : nil,
        loc(c)), .void)
  }
}

/// `self.init(...)` or `super.init(...)` inside an initializer.
final class DelegatingInitExpr: Expr {
  let selfVar: LValue
  let code: FunctionCode
  let arguments: [Expr]
  /// For a class's `self.init(...)`: the class it is written in. An instance of a subclass
  /// that overrides that initializer runs the override (Swift's convenience initializers
  /// delegate dynamically: `Food.init()`'s `self.init(name:)` runs `RecipeIngredient`'s).
  let declaringType: StructType?
  init(selfVar: LValue, code: FunctionCode, arguments: [Expr], declaringType: StructType? = nil, _ loc: SourceLoc) {
    self.selfVar = selfVar
    self.code = code
    self.arguments = arguments
    self.declaringType = declaringType
    super.init(loc)
  }
  override func eval(_ rt: Runtime, _ fp: Frame) throws -> Value {
    let values = try arguments.map { try $0.eval(rt, fp) }
    let receiver = try selfVar.eval(rt, fp)
    var target = code
    if let declaringType, case .structInstance(let s) = receiver, s.type !== declaringType {
      var t: StructType? = s.type
      while let current = t, current !== declaringType {
        if let override = current.initializers[code.fullName] {
          target = override
          break
        }
        t = current.superclass
      }
    }
    let (_, newSelf) = try rt.callMethod(target, self: receiver, values, at: loc)
    try selfVar.set(rt, fp, newSelf)
    return .void
  }
}

/// `self.init(...)` to a struct's memberwise initializer: `self` becomes the value it makes.
final class MemberwiseSelfInitExpr: Expr {
  let selfVar: LValue
  let value: Expr
  init(selfVar: LValue, value: Expr, _ loc: SourceLoc) {
    self.selfVar = selfVar
    self.value = value
    super.init(loc)
  }
  override func eval(_ rt: Runtime, _ fp: Frame) throws -> Value {
    try selfVar.set(rt, fp, try value.eval(rt, fp))
    return .void
  }
}

/// A method of a class: found on the instance's own type, so a subclass's override runs.
final class ClassMethodCallExpr: Expr {
  let base: Expr
  let code: FunctionCode
  let declaringType: StructType
  let arguments: [Expr]
  /// The subclass this call last saw an instance of, and the method that runs for it.
  private var overrideType: StructType?
  private var overrideCode: FunctionCode?
  private var plans = MethodArgumentPlan()
  init(base: Expr, code: FunctionCode, declaringType: StructType, arguments: [Expr], _ loc: SourceLoc) {
    self.base = base
    self.code = code
    self.declaringType = declaringType
    self.arguments = arguments
    super.init(loc)
  }
  deinit { plans.deallocate() }
  override func eval(_ rt: Runtime, _ fp: Frame) throws -> Value {
    let receiver = try base.eval(rt, fp)
    var target = code
    if case .structInstance(let s) = receiver, s.type !== declaringType {
      // A subclass's instance: its override, found by name once per subclass this call
      // sees last (the full name is built and hashed only then).
      if s.type === overrideType, let found = overrideCode {
        target = found
      } else {
        target = s.type.methods[code.fullName] ?? code
        overrideType = s.type
        overrideCode = target
      }
    }
    if let plan = plans.plan(for: target, arguments) {
      // The arguments straight into the method's frame, not through an array.
      return try rt.callPlanned(target, receiver: receiver, plan, count: arguments.count, fp, at: loc)
    }
    if target.parameters.count == arguments.count {
      return try rt.callMethod(target, receiver: receiver, arguments: arguments, fp, at: loc)
    }
    var values: [Value] = []
    values.reserveCapacity(arguments.count)
    for a in arguments { values.append(try a.eval(rt, fp)) }
    return try rt.callMethod(target, self: receiver, values, at: loc).0
  }
}

/// A method called on a value whose type the lowerer did not know (a protocol or generic
/// value, an element of an untyped array): the receiver's type decides, as Swift's
/// dynamic dispatch does; a built-in method of the same name is the fallback.
final class DynamicMethodCallExpr: Expr {
  let base: Expr
  let name: String
  let labels: [String?]
  let trailing: Int?
  let arguments: [Expr]
  let extensions: [String: StructType]
  let fallback: Expr?
  /// The method found for each receiver type this call has seen, in the order first
  /// seen: an array of protocol values (`[Shape]` holding squares and circles) calls
  /// through one node with several types in turn, and looking a method up (sorting the
  /// type's methods, building their full names) cost more than the call itself.
  private var cache: [DispatchEntry] = []
  /// Past this many receiver types the oldest entry is replaced.
  private static let cacheLimit = 8
  private var nextReplaced = 0

  init(
    base: Expr, name: String, labels: [String?], trailing: Int?, arguments: [Expr],
    extensions: [String: StructType], fallback: Expr?, _ loc: SourceLoc
  ) {
    self.base = base
    self.name = name
    self.labels = labels
    self.trailing = trailing
    self.arguments = arguments
    self.extensions = extensions
    self.fallback = fallback
    self.localSlot = (base as? LocalVar)?.slot
    super.init(loc)
  }

  /// The frame slot of a receiver that is a plain local (`s` in `for s in shapes`): an
  /// instance there is read in place, not copied out by the local's `eval` first.
  private let localSlot: Int?

  @inline(__always)
  private func entry(for type: StructType) -> DispatchEntry {
    var i = 0
    while i < cache.count {
      let e = cache[i]
      if e.type === type { return e }
      i += 1
    }
    return lookUp(type)
  }

  private func lookUp(_ type: StructType) -> DispatchEntry {
    var found: (FunctionCode, [Int?])?
    for code in type.methods.values.sorted(by: { $0.fullName < $1.fullName }) where code.name == name {
      if let m = Lowerer.match(labels, code, trailing: trailing) {
        found = (code, m)
        break
      }
    }
    let e = DispatchEntry(type: type, found: found, arguments: arguments)
    if cache.count < Self.cacheLimit {
      cache.append(e)
    } else {
      cache[nextReplaced] = e
      nextReplaced = (nextReplaced + 1) % Self.cacheLimit
    }
    return e
  }

  /// Calls `code` with the receiver in slot 0 and the arguments, converted to their
  /// parameters' types, straight in their slots: no argument array, no final `self`. A
  /// `Double` given to a `Double` parameter (the common case) is not converted.
  private func callConverting(
    _ e: DispatchEntry, _ plan: UnsafeMutablePointer<ArgumentPlan>, _ code: FunctionCode, _ receiver: Value,
    _ rt: Runtime, _ fp: Frame
  ) throws -> Value {
    do {
      try rt.checkTime(loc)
      let size = code.frameSize
      let newFP = try rt.pushFrame(size, at: loc)
      defer { rt.popFrame(newFP, size) }
      newFP.initialize(to: receiver)
      try e.types.withUnsafeBufferPointer { types in
        for i in 0..<arguments.count {
          let a = plan + i
          let v = try a.pointee.node._withUnsafeGuaranteedRef { try $0.eval(rt, fp) }
          if case .double = v, e.doubles[i] {
            (newFP + a.pointee.slot).initialize(to: v)
          } else {
            (newFP + a.pointee.slot).initialize(to: try types[i].coerce(v, loc))
          }
        }
      }
      return try rt.runBody(code, newFP)
    } catch var failure as LocatedFailure {
      failure.leaveFunction(calledAt: loc)
      throw failure
    }
  }

  override func eval(_ rt: Runtime, _ fp: Frame) throws -> Value {
    // The common call on an instance in a local: as below, with the receiver copied once,
    // into the method's frame.
    if let localSlot, case .structInstance(let s) = fp[localSlot] {
      let e = entry(for: s.type)
      if let code = e.code, e.direct, let plan = e.plan {
        if !e.converts {
          return try rt.callPlanned(code, receiver: fp[localSlot], plan, count: arguments.count, fp, at: loc)
        }
        return try callConverting(e, plan, code, fp[localSlot], rt, fp)
      }
    }
    let receiver = try base.eval(rt, fp)
    let type: StructType?
    switch receiver {
    case .structInstance(let s): type = s.type
    default:
      let own = Lowerer.builtinKey(of: receiver).flatMap { extensions[$0] }
      if own.map({ entry(for: $0).code }) ?? nil == nil, let sequence = extensions["Sequence"],
        receiver.isSequenceLike
      {
        type = sequence
      } else if own.map({ entry(for: $0).code }) ?? nil == nil, receiver.isSequenceLike,
        let collection = extensions["Array"], entry(for: collection).code != nil
      {
        // `extension Collection` (kept with Array's) used on a string or a dictionary.
        type = collection
      } else if own.map({ entry(for: $0).code }) ?? nil == nil, let optional = extensions["Optional"],
        entry(for: optional).code != nil
      {
        // `extension Optional where Wrapped == String`, used on a value that is present.
        type = optional
      } else {
        type = own
      }
    }
    guard let type, case let e = entry(for: type), let code = e.code else {
      if let fallback { return try fallback.eval(rt, fp) }
      throw LocatedFailure(
        kind: .runtime, message: "value of type '\(receiver.typeName)' has no member '\(name)'", loc: loc)
    }
    if e.direct, let plan = e.plan {
      if !e.converts { return try rt.callPlanned(code, receiver: receiver, plan, count: arguments.count, fp, at: loc) }
      return try callConverting(e, plan, code, receiver, rt, fp)
    }
    var values: [Value] = []
    values.reserveCapacity(e.mapping.count)
    for (k, m) in e.mapping.enumerated() {
      if let i = m {
        values.append(try code.parameters[k].type.coerce(arguments[i].eval(rt, fp), loc))
      } else {
        values.append(try code.parameters[k].defaultValue!.eval(rt, fp))
      }
    }
    let (result, newSelf) = try rt.callMethod(code, self: receiver, values, at: loc)
    if e.isMutating, let target = base as? LValue {
      try target.set(rt, fp, newSelf)
    }
    return result
  }
}

/// What a dynamic method call found on one receiver type.
private final class DispatchEntry {
  let type: StructType
  /// nil when the type has no such method (the call's fallback runs).
  let code: FunctionCode?
  /// For each parameter, the index of the argument given for it (nil: its default).
  let mapping: [Int?]
  /// Whether the method is `mutating`: asked once per receiver type, not per call (a set
  /// of strings hashed at every call made protocol calls cost twice a struct's).
  let isMutating: Bool
  /// The common call: every argument written, in parameter order, none captured by a
  /// closure, `self` not changed; then its arguments go straight into the method's frame,
  /// to `slots`, converted to `types`.
  let direct: Bool
  let slots: [Int]
  let types: [TypeHint]
  /// Whether some argument is converted to its parameter's type (a `Double` given an `Int`).
  let converts: Bool
  /// Which parameters are `Double`s (a `Double` argument goes in as it is).
  let doubles: [Bool]
  /// For a direct call whose arguments are taken as they are: where each goes, read
  /// without an array (owned by the entry).
  private(set) var plan: UnsafeMutablePointer<ArgumentPlan>?
  private var plans = MethodArgumentPlan()

  deinit { plans.deallocate() }

  init(type: StructType, found: (FunctionCode, [Int?])?, arguments argumentNodes: [Expr]) {
    let arguments = argumentNodes.count
    self.type = type
    code = found?.0
    mapping = found?.1 ?? []
    let isMutating = found.map { type.mutatingMethods.contains($0.0.fullName) } ?? false
    self.isMutating = isMutating
    if let (code, mapping) = found, !isMutating, !code.boxesParameters, mapping.count == arguments,
      mapping.enumerated().allSatisfy({ $0.element == $0.offset })
    {
      direct = true
      slots = code.parameterSlots
      types = code.parameters.map(\.type)
      converts = types.contains { $0 != .unknown }
      doubles = types.map { $0 == .double }
    } else {
      direct = false
      slots = []
      types = []
      converts = false
      doubles = []
    }
    if direct, let code = found?.0 { plan = plans.plan(for: code, argumentNodes) }
  }
}

/// A computed property that an extension added to a built-in type (`4.isEven`).
final class ExtensionPropertyExpr: Expr {
  let base: Expr
  let name: String
  let extensions: [String: StructType]
  let property: ((Value) throws(RuntimeFailure) -> Value)?
  init(
    base: Expr, name: String, extensions: [String: StructType],
    property: ((Value) throws(RuntimeFailure) -> Value)?, _ loc: SourceLoc
  ) {
    self.base = base
    self.name = name
    self.extensions = extensions
    self.property = property
    super.init(loc)
  }
  override func eval(_ rt: Runtime, _ fp: Frame) throws -> Value {
    let b = try base.eval(rt, fp)
    if let key = Lowerer.builtinKey(of: b), let getter = extensions[key]?.computed[name] {
      return try rt.callMethod(getter, self: b, [], at: loc).0
    }
    // `extension Optional`'s property read on a value that is present.
    if let getter = extensions["Optional"]?.computed[name] {
      return try rt.callMethod(getter, self: b, [], at: loc).0
    }
    // `extension Collection { var second: Element? }` (kept with Array's) read on a string.
    if b.isSequenceLike, let getter = extensions["Sequence"]?.computed[name] ?? extensions["Array"]?.computed[name] {
      return try rt.callMethod(getter, self: b, [], at: loc).0
    }
    return try FieldExpr(Const(b, loc), name: name, property: property, loc).eval(rt, fp)
  }
}

/// `a === b` and `a !== b`: whether two class references are the same instance.
final class IdentityExpr: Expr {
  let lhs: Expr
  let rhs: Expr
  let negated: Bool
  init(_ lhs: Expr, _ rhs: Expr, negated: Bool, _ loc: SourceLoc) {
    self.lhs = lhs
    self.rhs = rhs
    self.negated = negated
    super.init(loc)
  }
  override func eval(_ rt: Runtime, _ fp: Frame) throws -> Value {
    let a = try lhs.eval(rt, fp)
    let b = try rhs.eval(rt, fp)
    return .bool(IdentityExpr.same(a, b) != negated)
  }
  static func same(_ a: Value, _ b: Value) -> Bool {
    switch (a, b) {
    case (.structInstance(let x), .structInstance(let y)):
      guard let p = x.ref, let q = y.ref else { return false }
      return p === q
    case (.some(let x), _): return same(x, b)
    case (_, .some(let y)): return same(a, y)
    case (.none, .none): return true
    // `ObjectIdentifier(Node.self)`: the same type.
    case (.type, .type): return Equality.equal(a, b)
    default: return false
    }
  }
}

/// `super.description`: the superclass's getter, run on `self`.
final class SuperPropertyExpr: Expr {
  let selfVar: Expr
  let getter: FunctionCode
  init(_ selfVar: Expr, getter: FunctionCode, _ loc: SourceLoc) {
    self.selfVar = selfVar
    self.getter = getter
    super.init(loc)
  }
  override func eval(_ rt: Runtime, _ fp: Frame) throws -> Value {
    try rt.callMethod(getter, self: try selfVar.eval(rt, fp), [], at: loc).0
  }
}

/// A read-only name inside an extension (a computed property of `self`).
final class ExtensionLValue: LValue {
  let inner: Expr
  init(_ inner: Expr) {
    self.inner = inner
    super.init(inner.loc)
  }
  override func eval(_ rt: Runtime, _ fp: Frame) throws -> Value { try inner.eval(rt, fp) }
  override func modify(_ rt: Runtime, _ fp: Frame, _ body: (inout Value) throws -> Void) throws {
    throw LocatedFailure(kind: .runtime, message: "cannot assign to a computed property without a setter", loc: loc)
  }
}

extension Lowerer {
  /// An operator some cell type overloads: chosen by the operands' types when the cell
  /// runs. `!=`, `>`, `<=` and `>=` follow from `==` and `<`, as Equatable and Comparable do.
  func userOperator(_ text: String, _ infix: InfixOperatorExprSyntax) throws -> Typed? {
    var overloads = globals.operators[text] ?? []
    switch text {
    case "!=", ">", "<=", ">=":
      if globals.operators[text == "!=" ? "==" : "<"] != nil {
        overloads += []
      } else if overloads.isEmpty {
        return nil
      }
    default:
      if overloads.isEmpty { return nil }
    }
    var lhs = try expr(infix.leftOperand)
    var rhs = try expr(infix.rightOperand)
    func fits(_ operand: TypeHint, _ parameter: TypeHint) -> Bool {
      switch (operand, parameter) {
      case (.unknown, _), (_, .unknown): return true
      case (.int, .double), (.int, .float): return true
      // A closure for a function-typed parameter (`x |> { $0 * 2 }`): its type is checked when it runs.
      case (.function, .functionOf), (.functionOf, .functionOf), (.functionOf, .function): return true
      case (.named(let a), .named(let b)): return globals.structs[a]?.isSubtype(of: b) ?? true
      default: return operand == parameter
      }
    }
    var candidates = overloads.filter {
      $0.parameters.count == 2 && fits(lhs.type, $0.parameters[0].type) && fits(rhs.type, $0.parameters[1].type)
    }
    // `refund < 0` with `Money: ExpressibleByIntegerLiteral` and no `<` taking an Int: the
    // literal is a Money, as Swift types it.
    let comparison = ["==", "!=", "<", ">", "<=", ">="].contains(text)
    if candidates.isEmpty || comparison {
      if case .named = lhs.type, Lowerer.isLiteral(infix.rightOperand),
        !overloads.contains(where: { $0.parameters.count == 2 && $0.parameters[1].type == rhs.type }),
        let typed = try literalInit(infix.rightOperand, expected: lhs.type)
      {
        rhs = typed
      } else if case .named = rhs.type, Lowerer.isLiteral(infix.leftOperand),
        !overloads.contains(where: { $0.parameters.count == 2 && $0.parameters[0].type == lhs.type }),
        let typed = try literalInit(infix.leftOperand, expected: rhs.type)
      {
        lhs = typed
      }
      candidates = overloads.filter {
        $0.parameters.count == 2 && fits(lhs.type, $0.parameters[0].type) && fits(rhs.type, $0.parameters[1].type)
      }
    }
    // Operands of built-in types that no overload takes keep the built-in operator.
    if candidates.isEmpty && text != "!=" && text != ">" && text != "<=" && text != ">=" { return nil }
    if candidates.isEmpty, lhs.type != .unknown, !(globals.structs[lhs.type.name] != nil) { return nil }
    var result = TypeHint.unknown
    // Operands of unknown type (`pieces[0] * 3600 + ...`) may be built-in values: the one
    // overload's result type is assumed only when an operand says the overload applies.
    if candidates.count == 1 && (lhs.type != .unknown || rhs.type != .unknown) { result = candidates[0].returnType }
    if ["==", "!=", "<", ">", "<=", ">="].contains(text) { result = .bool }
    return Typed(
      UserOperatorExpr(
        text, lhs.node, rhs.node, overloads: overloads, builtin: BinaryOperator(rawValue: text), loc(infix.operator)),
      result)
  }
}

/// A method call with `&` arguments: copied in, and out when the method returns, as Swift's
/// `inout` is.
final class InoutMethodCallExpr: Expr {
  let base: Expr
  let code: FunctionCode
  let declaringType: StructType
  let arguments: [Expr]
  let inoutTargets: [LValue?]
  let mutating: Bool
  let dynamic: Bool
  init(
    base: Expr, code: FunctionCode, declaringType: StructType, arguments: [Expr], inoutTargets: [LValue?],
    mutating: Bool, dynamic: Bool, _ loc: SourceLoc
  ) {
    self.base = base
    self.code = code
    self.declaringType = declaringType
    self.arguments = arguments
    self.inoutTargets = inoutTargets
    self.mutating = mutating
    self.dynamic = dynamic
    super.init(loc)
  }

  override func eval(_ rt: Runtime, _ fp: Frame) throws -> Value {
    let receiver = try base.eval(rt, fp)
    var target = code
    if dynamic, case .structInstance(let s) = receiver, s.type !== declaringType {
      target = s.type.methods[code.fullName] ?? code
    }
    var values: [Value] = []
    for a in arguments { values.append(try a.eval(rt, fp)) }
    try rt.checkTime(loc)
    let newFP = try rt.pushFrame(target.frameSize, at: loc)
    newFP[0] = receiver
    for (i, p) in target.parameters.enumerated() {
      newFP[p.slot] = p.isBoxed ? .box(Box(values[i])) : values[i]
    }
    var result = Value.void
    var finals: [Value] = []
    do {
      if let e = target.implicitReturn {
        result = try e.eval(rt, newFP)
      } else {
        for s in target.body where try s.exec(rt, newFP) == .returned {
          result = rt.returnValue
          rt.returnValue = .void
          break
        }
      }
      for (i, p) in target.parameters.enumerated() where inoutTargets[i] != nil {
        if case .box(let b) = newFP[p.slot] { finals.append(b.value) } else { finals.append(newFP[p.slot]) }
      }
    } catch var failure as LocatedFailure {
      rt.popFrame(newFP, target.frameSize)
      failure.leaveFunction(calledAt: loc)
      throw failure
    }
    var newSelf = newFP[0]
    if case .box(let b) = newSelf { newSelf = b.value }
    rt.popFrame(newFP, target.frameSize)
    if mutating, let lv = base as? LValue { try lv.set(rt, fp, newSelf) }
    var k = 0
    for t in inoutTargets {
      if let t {
        try t.set(rt, fp, finals[k])
        k += 1
      }
    }
    return result
  }
}

extension Lowerer {
  /// `.pi`, `.max`, `.infinity` where the expected type says which type's member it is.
  func leadingDotMember(_ name: String, expected: TypeHint, at m: MemberAccessExprSyntax) throws -> Typed? {
    var hint = expected
    if case .optional(let t) = hint { hint = t }
    let candidates: [(String, TypeHint)]
    switch hint {
    case .int: candidates = [("Int", .int)]
    case .float: candidates = [("Float", .float)]
    case .double: candidates = [("Double", .double)]
    // `.zero` where the type is known only when the cell runs (`count == .zero`,
    // `dict[k, default: .zero]`): integers are the common case.
    default: candidates = name == "zero" ? [("Int", .int), ("Double", .double)] : [("Double", .double), ("Int", .int)]
    }
    // `let p: Point = .zero` with Point's own `static let zero`: the cell type's, before Int's.
    if case .named(let n) = hint, let s = globals.structs[n], s.staticNames.contains(name) {
      return Typed(StaticMemberExpr(type: s, name: name, loc(m)), hint)
    }
    for (typeName, type) in candidates {
      if let v = Builtins.staticMember(typeName, name) { return Typed(Const(v, loc(m)), type) }
    }
    // No expected type (an argument of `contains(.red)`): the one cell type that has it.
    let owners = globals.structs.values.filter { $0.staticNamesDeclared.contains(name) }
    if owners.count == 1 { return Typed(StaticMemberExpr(type: owners[0], name: name, loc(m)), .named(owners[0].name)) }
    return nil
  }

  /// `.init(repeating:count:)` and a type's static function where the expected type names it.
  func leadingDotCall(_ name: String, _ args: [Argument], expected: TypeHint, at c: FunctionCallExprSyntax) throws
    -> Typed?
  {
    if name == "init", case .array(let element) = expected, args.map(\.label) == ["repeating", "count"] {
      return try arrayRepeating(args, element: element, c)
    }
    var owner: StructType?
    if case .named(let n) = expected { owner = globals.structs[n] }
    if owner == nil {
      let owners = globals.structs.values.filter { $0.staticMethods.values.contains { $0.name == name } }
      if owners.count == 1 { owner = owners[0] }
    }
    if let s = owner, let code = staticMethod(named: name, in: s, args) {
      return try callUser(code, callee: Const(.function(UserFunction(code: code, captures: [])), loc(c)), args, at: c)
    }
    return nil
  }

  /// `Int.random(in:)`, `Double.random(in:)` and `Bool.random()`: drawn from the lesson's
  /// seeded generator (`seed(_:)`), so a lesson prints the same numbers on every run.
  func randomCall(_ typeName: String, _ name: String, _ args: [Argument], at c: FunctionCallExprSyntax) throws -> Typed?
  {
    guard name == "random" else { return nil }
    switch (typeName, args.map(\.label)) {
    case ("Bool", []):
      return Typed(
        NativeCallExpr(name: "Bool.random()", arguments: [], loc(c)) { rt, _ in
          .bool(rt.context.random.next() & 1 == 1)
        }, .bool)
    case ("Int", ["in"]):
      let range = try expr(args[0].expression).node
      return Typed(
        NativeCallExpr(name: "Int.random(in:)", arguments: [range], loc(c)) { rt, v throws(RuntimeFailure) in
          guard case .range(let r) = v[0], let last = r.last else {
            throw RuntimeFailure("Int.random(in:) needs a non-empty range")
          }
          let span = last.subtractingReportingOverflow(r.lower)
          guard !span.overflow, span.partialValue < .max else {
            return .int(Int(truncatingIfNeeded: rt.context.random.next()))
          }
          return .int(r.lower + rt.context.random.nextInt(below: span.partialValue + 1))
        }, .int)
    case ("Double", ["in"]), ("Float", ["in"]):
      guard let infix = args[0].expression.as(InfixOperatorExprSyntax.self),
        let op = infix.operator.as(BinaryOperatorExprSyntax.self)?.operator.text, op == "..<" || op == "..."
      else {
        throw unsupported("\(typeName).random(in:) takes a range written 'a..<b' or 'a...b'", at: args[0].expression)
      }
      let lower = try expr(infix.leftOperand, expected: .double).node
      let upper = try expr(infix.rightOperand, expected: .double).node
      let isFloat = typeName == "Float"
      return Typed(
        NativeCallExpr(name: "\(typeName).random(in:)", arguments: [lower, upper], loc(c)) {
          rt, v throws(RuntimeFailure) in
          func number(_ x: Value) -> Double? {
            switch x {
            case .double(let d): return d
            case .int(let i): return Double(i)
            case .float(let f): return Double(f)
            default: return nil
            }
          }
          guard let a = number(v[0]), let b = number(v[1]), a < b || (op == "..." && a <= b) else {
            throw RuntimeFailure("\(typeName).random(in:) needs a non-empty range")
          }
          let x = a + (b - a) * rt.context.random.nextUniform()
          return isFloat ? .float(Float(x)) : .double(x)
        }, isFloat ? .float : .double)
    default:
      return nil
    }
  }
}

extension Lowerer {
  /// Protocols of Swift's standard library a cell may name as a type or constraint.
  static let standardProtocols: Set<String> = [
    "Equatable", "Hashable", "Comparable", "CustomStringConvertible", "CustomDebugStringConvertible", "Error",
    "Sequence", "Collection", "Numeric", "BinaryInteger", "FloatingPoint", "BinaryFloatingPoint", "SignedNumeric",
    "StringProtocol", "Codable", "Identifiable", "CaseIterable", "RawRepresentable", "AdditiveArithmetic",
    "FixedWidthInteger", "SignedInteger", "Strideable", "Sendable",
  ]
}

extension Value {
  /// A string, dictionary, range or set: what an `extension Sequence` serves besides arrays.
  fileprivate var isSequenceLike: Bool {
    switch self {
    case .string, .dictionary, .range, .array: return true
    case .object(let o): return o is SetObject
    default: return false
    }
  }
}

/// A method named without a call (`words.forEach(trie.insert)`): a function bound to its
/// receiver, as Swift's partial application of a method gives.
enum BoundMethod {
  static func make(_ type: StructType, _ name: String, receiver: Value) -> Value? {
    let candidates = type.methods.values.filter { $0.name == name }.sorted { $0.fullName < $1.fullName }
    guard let code = candidates.first else { return nil }
    return .function(
      NativeFunction(name, arity: code.parameters.count) { rt, args in
        try rt.callMethod(code, self: receiver, args, at: code.loc).0
      })
  }
}

extension Lowerer {
  /// Whether `e` is a literal that a type conforming to `ExpressibleBy...Literal` could take.
  static func isLiteral(_ e: ExprSyntax) -> Bool {
    e.is(IntegerLiteralExprSyntax.self) || e.is(FloatLiteralExprSyntax.self) || e.is(StringLiteralExprSyntax.self)
      || e.is(BooleanLiteralExprSyntax.self) || e.is(ArrayExprSyntax.self)
  }
}
