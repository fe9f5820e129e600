import Foundation
import SwiftSyntax

/// A lowered expression and what is known of its type.
struct Typed {
  let node: Expr
  let type: TypeHint
  init(_ node: Expr, _ type: TypeHint = .unknown) {
    self.node = node
    self.type = type
  }
}

extension Lowerer {
  func expr(_ e: ExprSyntax, expected: TypeHint = .unknown) throws -> Typed {
    // `Parser.Error.badToken` where `Lexer.Error` shares the name: the type the path names.
    if !nestedTypesSharingNames.isEmpty {
      let member =
        e.as(MemberAccessExprSyntax.self)
        ?? e.as(FunctionCallExprSyntax.self)?.calledExpression.as(
          MemberAccessExprSyntax.self)
      if let base = member?.base, let nested = qualifiedNestedType(base.trimmedDescription),
        globals.structs[nested.name] !== nested
      {
        return try withQualifiedNestedType(base.trimmedDescription) { try expr(e, expected: expected) }
      }
    }
    let at = loc(e)
    if !inOptionalChain, !e.is(OptionalChainingExprSyntax.self),
      e.is(MemberAccessExprSyntax.self) || e.is(FunctionCallExprSyntax.self) || e.is(SubscriptCallExprSyntax.self),
      containsOptionalChain(e)
    {
      return try optionalChain(e, expected: expected)
    }
    if case .named = expected, let typed = try literalInit(e, expected: expected) { return typed }
    if expected == .unknown, let a = e.as(ArrayExprSyntax.self), let set = optionSetOfLiteral(a),
      let typed = try literalInit(e, expected: .named(set))
    {
      return typed
    }
    if let i = e.as(IntegerLiteralExprSyntax.self) { return try integerLiteral(i, expected: expected) }
    if let f = e.as(FloatLiteralExprSyntax.self) {
      let text = f.literal.text.replacingOccurrences(of: "_", with: "")
      guard let d = Double(text) else { throw fail("invalid floating-point literal '\(f.literal.text)'", at: f) }
      if expected == .float { return Typed(Const(.float(Float(d)), at), .float) }
      return Typed(Const(.double(d), at), .double)
    }
    if let b = e.as(BooleanLiteralExprSyntax.self) {
      return Typed(Const(.bool(b.literal.tokenKind == .keyword(.true)), at), .bool)
    }
    if e.is(NilLiteralExprSyntax.self) { return Typed(Const(.none, at), .optional(.unknown)) }
    if let s = e.as(StringLiteralExprSyntax.self) { return try stringLiteral(s) }
    if let a = e.as(ArrayExprSyntax.self) {
      var element = TypeHint.unknown
      if case .array(let t) = expected { element = t }
      var typed = try a.elements.map { item in
        let typed = try expr(item.expression, expected: element)
        try checkConversion(of: typed.type, to: element, .element, at: item.expression)
        return typed
      }
      if element == .unknown {
        // Swift infers [Double] for [1, 2.5]: integer literals follow the floating-point elements.
        let types = typed.map(\.type)
        if types.contains(.double) && types.allSatisfy({ $0 == .double || $0 == .int }) {
          element = .double
          typed = try a.elements.map { try expr($0.expression, expected: .double) }
        } else if types.contains(.float) && !types.contains(.double),
          zip(a.elements, types).allSatisfy({ $1 == .float || ($1 == .int && isLiteralOnly($0.expression)) })
        {
          // `[Float(1.5), 2]`: the integer literals are Floats too.
          element = .float
          typed = try a.elements.map { try expr($0.expression, expected: .float) }
        } else if let first = types.first, types.allSatisfy({ $0 == first }) {
          element = first
        } else if let wrapped = Lowerer.commonWrappedType(types) {
          // `[1, 2, nil]` is an `[Int?]`: every element is wrapped, as Swift converts them.
          element = .optional(wrapped)
          typed = typed.map { $0.type == element ? $0 : Typed(CoerceExpr($0.node, element), element) }
        } else if let named = types.first(where: { if case .named = $0 { return true } else { return false } }),
          zip(a.elements, types).allSatisfy({ Lowerer.isLiteral($0.expression) || $1 == named })
        {
          // `[refund, 0, 3]` of a type conforming to `ExpressibleByIntegerLiteral`: the literals are of it.
          var converted: [Typed] = []
          for (item, t) in zip(a.elements, typed) {
            if t.type != named, let made = try literalInit(item.expression, expected: named) {
              converted.append(made)
            } else {
              converted.append(t)
            }
          }
          if converted.allSatisfy({ $0.type == named }) {
            typed = converted
            element = named
          }
        }
      }
      return Typed(ArrayLiteralExpr(typed.map(\.node), at), .array(element))
    }
    if let d = e.as(DictionaryExprSyntax.self) {
      var keyType = TypeHint.unknown
      var valueType = TypeHint.unknown
      if case .dictionary(let k, let v) = expected {
        keyType = k
        valueType = v
      }
      var keys: [Expr] = []
      var values: [Expr] = []
      if case .elements(let list) = d.content {
        for el in list {
          let k = try expr(el.key, expected: keyType)
          let v = try expr(el.value, expected: valueType)
          if keyType == .unknown { keyType = k.type }
          if valueType == .unknown { valueType = v.type }
          keys.append(k.node)
          values.append(v.node)
        }
      }
      return Typed(DictionaryLiteralExpr(keys: keys, values: values, at), .dictionary(keyType, valueType))
    }
    if let t = e.as(TupleExprSyntax.self) {
      if t.elements.count == 1, t.elements.first!.label == nil {
        return try expr(t.elements.first!.expression, expected: expected)
      }
      var types: [TypeHint] = []
      if case .tuple(let ts) = expected { types = ts }
      var nodes: [Expr] = []
      var resultTypes: [TypeHint] = []
      for (i, el) in t.elements.enumerated() {
        let typed = try expr(el.expression, expected: i < types.count ? types[i] : .unknown)
        nodes.append(typed.node)
        resultTypes.append(typed.type)
      }
      let labels = t.elements.map { $0.label?.text }
      let type: TypeHint =
        labels.contains { $0 != nil } ? .labeledTuple(labels, resultTypes) : .tuple(resultTypes)
      return Typed(TupleExpr(nodes, labels: labels, at), type)
    }
    if let r = e.as(DeclReferenceExprSyntax.self) { return try reference(r) }
    if let m = e.as(MemberAccessExprSyntax.self) { return try memberAccess(m, expected: expected) }
    if let c = e.as(FunctionCallExprSyntax.self) { return try call(c, expected: expected) }
    if let s = e.as(SubscriptCallExprSyntax.self) {
      if s.arguments.count == 1, let a = s.arguments.first, a.label?.text == "keyPath" {
        // `person[keyPath: path]`: the key path is a function of the value.
        let path = try expr(a.expression)
        let base = try expr(s.calledExpression)
        return Typed(CallValueExpr(callee: path.node, arguments: [base.node], loc(s)), .unknown)
      }
      if let typed = try staticSubscript(s) { return typed }
      let base = implicitlyUnwrapped(try expr(s.calledExpression), s.calledExpression)
      if let user = try userSubscript(s, base: base.node, baseType: base.type) { return user }
      if let user = try extensionSubscript(s, base: base.node, baseType: base.type) { return user }
      let i = try subscriptIndex(s)
      var type = TypeHint.unknown
      if case .array(let el) = base.type, i.type == .int { type = el }
      if case .array = base.type, case .unknown = i.type { type = .unknown }
      if case .dictionary(_, let v) = base.type { type = s.arguments.count == 2 ? v : .optional(v) }
      return Typed(SubscriptExpr(base.node, i.node, at), type)
    }
    if let infix = e.as(InfixOperatorExprSyntax.self) { return try infixOperator(infix, expected: expected) }
    if let p = e.as(PostfixOperatorExprSyntax.self), p.operator.text == "..." {
      // `90...` (a one-sided range, as in `case 90...:`): up to the largest value.
      let lower = try expr(p.expression)
      return Typed(
        NativeCallExpr(name: "range", arguments: [lower.node], at) { _, a throws(RuntimeFailure) in
          switch a[0] {
          case .int(let l): return .range(RangeValue(lower: l, upper: Int.max, closed: true, upperOpen: true))
          case .double(let l):
            return .object(try FloatingRange(lower: l, upper: .infinity, closed: true, boundType: "Double"))
          default: throw RuntimeFailure("a one-sided range needs an Int or Double bound")
          }
        }, .unknown)
    }
    if let (symbol, operand) = unaryOperator(e),
      case let overloads = (globals.operators[symbol] ?? []).filter({ $0.parameters.count == 1 }),
      overloads.count == 1, overloads[0].parameters[0].isInout
    {
      // `+++v` where the cell declares `static prefix func +++ (v: inout Vector)`: the
      // operand goes in and out, as an `inout` argument.
      let code = overloads[0]
      let (target, _) = try lvalue(operand)
      let callee = Const(.function(UserFunction(code: code, captures: [])), at)
      return Typed(
        CallFunctionExpr(callee: callee, code: code, arguments: [target], inoutTargets: [target], at), code.returnType)
    }
    if let p = e.as(PostfixOperatorExprSyntax.self),
      case let overloads = (globals.operators[p.operator.text] ?? []).filter({ $0.parameters.count == 1 }),
      !overloads.isEmpty
    {
      // `n^^` where the cell declares `postfix func ^^ (n: Int) -> Int`.
      let operand = try expr(p.expression)
      let result = overloads.count == 1 ? overloads[0].returnType : .unknown
      return Typed(
        UserPrefixOperatorExpr(p.operator.text, operand.node, overloads: overloads, builtin: nil, at), result)
    }
    if let p = e.as(PrefixOperatorExprSyntax.self) {
      let op = p.operator.text
      let prefixOverloads = (globals.operators[op] ?? []).filter { $0.parameters.count == 1 }
      if !prefixOverloads.isEmpty, op == "-" || op == "~" || BinaryOperator(rawValue: op) == nil && op != "!",
        case let operand = try expr(p.expression),
        operand.type == .unknown || globals.structs[operand.type.name] != nil || !["-", "+", "~"].contains(op)
      {
        // `static prefix func - (v: Vector)`, or a prefix operator the cell declares.
        var builtin: ((Value) throws(RuntimeFailure) -> Value)? = nil
        if op == "-" { builtin = { (v: Value) throws(RuntimeFailure) -> Value in try Arithmetic.negate(v) } }
        let result = prefixOverloads.count == 1 && operand.type != .unknown ? prefixOverloads[0].returnType : .unknown
        return Typed(UserPrefixOperatorExpr(op, operand.node, overloads: prefixOverloads, builtin: builtin, at), result)
      }
      switch op {
      case "-":
        if let lit = p.expression.as(IntegerLiteralExprSyntax.self) {
          return try integerLiteral(lit, expected: expected, negative: true)
        }
        let operand = try expr(p.expression, expected: expected)
        return Typed(NegateExpr(operand.node, at), operand.type)
      case "+":
        return try expr(p.expression, expected: expected)
      case "!":
        return Typed(NotExpr(try condition(p.expression), at), .bool)
      case "~":
        let operand = try expr(p.expression, expected: expected)
        return Typed(BitNotExpr(operand.node, at), operand.type)
      case "..<", "...":
        // `..<0` (as in `case ..<0:`): everything below the bound.
        let closed = op == "..."
        let upper = try expr(p.expression)
        return Typed(
          NativeCallExpr(name: "range", arguments: [upper.node], at) { _, a throws(RuntimeFailure) in
            switch a[0] {
            case .int(let u): return .range(RangeValue(lower: .min, upper: u, closed: closed, lowerOpen: true))
            case .double(let u):
              return .object(try FloatingRange(lower: -.infinity, upper: u, closed: closed, boundType: "Double"))
            default: throw RuntimeFailure("a one-sided range needs an Int or Double bound")
            }
          }, .unknown)
      default:
        throw unsupported("prefix operator '\(op)' is not supported in cells", at: p)
      }
    }
    if let t = e.as(TernaryExprSyntax.self) {
      let c = try condition(t.condition)
      let a = try expr(t.thenExpression, expected: expected)
      var b = try expr(t.elseExpression, expected: expected == .unknown ? a.type : expected)
      // `i == end ? nil : self[i]`: the other branch's value is wrapped, as Swift types the
      // whole as an optional; of unknown type, it is wrapped (or not) where it is returned.
      if t.thenExpression.is(NilLiteralExprSyntax.self), !t.elseExpression.is(NilLiteralExprSyntax.self) {
        switch b.type {
        case .optional: return Typed(TernaryExpr(c, a.node, b.node, at), b.type)
        case .unknown: return Typed(TernaryExpr(c, a.node, b.node, at), .unknown)
        default:
          b = Typed(CoerceExpr(b.node, .optional(b.type)), .optional(b.type))
          return Typed(TernaryExpr(c, a.node, b.node, at), b.type)
        }
      }
      return Typed(TernaryExpr(c, a.node, b.node, at), a.type)
    }
    if let c = e.as(ClosureExprSyntax.self) {
      if case .functionOf(let parameters, let result) = expected {
        return Typed(try closure(c, parameterTypes: parameters, resultType: result), expected)
      }
      return Typed(try closure(c), .function)
    }
    if let f = e.as(ForceUnwrapExprSyntax.self) {
      let inner = try expr(f.expression)
      var type = TypeHint.unknown
      if case .optional(let t) = inner.type { type = t }
      return Typed(ForceUnwrapExpr(inner.node, at), type)
    }
    if let a = e.as(AsExprSyntax.self) {
      // `name as NSString`, bridged for `String(format: "%@", ...)`: a cell's strings are
      // already what `%@` formats.
      if a.questionOrExclamationMark == nil, a.type.trimmedDescription == "NSString" {
        return try expr(a.expression, expected: .string)
      }
      let target = try typeHint(a.type)
      if let typed = try cast(a) { return typed }
      let inner = try expr(a.expression, expected: target)
      return Typed(needsCoercion(target) ? CoerceExpr(inner.node, target) : inner.node, target)
    }
    if e.is(AwaitExprSyntax.self) {
      throw unsupported("'await' is not supported in cells: cells run synchronously", at: e)
    }
    if let t = e.as(TryExprSyntax.self) { return try tryExpression(t, expected: expected) }
    if e.is(InOutExprSyntax.self) {
      throw fail("'&' is only allowed for an 'inout' argument of a call", at: e)
    }
    if let i = e.as(IfExprSyntax.self) { return try ifValue(i, expected: expected) }
    if let s = e.as(SwitchExprSyntax.self) { return try switchValue(s, expected: expected) }
    if let o = e.as(OptionalChainingExprSyntax.self) { return try chainLink(o) }
    if let i = e.as(IsExprSyntax.self) { return try isTest(i) }
    if let k = e.as(KeyPathExprSyntax.self) { return try keyPath(k) }
    if e.is(DiscardAssignmentExprSyntax.self) {
      throw fail("'_' can only appear on the left of '='", at: e)
    }
    if let m = e.as(MacroExpansionExprSyntax.self) {
      if m.macroName.text == "function", m.arguments.isEmpty, m.trailingClosure == nil {
        guard let name = functionLiteralName(m) else { return Typed(ModuleNameExpr(loc(m)), .string) }
        return Typed(Const(.string(name), loc(m)), .string)
      }
      // `#warning("...")` is a message to whoever compiles the program: it does nothing when it runs.
      if m.macroName.text == "warning", m.arguments.count == 1,
        m.arguments.first?.expression.is(StringLiteralExprSyntax.self) == true
      {
        return Typed(Const(.void, loc(m)), .void)
      }
      throw unsupported("macros ('#\(m.macroName.text)') are not supported in cells", at: e)
    }
    throw unsupported("\(syntaxKindName(e)) '\(e.trimmedDescription.prefix(40))' is not supported in cells", at: e)
  }

