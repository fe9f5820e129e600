import SwiftSyntax

extension Lowerer {
  /// Registers a struct's name, fields, methods and initializers before any code of
  /// the cell is lowered, so functions declared earlier can use it.
  func predeclareStruct(_ s: StructDeclSyntax) throws {
    if let g = s.genericParameterClause { declareGenericParameters(g) }
    let type = try newType(s.name)
    type.hashesByIdentity =
      s.name.text == "ObjectIdentifier" && s.leadingTrivia.description.contains(AppendedSource.marker)
    type.genericParameters = s.genericParameterClause?.parameters.map(\.name.text) ?? []
    type.conformances = inheritedNames(s.inheritanceClause)
    try predeclareMembers(s.memberBlock, of: type)
  }

  /// A new cell type, refusing a second declaration of the name in the same cell.
  /// A type nested in another may share its name with a type outside (`class Node` at the
  /// top and `class Node` inside `List`): the outer one keeps the name in the cell, and the
  /// nested one waits in `nestedTypesSharingNames` until its enclosing type's body is lowered.
  func newType(_ nameToken: TokenSyntax) throws -> StructType {
    let name = nameToken.text
    let type = StructType(name: name)
    type.declaredInCell = cellIndex
    type.enclosingNames = enclosingTypeNames(nameToken)
    if let existing = globals.structs[name], existing.declaredInCell == cellIndex {
      if existing.enclosingNames == type.enclosingNames {
        throw fail("invalid redeclaration of '\(name)'", at: nameToken)
      }
      if !type.enclosingNames.isEmpty {
        nestedTypesSharingNames[type.enclosingNames + name] = type
        return type
      }
      nestedTypesSharingNames[existing.enclosingNames + name] = existing
    }
    globals.structs[name] = type
    return type
  }

  /// The nested type `Parser.Error` names when another type shares the name `Error`
  /// (`Lexer.Error`): nil when the path names no such type.
  func qualifiedNestedType(_ path: String) -> StructType? {
    guard !nestedTypesSharingNames.isEmpty, path.contains(".") else { return nil }
    let path = path.filter { !$0.isWhitespace }
    if let nested = nestedTypesSharingNames[path] { return nested }
    let name = path.split(separator: ".").last.map(String.init) ?? path
    if let s = globals.structs[name], s.enclosingNames + s.name == path,
      nestedTypesSharingNames.values.contains(where: { $0.name == name })
    {
      return s
    }
    return nil
  }

  /// `type` when another type of the cell shares its name (so a value's type is told by
  /// identity, not by name); nil otherwise.
  func typeSharingName(_ type: StructType) -> StructType? {
    nestedTypesSharingNames.values.contains(where: { $0.name == type.name }) ? type : nil
  }

  /// Runs `body` with the type `Outer.Inner` names known by its name `Inner`, where another
  /// type shares that name (`Parser.Error.badToken` beside `Lexer.Error`).
  func withQualifiedNestedType<T>(_ path: String, _ body: () throws -> T) rethrows -> T {
    guard let nested = qualifiedNestedType(path), globals.structs[nested.name] !== nested else { return try body() }
    let hidden = globals.structs[nested.name]
    globals.structs[nested.name] = nested
    defer { globals.structs[nested.name] = hidden }
    return try body()
  }

  /// Runs `body` with the types nested in `outer` that share a name with another type known
  /// by their names, as Swift's lookup finds a type's members before the module's names.
  func withNestedTypes<T>(of outer: StructType, _ body: () throws -> T) rethrows -> T {
    let prefix = outer.enclosingNames + outer.name + "."
    let nested = nestedTypesSharingNames.filter { key, _ in
      key.hasPrefix(prefix) && !key.dropFirst(prefix.count).contains(".")
    }
    if nested.isEmpty { return try body() }
    var hidden: [String: StructType?] = [:]
    for (_, type) in nested {
      hidden[type.name] = globals.structs[type.name]
      globals.structs[type.name] = type
    }
    defer { for (name, type) in hidden { globals.structs[name] = type } }
    return try body()
  }

  /// `Library.` for `struct Book` declared inside `struct Library` (or `extension Library`):
  /// how Swift qualifies the type's name when it prints `main.Library.Book(...)`.
  func enclosingTypeNames(_ nameToken: TokenSyntax) -> String {
    var names: [String] = []
    var node = nameToken.parent?.parent
    while let current = node {
      if let d = current.as(StructDeclSyntax.self) {
        names.append(d.name.text)
      } else if let d = current.as(ClassDeclSyntax.self) {
        names.append(d.name.text)
      } else if let d = current.as(EnumDeclSyntax.self) {
        names.append(d.name.text)
      } else if let d = current.as(ExtensionDeclSyntax.self) {
        names.append(d.extendedType.trimmedDescription)
      } else if current.is(FunctionDeclSyntax.self) || current.is(ClosureExprSyntax.self) {
        return ""
      }
      node = current.parent
    }
    return names.reversed().map { $0 + "." }.joined()
  }

  func inheritedNames(_ clause: InheritanceClauseSyntax?) -> Set<String> {
    var names = Set(clause?.inheritedTypes.map { $0.type.trimmedDescription } ?? [])
    // `class Button: Clickable & Drawable`, or a `typealias` of such a composition: each protocol.
    var pending = Array(names)
    while let name = pending.popLast() {
      var parts: [String] = []
      if let composition = globals.typeAliases[name]?.as(CompositionTypeSyntax.self) {
        parts = composition.elements.map { $0.type.trimmedDescription }
      } else if name.contains("&") {
        parts = name.split(separator: "&").map { String($0.filter { !$0.isWhitespace }) }
      }
      for part in parts where names.insert(part).inserted { pending.append(part) }
    }
    return names
  }

