import SwiftSyntax

extension Lowerer {
  /// Registers a struct's name, fields, methods and initializers before any code of
  /// the cell is lowered, so functions declared earlier can use it.
  func predeclareStruct(_ s: StructDeclSyntax) throws {
    if let g = s.genericParameterClause {
      throw unsupported("generic structs are not supported in cells", at: g)
    }
    let name = s.name.text
    if let existing = globals.structs[name], existing.declaredInCell == cellIndex {
      throw fail("invalid redeclaration of '\(name)'", at: s.name)
    }
    let type = StructType(name: name)
    type.declaredInCell = cellIndex
    globals.structs[name] = type
    for member in s.memberBlock.members {
      let decl = member.decl
      if let v = decl.as(VariableDeclSyntax.self) {
        let isStatic = v.modifiers.contains { $0.name.tokenKind == .keyword(.static) }
        for b in v.bindings {
          guard let id = b.pattern.as(IdentifierPatternSyntax.self) else {
            throw unsupported("struct properties must be simple names", at: b.pattern)
          }
          let fieldName = id.identifier.text
          if isStatic {
            type.staticNames.insert(fieldName)
            continue
          }
          if b.accessorBlock != nil {
            type.computedNames.insert(fieldName)
            continue
          }
          type.fieldIndex[fieldName] = type.fieldNames.count
          type.fieldNames.append(fieldName)
          type.fieldTypes.append(try b.typeAnnotation.map { try typeHint($0.type) } ?? .unknown)
          type.fieldIsLet.append(v.bindingSpecifier.tokenKind == .keyword(.let))
          type.fieldDefaults.append(nil)
          type.fieldHasDefault.append(b.initializer != nil)
        }
      } else if let f = decl.as(FunctionDeclSyntax.self) {
        if f.modifiers.contains(where: { $0.name.tokenKind == .keyword(.static) }) {
          throw unsupported("static methods are not supported in cells; use a global function", at: f)
        }
        let code = try functionSignature(f)
        type.methods[code.fullName] = code
        if f.modifiers.contains(where: { $0.name.tokenKind == .keyword(.mutating) }) {
          type.mutatingMethods.insert(code.fullName)
        }
      } else if let i = decl.as(InitializerDeclSyntax.self) {
        if i.optionalMark != nil { throw unsupported("failable initializers are not supported in cells", at: i) }
        let code = try initializerSignature(i)
        type.initializers[code.fullName] = code
      } else if decl.is(StructDeclSyntax.self) || decl.is(ClassDeclSyntax.self) || decl.is(EnumDeclSyntax.self) {
        throw unsupported("nested types are not supported in cells", at: decl)
      } else {
        throw unsupported("this kind of struct member is not supported in cells", at: decl)
      }
    }
  }

  func initializerSignature(_ i: InitializerDeclSyntax) throws -> FunctionCode {
    let code = FunctionCode(name: "init", loc: loc(i))
    code.parameters = try i.signature.parameterClause.parameters.map { p in
      let first = p.firstName.text
      let type = try typeHint(p.type)
      return ParameterInfo(
        label: first == "_" ? nil : first, name: p.secondName?.text ?? first, slot: 0, isInout: false,
        isBoxed: false, defaultValue: try p.defaultValue.map { try expr($0.value, expected: type).node }, type: type)
    }
    code.returnType = .void
    return code
  }