  /// Swift's name for an expression's kind, for refusals ("postfix operator", "closure").
  func syntaxKindName(_ e: ExprSyntax) -> String {
    let raw = String(describing: e.syntaxNodeType).replacingOccurrences(of: "ExprSyntax", with: "")
    var words = ""
    for ch in raw {
      if ch.isUppercase && !words.isEmpty { words.append(" ") }
      words.append(Character(ch.lowercased()))
    }
    return words.isEmpty ? "this expression" : "the " + words
  }

  /// The index of `x[i]`; several indices (`x[i, j]`, `x[..., j]`) become a tuple.
  func subscriptIndex(_ s: SubscriptCallExprSyntax) throws -> Typed {
    let arguments = Array(s.arguments)
    if arguments.count == 2, arguments[0].label == nil, arguments[1].label?.text == "default" {
      // `counts[word, default: 0]`: the index and the value to use when the key is missing.
      let key = try expr(arguments[0].expression)
      let fallback = try expr(arguments[1].expression)
      return Typed(TupleExpr([key.node, fallback.node], labels: [nil, "default"], loc(s)))
    }
    let parts = try s.arguments.map { a -> Typed in
      if a.label != nil { throw unsupported("labeled subscripts are not supported in cells", at: a) }
      return try indexExpression(a.expression)
    }
    guard !parts.isEmpty else { throw fail("a subscript needs an index", at: s) }
    if parts.count == 1 { return parts[0] }
    return Typed(TupleExpr(parts.map(\.node), labels: parts.map { _ in nil }, loc(s)))
  }