  /// Registers the members of a type's body or of an extension of it.
  func predeclareMembers(_ block: MemberBlockSyntax, of type: StructType, inExtension: Bool = false) throws {
    // Nested types may name each other whatever their order, as the cell's types may.
    for member in block.members {
      if let s = member.decl.as(StructDeclSyntax.self) { cellTypeNames.insert(s.name.text) }
      if let c = member.decl.as(ClassDeclSyntax.self) { cellTypeNames.insert(c.name.text) }
      if let e = member.decl.as(EnumDeclSyntax.self) { cellTypeNames.insert(e.name.text) }
    }
    for member in block.members {
      let decl = member.decl
      if let v = decl.as(VariableDeclSyntax.self) {
        let isStatic = v.modifiers.contains {
          $0.name.tokenKind == .keyword(.static) || $0.name.tokenKind == .keyword(.class)
        }
        for b in v.bindings {
          guard let id = b.pattern.as(IdentifierPatternSyntax.self) else {
            throw unsupported("properties declared with a tuple pattern are not supported in cells", at: b.pattern)
          }
          let fieldName = id.identifier.text
          if isStatic {
            type.staticNames.insert(fieldName)
            type.staticNamesDeclared.insert(fieldName)
            continue
          }
          if let block = b.accessorBlock, !isObserverBlock(block) {
            type.computedNames.insert(fieldName)
            // Made here, its body lowered later: a subclass copies it before that.
            let code = FunctionCode(name: fieldName, loc: loc(b))
            code.returnType = try b.declaredType.map { try typeHint($0) } ?? .unknown
            type.computed[fieldName] = code
            continue
          }
          if let block = b.accessorBlock, isObserverBlock(block),
            type.fieldIndex[fieldName] != nil || type.computedNames.contains(fieldName)
          {
            // `override var speed: Double { didSet ... }`: observers on the inherited property,
            // stored or computed.
            continue
          }
          if inExtension {
            throw fail("extensions must not contain stored properties", at: b)
          }
          if v.modifiers.contains(where: { $0.name.tokenKind == .keyword(.lazy) }) {
            guard b.initializer != nil else { throw fail("lazy properties must have an initializer", at: b) }
            let declared = try b.declaredType.map { try typeHint($0) } ?? .unknown
            let code = FunctionCode(name: fieldName, loc: loc(b))
            code.returnType = declared
            type.lazyInitializers[fieldName] = code
            let storage = StructType.lazyStorageName(fieldName)
            type.fieldIndex[storage] = type.fieldNames.count
            type.fieldNames.append(storage)
            type.fieldTypeTexts.append("")
            type.fieldTypes.append(declared == .unknown ? .unknown : .optional(declared))
            type.fieldIsLet.append(false)
            type.fieldDefaults.append(Const(.none, loc(b)))
            type.fieldHasDefault.append(true)
            continue
          }
          let fieldType = try b.declaredType.map { try typeHint($0) } ?? .unknown
          let ownership = v.modifiers.first {
            $0.name.tokenKind == .keyword(.weak) || $0.name.tokenKind == .keyword(.unowned)
          }
          if let ownership, type.isClass {
            declareWeakProperty(
              fieldName, type: type, fieldType: fieldType, unowned: ownership.name.tokenKind == .keyword(.unowned),
              at: b)
            continue
          }
          type.fieldIndex[fieldName] = type.fieldNames.count
          type.fieldNames.append(fieldName)
          type.fieldTypeTexts.append(Lowerer.writtenType(of: b))
          let isLet = v.bindingSpecifier.tokenKind == .keyword(.let)
          type.fieldIsLet.append(isLet)
          // `var capital: City!`: nil until set, an optional that `capital.name` unwraps
          // (`implicitlyUnwrapped`) and `print(capital)` shows as one.
          if b.typeAnnotation?.type.is(ImplicitlyUnwrappedOptionalTypeSyntax.self) == true {
            type.fieldTypes.append(fieldType)
            type.fieldDefaults.append(isLet || b.initializer != nil ? nil : Const(.none, loc(b)))
            type.fieldHasDefault.append(!isLet || b.initializer != nil)
            continue
          }
          type.fieldTypes.append(fieldType)
          // A `var` of optional type starts as `nil`, as in Swift.
          if case .optional = fieldType, !isLet, b.initializer == nil {
            type.fieldDefaults.append(Const(.none, loc(b)))
            type.fieldHasDefault.append(true)
          } else {
            type.fieldDefaults.append(nil)
            type.fieldHasDefault.append(b.initializer != nil)
          }
        }
      } else if let f = decl.as(FunctionDeclSyntax.self) {
        let code = try functionSignature(f)
        if f.modifiers.contains(where: {
          $0.name.tokenKind == .keyword(.static) || $0.name.tokenKind == .keyword(.class)
        }) {
          if case .binaryOperator = f.name.tokenKind {
            // `extension Shape { static func == (a: Self, b: Self) }`: `Self` is any type
            // conforming to the protocol, not any value (a `Double` compared in its body).
            if globals.protocols[type.name] === type {
              for (i, p) in f.signature.parameterClause.parameters.enumerated()
              where i < code.parameters.count && p.type.trimmedDescription == "Self" {
                code.parameters[i].type = .named(type.name)
              }
            }
            globals.operators[code.name, default: []].append(code)
            type.operatorMethods[code.name] = code
          } else {
            type.staticMethods[code.fullName] = code
          }
          continue
        }
        let isMutating = f.modifiers.contains(where: { $0.name.tokenKind == .keyword(.mutating) })
        // (`insert(_ value: T)` beside `insert<S: Sequence>(_ sequence: S)`: both typed when the
        // cell runs, told apart by their parameters' names so each body is lowered with its own.)
        if let existing = type.methods[code.fullName],
          existing.parameters.map(\.type) != code.parameters.map(\.type)
            || existing.parameters.map(\.name) != code.parameters.map(\.name),
          !f.modifiers.contains(where: { $0.name.tokenKind == .keyword(.override) })
        {
          // `insert(_ value: T)` and `insert(_ values: [T])`: overloads by parameter type, chosen
          // where they are called.
          type.methods[Lowerer.overloadKey(code.fullName, f)] = code
          if isMutating { type.mutatingMethods.insert(code.fullName) }
          continue
        }
        type.methods[code.fullName] = code
        if isMutating {
          type.mutatingMethods.insert(code.fullName)
        } else {
          type.mutatingMethods.remove(code.fullName)
        }
      } else if let i = decl.as(InitializerDeclSyntax.self) {
        let code = try initializerSignature(i)
        var key = code.fullName
        if let existing = type.initializers[key], existing.parameters.map(\.type) != code.parameters.map(\.type) {
          // `init(_ val: Int)` beside `init?(_ array: [Int])`: overloads by parameter type,
          // chosen where they are called.
          key = Lowerer.initializerOverloadKey(code.fullName, i)
        }
        type.initializers[key] = code
        if i.optionalMark != nil { type.failableInitializers.insert(key) }
        if !inExtension { type.declaresInitializer = true }
      } else if let nested = decl.as(StructDeclSyntax.self) {
        // A nested type is known by its own name, and as `Outer.Inner`.
        try predeclareStruct(nested)
      } else if let nested = decl.as(ClassDeclSyntax.self) {
        try predeclareClass(nested)
      } else if let nested = decl.as(EnumDeclSyntax.self) {
        try predeclareEnum(nested)
      } else if decl.is(EnumCaseDeclSyntax.self) {
        if !type.isEnum { throw fail("enum 'case' is not allowed outside of an enum", at: decl) }
      } else if decl.is(DeinitializerDeclSyntax.self) {
        if !type.isClass { throw fail("deinitializers may only be declared within a class", at: decl) }
        type.hasDeinit = true
      } else if let a = decl.as(TypeAliasDeclSyntax.self) {
        // `typealias Node = TreeNode<T>` inside a type: known by its name in the whole cell.
        try registerAlias(a)
      } else if let sd = decl.as(SubscriptDeclSyntax.self) {
        if sd.modifiers.contains(where: {
          $0.name.tokenKind == .keyword(.static) || $0.name.tokenKind == .keyword(.class)
        }) {
          try predeclareStaticSubscript(sd, of: type)
          continue
        }
        let n = sd.parameterClause.parameters.count
        // Of two subscripts with as many indices (`subscript(index: Int)` beside a collection's
        // `subscript(position: Index)`), the first declared is the type's; the others are
        // overloads, chosen by the indices' types when the cell runs.
        var overload = 1
        while type.setters[Lowerer.subscriptKey(get: true, n, overload: overload)] != nil { overload += 1 }
        if overload > Lowerer.subscriptOverloadLimit { continue }
        let getter = FunctionCode(name: "subscript", loc: loc(sd))
        if let g = sd.genericParameterClause { declareGenericParameters(g) }
        getter.returnType = try typeHint(sd.returnClause.type)
        getter.parameters = try subscriptParameters(sd)
        type.setters[Lowerer.subscriptKey(get: true, n, overload: overload)] = getter
        if sd.accessorBlock.accessor(.set) != nil {
          let setter = FunctionCode(name: "subscript", loc: loc(sd))
          setter.returnType = .void
          setter.parameters =
            try subscriptParameters(sd) + [
              ParameterInfo(
                label: nil, name: "newValue", slot: 0, isInout: false, isBoxed: false, defaultValue: nil,
                type: getter.returnType)
            ]
          type.setters[Lowerer.subscriptKey(get: false, n, overload: overload)] = setter
        }
      } else if let i = decl.as(IfConfigDeclSyntax.self) {
        throw unsupported(ConditionalCompilation.refusal(i), at: decl)
      } else {
        throw unsupported("'\(decl.trimmedDescription.prefix(20))' is not supported as a member in cells", at: decl)
      }
    }
  }