  /// Lowers the bodies: field defaults, methods, computed properties, initializers.
  func structDeclaration(_ s: StructDeclSyntax) throws -> [Stmt] {
    guard let type = globals.structs[s.name.text] else { return [] }
    let saved = currentStruct
    currentStruct = type
    defer { currentStruct = saved }
    var statements: [Stmt] = []
    for member in s.memberBlock.members {
      let decl = member.decl
      if let v = decl.as(VariableDeclSyntax.self) {
        let isStatic = v.modifiers.contains { $0.name.tokenKind == .keyword(.static) }
        for b in v.bindings {
          let name = b.pattern.as(IdentifierPatternSyntax.self)!.identifier.text
          if isStatic {
            guard let initial = b.initializer else {
              throw fail("static property '\(name)' needs an initial value", at: b)
            }
            let saved = currentStruct
            currentStruct = nil
            let value = try expr(initial.value).node
            currentStruct = saved
            statements.append(StaticInitStmt(type: type, name: name, value: value))
          } else if let accessors = b.accessorBlock {
            let body: CodeBlockItemListSyntax
            switch accessors.accessors {
            case .getter(let items): body = items
            case .accessors(let list):
              guard list.count == 1, let get = list.first, get.accessorSpecifier.tokenKind == .keyword(.get),
                let getBody = get.body
              else {
                throw unsupported("only get-only computed properties are supported in cells", at: accessors)
              }
              body = getBody.statements
            }
            let code = FunctionCode(name: name, loc: loc(b))
            code.returnType = try b.typeAnnotation.map { try typeHint($0.type) } ?? .unknown
            _ = try lowerBody(
              of: code, parameters: [], paramNodes: [], statements: body, isClosure: false, selfType: type)
            type.computed[name] = code
          } else if let initial = b.initializer, let k = type.fieldIndex[name] {
            let saved = currentStruct
            currentStruct = nil
            let typed = try expr(initial.value, expected: type.fieldTypes[k])
            try checkConversion(of: typed.type, to: type.fieldTypes[k], .specified, at: initial.value)
            currentStruct = saved
            type.fieldDefaults[k] = typed.node
            if type.fieldTypes[k] == .unknown { type.fieldTypes[k] = typed.type }
          }
        }
      } else if let f = decl.as(FunctionDeclSyntax.self) {
        let signature = try functionSignature(f)
        guard let code = type.methods[signature.fullName], let body = f.body else {
          throw fail("method '\(f.name.text)' needs a body", at: f)
        }
        _ = try lowerBody(
          of: code, parameters: code.parameters.map { ($0.name, $0.type) },
          paramNodes: f.signature.parameterClause.parameters.map { Syntax($0) }, statements: body.statements,
          isClosure: false, selfType: type, selfIsMutable: type.mutatingMethods.contains(code.fullName))
      } else if let i = decl.as(InitializerDeclSyntax.self) {
        let signature = try initializerSignature(i)
        guard let code = type.initializers[signature.fullName], let body = i.body else {
          throw fail("initializer needs a body", at: i)
        }
        inInitializer = true
        defer { inInitializer = false }
        _ = try lowerBody(
          of: code, parameters: code.parameters.map { ($0.name, $0.type) },
          paramNodes: i.signature.parameterClause.parameters.map { Syntax($0) }, statements: body.statements,
          isClosure: false, selfType: type, selfIsMutable: true)
      }
    }
    return statements
  }