  /// An index, where `...`, `..<b` and `a...` (open ranges) are allowed too.
  func indexExpression(_ e: ExprSyntax) throws -> Typed {
    let at = loc(e)
    if let r = e.as(DeclReferenceExprSyntax.self), r.baseName.text == "..." {
      return Typed(Const(.range(.unbounded), at))
    }
    if let p = e.as(PrefixOperatorExprSyntax.self), p.operator.text == "..<" || p.operator.text == "..." {
      let closed = p.operator.text == "..."
      let upper = try expr(p.expression).node
      return Typed(
        NativeCallExpr(name: "range", arguments: [upper], at) { _, a throws(RuntimeFailure) in
          guard case .int(let u) = a[0] else { throw RuntimeFailure("a range bound must be an Int") }
          return .range(RangeValue(lower: 0, upper: u, closed: closed, lowerOpen: true))
        })
    }
    if let p = e.as(PostfixOperatorExprSyntax.self), p.operator.text == "..." {
      let lower = try expr(p.expression).node
      return Typed(
        NativeCallExpr(name: "range", arguments: [lower], at) { _, a throws(RuntimeFailure) in
          guard case .int(let l) = a[0] else { throw RuntimeFailure("a range bound must be an Int") }
          return .range(RangeValue(lower: l, upper: Int.max, closed: false))
        })
    }
    return try expr(e)
  }

  // MARK: Literals

  func integerLiteral(_ i: IntegerLiteralExprSyntax, expected: TypeHint, negative: Bool = false) throws
    -> Typed
  {
    let at = loc(i)
    var text = i.literal.text.replacingOccurrences(of: "_", with: "")
    var radix = 10
    if text.hasPrefix("0x") {
      radix = 16
      text.removeFirst(2)
    } else if text.hasPrefix("0b") {
      radix = 2
      text.removeFirst(2)
    } else if text.hasPrefix("0o") {
      radix = 8
      text.removeFirst(2)
    }
    if negative { text = "-" + text }
    guard let v = Int(text, radix: radix) else {
      // Past Int's range only an unsigned 64-bit type holds it (`let h: UInt64 = 0xcbf29ce484222325`).
      if case .named(let name) = expected, let kind = FixedInt.Kind(rawValue: name),
        let wide = Int128(text, radix: radix)
      {
        do {
          return Typed(Const(.object(try FixedInt.make(kind, wide, "integer literal")), at), expected)
        } catch {
          throw fail("integer literal '\(i.literal.text)' overflows when stored into '\(name)'", at: i)
        }
      }
      throw fail("integer literal '\(negative ? "-" : "")\(i.literal.text)' overflows when stored into 'Int'", at: i)
    }
    switch expected {
    case .double: return Typed(Const(.double(Double(v)), at), .double)
    case .float: return Typed(Const(.float(Float(v)), at), .float)
    default: return Typed(Const(.int(v), at), .int)
    }
  }

  func stringLiteral(_ s: StringLiteralExprSyntax) throws -> Typed {
    let at = loc(s)
    let raw = s.openingPounds != nil
    var parts: [Expr] = []
    var literal = ""
    for segment in s.segments {
      switch segment {
      case .stringSegment(let seg):
        literal += raw ? seg.content.text : try unescape(seg.content.text, at: seg)
      case .expressionSegment(let e):
        if !literal.isEmpty {
          parts.append(Const(.string(literal), at))
          literal = ""
        }
        if e.expressions.count != 1 || e.expressions.contains(where: { $0.label != nil }) {
          parts.append(try customInterpolation(e))
          continue
        }
        guard let inner = e.expressions.first else {
          throw unsupported("string interpolation takes a single expression in cells", at: e)
        }
        parts.append(try expr(inner.expression).node)
      }
    }
    // A multi-line literal's segments hold its value already: swift-syntax keeps the
    // line breaks after the opening and before the closing `"""` in the quotes' trivia,
    // so a blank last line or a leading `\n` escape is content and must stay.
    if !literal.isEmpty { parts.append(Const(.string(literal), at)) }
    if parts.isEmpty { return Typed(Const(.string(""), at), .string) }
    // A literal without interpolations is its text (`"\(2.5)"` is a Const too, but a Double).
    if parts.count == 1, let c = parts[0] as? Const, case .string = c.value { return Typed(c, .string) }
    return Typed(InterpolationExpr(parts, at), .string)
  }

  func unescape(_ text: String, at node: some SyntaxProtocol) throws -> String {
    guard text.contains("\\") else { return text }
    var out = ""
    var it = text.makeIterator()
    while let c = it.next() {
      guard c == "\\" else {
        out.append(c)
        continue
      }
      guard let e = it.next() else { break }
      switch e {
      case "n": out.append("\n")
      case "t": out.append("\t")
      case "r": out.append("\r")
      case "0": out.append("\0")
      case "\\": out.append("\\")
      case "\"": out.append("\"")
      case "'": out.append("'")
      case "\n": break  // a line continuation in a multi-line string
      case "u":
        var hex = ""
        _ = it.next()  // {
        while let h = it.next(), h != "}" { hex.append(h) }
        guard let code = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(code) else {
          throw fail("invalid unicode escape '\\u{\(hex)}'", at: node)
        }
        out.unicodeScalars.append(scalar)
      default:
        throw fail("invalid escape sequence '\\\(e)' in string literal", at: node)
      }
    }
    return out
  }

  // MARK: Names

  func variableReference(_ name: String, at node: some SyntaxProtocol) throws -> LValue? {
    let at = loc(node)
    switch resolve(name) {
    case .local(let e)?:
      let v: LValue = e.boxed ? BoxedVar(slot: e.slot, name: name, at) : LocalVar(slot: e.slot, name: name, at)
      return e.ownership == .strong ? v : WeakVariable(v, name: name, unowned: e.ownership == .unowned, at)
    case .global(let g)?:
      let v = GlobalVar(index: g.index, name: name, at)
      return g.ownership == .strong ? v : WeakVariable(v, name: name, unowned: g.ownership == .unowned, at)
    case nil:
      if let computed = try computedVariableReference(name, at: node) { return computed }
      if let s = currentStruct,
        s.fieldIndex[name] != nil || s.computed[name] != nil || s.computedNames.contains(name)
          || s.lazyInitializers[name] != nil,
        let selfVar = try variableReference("self", at: node)
      {
        if s.selfHint != .named(s.name), anyUserProperty(name) {
          return ExtensionLValue(
            ExtensionPropertyExpr(
              base: selfVar, name: name, extensions: globals.extensions, property: Builtins.property(name), at))
        }
        // A protocol's requirement read in its extension may be met by a built-in value (`count`
        // of an array that conforms through `extension Array: Container`).
        return FieldExpr(selfVar, name: name, property: Builtins.property(name), at)
      }
      // A static property named without its type, as a static method may (`instances += 1`).
      if let s = currentStruct ?? staticContext, s.staticNames.contains(name) {
        var owner = s
        while !owner.staticNamesDeclared.contains(name), let parent = owner.superclass { owner = parent }
        return StaticMemberExpr(type: owner, name: name, at)
      }
      // `count` inside `extension Array`, a requirement inside a protocol extension.
      if let s = currentStruct, s.selfHint != .named(s.name), name != "self",
        Builtins.property(name) != nil
          || (s.selfHint == .unknown && globals.functions[name] == nil && globals.structs[name] == nil
            && !Builtins.coreTypeNames.contains(name) && !Library.shared.typeNames.contains(name)
            && Builtins.functionValue(name) == nil && s.computedNames.union(s.fieldNames).contains(name)),
        let selfVar = try variableReference("self", at: node)
      {
        return FieldExpr(selfVar, name: name, property: Builtins.property(name), at)
      }
      return nil
    }
  }

  func variableType(_ name: String) -> TypeHint {
    switch resolve(name) {
    case .local(let e)?: return e.type
    case .global(let g)?: return g.type
    case nil: return currentStruct.map { memberType(of: $0, name) } ?? .unknown
    }
  }

  /// The declared type of a struct's stored or computed property, so that `m.layer.apply(x)`
  /// finds the methods of the property's struct.
  func memberType(of s: StructType, _ name: String) -> TypeHint {
    if let k = s.fieldIndex[name] { return s.fieldTypes[k] }
    return s.computed[name]?.returnType ?? s.lazyInitializers[name]?.returnType ?? .unknown
  }