  /// Where a type keeps its `subscript` getter and setter of `n` indices (among the setters,
  /// by a name no property can have).
  /// Overloads after the first (`subscript(i: Int)` beside `subscript(r: Range<Int>)`) have
  /// keys of their own.
  static func subscriptKey(get: Bool, _ n: Int, overload: Int = 1) -> String {
    (get ? "subscript(get)/" : "subscript(set)/") + String(n) + (overload > 1 ? "#\(overload)" : "")
  }
  static let subscriptOverloadLimit = 4

  /// A subscript's indices: unlabeled unless the declaration gives an external name.
  func subscriptParameters(_ sd: SubscriptDeclSyntax) throws -> [ParameterInfo] {
    // `subscript<Indices: Sequence>(indices: Indices)`: its generic parameters stand for any type.
    if let g = sd.genericParameterClause { declareGenericParameters(g) }
    return try sd.parameterClause.parameters.map { p in
      let type = try typeHint(p.type)
      let name = p.secondName?.text ?? p.firstName.text
      let label = p.secondName != nil && p.firstName.text != "_" ? p.firstName.text : nil
      return ParameterInfo(
        label: label, name: name, slot: 0, isInout: false, isBoxed: false, defaultValue: nil, type: type)
    }
  }

  /// Lowers a `subscript`'s getter and setter bodies.
  func lowerSubscript(_ sd: SubscriptDeclSyntax, of type: StructType) throws {
    if try lowerStaticSubscript(sd, of: type) { return }
    let n = sd.parameterClause.parameters.count
    // The subscripts `predeclareMembers` kept: the first and its overloads.
    let at = loc(sd)
    guard
      let overload = (1...Lowerer.subscriptOverloadLimit).first(where: {
        type.setters[Lowerer.subscriptKey(get: true, n, overload: $0)]?.loc == at
      }), let getter = type.setters[Lowerer.subscriptKey(get: true, n, overload: overload)]
    else { return }
    let indexNodes = sd.parameterClause.parameters.map { Syntax($0) }
    let indices = getter.parameters.map { ($0.name, $0.type) }
    var getBody: CodeBlockItemListSyntax?
    var setAccessor: AccessorDeclSyntax?
    switch sd.accessorBlock?.accessors {
    case .getter(let items)?: getBody = items
    case .accessors(let list)?:
      for a in list {
        switch a.accessorSpecifier.tokenKind {
        case .keyword(.get): getBody = a.body?.statements
        case .keyword(.set): setAccessor = a
        default:
          throw unsupported("'\(a.accessorSpecifier.text)' in a subscript is not supported in cells", at: a)
        }
      }
    case nil: break
    }
    guard let getBody else { throw fail("a subscript needs a getter", at: sd) }
    _ = try lowerBody(
      of: getter, parameters: indices, paramNodes: indexNodes, statements: getBody, isClosure: false,
      selfType: type, selfIsMutable: type.isClass)
    if let setAccessor, let setter = type.setters[Lowerer.subscriptKey(get: false, n, overload: overload)] {
      let valueName = setAccessor.parameters?.name.text ?? "newValue"
      setter.parameters[n].name = valueName
      _ = try lowerBody(
        of: setter, parameters: indices + [(valueName, getter.returnType)],
        paramNodes: indexNodes + [Syntax(setAccessor)], statements: setAccessor.body?.statements ?? [],
        isClosure: false, selfType: type, selfIsMutable: true)
    }
  }

  /// A `{ willSet ... didSet ... }` block: the property is stored, and observed.
  func isObserverBlock(_ block: AccessorBlockSyntax) -> Bool {
    guard case .accessors(let list) = block.accessors, !list.isEmpty else { return false }
    return list.allSatisfy {
      $0.accessorSpecifier.tokenKind == .keyword(.willSet) || $0.accessorSpecifier.tokenKind == .keyword(.didSet)
    }
  }

  /// A `set`, `willSet` or `didSet` body, lowered as a method taking the one value; inside
  /// it the property itself is read and written directly, as in Swift.
  func accessor(
    _ a: AccessorDeclSyntax, of type: StructType, property: String, parameter: String, type valueType: TypeHint
  ) throws -> FunctionCode {
    let code = FunctionCode(name: property + "." + a.accessorSpecifier.text, loc: loc(a))
    code.returnType = .void
    code.parameters = [
      ParameterInfo(
        label: nil, name: parameter, slot: 0, isInout: false, isBoxed: false, defaultValue: nil, type: valueType)
    ]
    let saved = accessorProperty
    accessorProperty = property
    defer { accessorProperty = saved }
    _ = try lowerBody(
      of: code, parameters: [(parameter, valueType)], paramNodes: [Syntax(a)], statements: a.body?.statements ?? [],
      isClosure: false, selfType: type, selfIsMutable: true)
    return code
  }

  func initializerSignature(_ i: InitializerDeclSyntax) throws -> FunctionCode {
    // `init<C: Collection>(_ items: C)`: the initializer's own generic parameters name types.
    if let g = i.genericParameterClause { declareGenericParameters(g) }
    let code = FunctionCode(name: "init", loc: loc(i))
    code.parameters = try i.signature.parameterClause.parameters.enumerated().map { index, p in
      let first = p.firstName.text
      var type = try typeHint(p.type)
      if p.ellipsis != nil {
        // `init(arrayLiteral elements: Element...)`: an array in the body.
        if code.variadicIndex != nil {
          throw unsupported("a second variadic parameter is not supported in cells", at: p)
        }
        code.variadicIndex = index
        type = .array(type)
      }
      // `init(closure: @autoclosure @escaping () -> ())`: the argument becomes a closure.
      let isAutoclosure = Lowerer.isAutoclosure(p)
      let defaultValue = try p.defaultValue.map {
        isAutoclosure ? try autoclosure($0.value) : try expr($0.value, expected: type).node
      }
      return ParameterInfo(
        label: first == "_" ? nil : first, name: p.secondName?.text ?? first, slot: 0, isInout: false,
        isBoxed: false, defaultValue: defaultValue, type: type, isAutoclosure: isAutoclosure)
    }
    code.returnType = .void
    return code
  }