  /// `Point(x: 1, y: 2)`: an explicit `init`, or the memberwise initializer Swift synthesizes.
  func structInit(_ s: StructType, _ args: [Argument], at c: FunctionCallExprSyntax) throws -> Typed {
    let labels = args.map(\.label)
    if !s.initializers.isEmpty {
      let candidates = s.initializers.values.sorted { $0.fullName < $1.fullName }
      guard let code = candidates.first(where: { labelsMatch($0, labels) }) else {
        let have = labels.map { ($0 ?? "_") + ":" }.joined()
        throw fail(
          "no initializer \(s.name)(\(have)); use \(candidates.map { s.name + $0.fullName.dropFirst(4) }.joined(separator: " or "))",
          at: c)
      }
      let call = try callUser(code, callee: Const(.void, loc(c)), args, at: c)
      let node = call.node as! CallFunctionExpr
      return Typed(InitCallExpr(type: s, code: code, arguments: node.arguments, loc(c)), .named(s.name))
    }
    // Memberwise: every stored property in order; those with an initial value may be left out,
    // except `let` properties with an initial value, which are not parameters at all.
    var nodes: [Expr?] = []
    var i = 0
    for (k, field) in s.fieldNames.enumerated() {
      let fixed = s.fieldIsLet[k] && s.fieldHasDefault[k]
      if !fixed, i < args.count, args[i].label == field {
        let typed = try expr(args[i].expression, expected: s.fieldTypes[k])
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
    return Typed(MemberwiseInitExpr(type: s, arguments: nodes, loc(c)), .named(s.name))
  }

  func structMethodCall(
    _ s: StructType, on base: Expr, name: String, _ args: [Argument], at c: FunctionCallExprSyntax,
    mutableBase: Bool
  ) throws -> Typed {
    let labels = args.map(\.label)
    let candidates = s.methods.filter { $0.value.name == name }.map(\.value).sorted { $0.fullName < $1.fullName }
    guard let code = candidates.first(where: { labelsMatch($0, labels, trailing: args.trailingClosureIndex) }) else {
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
    let call = try callUser(code, callee: Const(.void, loc(c)), args, at: c)
    let node = call.node as! CallFunctionExpr
    return Typed(
      StructMethodCallExpr(
        base: base, code: code, arguments: node.arguments, mutating: isMutating, loc(c)), code.returnType)
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

final class StaticMemberExpr: Expr {
  let type: StructType
  let name: String
  init(type: StructType, name: String, _ loc: SourceLoc) {
    self.type = type
    self.name = name
    super.init(loc)
  }
  override func eval(_ rt: Runtime, _ fp: Frame) throws -> Value {
    guard let v = type.staticValues[name] else {
      throw LocatedFailure(kind: .runtime, message: "'\(type.name).\(name)' is used before it is initialized", loc: loc)
    }
    return v
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
    for (k, a) in arguments.enumerated() {
      if let a {
        fields.append(try a.eval(rt, fp))
      } else if let d = type.fieldDefaults[k] {
        fields.append(try type.fieldTypes[k].coerce(d.eval(rt, fp), loc))
      } else {
        fields.append(.void)
      }
    }
    return .structInstance(StructInstance(type: type, fields: fields))
  }
}

/// An explicit `init`: runs its body with `self` in slot 0, starting from the field defaults.
final class InitCallExpr: Expr {
  let type: StructType
  let code: FunctionCode
  let arguments: [Expr]
  init(type: StructType, code: FunctionCode, arguments: [Expr], _ loc: SourceLoc) {
    self.type = type
    self.code = code
    self.arguments = arguments
    super.init(loc)
  }
  override func eval(_ rt: Runtime, _ fp: Frame) throws -> Value {
    var fields: [Value] = []
    for (k, d) in type.fieldDefaults.enumerated() {
      fields.append(try d.map { try type.fieldTypes[k].coerce($0.eval(rt, fp), loc) } ?? .void)
    }
    let values = try arguments.map { try $0.eval(rt, fp) }
    let (_, instance) = try rt.callMethod(
      code, self: .structInstance(StructInstance(type: type, fields: fields)), values, at: loc)
    if case .structInstance(let s) = instance,
      let k = s.fields.firstIndex(where: { if case .void = $0 { return true } else { return false } })
    {
      throw LocatedFailure(
        kind: .runtime, message: "'self.\(type.fieldNames[k])' was not initialized before the initializer returned",
        loc: loc)
    }
    return instance
  }
}

final class StructMethodCallExpr: Expr {
  let base: Expr
  let code: FunctionCode
  let arguments: [Expr]
  let mutating: Bool
  init(base: Expr, code: FunctionCode, arguments: [Expr], mutating: Bool, _ loc: SourceLoc) {
    self.base = base
    self.code = code
    self.arguments = arguments
    self.mutating = mutating
    super.init(loc)
  }
  override func eval(_ rt: Runtime, _ fp: Frame) throws -> Value {
    let receiver = try base.eval(rt, fp)
    let values = try arguments.map { try $0.eval(rt, fp) }
    let (result, newSelf) = try rt.callMethod(code, self: receiver, values, at: loc)
    if mutating, let target = base as? LValue {
      try target.set(rt, fp, newSelf)
    }
    return result
  }
}

extension Runtime {
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
    for (i, p) in code.parameters.enumerated() {
      fp[p.slot] = p.isBoxed ? .box(Box(args[i])) : args[i]
    }
    var result = Value.void
    if let e = code.implicitReturn {
      result = try e.eval(self, fp)
    } else {
      for s in code.body where try s.exec(self, fp) == .returned {
        result = returnValue
        returnValue = .void
        break
      }
    }
    var finalSelf = fp[0]
    if case .box(let b) = finalSelf { finalSelf = b.value }
    return (result, finalSelf)
  }
}