  func reference(_ r: DeclReferenceExprSyntax) throws -> Typed {
    let name = r.baseName.identifier?.name ?? r.baseName.text
    let at = loc(r)
    if let v = try variableReference(name, at: r) { return Typed(v, variableType(name)) }
    if let method = try implicitSelfMethodReference(name, at: r) { return method }
    if let fullNames = globals.functions[name], let full = fullNames.last {
      // `greet(a:)`: the overload with those labels; a bare `greet`, the last declared.
      var chosen = full
      if let labels = r.argumentNames?.arguments {
        let compound = name + "(" + labels.map { $0.name.text + ":" }.joined() + ")"
        chosen = fullNames.first { globals.entries[$0]?.function?.fullName == compound } ?? full
      }
      if let g = globals.entries[chosen] { return Typed(GlobalVar(index: g.index, name: chosen, at), .function) }
    }
    if let s = globals.structs[name] { return Typed(Const(.type(.structType(s)), at), .unknown) }
    if Builtins.coreTypeNames.contains(name) || Library.shared.typeNames.contains(name) {
      return Typed(Const(.type(.builtin(name)), at), .unknown)
    }
    let derivedComparison =
      ["!=", ">", "<=", ">="].contains(name) && (globals.operators["<"] != nil || globals.operators["=="] != nil)
    if derivedComparison || globals.operators[name]?.isEmpty == false {
      return Typed(Const(.function(Lowerer.operatorValue(name, globals.operators[name] ?? [])), at), .function)
    }
    if let f = Builtins.functionValue(name) { return Typed(Const(.function(f), at), .function) }
    if let c = Builtins.foundationConstants[name] { return Typed(Const(.double(c), at), .double) }
    if name == "self" { throw fail("'self' is only available inside a struct's methods", at: r) }
    throw undefined(name, at: r)
  }

  /// `xs.map(scale)` in a method, `(0...count).map(prefix)` in `extension String`: a method
  /// of the type named without `self.`, bound to `self` as `self.scale` is. Members come
  /// before the cell's functions of the same name, as in Swift's lookup.
  func implicitSelfMethodReference(_ name: String, at r: DeclReferenceExprSyntax) throws -> Typed? {
    guard let s = currentStruct, resolve(name) == nil else { return nil }
    var owner: StructType? = s
    while let o = owner, !o.methods.keys.contains(where: { $0.hasPrefix(name + "(") }) { owner = o.superclass }
    if let owner, let selfVar = try variableReference("self", at: r) {
      if s.selfHint == .named(s.name) {
        return Typed(FieldExpr(selfVar, name: name, property: Builtins.property(name), loc(r)), .function)
      }
      // A method of `extension Array`: the array holds no methods to find, so bind it here.
      return Typed(
        NativeCallExpr(name: name, arguments: [selfVar], loc(r)) { _, bound in
          BoundMethod.make(owner, name, receiver: bound[0]) ?? .void
        }, .function)
    }
    // A standard method of the extended type (`prefix` in `extension String`), unless the
    // cell has a function of that name: the standard methods' names span every type.
    guard s.selfHint != .named(s.name), globals.functions[name] == nil, Builtins.method(name, labels: [nil]) != nil,
      let selfVar = try variableReference("self", at: r)
    else { return nil }
    return builtinMethodReference(Typed(selfVar, s.selfHint), name: name, at: loc(r))
  }

  func memberAccess(_ m: MemberAccessExprSyntax, expected: TypeHint = .unknown) throws -> Typed {
    let name = m.declName.baseName.text
    let at = loc(m)
    guard let baseSyntax = m.base else {
      if let e = enumWithCase(name, expected: expected) { return try enumCase(e, name, at: m) }
      if let v = Builtins.implicitMember(name) { return Typed(Const(v, at)) }
      if let typed = try leadingDotMember(name, expected: expected, at: m) { return typed }
      // `Optional.none` where an optional is expected (`let initial: (T?, Int) = (.none, 0)`).
      if name == "none", case .optional = expected { return Typed(Const(.none, at), expected) }
      if case .named(let n) = expected, globals.structs[n] != nil {
        throw fail("type '\(n)' has no member '\(name)'", at: m)
      }
      throw unsupported("'.\(name)' is not a known option here", at: m)
    }
    if baseSyntax.is(SuperExprSyntax.self), let s = currentStruct, let parent = s.superclass,
      let selfVar = try variableReference("self", at: baseSyntax)
    {
      if let getter = parent.computed[name] {
        return Typed(SuperPropertyExpr(selfVar, getter: getter, at), getter.returnType)
      }
      return Typed(FieldExpr(selfVar, name: name, property: nil, at), memberType(of: parent, name))
    }
    if let typed = try typeValueMember(m, base: baseSyntax) { return typed }
    if let size = Lowerer.memoryLayout(name, of: baseSyntax) { return Typed(Const(.int(size), at), .int) }
    if name == "self", let type = metatype(baseSyntax) {
      // `Int.self`, `Point.self`, `[Int].self`, `Void.self`: a type as a value.
      return Typed(Const(.type(type), at), .unknown)
    }
    if name == "none", namesOptionalType(baseSyntax) {
      // `Optional<Int>.none`, `Optional.none`: nil, spelled as the enum case it is.
      return Typed(Const(.none, at), .optional(.unknown))
    }
    if let typeName = typeName(of: baseSyntax) {
      if let s = globals.structs[typeName] {
        if s.isEnum, s.caseLabels[name] != nil { return try enumCase(s, name, at: m) }
        // `ParseError.self`: the type as a value (given to a parameter `E.Type`).
        if name == "self" { return Typed(Const(.type(.structType(s)), at), .unknown) }
        if s.staticNames.contains(name) {
          var owner = s
          while !owner.staticNamesDeclared.contains(name), let parent = owner.superclass { owner = parent }
          return Typed(StaticMemberExpr(type: owner, name: name, at))
        }
        // `Dog.kingdom` where only a protocol extension Dog's type conforms to declares it.
        if let p = s.conformances.sorted().compactMap({ globals.protocols[$0] }).first(where: {
          $0.staticNames.contains(name)
        }) {
          return Typed(StaticMemberExpr(type: p, name: name, at))
        }
        if name == "init" {
          if let typed = try initializerValue(s, m, expected: expected) { return typed }
          throw unsupported("'\(typeName).init' as a function value is not supported in cells", at: m)
        }
        throw fail("type '\(typeName)' has no member '\(name)'", at: m.declName)
      }
      if let key = Lowerer.builtinExtensionKey(typeName), let container = globals.extensions[key],
        container.staticNames.contains(name)
      {
        // `Double.gravity` where the cell's `extension Double` declares it.
        return Typed(StaticMemberExpr(type: container, name: name, at))
      }
      if name == "self", typeName != "Void", Builtins.coreTypeNames.contains(typeName) {
        return Typed(Const(.type(.builtin(typeName)), at), .unknown)
      }
      if name == "init", let f = Builtins.conversionFunction(typeName) {
        return Typed(Const(.function(f), at), .function)
      }
      if let v = Builtins.staticMember(typeName, name) ?? Library.shared.implicitMembers[typeName + "." + name] {
        return Typed(Const(v, at), typeName == "Int" ? .int : typeName == "Double" ? .double : .unknown)
      }
      throw fail("type '\(typeName)' has no member '\(name)'", at: m.declName)
    }
    // `3.ft` where only `extension Double` declares `ft`: the literal is a Double, as Swift infers it.
    let literalIsDouble =
      baseSyntax.is(IntegerLiteralExprSyntax.self) && globals.extensions["Int"]?.computed[name] == nil
      && globals.extensions["Double"]?.computed[name] != nil
    if name == "lazy", let endless = try endlessLazyRange(baseSyntax) ?? userSequenceLazy(baseSyntax) {
      return endless
    }
    let base = implicitlyUnwrapped(try expr(baseSyntax, expected: literalIsDouble ? .double : .unknown), baseSyntax)
    var type = TypeHint.unknown
    switch name {
    case "count": type = .int
    case "isEmpty": type = .bool
    case "lazy": type = base.type
    case "first", "last":
      if case .array(let e) = base.type { type = .optional(e) }
    default:
      if case .tuple(let ts) = base.type, let k = Int(name), k < ts.count { type = ts[k] }
      if case .labeledTuple(let labels, let ts) = base.type {
        if let k = labels.firstIndex(of: name) { type = ts[k] } else if let k = Int(name), k < ts.count { type = ts[k] }
      }
    }
    if case .named(let typeName) = base.type, let s = globals.structs[typeName],
      s.fieldIndex[name] != nil || s.computed[name] != nil || s.computedNames.contains(name)
    {
      type = memberType(of: s, name)
    } else if anyUserProperty(name) {
      return Typed(
        ExtensionPropertyExpr(
          base: base.node, name: name, extensions: globals.extensions, property: Builtins.property(name), at),
        type)
    }
    if let reference = builtinMethodReference(base, name: name, at: at) { return reference }
    return Typed(FieldExpr(base.node, name: name, property: Builtins.property(name), at), type)
  }