  /// Lowers the bodies: field defaults, methods, computed properties, initializers.
  func structDeclaration(_ s: StructDeclSyntax) throws -> [Stmt] {
    guard let type = globals.structs[s.name.text] else { return [] }
    return try lowerMembers(s.memberBlock, of: type)
  }

  func lowerMembers(_ block: MemberBlockSyntax, of type: StructType) throws -> [Stmt] {
    try withNestedTypes(of: type) { try lowerOwnMembers(block, of: type) }
  }

  private func lowerOwnMembers(_ block: MemberBlockSyntax, of type: StructType) throws -> [Stmt] {
    let saved = currentStruct
    currentStruct = type
    defer { currentStruct = saved }
    var statements: [Stmt] = []
    for member in block.members {
      let decl = member.decl
      if let v = decl.as(VariableDeclSyntax.self) {
        let isStatic = v.modifiers.contains {
          $0.name.tokenKind == .keyword(.static) || $0.name.tokenKind == .keyword(.class)
        }
        for b in v.bindings {
          let name = b.pattern.as(IdentifierPatternSyntax.self)!.identifier.text
          if isStatic, b.initializer == nil, let accessors = b.accessorBlock, !isObserverBlock(accessors) {
            // `static var level: Int { verbose ? 2 : 1 }`: a getter run at each read.
            let body: CodeBlockItemListSyntax
            var setter: AccessorDeclSyntax?
            switch accessors.accessors {
            case .getter(let items): body = items
            case .accessors(let list):
              let get = list.first { $0.accessorSpecifier.tokenKind == .keyword(.get) }
              setter = list.first { $0.accessorSpecifier.tokenKind == .keyword(.set) }
              guard let getBody = get?.body, list.count == (setter == nil ? 1 : 2), setter?.body != nil || setter == nil
              else {
                throw unsupported(
                  "this static computed property's accessors are not supported in cells ('\(name)')", at: accessors)
              }
              body = getBody.statements
            }
            let code = FunctionCode(name: name, loc: loc(b))
            code.returnType = try b.declaredType.map { try typeHint($0) } ?? .unknown
            if let setter {
              // `static var volume: Int { get {...} set {...} }`: assigning it runs the setter.
              try staticSetter(setter, of: type, property: name, valueType: code.returnType)
            }
            try lowerStaticBody(of: code, in: type, parameters: [], paramNodes: [], statements: body)
            type.staticMethods[StaticMemberExpr.getterKey(name)] = code
            continue
          }
          if isStatic {
            guard let initial = b.initializer else {
              throw fail("static property '\(name)' needs an initial value", at: b)
            }
            let saved = currentStruct
            currentStruct = nil
            let declared = try b.declaredType.map { try typeHint($0) } ?? .unknown
            var value = try expr(initial.value, expected: declared).node
            if needsCoercion(declared) { value = CoerceExpr(value, declared) }
            currentStruct = saved
            statements.append(StaticInitStmt(type: type, name: name, value: value))
          } else if let accessors = b.accessorBlock, !isObserverBlock(accessors) {
            let body: CodeBlockItemListSyntax
            switch accessors.accessors {
            case .getter(let items): body = items
            case .accessors(let list):
              if let get = list.first(where: { $0.accessorSpecifier.tokenKind == .keyword(.get) }),
                get.modifier?.name.tokenKind == .keyword(.mutating), !type.isClass
              {
                throw unsupported(
                  "a 'mutating get' is not supported in cells: a read cannot change the value it reads; use a mutating method",
                  at: get)
              }
              guard let get = list.first(where: { $0.accessorSpecifier.tokenKind == .keyword(.get) }),
                let getBody = get.body
              else {
                throw fail("a computed property '\(name)' with a setter needs a getter ('get')", at: accessors)
              }
              if let other = list.first(where: {
                $0.accessorSpecifier.tokenKind != .keyword(.get) && $0.accessorSpecifier.tokenKind != .keyword(.set)
              }) {
                throw unsupported(
                  "'\(other.accessorSpecifier.text)' accessors are not supported in cells; use 'get' and 'set'",
                  at: other)
              }
              if let set = list.first(where: { $0.accessorSpecifier.tokenKind == .keyword(.set) }) {
                type.setters[name] = try accessor(
                  set, of: type, property: name, parameter: set.parameters?.name.text ?? "newValue",
                  type: try b.declaredType.map { try typeHint($0) } ?? .unknown)
              }
              body = getBody.statements
            }
            let code = type.computed[name] ?? FunctionCode(name: name, loc: loc(b))
            code.returnType = try b.declaredType.map { try typeHint($0) } ?? .unknown
            _ = try lowerBody(
              of: code, parameters: [], paramNodes: [], statements: body, isClosure: false, selfType: type,
              selfIsMutable: type.isClass)
            type.computed[name] = code
          } else if let initial = b.initializer, let code = type.lazyInitializers[name] {
            _ = try lowerBody(
              of: code, parameters: [], paramNodes: [], statements: CodeBlockItemListSyntax([]), isClosure: false,
              selfType: type, selfIsMutable: type.isClass, autoclosure: initial.value)
            // Its storage is an optional of the initializer's type (Swift prints `Optional(8)`).
            if let k = type.fieldIndex[StructType.lazyStorageName(name)], type.fieldTypes[k] == .unknown,
              code.returnType != .unknown
            {
              type.fieldTypes[k] = .optional(code.returnType)
            }
          } else if let initial = b.initializer, let k = type.fieldIndex[Lowerer.weakStorageName(name)] {
            // `unowned var owner = Person()`: the value is made, then held without being kept alive.
            let saved = currentStruct
            currentStruct = nil
            let typed = try expr(initial.value)
            currentStruct = saved
            type.fieldDefaults[k] = WeakStoreExpr(typed.node, loc(initial.value))
          } else if let initial = b.initializer, let k = type.fieldIndex[name] {
            let saved = currentStruct
            currentStruct = nil
            let typed = try expr(initial.value, expected: type.fieldTypes[k])
            try checkConversion(of: typed.type, to: type.fieldTypes[k], .specified, at: initial.value)
            currentStruct = saved
            type.fieldDefaults[k] = typed.node
            if type.fieldTypes[k] == .unknown { type.fieldTypes[k] = typed.type }
          }
          if let observers = b.accessorBlock, isObserverBlock(observers),
            case .accessors(let list) = observers.accessors
          {
            if isStatic {
              throw unsupported(
                "observers ('willSet'/'didSet') of static properties are not supported in cells", at: observers)
            }
            // An override's observers may watch an inherited computed property.
            guard let valueType = type.fieldIndex[name].map({ type.fieldTypes[$0] }) ?? type.computed[name]?.returnType
            else {
              throw unsupported(
                "observers ('willSet'/'didSet') of weak or unowned properties are not supported in cells", at: observers
              )
            }
            for a in list {
              let isWill = a.accessorSpecifier.tokenKind == .keyword(.willSet)
              let code = try accessor(
                a, of: type, property: name,
                parameter: a.parameters?.name.text ?? (isWill ? "newValue" : "oldValue"), type: valueType)
              if isWill { type.willSetObservers[name] = code } else { type.didSetObservers[name] = code }
            }
          }
        }
      } else if let f = decl.as(FunctionDeclSyntax.self) {
        let signature = try functionSignature(f)
        let isStatic = f.modifiers.contains {
          $0.name.tokenKind == .keyword(.static) || $0.name.tokenKind == .keyword(.class)
        }
        let found: FunctionCode?
        if isStatic, case .binaryOperator = f.name.tokenKind {
          found = globals.operators[signature.name]?.first { $0.loc == signature.loc }
        } else {
          found =
            isStatic
            ? type.staticMethods[signature.fullName]
            : type.methods[Lowerer.overloadKey(signature.fullName, f)] ?? type.methods[signature.fullName]
        }
        guard let code = found, let body = f.body else {
          throw fail("method '\(f.name.text)' needs a body", at: f)
        }
        if isStatic {
          try lowerStaticBody(
            of: code, in: type, parameters: code.parameters.map { ($0.name, $0.type) },
            paramNodes: f.signature.parameterClause.parameters.map { Syntax($0) }, statements: body.statements)
          if globals.protocols[type.name] === type {
            protocolStaticMethods[ObjectIdentifier(code)] = f
            for conformer in globals.structs.values where globals.protocols[conformer.name] == nil {
              try specializeProtocolStaticMethods(of: conformer)
            }
          }
          continue
        }
        _ = try lowerBody(
          of: code, parameters: code.parameters.map { ($0.name, $0.type) },
          paramNodes: f.signature.parameterClause.parameters.map { Syntax($0) }, statements: body.statements,
          isClosure: false, selfType: type,
          selfIsMutable: type.isClass || type.mutatingMethods.contains(code.fullName))
        convertGenericArguments(of: code, in: type, f.signature.parameterClause.parameters)
      } else if let i = decl.as(InitializerDeclSyntax.self) {
        let signature = try initializerSignature(i)
        guard
          let code = type.initializers[Lowerer.initializerOverloadKey(signature.fullName, i)]
            ?? type.initializers[signature.fullName], let body = i.body
        else {
          throw fail("initializer needs a body", at: i)
        }
        inInitializer = true
        defer { inInitializer = false }
        _ = try lowerBody(
          of: code, parameters: code.parameters.map { ($0.name, $0.type) },
          paramNodes: i.signature.parameterClause.parameters.map { Syntax($0) }, statements: body.statements,
          isClosure: false, selfType: type, selfIsMutable: true)
      } else if let nested = decl.as(StructDeclSyntax.self) {
        let saved = currentStruct
        currentStruct = nil
        defer { currentStruct = saved }
        statements += try structDeclaration(nested)
      } else if let nested = decl.as(ClassDeclSyntax.self) {
        let saved = currentStruct
        currentStruct = nil
        defer { currentStruct = saved }
        statements += try classDeclaration(nested)
      } else if let nested = decl.as(EnumDeclSyntax.self) {
        let saved = currentStruct
        currentStruct = nil
        defer { currentStruct = saved }
        statements += try enumDeclaration(nested)
      } else if let sd = decl.as(SubscriptDeclSyntax.self) {
        try lowerSubscript(sd, of: type)
      } else if let d = decl.as(DeinitializerDeclSyntax.self), let body = d.body {
        let code = FunctionCode(name: "deinit", loc: loc(d))
        code.returnType = .void
        _ = try lowerBody(
          of: code, parameters: [], paramNodes: [], statements: body.statements, isClosure: false, selfType: type,
          selfIsMutable: true)
        type.deinitializer = code
      }
    }
    if globals.protocols[type.name] !== type { try specializeProtocolStaticMethods(of: type) }
    return statements
  }