  /// The type `e` names before `.self`, printed as Swift prints it (`Array<Int>`, `()`), if it names one.
  func metatype(_ e: ExprSyntax) -> TypeRef? {
    if let r = e.as(DeclReferenceExprSyntax.self) {
      let name = r.baseName.text
      if resolve(name) != nil { return nil }
      if let s = globals.structs[name] { return .structType(s) }
      if name == "Void" { return .builtin("()") }
      if name == "Optional" { return .builtin(name) }
      if Builtins.coreTypeNames.contains(name) || Library.shared.typeNames.contains(name) || name == "Any" {
        return .builtin(name)
      }
      // `FileType.self` where the enclosing type declares `typealias FileType = Folder`, or a
      // cell's own `typealias`.
      if let target = memberTypeAlias(name, at: r) ?? globals.typeAliases[name],
        let id = target.as(IdentifierTypeSyntax.self), id.genericArgumentClause == nil, id.name.text != name
      {
        return metatype(ExprSyntax(DeclReferenceExprSyntax(baseName: .identifier(id.name.text))))
      }
      return nil
    }
    if let a = e.as(ArrayExprSyntax.self), a.elements.count == 1, let element = metatype(a.elements.first!.expression) {
      return .builtin("Array<\(element.name)>")
    }
    if let d = e.as(DictionaryExprSyntax.self), case .elements(let pairs) = d.content, pairs.count == 1,
      let key = metatype(pairs.first!.key), let value = metatype(pairs.first!.value)
    {
      return .builtin("Dictionary<\(key.name), \(value.name)>")
    }
    if let g = e.as(GenericSpecializationExprSyntax.self), let base = metatype(g.expression) {
      var names: [String] = []
      for argument in g.genericArgumentClause.arguments {
        guard let t = genericArgumentName(argument) else { return nil }
        names.append(t)
      }
      return .builtin("\(base.name)<\(names.joined(separator: ", "))>")
    }
    return nil
  }

  /// A generic argument's type as Swift prints it (`Int`, `Array<Int>`, `Optional<Int>`).
  /// What `typealias name = ...` in a type enclosing `node` stands for.
  func memberTypeAlias(_ name: String, at node: some SyntaxProtocol) -> TypeSyntax? {
    var parent = node.parent
    while let p = parent {
      let members =
        p.as(ClassDeclSyntax.self)?.memberBlock.members ?? p.as(StructDeclSyntax.self)?.memberBlock.members
        ?? p.as(EnumDeclSyntax.self)?.memberBlock.members ?? p.as(ExtensionDeclSyntax.self)?.memberBlock.members
      for member in members ?? [] {
        if let a = member.decl.as(TypeAliasDeclSyntax.self), a.name.text == name { return a.initializer.value }
      }
      parent = p.parent
    }
    return nil
  }

  func genericArgumentName(_ argument: GenericArgumentSyntax) -> String? {
    let text = argument.argument.trimmedDescription
    if text.hasPrefix("[") && text.hasSuffix("]") {
      let inner = text.dropFirst().dropLast()
      if let colon = inner.firstIndex(of: ":") {
        let key = inner[..<colon].trimmingCharacters(in: .whitespaces)
        let value = inner[inner.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        return "Dictionary<\(key), \(value)>"
      }
      return "Array<\(inner.trimmingCharacters(in: .whitespaces))>"
    }
    if text.hasSuffix("?") { return "Optional<\(text.dropLast())>" }
    return text
  }

  /// `[.read, .write]` where no type is known: Swift needs a type for leading-dot elements, so
  /// when they are all static members of one of the cell's option sets, the literal is one.
  /// The `T` of elements that are all `T` or `T?` with at least one optional (`nil` is a `T?`
  /// of any `T`), or nil when they are not.
  static func commonWrappedType(_ types: [TypeHint]) -> TypeHint? {
    var wrapped = TypeHint.unknown
    var sawOptional = false
    for type in types {
      var inner = type
      if case .optional(let t) = type {
        sawOptional = true
        inner = t
      }
      if inner == .unknown { continue }
      if wrapped == .unknown {
        wrapped = inner
      } else if wrapped != inner {
        return nil
      }
    }
    return sawOptional && wrapped != .unknown ? wrapped : nil
  }

  func optionSetOfLiteral(_ a: ArrayExprSyntax) -> String? {
    let names = a.elements.compactMap { e -> String? in
      guard let m = e.expression.as(MemberAccessExprSyntax.self), m.base == nil else { return nil }
      return m.declName.baseName.text
    }
    guard !names.isEmpty, names.count == a.elements.count else { return nil }
    let sets = globals.structs.values.filter { s in
      s.conformances.contains("OptionSet") && names.allSatisfy { s.staticNames.contains($0) }
    }
    // A nested type is known by two names; count types, not names.
    return Set(sets.map(ObjectIdentifier.init)).count == 1 ? sets[0].name : nil
  }

  /// Whether `e` names Swift's `Optional` (`Optional`, `Optional<Int>`) and no variable hides it.
  func namesOptionalType(_ e: ExprSyntax) -> Bool {
    // `Int?.none`
    if let o = e.as(OptionalChainingExprSyntax.self) { return metatype(o.expression) != nil }
    let base = e.as(GenericSpecializationExprSyntax.self)?.expression ?? e
    guard let r = base.as(DeclReferenceExprSyntax.self), r.baseName.text == "Optional" else { return false }
    return resolve("Optional") == nil && globals.structs["Optional"] == nil
  }

  /// The type a base expression names (`Double` in `Double.pi`), if it names one.
  func typeName(of e: ExprSyntax) -> String? {
    // `Tree<Int>.empty`, `Stack<String>.make()`: a cell's generic type, its arguments known when it runs.
    if let g = e.as(GenericSpecializationExprSyntax.self), let r = g.expression.as(DeclReferenceExprSyntax.self),
      resolve(r.baseName.text) == nil, globals.structs[r.baseName.text] != nil
    {
      return r.baseName.text
    }
    // `Event.Priority.high`: a nested type, named through the type that declares it.
    if let m = e.as(MemberAccessExprSyntax.self), let base = m.base, let outer = typeName(of: base),
      globals.structs[outer] != nil, globals.structs[m.declName.baseName.text] != nil
    {
      return m.declName.baseName.text
    }
    guard let r = e.as(DeclReferenceExprSyntax.self) else { return nil }
    let name = r.baseName.text
    if resolve(name) != nil { return nil }
    // `Self.country` in a method of a struct or enum, or in a static method: the type being
    // lowered. In a class's or protocol extension's instance methods `Self` is known only
    // when the method runs, and is left to the paths that read it then.
    if r.baseName.tokenKind == .keyword(.Self), let own = try? staticSelfType(r), globals.structs[own.name] === own {
      return own.name
    }
    // `AudioSample.max` where `typealias AudioSample = UInt16`: the aliased type's members.
    // An alias the enclosing type declares comes first, as it hides a cell type of its name.
    func aliased(_ alias: TypeSyntax?) -> String? {
      guard let target = alias?.as(IdentifierTypeSyntax.self), target.genericArgumentClause == nil,
        target.name.text != name
      else { return nil }
      return typeName(of: ExprSyntax(DeclReferenceExprSyntax(baseName: .identifier(target.name.text))))
    }
    if let own = aliased(memberTypeAlias(name, at: r)) { return own }
    if globals.structs[name] != nil || Builtins.coreTypeNames.contains(name) || Library.shared.typeNames.contains(name)
      || name == "CharacterSet"
    {
      return name
    }
    return aliased(globals.typeAliases[name])
  }

  // MARK: Operators

  func infixOperator(_ infix: InfixOperatorExprSyntax, expected: TypeHint) throws -> Typed {
    let at = loc(infix.operator)
    if !inOptionalChain, isAssignment(infix), containsOptionalChain(infix.leftOperand) {
      // `node?.next = n`: nothing is assigned when the chain finds nil.
      inOptionalChain = true
      defer { inOptionalChain = false }
      let assignment = try infixOperator(infix, expected: expected)
      return Typed(OptionalChainExpr(assignment.node, at), .void)
    }
    if infix.operator.is(AssignmentExprSyntax.self) {
      if infix.leftOperand.is(DiscardAssignmentExprSyntax.self) {
        return Typed(try expr(infix.rightOperand).node, .void)
      }
      if let t = infix.leftOperand.as(TupleExprSyntax.self), t.elements.count > 1 {
        var targets: [LValue?] = []
        for element in t.elements {
          if element.expression.is(DiscardAssignmentExprSyntax.self) {
            targets.append(nil)
          } else {
            targets.append(try lvalue(element.expression).0)
          }
        }
        return Typed(TupleAssignExpr(targets, try expr(infix.rightOperand).node, at), .void)
      }
      let (target, type) = try lvalue(infix.leftOperand)
      var value = try expr(infix.rightOperand, expected: type)
      try checkConversion(of: value.type, to: type, .assignment, at: infix.rightOperand)
      if type == .unknown || type == .array(.unknown), value.type == .int || value.type == .array(.int),
        let field = target as? FieldExpr ?? (target as? AccessorFieldExpr)?.field,
        field.base is LocalVar || field.base is GlobalVar || field.base is BoxedVar, isGenericallyTypedField(field.name)
      {
        value = Typed(GenericFieldValue(base: field.base, name: field.name, value: value.node), value.type)
      }
      let hint = needsCoercion(type) ? type : .unknown
      if case .unknown = hint, let element = value.node as? SubscriptExpr {
        return Typed(ElementAssignExpr(target, element, at), .void)
      }
      return Typed(AssignExpr(target, value.node, hint: hint, at), .void)
    }
    guard let opSyntax = infix.operator.as(BinaryOperatorExprSyntax.self) else {
      throw unsupported("this operator is not supported in cells", at: infix.operator)
    }
    let text = opSyntax.operator.text
    switch text {
    case "&&":
      return Typed(AndExpr(try condition(infix.leftOperand), try condition(infix.rightOperand), at), .bool)
    case "||":
      return Typed(OrExpr(try condition(infix.leftOperand), try condition(infix.rightOperand), at), .bool)
    case "??":
      let lhs = try expr(infix.leftOperand)
      var inner = TypeHint.unknown
      if case .optional(let t) = lhs.type { inner = t }
      let rhs = try expr(infix.rightOperand, expected: inner)
      return Typed(NilCoalescingExpr(lhs.node, rhs.node, at), inner)
    case "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>=", "&+=", "&-=", "&*=":
      let op = BinaryOperator(rawValue: String(text.dropLast()))!
      let (target, type) = try lvalue(infix.leftOperand)
      var valueType = type.isFloatingPoint ? type : TypeHint.unknown
      // `state &+= 0x9E3779B97F4A7C15` on a UInt64: the literal is a UInt64, as in Swift.
      if case .named(let n) = type, FixedInt.names.contains(n), text != "<<=", text != ">>=" { valueType = type }
      // `v += [3]` on a `[Double]`: the literal's elements are `Double`s, as in Swift.
      if text == "+=", case .array = type, infix.rightOperand.is(ArrayExprSyntax.self) { valueType = type }
      var value = try expr(infix.rightOperand, expected: valueType)
      if text == "+=", type.isArrayOfWrapped {
        // `xs += [4]` to an `[Int?]`: the elements become `Optional(4)`, as `append` makes them.
        value = Typed(CoerceExpr(value.node, type), type)
      }
      if let code = userCompoundOperator(text, target: type, value: value.type) {
        // `static func += (a: inout Vector, b: Vector)`: called with the target in and out.
        let callee = Const(.function(UserFunction(code: code, captures: [])), at)
        return Typed(
          CallFunctionExpr(
            callee: callee, code: code, arguments: [target, value.node], inoutTargets: [target, nil], at),
          .void)
      }
      let general = CompoundAssignExpr(target, op, value.node, at)
      if type == .unknown, let overloads = globals.operators[text] {
        // The target's type is known only when the cell runs: the overload whose `inout`
        // parameter takes the target's value, else the built-in operator.
        let calls = overloads.filter { $0.parameters.count == 2 && $0.parameters[0].isInout }.map { code in
          (
            code,
            CallFunctionExpr(
              callee: Const(.function(UserFunction(code: code, captures: [])), at), code: code,
              arguments: [target, value.node], inoutTargets: [target, nil], at)
          )
        }
        if !calls.isEmpty {
          return Typed(UserCompoundAssignExpr(target, calls: calls, general: general, at), .void)
        }
      }
      if let local = target as? LocalVar {
        return Typed(CompoundAssignSlotExpr(.local(local.slot), op, value.node, general: general), .void)
      }
      if let global = target as? GlobalVar {
        return Typed(CompoundAssignSlotExpr(.global(global.index), op, value.node, general: general), .void)
      }
      if let field = target as? FieldExpr, field.base is LocalVar {
        return Typed(CompoundAssignFieldExpr(field, op, value.node, general: general), .void)
      }
      return Typed(general, .void)
    default:
      break
    }
    if text == "===" || text == "!==" {
      return Typed(
        IdentityExpr(try expr(infix.leftOperand).node, try expr(infix.rightOperand).node, negated: text == "!==", at),
        .bool)
    }
    if let typed = try userOperator(text, infix) { return typed }
    if text == "~=" {
      // `1...5 ~= x`: the test a `case` pattern makes.
      let pattern = ValueMatcher(try expr(infix.leftOperand).node)
      return Typed(PatternTestExpr(pattern, try expr(infix.rightOperand).node, at), .bool)
    }
    guard let op = BinaryOperator(rawValue: text) else {
      throw unsupported("operator '\(text)' is not supported in cells", at: infix.operator)
    }
    let operandExpectation = (op.isComparison || op == .halfOpenRange || op == .closedRange) ? .unknown : expected
    var lhs = try expr(infix.leftOperand, expected: operandExpectation.isFloatingPoint ? operandExpectation : .unknown)
    // `s + "x"` with a `var s: String!` adds the string; `s == nil` compares the optional.
    let unwraps = op != .equal && op != .notEqual
    if unwraps { lhs = implicitlyUnwrapped(lhs, infix.leftOperand) }
    let shift = op == .shiftLeft || op == .shiftRight
    // `z &* 0xBF58476D1CE4E5B9` with a UInt64 `z`: the literal is a UInt64 too.
    let sizedLiteral = !shift && Lowerer.isSizedInteger(lhs.type) && isLiteralOnly(infix.rightOperand)
    var rhs = try expr(
      infix.rightOperand,
      expected: lhs.type.isFloatingPoint || sizedLiteral
        ? lhs.type : (operandExpectation.isFloatingPoint ? operandExpectation : .unknown))
    if unwraps { rhs = implicitlyUnwrapped(rhs, infix.rightOperand) }
    if rhs.type.isFloatingPoint && lhs.type == .int && isLiteralOnly(infix.leftOperand) {
      lhs = try expr(infix.leftOperand, expected: rhs.type)
    }
    if !shift, Lowerer.isSizedInteger(rhs.type), lhs.type != rhs.type, isLiteralOnly(infix.leftOperand) {
      lhs = try expr(infix.leftOperand, expected: rhs.type)
    }
    let type: TypeHint
    if shift && Lowerer.isSizedInteger(lhs.type) {
      // `z >> 30`: a shift keeps its left operand's type.
      type = lhs.type
    } else if !op.isComparison && op != .halfOpenRange && op != .closedRange
      && (Lowerer.isSizedInteger(lhs.type) && rhs.type == .unknown
        || Lowerer.isSizedInteger(rhs.type) && lhs.type == .unknown)
    {
      type = lhs.type == .unknown ? rhs.type : lhs.type
    } else if op.isComparison {
      type = .bool
    } else if op == .halfOpenRange || op == .closedRange {
      type = .unknown
    } else if lhs.type == .double || rhs.type == .double {
      type = .double
    } else if lhs.type == .float || rhs.type == .float {
      type = .float
    } else if lhs.type == rhs.type {
      type = lhs.type
    } else {
      type = .unknown
    }
    if op == .closedRange || op == .halfOpenRange, lhs.type == .string, rhs.type == .string {
      // `"a"..."e"`: a range of strings (or characters).
      let closed = op == .closedRange
      return Typed(
        NativeCallExpr(name: op.rawValue, arguments: [lhs.node, rhs.node], at) { _, v in
          guard case .string(let a) = v[0], case .string(let b) = v[1] else { return .void }
          return .object(try StringRange(lower: a, upper: b, closed: closed))
        }, .unknown)
    }
    if op == .equal || op == .notEqual {
      // `Array(word) == word.reversed()`: Swift's `reversed()` of a string is an array of
      // characters where an array is compared with it.
      func isArray(_ t: Typed, _ e: ExprSyntax) -> Bool {
        if case .array = t.type { return true }
        if e.is(ArrayExprSyntax.self) { return true }
        let called = e.as(FunctionCallExprSyntax.self)?.calledExpression.as(DeclReferenceExprSyntax.self)
        return called?.baseName.text == "Array"
      }
      if isArray(lhs, infix.leftOperand), Builtins.isReversedView(infix.rightOperand) {
        return Typed(BinaryExpr(op, lhs.node, CharactersArrayExpr(rhs.node), at), type)
      }
      if isArray(rhs, infix.rightOperand), Builtins.isReversedView(infix.leftOperand) {
        return Typed(BinaryExpr(op, CharactersArrayExpr(lhs.node), rhs.node, at), type)
      }
    }
    let binary = BinaryExpr.make(op, lhs.node, rhs.node, at)
    // `x.matmul(w) + b`: one fused product where the values allow it.
    if let fused = MatmulBiasExpr.make(binary) { return Typed(fused, type) }
    return Typed(binary, type)
  }

  /// `UInt64`, `Int8`...: a sized integer type, whose literals are checked against its range.
  static func isSizedInteger(_ type: TypeHint) -> Bool {
    if case .named(let n) = type { return FixedInt.names.contains(n) }
    return false
  }

  /// An expression made only of number literals and operators (`2 * 3`), whose type context decides.
  func isLiteralOnly(_ e: ExprSyntax) -> Bool {
    for token in e.tokens(viewMode: .sourceAccurate) {
      switch token.tokenKind {
      case .integerLiteral, .binaryOperator, .prefixOperator, .leftParen, .rightParen: continue
      default: return false
      }
    }
    return true
  }

  /// Lowers an assignment target; rejects `let` constants.
  /// Whether values of this static type are class references (or may be: unknown types).
  func isClassReference(_ type: TypeHint) -> Bool {
    switch type {
    case .named(let n): return globals.structs[n]?.isClass ?? false
    case .unknown: return true
    case .optional(let t): return isClassReference(t)
    default: return false
    }
  }

  /// `grid[r, c]` when some cell type declares a `subscript` of that many indices: the
  /// instance's subscript, or the built-in one on other values.
  func userSubscript(_ s: SubscriptCallExprSyntax, base: Expr, baseType: TypeHint) throws -> Typed? {
    let n = s.arguments.count
    let key = Lowerer.subscriptKey(get: true, n)
    guard globals.structs.values.contains(where: { $0.setters[key] != nil }) else { return nil }
    // `counts[word, default: 0]` on a dictionary stays the built-in subscript.
    if case .dictionary = baseType { return nil }
    var indices: [Expr] = []
    for a in s.arguments { indices.append(try indexExpression(a.expression).node) }
    let arguments = Array(s.arguments)
    let isDefault = n == 2 && arguments[0].label == nil && arguments[1].label?.text == "default"
    let labeled = !isDefault && s.arguments.contains { $0.label != nil }
    let fallback = labeled ? nil : SubscriptExpr(base, try subscriptIndex(s).node, loc(s))
    var type = TypeHint.unknown
    if case .named(let name) = baseType, let t = globals.structs[name], let getter = t.setters[key] {
      type = getter.returnType
      let labels = arguments.map { $0.label?.text }
      if labels.contains(where: { $0 != nil }),
        let other = (2...Lowerer.subscriptOverloadLimit).lazy.compactMap({
          t.setters[Lowerer.subscriptKey(get: true, n, overload: $0)]
        }).first(where: { SubscriptOverloads.labeled(labels, $0) })
      {
        type = other.returnType
      }
    }
    return Typed(
      UserSubscriptExpr(
        base, indices, fallback: fallback, count: n, labels: arguments.map { $0.label?.text }, loc(s)), type)
  }

  /// A property assignment that runs setters and observers when some cell type declares
  /// them for the name; unchanged otherwise, and inside the accessors of that property.
  func withAccessors(_ target: LValue) -> LValue {
    guard let field = target as? FieldExpr, field.name != accessorProperty else { return target }
    let hasAccessors = globals.structs.values.contains {
      $0.setters[field.name] != nil || $0.willSetObservers[field.name] != nil || $0.didSetObservers[field.name] != nil
    }
    guard hasAccessors else { return target }
    if globals.structs.values.contains(where: { $0.fieldIndex[Lowerer.weakStorageName(field.name)] != nil }) {
      return WeakPropertyAccess(field, observe: !inInitializer)
    }
    if let base = field.base as? LValue,
      base is FieldExpr || base is AccessorFieldExpr || base is NestedAccessorFieldExpr
    {
      return NestedAccessorFieldExpr(field, base: base, observe: !inInitializer)
    }
    return AccessorFieldExpr(field, observe: !inInitializer)
  }

  func lvalue(_ e: ExprSyntax) throws -> (LValue, TypeHint) {
    if let o = e.as(OptionalChainingExprSyntax.self), inOptionalChain {
      // `adjacency[v]?.append(w)`, `stack?.items.removeLast()`: the wrapped value, changed in place.
      let (inner, innerType) = try lvalue(o.expression)
      var type = TypeHint.unknown
      if case .optional(let t) = innerType { type = t }
      return (OptionalLinkLValue(inner, loc(o)), type)
    }
    if let r = e.as(DeclReferenceExprSyntax.self) {
      let name = r.baseName.text
      switch resolve(name) {
      case .local(let entry)?:
        if entry.isLet {
          throw fail("cannot assign to value: '\(name)' is a 'let' constant", at: r)
        }
      case .global(let g)?:
        if g.isLet { throw fail("cannot assign to value: '\(name)' is a 'let' constant", at: r) }
      case nil:
        break
      }
      guard let v = try variableReference(name, at: r) else { throw undefined(name, at: r) }
      if let s = currentStruct, resolve(name) == nil, let k = s.fieldIndex[name] {
        // A class's `self` is a reference: its properties change through a `let` one too,
        // such as the `self` a closure's `[self]` captures.
        if case .local(let selfEntry)? = resolve("self"), selfEntry.isLet, !s.isClass {
          throw fail("cannot assign to property: 'self' is immutable (mark the method 'mutating')", at: r)
        }
        if s.fieldIsLet[k] && !inInitializer {
          throw fail("cannot assign to property: '\(name)' is a 'let' constant", at: r)
        }
        return (withAccessors(v), s.fieldTypes[k])
      }
      if currentStruct != nil, resolve(name) == nil { return (withAccessors(v), variableType(name)) }
      if let observed = try observedVariable(name, v, at: r) { return (observed, variableType(name)) }
      return (v, variableType(name))
    }
    if let s = e.as(SubscriptCallExprSyntax.self) {
      // `registry[tag] = name` on a `let` class instance: the subscript's setter changes the
      // shared instance, so the constant itself is not assigned.
      if let r = s.calledExpression.as(DeclReferenceExprSyntax.self),
        case .named(let n) = variableType(r.baseName.text),
        globals.structs[n]?.isClass == true
      {
        let instance = try expr(s.calledExpression)
        if let user = try userSubscript(s, base: instance.node, baseType: instance.type),
          let target = user.node as? LValue
        {
          return (target, user.type)
        }
      }
      var (base, baseType) = try lvalue(s.calledExpression)
      if case .optional(let wrapped) = baseType, namesImplicitlyUnwrapped(s.calledExpression) {
        // `scores[0] = 1` on a `var scores: [Int]!`: set in the array it holds.
        base = ForceUnwrapLValue(base, loc(s.calledExpression))
        baseType = wrapped
      }
      if let user = try userSubscript(s, base: base, baseType: baseType), let target = user.node as? LValue {
        return (target, user.type)
      }
      var type = TypeHint.unknown
      if case .array(let el) = baseType { type = isRangeIndex(s) ? baseType : el }
      // `graph[node, default: []]` is the value itself.
      if case .dictionary(_, let v) = baseType { type = s.arguments.count == 2 ? v : .optional(v) }
      return (SubscriptExpr(base, try subscriptIndex(s).node, loc(s)), type)
    }
    // `Self.created += 1` in a class: the static property's storage is the declaring
    // class's whatever the running subclass, so the class being lowered finds it.
    let classSelf =
      e.as(MemberAccessExprSyntax.self)?.base?.as(DeclReferenceExprSyntax.self)?.baseName.tokenKind == .keyword(.Self)
      ? (currentStruct ?? staticContext).flatMap { $0.isClass ? $0.name : nil } : nil
    if let m = e.as(MemberAccessExprSyntax.self), let b = m.base, let typeName = classSelf ?? typeName(of: b),
      let s = globals.structs[typeName], s.staticNames.contains(m.declName.baseName.text)
    {
      let name = m.declName.baseName.text
      var owner = s
      while !owner.staticNamesDeclared.contains(name), let parent = owner.superclass { owner = parent }
      return (StaticMemberExpr(type: owner, name: name, loc(m)), .unknown)
    }
    if let m = e.as(MemberAccessExprSyntax.self), let b = m.base, typeName(of: b) != nil {
      // `Compass.west`: an enum case or static value, not a stored property to assign.
      throw fail("cannot assign to '\(m.trimmedDescription)'", at: m)
    }
    if let m = e.as(MemberAccessExprSyntax.self), let b = m.base {
      if let r = b.as(DeclReferenceExprSyntax.self), r.baseName.tokenKind == .keyword(.self),
        case .local(let selfEntry)? = resolve("self"), selfEntry.isLet, !(currentStruct?.isClass ?? false)
      {
        throw fail("cannot assign to property: 'self' is immutable (mark the method 'mutating')", at: m)
      }
      var base: Expr
      var baseType: TypeHint
      do {
        (base, baseType) = try lvalue(b)
      } catch let failure as LocatedFailure {
        // A property of a class instance may be set through a constant reference.
        guard let typed = try? expr(b), isClassReference(typed.type) else { throw failure }
        (base, baseType) = (typed.node, typed.type)
      }
      if let f = b.as(ForceUnwrapExprSyntax.self), let held = try? expr(f.expression),
        case .optional(.named(let n)) = held.type,
        globals.structs[n]?.isClass == true
      {
        // `nodes.first!.v = 5`: the instance is changed through its reference; what holds it
        // (`first`, a computed property) is not assigned.
        base = ForceUnwrapExpr(held.node, loc(f))
        baseType = .named(n)
      }
      if case .optional(let wrapped) = baseType, namesImplicitlyUnwrapped(b) {
        // `c.n = 5` on a `var c: C!`: set on the value.
        base = (base as? LValue).map { ForceUnwrapLValue($0, loc(b)) } ?? ForceUnwrapExpr(base, loc(b))
        baseType = wrapped
      }
      var type = TypeHint.unknown
      if case .named(let n) = baseType, let s = globals.structs[n], let k = s.fieldIndex[m.declName.baseName.text] {
        if s.fieldIsLet[k] && !inInitializer {
          throw fail("cannot assign to property: '\(m.declName.baseName.text)' is a 'let' constant", at: m.declName)
        }
        type = s.fieldTypes[k]
      } else if case .named(let n) = baseType, let s = globals.structs[n],
        let initial = s.lazyInitializers[m.declName.baseName.text]
      {
        type = initial.returnType
      } else if case .named(let n) = baseType, let s = globals.structs[n],
        let getter = s.computed[m.declName.baseName.text]
      {
        // `t.temperature = 25` of a `Double` property: the observers' `newValue` is 25.0.
        type = getter.returnType
      } else if baseType == .unknown || globals.protocols[baseType.name] != nil {
        // `copy.owner = name` on a generic or protocol-typed value: optional where every cell
        // type with that stored property declares it so, to be set to `.some`.
        if case .optional = commonFieldType(m.declName.baseName.text) { type = .optional(.unknown) }
      }
      let name = m.declName.baseName.text
      return (withAccessors(FieldExpr(base, name: name, property: Builtins.property(name), loc(m))), type)
    }
    if let t = e.as(TupleExprSyntax.self), t.elements.count == 1 {
      return try lvalue(t.elements.first!.expression)
    }
    if let f = e.as(ForceUnwrapExprSyntax.self) {
      let (target, type) = try lvalue(f.expression)
      var wrapped = TypeHint.unknown
      if case .optional(let w) = type { wrapped = w }
      return (ForceUnwrapLValue(target, loc(f)), wrapped)
    }
    if e.is(OptionalChainingExprSyntax.self), inOptionalChain {
      // `house.residence?[0] = room`: the chain's class instance, changed through its reference.
      let typed = try expr(e)
      if isClassReference(typed.type) { return (ReferenceLValue(typed.node), typed.type) }
    }
    throw fail("cannot assign to '\(e.trimmedDescription.prefix(40))'", at: e)
  }
}

extension Lowerer {
  /// The declared type of the stored property `name` where every cell type that has one
  /// agrees on it; unknown otherwise.
  func commonFieldType(_ name: String) -> TypeHint {
    var found: TypeHint?
    for s in globals.structs.values where globals.protocols[s.name] == nil {
      guard let k = s.fieldIndex[name] else { continue }
      if let f = found, f != s.fieldTypes[k] { return .unknown }
      found = s.fieldTypes[k]
    }
    return found ?? .unknown
  }