  /// `static func describe() -> String { "Kingdom: \(kingdom)" }` in a protocol extension:
  /// Swift runs it with the conforming type as `Self`, so `Cat.describe()` reads `Cat`'s
  /// `kingdom`. Each adopted copy is lowered again in the conformer's static context.
  func specializeProtocolStaticMethods(of type: StructType) throws {
    guard !protocolStaticMethods.isEmpty,
      type.staticMethods.values.contains(where: { protocolStaticMethods[ObjectIdentifier($0)] != nil })
    else { return }
    // The static properties the protocol's extensions give (`static var kingdom: String {
    // "Animalia" }`), lowered after the type adopted the protocol's defaults, are its too.
    for name in type.conformances {
      guard let p = globals.protocols[name] else { continue }
      for (key, code) in p.staticMethods where key.hasPrefix("$") && type.staticMethods[key] == nil {
        type.staticMethods[key] = code
        type.staticNames.insert(code.name)
      }
    }
    for (full, shared) in type.staticMethods {
      guard let f = protocolStaticMethods[ObjectIdentifier(shared)], let body = f.body else { continue }
      let code = try functionSignature(f)
      try lowerStaticBody(
        of: code, in: type, parameters: code.parameters.map { ($0.name, $0.type) },
        paramNodes: f.signature.parameterClause.parameters.map { Syntax($0) }, statements: body.statements)
      type.staticMethods[full] = code
    }
  }

  /// The label of the initializer a literal argument is made by (`stringLiteral` for `"a"`).
  func literalInitializerLabel(_ e: ExprSyntax) -> String? {
    if e.is(StringLiteralExprSyntax.self) { return "stringLiteral" }
    if e.is(IntegerLiteralExprSyntax.self) { return "integerLiteral" }
    if e.is(FloatLiteralExprSyntax.self) { return "floatLiteral" }
    if e.is(BooleanLiteralExprSyntax.self) { return "booleanLiteral" }
    if e.is(ArrayExprSyntax.self) { return "arrayLiteral" }
    return nil
  }

  /// `Point(x: 1, y: 2)`: an explicit `init`, or the memberwise initializer Swift synthesizes.
  func structInit(_ s: StructType, _ args: [Argument], at c: FunctionCallExprSyntax) throws -> Typed {
    let labels = args.map(\.label)
    // An enum with raw values keeps `init?(rawValue:)` beside initializers of its own.
    if s.isEnum,
      s.initializers.isEmpty
        || (labels == ["rawValue"] && !s.rawValues.isEmpty
          && !s.initializers.values.contains { labelsMatch($0, labels, trailing: nil) })
    {
      return try enumRawInit(s, args, at: c)
    }
    if !s.initializers.isEmpty {
      let candidates = s.orderedInitializers
      let fitting = candidates.filter { labelsMatch($0, labels, trailing: args.trailingClosureIndex) }
      var chosen = fitting.count > 1 ? initializerTakingTypes(fitting, args) : fitting.first
      if chosen == nil, s.isClass {
        // A subclass with only convenience initializers inherits its superclass's designated ones.
        chosen = inheritedInitializer(s, labels, trailing: args.trailingClosureIndex)
      }
      if chosen == nil, !s.declaresInitializer, !s.isClass {
        return try memberwiseInit(s, args, at: c)
      }
      if chosen == nil, labels == [nil], let label = literalInitializerLabel(args[0].expression),
        candidates.contains(where: { labelsMatch($0, [label], trailing: nil) })
      {
        // `Name("Ada Lovelace")` where `Name` is `ExpressibleByStringLiteral`: Swift reads the
        // literal as a `Name`, made by `init(stringLiteral:)`.
        return try structInit(s, [Argument(label: label, expression: args[0].expression)], at: c)
      }
      guard let code = chosen else {
        let have = labels.map { ($0 ?? "_") + ":" }.joined()
        throw fail(
          "no initializer \(s.name)(\(have)); use \(candidates.map { s.name + $0.fullName.dropFirst(4) }.joined(separator: " or "))",
          at: c)
      }
      let call = try callUser(code, callee: Const(.void, loc(c)), args, at: c)
      let node = call.node as! CallFunctionExpr
      let failable = s.isFailable(code)
      return Typed(
        InitCallExpr(type: s, code: code, arguments: node.arguments, failable: failable, loc(c)),
        failable ? .optional(.named(s.name)) : .named(s.name))
    }
    return try memberwiseInit(s, args, at: c)
  }