  /// The cell's own `static func +=` (or another compound operator) for a target of a cell
  /// type: the one overload whose first parameter is `inout` and takes the target's type.
  func userCompoundOperator(_ text: String, target: TypeHint, value: TypeHint) -> FunctionCode? {
    guard let overloads = globals.operators[text], case .named(let name) = target,
      let type = globals.structs[name]
    else { return nil }
    let candidates = overloads.filter { code in
      guard code.parameters.count == 2, code.parameters[0].isInout,
        case .named(let p) = code.parameters[0].type, type.isSubtype(of: p)
      else { return false }
      switch (value, code.parameters[1].type) {
      case (.unknown, _), (_, .unknown): return true
      case (.int, .double), (.int, .float): return true
      default: return value == code.parameters[1].type
      }
    }
    return candidates.count == 1 ? candidates[0] : nil
  }
}

extension Lowerer {
  /// A prefix or postfix operator's symbol and operand (`-x`, `n^^`).
  func unaryOperator(_ e: ExprSyntax) -> (String, ExprSyntax)? {
    if let p = e.as(PrefixOperatorExprSyntax.self) { return (p.operator.text, p.expression) }
    if let p = e.as(PostfixOperatorExprSyntax.self) { return (p.operator.text, p.expression) }
    return nil
  }