  /// `Version(2)` beside `init(_ major: Int, _ minor: Int = 0)` and `init?(_ text: String)`:
  /// of the initializers whose labels fit, the first whose parameters take the arguments' types.
  func initializerTakingTypes(_ fitting: [FunctionCode], _ args: [Argument]) -> FunctionCode? {
    guard args.allSatisfy({ $0.label == nil }) else { return fitting.first }
    let types = args.map { a -> TypeHint in
      if a.expression.is(ClosureExprSyntax.self) { return .function }
      return (try? expr(a.expression).type) ?? .unknown
    }
    return fitting.first { code in
      code.variadicIndex == nil
        && zip(types, code.parameters).allSatisfy { Lowerer.argumentFits($0, $1.type) }
    } ?? fitting.first
  }

  /// Memberwise: every stored property in order; those with an initial value may be left out,
  /// except `let` properties with an initial value, which are not parameters at all.
  func memberwiseInit(_ s: StructType, _ args: [Argument], at c: FunctionCallExprSyntax) throws -> Typed {
    let labels = args.map(\.label)
    if s.isClass, let k = s.fieldHasDefault.firstIndex(of: false) {
      throw fail(
        "class '\(s.name)' has no initializers: stored property '\(s.fieldNames[k])' has no initial value", at: c)
    }
    var nodes: [Expr?] = []
    var argumentTypes: [TypeHint?] = []
    var i = 0
    for (k, field) in s.fieldNames.enumerated() {
      let fixed = s.fieldIsLet[k] && s.fieldHasDefault[k]
      argumentTypes.append(nil)
      if !fixed, i < args.count, args[i].label == field {
        let typed = try expr(args[i].expression, expected: s.fieldTypes[k])
        // A literal takes the type the context gives it (`Stack<Double>(items: [1, 2])`).
        if !Lowerer.isLiteral(args[i].expression) && !args[i].expression.is(DictionaryExprSyntax.self) {
          argumentTypes[k] = typed.type
        }
        try checkConversion(of: typed.type, to: s.fieldTypes[k], .argument, at: args[i].expression)
        var node = typed.node
        if needsCoercion(s.fieldTypes[k]) { node = CoerceExpr(node, s.fieldTypes[k]) }
        nodes.append(node)
        i += 1
      } else if s.fieldHasDefault[k] {
        nodes.append(nil)
      } else {
        let want = s.fieldNames.enumerated().filter { !(s.fieldIsLet[$0.offset] && s.fieldHasDefault[$0.offset]) }
          .map { $0.element + ":" }.joined()
        let have = labels.map { ($0 ?? "_") + ":" }.joined()
        if i < args.count || labels.count != s.fieldNames.count {
          throw fail("incorrect arguments in call to \(s.name)(\(want)): have (\(have))", at: c)
        }
        throw fail("missing argument for parameter '\(field)' in call to \(s.name)(\(want))", at: c)
      }
    }
    if i < args.count {
      let want = s.fieldNames.map { $0 + ":" }.joined()
      throw fail(
        "incorrect arguments in call to \(s.name)(\(want)): have (\(labels.map { ($0 ?? "_") + ":" }.joined()))",
        at: c)
    }
    let made = MemberwiseInitExpr(type: s, arguments: nodes, loc(c))
    if let written = memberwiseTypeArguments(s, argumentTypes) {
      return Typed(withTypeArguments(made, s, written, at: c), .named(s.name))
    }
    return Typed(made, .named(s.name))
  }

  func structMethodCall(
    _ s: StructType, on base: Expr, name: String, _ args: [Argument], at c: FunctionCallExprSyntax,
    mutableBase: Bool, exactType: Bool = false
  ) throws -> Typed {
    let labels = args.map(\.label)
    let candidates = s.methods.filter { $0.value.name == name }.sorted { $0.key < $1.key }.map(\.value)
    var matching = candidates.filter { labelsMatch($0, labels, trailing: args.trailingClosureIndex) }
    if matching.count > 1 {
      // Overloads by parameter type: the first whose parameters take the arguments' types.
      // A parameter of a known type that takes the argument counts more than a generic one.
      let types = try args.map { try expr($0.expression).type }
      var best: (code: FunctionCode, score: Int)?
      for code in matching where code.parameters.count == types.count {
        let pairs = zip(types, code.parameters.map(\.type))
        guard pairs.allSatisfy({ Lowerer.argumentFits($0, $1) }) else { continue }
        var score = pairs.filter { $0 != .unknown && $1 != .unknown }.count
        // A closure argument goes to a parameter of function type (`firstIndex { ... }` is
        // `firstIndex(where:)`, not `firstIndex(of:)`).
        for (argument, parameter) in zip(args, code.parameters) where argument.expression.is(ClosureExprSyntax.self) {
          if case .functionOf = parameter.type { score += 1 }
        }
        if best == nil || score > best!.score { best = (code, score) }
      }
      if let best { matching = [best.code] }
    }
    guard let code = matching.first else {
      if candidates.isEmpty, s.fieldIndex[name] != nil || s.computed[name] != nil || s.lazyInitializers[name] != nil {
        // A closure stored in a property: `op.apply(3, 4)`, also a `lazy var` one.
        let field = Typed(FieldExpr(base, name: name, property: nil, loc(c)), memberType(of: s, name))
        return try callValue(implicitlyUnwrapped(field, c.calledExpression), args, at: c)
      }
      if candidates.isEmpty, let typed = try userSequenceMethod(s, on: base, name: name, args, at: c) {
        return typed
      }
      if candidates.isEmpty {
        var message = "value of type '\(s.name)' has no member '\(name)'"
        if let g = Suggestions.closest(to: name, in: s.methods.values.map(\.name) + s.fieldNames) {
          message += "; did you mean '\(g)'?"
        }
        throw fail(message, at: c)
      }
      let have = labels.map { ($0 ?? "_") + ":" }.joined()
      throw fail(
        "incorrect argument labels in call to '\(name)' (have '\(have)', expected '\(candidates.map { String($0.fullName.dropFirst(name.count + 1).dropLast()) }.joined(separator: "' or '"))')",
        at: c)
    }
    let isMutating = s.mutatingMethods.contains(code.fullName)
    if isMutating && !mutableBase {
      throw fail("cannot use mutating member '\(name)' on immutable value", at: c)
    }
    // An overload by type is called as chosen here (overriding one in a subclass is not supported).
    let isTypeOverload = s.methods[code.fullName] !== code
    let call = try callUser(code, callee: Const(.void, loc(c)), args, at: c)
    let node = call.node as! CallFunctionExpr
    if node.hasInout {
      return Typed(
        InoutMethodCallExpr(
          base: base, code: code, declaringType: s, arguments: node.arguments, inoutTargets: node.inoutTargets,
          mutating: isMutating, dynamic: s.isClass && !exactType && !isTypeOverload, loc(c)),
        code.returnType)
    }
    if s.isClass && !exactType && !isTypeOverload {
      return Typed(
        ClassMethodCallExpr(base: base, code: code, declaringType: s, arguments: node.arguments, loc(c)),
        code.returnType)
    }
    return Typed(
      StructMethodCallExpr(
        base: base, code: code, arguments: node.arguments, mutating: isMutating, loc(c)), code.returnType)
  }
}