  /// An operator the cell overloads, used as a function (`laps.reduce(.zero, +)`): the
  /// overload that takes the arguments' types, else the built-in operator.
  static func operatorValue(_ name: String, _ overloads: [FunctionCode]) -> Callable {
    let builtin = Builtins.functionValue(name) as? NativeFunction
    return NativeFunction(name, arity: 2) { rt, a in
      for code in overloads where code.parameters.count == a.count {
        if zip(a, code.parameters).allSatisfy({ UserOperatorExpr.fits($0, $1.type) }) {
          return try UserFunction(code: code, captures: []).call(rt, a, at: code.loc)
        }
      }
      // `sorted(by: >)` on a Comparable cell type: `>`, `<=`, `>=` and `!=` from its `<` and `==`.
      if a.count == 2, case .structInstance = a[0], let op = BinaryOperator(rawValue: name) {
        switch op {
        case .equal: return .bool(Equality.equal(a[0], a[1]))
        case .notEqual: return .bool(!Equality.equal(a[0], a[1]))
        case .less: return .bool(try Equality.less(a[0], a[1]))
        case .greater: return .bool(try Equality.less(a[1], a[0]))
        case .lessEqual: return .bool(!(try Equality.less(a[1], a[0])))
        case .greaterEqual: return .bool(!(try Equality.less(a[0], a[1])))
        default: break
        }
      }
      guard let builtin else {
        throw RuntimeFailure(
          "operator '\(name)' cannot be applied to operands of type \(a.map { "'\($0.typeName)'" }.joined(separator: " and "))"
        )
      }
      return try builtin.body(rt, a)
    }
  }
}

/// `a += b` where `a`'s type is known only when the cell runs and the cell declares a
/// compound operator: the overload for the target's type, else the built-in one.
final class UserCompoundAssignExpr: Expr {
  let target: LValue
  let calls: [(code: FunctionCode, call: CallFunctionExpr)]
  let general: Expr
  init(_ target: LValue, calls: [(FunctionCode, CallFunctionExpr)], general: Expr, _ loc: SourceLoc) {
    self.target = target
    self.calls = calls.map { (code: $0.0, call: $0.1) }
    self.general = general
    super.init(loc)
  }
  override func eval(_ rt: Runtime, _ fp: Frame) throws -> Value {
    let current = try target.eval(rt, fp)
    if case .structInstance = current {
      for c in calls where UserOperatorExpr.fits(current, c.code.parameters[0].type) {
        return try c.call.eval(rt, fp)
      }
    }
    return try general.eval(rt, fp)
  }
}

/// A prefix operator some cell type overloads (`-v` of a `Vector`): the overload that
/// takes the operand's type, else the built-in operator.
final class UserPrefixOperatorExpr: Expr {
  let symbol: String
  let operand: Expr
  let overloads: [FunctionCode]
  let builtin: ((Value) throws(RuntimeFailure) -> Value)?
  init(
    _ symbol: String, _ operand: Expr, overloads: [FunctionCode],
    builtin: ((Value) throws(RuntimeFailure) -> Value)?, _ loc: SourceLoc
  ) {
    self.symbol = symbol
    self.operand = operand
    self.overloads = overloads
    self.builtin = builtin
    super.init(loc)
  }
  override func eval(_ rt: Runtime, _ fp: Frame) throws -> Value {
    let v = try operand.eval(rt, fp)
    for code in overloads where UserOperatorExpr.fits(v, code.parameters[0].type) {
      return try UserFunction(code: code, captures: []).call(rt, [v], at: loc)
    }
    guard let builtin else {
      throw LocatedFailure(
        kind: .runtime,
        message: "unary operator '\(symbol)' cannot be applied to an operand of type '\(v.typeName)'", loc: loc)
    }
    do { return try builtin(v) } catch { throw rt.located(error, loc) }
  }
}

extension Lowerer {
  /// The bytes of the standard scalar types on a 64-bit machine, which `MemoryLayout` reports.
  static let scalarSizes: [String: Int] = [
    "Int": 8, "UInt": 8, "Int64": 8, "UInt64": 8, "Double": 8, "Int32": 4, "UInt32": 4, "Float": 4,
    "Int16": 2, "UInt16": 2, "Int8": 1, "UInt8": 1, "Bool": 1,
  ]

  /// `MemoryLayout<Int>.size * 8` in bit tricks: `size`, `stride` and `alignment` of a scalar
  /// type, which are all its byte count. Nil for anything else.
  static func memoryLayout(_ member: String, of base: ExprSyntax) -> Int? {
    guard ["size", "stride", "alignment"].contains(member), let g = base.as(GenericSpecializationExprSyntax.self),
      g.expression.as(DeclReferenceExprSyntax.self)?.baseName.text == "MemoryLayout",
      g.genericArgumentClause.arguments.count == 1
    else { return nil }
    return scalarSizes[g.genericArgumentClause.arguments.first!.argument.trimmedDescription]
  }
}