extension Lowerer {
  /// Where a method overloaded by parameter type is kept among its type's methods.
  static func overloadKey(_ fullName: String, _ f: FunctionDeclSyntax) -> String {
    fullName + "@\(f.position.utf8Offset)"
  }

  /// The key of an initializer overloaded by parameter type in `StructType.initializers`.
  static func initializerOverloadKey(_ fullName: String, _ i: InitializerDeclSyntax) -> String {
    fullName + "@\(i.position.utf8Offset)"
  }

  /// Whether an argument of static type `argument` may be passed for a parameter of type `parameter`.
  static func argumentFits(_ argument: TypeHint, _ parameter: TypeHint) -> Bool {
    switch (argument, parameter) {
    case (.unknown, _), (_, .unknown): return true
    case (.int, .double), (.int, .float): return true
    case (.array(let a), .array(let b)): return argumentFits(a, b)
    case (.optional(let a), .optional(let b)): return argumentFits(a, b)
    case (_, .optional(let b)): return argumentFits(argument, b)
    // Function types are not compared parameter by parameter.
    case (.function, .functionOf), (.functionOf, .function), (.functionOf, .functionOf): return true
    default: return argument == parameter
    }
  }
}

/// `static let` in a struct: evaluated when the declaring cell runs.
final class StaticInitStmt: Stmt {
  let type: StructType
  let name: String
  let value: Expr
  init(type: StructType, name: String, value: Expr) {
    self.type = type
    self.name = name
    self.value = value
    super.init(value.loc)
  }
  override func exec(_ rt: Runtime, _ fp: Frame) throws -> Flow {
    type.staticValues[name] = try value.eval(rt, fp)
    return .normal
  }
}

final class StaticMemberExpr: LValue {
  let type: StructType
  let name: String
  init(type: StructType, name: String, _ loc: SourceLoc) {
    self.type = type
    self.name = name
    super.init(loc)
  }
  /// Where a static computed property's getter is kept among the type's static methods.
  static func getterKey(_ name: String) -> String { "$get " + name }
  static func setterKey(_ name: String) -> String { "$set " + name }

  override func eval(_ rt: Runtime, _ fp: Frame) throws -> Value {
    guard let v = type.staticValues[name] else {
      if let getter = type.staticMethods[StaticMemberExpr.getterKey(name)] {
        return try UserFunction(code: getter, captures: []).call(rt, [], at: loc)
      }
      throw LocatedFailure(kind: .runtime, message: "'\(type.name).\(name)' is used before it is initialized", loc: loc)
    }
    return v
  }
  override func modify(_ rt: Runtime, _ fp: Frame, _ body: (inout Value) throws -> Void) throws {
    if type.staticValues[name] == nil, let getter = type.staticMethods[StaticMemberExpr.getterKey(name)],
      let setter = type.staticMethods[StaticMemberExpr.setterKey(name)]
    {
      var v = try UserFunction(code: getter, captures: []).call(rt, [], at: loc)
      try body(&v)
      _ = try UserFunction(code: setter, captures: []).call(rt, [v], at: loc)
      return
    }
    if type.staticValues[name] == nil, type.staticMethods[StaticMemberExpr.getterKey(name)] != nil {
      throw LocatedFailure(kind: .runtime, message: "cannot assign to '\(type.name).\(name)': it is get-only", loc: loc)
    }
    guard var v = type.staticValues[name] else {
      throw LocatedFailure(kind: .runtime, message: "'\(type.name).\(name)' is used before it is initialized", loc: loc)
    }
    type.staticValues[name] = nil
    defer { type.staticValues[name] = v }
    try body(&v)
  }
}

final class MemberwiseInitExpr: Expr {
  let type: StructType
  let arguments: [Expr?]
  init(type: StructType, arguments: [Expr?], _ loc: SourceLoc) {
    self.type = type
    self.arguments = arguments
    super.init(loc)
  }
  override func eval(_ rt: Runtime, _ fp: Frame) throws -> Value {
    var fields: [Value] = []
    fields.reserveCapacity(arguments.count)
    // By index: an enumerated iterator retains the array.
    for k in 0..<arguments.count {
      if let a = arguments[k] {
        fields.append(try a.eval(rt, fp))
      } else if let d = type.defaultValue(k) {
        fields.append(try type.fieldTypes[k].coerce(evalFieldDefault(d, rt, fp, loc), loc))
      } else {
        fields.append(.void)
      }
    }
    return type.instance(fields)
  }
}

/// A field's default value, counted as a call: `struct Node { var next = Node() }` makes
/// each instance's default make another, which must end in the located "recursion too
/// deep" error, not in a native stack overflow.
func evalFieldDefault(_ d: Expr, _ rt: Runtime, _ fp: Frame, _ loc: SourceLoc) throws -> Value {
  let depthFrame = try rt.pushFrame(0, at: loc)
  defer { rt.popFrame(depthFrame, 0) }
  return try d.eval(rt, fp)
}

/// An explicit `init`: runs its body with `self` in slot 0, starting from the field defaults.
final class InitCallExpr: Expr {
  let type: StructType
  let code: FunctionCode
  let arguments: [Expr]
  /// `init?`: the instance is optional, and `return nil` makes it nil.
  let failable: Bool
  init(type: StructType, code: FunctionCode, arguments: [Expr], failable: Bool = false, _ loc: SourceLoc) {
    self.type = type
    self.code = code
    self.arguments = arguments
    self.failable = failable
    super.init(loc)
  }
  override func eval(_ rt: Runtime, _ fp: Frame) throws -> Value {
    var fields: [Value] = []
    for k in type.fieldDefaults.indices {
      fields.append(
        try type.defaultValue(k).map { try type.fieldTypes[k].coerce(evalFieldDefault($0, rt, fp, loc), loc) } ?? .void)
    }
    let values = try arguments.map { try $0.eval(rt, fp) }
    let (result, instance) = try rt.callMethod(code, self: type.instance(fields), values, at: loc)
    if failable, case .none = result { return .none }
    if case .structInstance(let s) = instance,
      let k = (s.ref?.fields ?? s.fields).firstIndex(where: { if case .void = $0 { return true } else { return false } }
      )
    {
      throw LocatedFailure(
        kind: .runtime, message: "'self.\(type.fieldNames[k])' was not initialized before the initializer returned",
        loc: loc)
    }
    return failable ? .some(instance) : instance
  }
}

final class StructMethodCallExpr: Expr {
  let base: Expr
  let code: FunctionCode
  let arguments: [Expr]
  let mutating: Bool
  /// Where a `mutating` method's `self` lives; the method works on it in place.
  let target: LValue?
  /// A receiver that is a plain local or global: read (or, for a `mutating` method, moved)
  /// in place, without `eval` or the target's `modify` closure.
  private let place: Operand
  /// Where each argument goes in the method's frame (planned at the first call, when the
  /// method's parameters have their slots), for a method that boxes no parameter.
  private var plan: UnsafeMutablePointer<ArgumentPlan>?
  private var planned = false

  init(base: Expr, code: FunctionCode, arguments: [Expr], mutating: Bool, _ loc: SourceLoc) {
    self.base = base
    self.code = code
    self.arguments = arguments
    self.mutating = mutating
    self.target = mutating ? base as? LValue : nil
    switch Operand(base) {
    case .local(let slot): place = .local(slot)
    case .global(let index): place = .global(index)
    default: place = .general
    }
    super.init(loc)
  }

  deinit { plan?.deallocate() }

  override func eval(_ rt: Runtime, _ fp: Frame) throws -> Value {
    if !planned { makePlan() }
    guard let plan else {
      return try rt.callMethod(code, base: base, target: target, arguments: arguments, fp, at: loc)
    }
    let receiver: UnsafeMutablePointer<Value>
    switch place {
    case .local(let slot): receiver = fp + slot
    case .global(let index): receiver = rt.globals + index
    default: return try rt.callMethod(code, base: base, target: target, arguments: arguments, fp, at: loc)
    }
    try rt.checkTime(loc)
    let size = code.frameSize
    let newFP = try rt.pushFrame(size, at: loc)
    do {
      // The receiver before the arguments, as Swift evaluates them; a `mutating` method's
      // `self` is moved in after them, when its `inout` access begins.
      if !mutating { newFP.initialize(to: receiver.pointee) }
      try bindPlanned(plan, count: arguments.count, rt, fp, into: newFP)
    } catch {
      rt.popFrame(newFP, size)
      throw error
    }
    do {
      defer { rt.popFrame(newFP, size) }
      guard mutating else { return try rt.runBody(code, newFP) }
      swap(&newFP.pointee, &receiver.pointee)
      // Back into the variable whether the method returns or fails (a `self` a closure in
      // the method captured is in a box).
      defer {
        if case .box(let b) = newFP.pointee {
          receiver.pointee = b.value
        } else {
          swap(&newFP.pointee, &receiver.pointee)
        }
      }
      return try rt.runBody(code, newFP)
    } catch var failure as LocatedFailure {
      failure.leaveFunction(calledAt: loc)
      throw failure
    }
  }

  /// The call as a number (`p.norm1() + q.norm1()`): a non-mutating method whose body is
  /// one expression on a plain variable hands over that expression's number, without a
  /// `Value` made for it.
  override func evalNumber(_ rt: Runtime, _ fp: Frame) throws -> Number {
    guard !mutating, let plan, let e = code.implicitReturnUnretained else { return rt.number(try eval(rt, fp)) }
    let receiver: UnsafeMutablePointer<Value>
    switch place {
    case .local(let slot): receiver = fp + slot
    case .global(let index): receiver = rt.globals + index
    default: return rt.number(try eval(rt, fp))
    }
    try rt.checkTime(loc)
    let size = code.frameSize
    let newFP = try rt.pushFrame(size, at: loc)
    do {
      newFP.initialize(to: receiver.pointee)
      try bindPlanned(plan, count: arguments.count, rt, fp, into: newFP)
    } catch {
      rt.popFrame(newFP, size)
      throw error
    }
    return try rt.number(of: e, code, newFP, at: loc)
  }

  private func makePlan() {
    planned = true
    let slots = code.parameterSlots
    guard !code.boxesParameters, slots.count == arguments.count else { return }
    let p = UnsafeMutablePointer<ArgumentPlan>.allocate(capacity: max(arguments.count, 1))
    for i in 0..<arguments.count { (p + i).initialize(to: ArgumentPlan(slot: slots[i], node: arguments[i])) }
    plan = p
  }
}

extension Runtime {
  /// Calls a closure of one `inout` parameter (`sequence(state:next:)`'s): its result and
  /// the parameter's value when the closure ends.
  func callUpdatingOnly(_ f: UserFunction, _ state: Value) throws -> (result: Value, state: Value) {
    let code = f.code
    try checkTime(code.loc)
    let fp = try pushFrame(code.frameSize, at: code.loc)
    defer { popFrame(fp, code.frameSize) }
    let p0 = code.parameters[0]
    fp[p0.slot] = p0.isBoxed ? .box(Box(state)) : state
    for (i, slot) in code.captureSlots.enumerated() { fp[slot] = .box(f.captures[i]) }
    var result = Value.void
    if let e = code.implicitReturn {
      result = try e.eval(self, fp)
    } else {
      for s in code.body where try s.exec(self, fp) == .returned {
        result = returnValue
        break
      }
    }
    returnValue = .void
    if case .box(let b) = fp[p0.slot] { return (result, b.value) }
    return (result, fp[p0.slot])
  }

  /// Calls a two-parameter closure whose first parameter is `inout` (`reduce(into:)`):
  /// returns that parameter's value when the closure ends.
  func callUpdatingFirst(_ f: UserFunction, _ first: Value, _ second: Value) throws -> Value {
    let code = f.code
    try checkTime(code.loc)
    let fp = try pushFrame(code.frameSize, at: code.loc)
    defer { popFrame(fp, code.frameSize) }
    let p0 = code.parameters[0]
    let p1 = code.parameters[1]
    fp[p0.slot] = p0.isBoxed ? .box(Box(first)) : first
    fp[p1.slot] = p1.isBoxed ? .box(Box(second)) : second
    for (i, slot) in code.captureSlots.enumerated() { fp[slot] = .box(f.captures[i]) }
    if let e = code.implicitReturn {
      _ = try e.eval(self, fp)
    } else {
      for s in code.body where try s.exec(self, fp) == .returned { break }
    }
    returnValue = .void
    if case .box(let b) = fp[p0.slot] { return b.value }
    return fp[p0.slot]
  }

  /// Calls a method, computed property or initializer: `self` in slot 0, then the parameters.
  /// Returns the result and the final `self` (for `mutating` methods and initializers).
  func callMethod(_ code: FunctionCode, self receiver: Value, _ args: [Value], at loc: SourceLoc) throws -> (
    Value, Value
  ) {
    do {
      return try runMethod(code, self: receiver, args, at: loc)
    } catch var failure as LocatedFailure {
      failure.leaveFunction(calledAt: loc)
      throw failure
    }
  }

  private func runMethod(_ code: FunctionCode, self receiver: Value, _ args: [Value], at loc: SourceLoc) throws -> (
    Value, Value
  ) {
    try checkTime(loc)
    let fp = try pushFrame(code.frameSize, at: loc)
    defer { popFrame(fp, code.frameSize) }
    fp[0] = receiver
    let slots = code.parameterSlots
    for i in args.indices {
      fp[slots[i]] = code.boxesParameters && code.parameters[i].isBoxed ? .box(Box(args[i])) : args[i]
    }
    let result = try runBody(code, fp)
    var finalSelf = fp[0]
    if case .box(let b) = finalSelf { finalSelf = b.value }
    return (result, finalSelf)
  }
}
