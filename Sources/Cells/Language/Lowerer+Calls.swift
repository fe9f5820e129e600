import SwiftSyntax

/// One argument at a call site.
struct Argument {
  var label: String?
  var expression: ExprSyntax
  /// The first trailing closure matches its parameter whatever that parameter's label,
  /// as Swift's forward-scan rule does (`xs.sorted { $0 > $1 }` is `sorted(by:)`).
  var isTrailingClosure = false
}

extension Array where Element == Argument {
  var trailingClosureIndex: Int? { firstIndex { $0.isTrailingClosure } }
}

extension Lowerer {
  func arguments(of c: FunctionCallExprSyntax) -> [Argument] {
    var args = c.arguments.map { Argument(label: $0.label?.text, expression: $0.expression) }
    if let t = c.trailingClosure {
      args.append(Argument(label: nil, expression: ExprSyntax(t), isTrailingClosure: true))
    }
    for extra in c.additionalTrailingClosures {
      args.append(Argument(label: extra.label.text, expression: ExprSyntax(extra.closure)))
    }
    return args
  }

  /// `Swift.min(a, b)`: the module's name qualifies a global function, written inside an
  /// extension whose type has a method of the same name; the cell has no `Swift` of its own.
  func swiftQualified(_ callee: ExprSyntax) -> DeclReferenceExprSyntax? {
    guard let m = callee.as(MemberAccessExprSyntax.self), let b = m.base?.as(DeclReferenceExprSyntax.self),
      b.baseName.text == "Swift" || isUnicodeScalar(m), resolve(b.baseName.text) == nil,
      globals.structs[b.baseName.text] == nil
    else { return nil }
    return m.declName
  }

  /// `Array.init(repeating: 0, count: 3)`, `String.init(42)`, `[Int].init()`: a standard
  /// type's initializer spelled out is the call of the type itself, so the callee is the
  /// type; any other callee stays as it is.
  func standardInitCallee(_ callee: ExprSyntax) -> ExprSyntax {
    // `(Word)(mask | (mask - 1))`: parentheses around the callee change nothing.
    if let t = callee.as(TupleExprSyntax.self), t.elements.count == 1, let only = t.elements.first,
      only.label == nil
    {
      return standardInitCallee(only.expression)
    }
    guard let m = callee.as(MemberAccessExprSyntax.self), m.declName.baseName.text == "init",
      m.declName.argumentNames == nil, let b = m.base
    else { return callee }
    if b.is(ArrayExprSyntax.self) || b.is(DictionaryExprSyntax.self) { return b }
    guard let r = b.as(DeclReferenceExprSyntax.self),
      Builtins.coreTypeNames.contains(r.baseName.text) || r.baseName.text == "Set",
      resolve(r.baseName.text) == nil, globals.structs[r.baseName.text] == nil
    else { return callee }
    return b
  }

  /// A protocol and the protocols it inherits from, nearest first.
  func protocolLineage(_ p: StructType) -> [StructType] {
    var out = [p]
    var k = 0
    while k < out.count {
      for name in out[k].conformances.sorted() {
        if let parent = globals.protocols[name], !out.contains(where: { $0 === parent }) { out.append(parent) }
      }
      k += 1
    }
    return out
  }

  /// `Double(fahrenheit: 212)` where the cell's `extension Double` declares `init(fahrenheit:)`:
  /// its body sets `self`, which is the value made.
  func extensionInitializerCall(_ name: String, _ args: [Argument], at c: FunctionCallExprSyntax) throws -> Typed? {
    guard let key = Lowerer.builtinExtensionKey(name), key == name || name == "Character",
      let container = globals.extensions[key],
      let code = container.initializers.values.first(where: {
        labelsMatch($0, args.map(\.label), trailing: args.trailingClosureIndex)
      })
    else { return nil }
    let call = try callUser(code, callee: Const(.void, loc(c)), args, at: c)
    guard let node = call.node as? CallFunctionExpr else { return nil }
    let at = loc(c)
    return Typed(
      NativeCallExpr(name: "\(name).init", arguments: node.arguments, at) { rt, v in
        try rt.callMethod(code, self: .void, v, at: at).1
      }, container.selfHint)
  }

  /// `Unicode.Scalar`, the name `UnicodeScalar` abbreviates.
  func isUnicodeScalar(_ m: MemberAccessExprSyntax) -> Bool {
    m.base?.as(DeclReferenceExprSyntax.self)?.baseName.text == "Unicode" && m.declName.baseName.text == "Scalar"
  }

  func call(_ c: FunctionCallExprSyntax, expected: TypeHint) throws -> Typed {
    let args = arguments(of: c)
    let at = loc(c)
    if let typed = try protocolStaticSelfInit(c, args) { return typed }
    if let typed = try typeValueCall(c, args) { return typed }
    let callee = standardInitCallee(c.calledExpression)

    if let r = callee.as(DeclReferenceExprSyntax.self) ?? swiftQualified(callee) {
      // `where` in backticks names the function `where`.
      var name = r.baseName.identifier?.name ?? r.baseName.text
      if let m = callee.as(MemberAccessExprSyntax.self), isUnicodeScalar(m) { name = "UnicodeScalar" }
      // `Swift.max(max, x)` names the standard function, not a variable or function of the cell.
      let qualified = !callee.is(DeclReferenceExprSyntax.self)
      // A local or global variable holding a function (or a local func).
      switch qualified ? nil : resolve(name) {
      case .local(let e)?:
        let v = try variableReference(name, at: r)!
        if let code = e.function { return try callUser(code, callee: v, args, at: c) }
        return try callValue(implicitlyUnwrapped(Typed(v, e.type), callee), args, at: c)
      case .global(let g)? where !shadowsBuiltin(g.function, name, args):
        let v = GlobalVar(index: g.index, name: name, loc(r))
        if let code = g.function { return try callUser(code, callee: v, args, at: c) }
        return try callValue(implicitlyUnwrapped(Typed(v, g.type), callee), args, at: c)
      case nil, .global?:
        break
      }
      if !qualified, let fullNames = globals.functions[name],
        !fullNames.compactMap({ globals.entries[$0]?.function }).allSatisfy({
          shadowsBuiltin($0, name, args)
        })
      {
        let labels = args.map(\.label)
        let candidates = fullNames.compactMap { globals.entries[$0] }
        let trailing = args.trailingClosureIndex
        let matching = candidates.filter { g in
          g.function.map { labelsMatch($0, labels, trailing: trailing) } ?? false
        }
        let chosen = chooseOverload(matching, args, expected: expected) ?? matching.first ?? candidates.last!
        let v = GlobalVar(index: chosen.index, name: name, loc(r))
        return try callUser(chosen.function!, callee: v, args, at: c)
      }
      // `Node(value: 3)` in a type declaring `typealias Node = Item`: the alias hides a
      // cell type named `Node` in that type's body, as Swift's member lookup does.
      if let aliased = memberTypeAlias(name, at: r), case .named(let target) = try typeHint(aliased), target != name,
        let s = globals.structs[target]
      {
        return try structInit(s, args, at: c)
      }
      if let s = globals.structs[name] { return try structInit(s, args, at: c) }
      if name == "Set" { return try setInit(args, at: c) }
      if name == "print" || name == "debugPrint" {
        // `print(xs.reversed())` shows Swift's lazy view, not an array.
        let saved = printArguments
        printArguments = Set(args.map { $0.expression.id })
        defer { printArguments = saved }
        if let typed = try Builtins.call(name, args, lowerer: self, at: c, expected: expected) { return typed }
      }
      if name == "type", args.map(\.label) == ["of"] {
        // `type(of: x)`: the dynamic type, printed by its name.
        let typed = try expr(args[0].expression)
        let value = typed.node
        if case .array(.named(let p)) = typed.type, globals.protocols[p] != nil {
          // `let shapes: [Shape] = [...]`: an array's type is its declared one, an existential.
          return Typed(
            NativeCallExpr(name: "type(of:)", arguments: [value], loc(c)) { _, _ in .type(.builtin("Array<\(p)>")) },
            .unknown)
        }
        return Typed(
          NativeCallExpr(name: "type(of:)", arguments: [value], loc(c)) { _, v in
            if case .structInstance(let s) = v[0] {
              // A generic type prints with its arguments (`Stack<Int>`); a plain one stays usable as a type.
              if !s.type.genericParameters.isEmpty {
                return .type(.builtin(s.type.printedName(of: s, qualified: false)))
              }
              return .type(.structType(s.type))
            }
            switch v[0] {
            case .some, .dictionary:
              // `Optional<Int>`, `Dictionary<String, Int>`: Swift prints a type by its full name.
              if let name = v[0].swiftTypeName(qualified: false) { return .type(.builtin(name)) }
            default: break
            }
            var name = v[0].typeName
            if case .array(let xs) = v[0] {
              name = "Array<\(name.dropFirst().dropLast())>"
              // `[Movie(...), Song(...)]` is an array of their closest common superclass.
              if case .structInstance(let first)? = xs.first, first.isClass {
                var common: StructType? = first.type
                for case .structInstance(let x) in xs.dropFirst() {
                  while let c = common, !x.type.isSubtype(of: c.name) { common = c.superclass }
                }
                if let common, xs.count > 1 { name = "Array<\(common.name)>" }
              } else if let first = xs.first, xs.contains(where: { $0.typeName != first.typeName }) {
                // `let a: [Any] = ["hi", 32]`: elements of several types are held as `Any`.
                name = "Array<Any>"
              }
            }
            return .type(.builtin(name))
          }, .unknown)
      }
      if let typed = try extensionInitializerCall(name, args, at: c) { return typed }
      if let typed = try compatCall(name, args, at: c) { return typed }
      if !ownMethodTakes(name, args),
        let typed = try Builtins.call(name, args, lowerer: self, at: c, expected: expected)
      {
        return typed
      }
      if let s = currentStruct, let selfVar = try variableReference("self", at: r),
        s.methods.keys.contains(where: { $0.hasPrefix(name + "(") })
          || (s.selfHint != .named(s.name) && (Builtins.methodNames.contains(name) || anyUserMethod(name)))
          || (isUserSequence(s) && Builtins.methodNames.contains(name))
      {
        return try methodCall(on: selfVar, baseType: s.selfHint, name: name, args, at: c, mutableBase: true)
      }
      if let alias = globals.typeAliases[name], let typed = try tupleAliasInit(name, alias, args, at: c) {
        return typed
      }
      // `printTree(root: root)` in a static method beside `printTree(root:prev:isRight:)`: the
      // overload whose labels fit (the first found was any of them).
      if let s = staticContext, let code = staticMethod(named: name, in: s, args) {
        return try callUser(code, callee: Const(.function(UserFunction(code: code, captures: [])), loc(r)), args, at: c)
      }
      if globals.typeAliases[name] != nil, let typed = try arrayInit(callee, args, at: c) { return typed }
      // `Node(value: 1)` where `typealias Node = LinkedListNode<T>`: the type's initializer.
      if let aliased = globals.typeAliases[name], case .named(let target) = try typeHint(aliased),
        let s = globals.structs[target]
      {
        return try structInit(s, args, at: c)
      }
      // `less(a, b)` in a method: a closure stored in one of the type's properties.
      if let s = currentStruct, let k = s.fieldIndex[name], let field = try variableReference(name, at: r) {
        return try callValue(Typed(field, s.fieldTypes[k]), args, at: c)
      }
      throw undefined(name, at: r)
    }

    if let m = callee.as(MemberAccessExprSyntax.self) {
      let name = m.declName.baseName.text
      guard let baseSyntax = m.base else {
        if let e = enumWithCase(name, expected: expected) { return try enumCaseCall(e, name, args, at: c) }
        if name == "init", case .named(let n) = expected, let s = globals.structs[n] {
          return try structInit(s, args, at: c)
        }
        if let typed = try Builtins.implicitCall(name, args, lowerer: self, at: c) { return typed }
        if let typed = try leadingDotCall(name, args, expected: expected, at: c) { return typed }
        if name == "some", args.count == 1, args[0].label == nil {
          // `let x: Int?? = .some(nil)`: Optional's case, spelled out.
          var inner = TypeHint.unknown
          if case .optional(let wrapped) = expected { inner = wrapped }
          let wrapped = try expr(args[0].expression, expected: inner)
          return Typed(
            NativeCallExpr(name: "Optional.some", arguments: [wrapped.node], loc(c)) { _, a in .some(a[0]) },
            .optional(wrapped.type))
        }
        throw unsupported("'.\(name)(...)' is not a known option here", at: m)
      }
      if name == "some", args.count == 1, args[0].label == nil, namesOptionalType(baseSyntax) {
        // `Optional<Int>.some(3)`: the enum case a present optional is.
        let wrapped = try expr(args[0].expression)
        return Typed(
          NativeCallExpr(name: "Optional.some", arguments: [wrapped.node], loc(c)) { _, a in .some(a[0]) },
          .optional(wrapped.type))
      }
      if baseSyntax.is(SuperExprSyntax.self) {
        guard let s = currentStruct, let parent = s.superclass,
          let selfVar = try variableReference("self", at: baseSyntax)
        else { throw fail("'super' is only available inside a subclass's methods", at: baseSyntax) }
        if name == "init" { return try delegatingInit(parent, args, at: c, isSuper: true) }
        return try structMethodCall(parent, on: selfVar, name: name, args, at: c, mutableBase: true, exactType: true)
      }
      if name == "init", let r = baseSyntax.as(DeclReferenceExprSyntax.self), r.baseName.tokenKind == .keyword(.self),
        let s = currentStruct
      {
        return try delegatingInit(s, args, at: c, isSuper: false)
      }
      if let typeName = typeName(of: baseSyntax), let s = globals.structs[typeName] {
        if name == "init" { return try structInit(s, args, at: c) }
        if s.isEnum, s.caseLabels[name] != nil { return try enumCaseCall(s, name, args, at: c) }
        // `List.Node(value: 1)`: the type nested in List, even where another type is named Node.
        if let nested = nestedTypesSharingNames[s.enclosingNames + s.name + "." + name] ?? globals.structs[name] {
          return try structInit(nested, args, at: c)
        }
        guard let code = staticMethod(named: name, in: s, args) else {
          throw fail("type '\(typeName)' has no member '\(name)'", at: m.declName)
        }
        return try callUser(code, callee: Const(.function(UserFunction(code: code, captures: [])), loc(m)), args, at: c)
      }
      if name == "formIndex", let typed = try formIndexCall(args, at: c) { return typed }
      if name == "init", typeName(of: baseSyntax) == nil, holdsTypeValue(baseSyntax) {
        return try metatypeInitCall(baseSyntax, args, at: c)
      }
      if let typeName = typeName(of: baseSyntax) {
        if let typed = try extensionStaticCall(typeName, name, args, at: c) { return typed }
        if let typed = try randomCall(typeName, name, args, at: c) { return typed }
        if let typed = try Builtins.staticCall(typeName, name, args, lowerer: self, at: c) { return typed }
        var message = "type '\(typeName)' has no method '\(name)'"
        let known = Library.shared.functions.keys.filter { $0.hasPrefix(typeName + ".") }
          .map { String($0.dropFirst(typeName.count + 1)) }
        if let g = Suggestions.closest(to: name, in: known) { message += "; did you mean '\(g)'?" }
        throw fail(message, at: m.declName)
      }
      var base: Expr
      var baseType: TypeHint
      var mutable = false
      if let view = baseSyntax.as(MemberAccessExprSyntax.self), view.declName.baseName.text == "lazy",
        let range = view.base, let endless = try endlessLazyRange(range) ?? userSequenceLazy(range)
      {
        // `(1...).lazy.map { ... }`: not an array to change in place.
        base = endless.node
        baseType = endless.type
      } else if let (lv, t) = try? lvalue(baseSyntax) {
        base = lv
        baseType = t
        mutable = true
        if case .optional(let wrapped) = t, namesImplicitlyUnwrapped(baseSyntax) {
          // `c.f()` on a `var c: C!`: called on the value, changed in place if it mutates.
          base = ForceUnwrapLValue(lv, loc(baseSyntax))
          baseType = wrapped
        }
      } else {
        let typed = implicitlyUnwrapped(try expr(baseSyntax), baseSyntax)
        base = typed.node
        baseType = typed.type
      }
      return try methodCall(
        on: base, baseType: baseType, name: name, args, at: c, mutableBase: mutable, baseSyntax: baseSyntax)
    }

    // `Stack<Int>()`: a generic type's arguments are known only when the cell runs.
    if let g = callee.as(GenericSpecializationExprSyntax.self), let r = g.expression.as(DeclReferenceExprSyntax.self) {
      if let s = globals.structs[r.baseName.text] {
        let made = try structInit(s, args, at: c)
        return Typed(withTypeArguments(made.node, s, g.genericArgumentClause, at: c), made.type)
      }
      if r.baseName.text == "Set" { return try setInit(args, at: c) }
      // `Dictionary<String, Int>()` and `Array<Int>()`: empty collections.
      if args.isEmpty, r.baseName.text == "Dictionary" {
        return Typed(DictionaryLiteralExpr(keys: [], values: [], at), .unknown)
      }
      if args.isEmpty, r.baseName.text == "Array" { return Typed(ArrayLiteralExpr([], at), .unknown) }
      // `Array<Bucket>(repeatElement([], count: n))`: as `Array(...)`; `AnyIterator<Int> { ... }`.
      if r.baseName.text == "Array",
        let typed = try Builtins.call("Array", args, lowerer: self, at: c, expected: .unknown)
      {
        return typed
      }
      if r.baseName.text == "AnyIterator" {
        let element = g.genericArgumentClause.arguments.first.flatMap { genericArgumentName($0) }
        return try anyIteratorInit(args, at: c, element: element)
      }
    }
    // `Program.SinglyLinkedList<Int>()`: a generic type nested in another, named through it.
    if let g = callee.as(GenericSpecializationExprSyntax.self), let m = g.expression.as(MemberAccessExprSyntax.self),
      let b = m.base, typeName(of: b) != nil, let s = globals.structs[m.declName.baseName.text]
    {
      return try structInit(s, args, at: c)
    }
    // `[Int]()` and `[String: Int]()`: empty collections.
    // The element type is kept: `append(3)` to a `[Int?]()` adds `Optional(3)`, to a `[Double]()` 3.0.
    if args.isEmpty, callee.is(ArrayExprSyntax.self) {
      return Typed(ArrayLiteralExpr([], at), try arrayElementType(ofCallee: callee).map { .array($0) } ?? .unknown)
    }
    if let typed = try arrayInit(callee, args, at: c) { return typed }
    if args.isEmpty, callee.is(DictionaryExprSyntax.self) {
      return Typed(DictionaryLiteralExpr(keys: [], values: [], at), .unknown)
    }
    return try callValue(try expr(callee), args, at: c)
  }

  /// Calls a function value; a known function type (`(Double) -> Double`) types the arguments.
  func callValue(_ callee: Typed, _ args: [Argument], at c: FunctionCallExprSyntax) throws -> Typed {
    if args.contains(where: { $0.expression.is(InOutExprSyntax.self) }) {
      return try inoutValueCall(callee, args, at: c)
    }
    var parameters: [TypeHint] = []
    var result = TypeHint.unknown
    if case .functionOf(let ps, let r) = callee.type {
      parameters = ps
      result = r
    }
    let nodes = try args.enumerated().map { i, a -> Expr in
      let expected = i < parameters.count ? parameters[i] : .unknown
      let typed = try expr(a.expression, expected: expected)
      return needsCoercion(expected) && (typed.type != expected || expected.holdsLabeledTuples)
        ? CoerceExpr(typed.node, expected) : typed.node
    }
    return Typed(CallValueExpr(callee: callee.node, arguments: nodes, labels: args.map(\.label), loc(c)), result)
  }

  /// Whether a call with `labels` can call `code`, by the one label matcher the library uses too.
  /// The static method `name` of `type` whose labels take `args`, else the first by full name.
  func staticMethod(named name: String, in type: StructType, _ args: [Argument]) -> FunctionCode? {
    let candidates = type.staticMethods.values.filter { $0.name == name }.sorted { $0.fullName < $1.fullName }
    return candidates.first { labelsMatch($0, args.map(\.label), trailing: args.trailingClosureIndex) }
      ?? candidates.first
  }

  func labelsMatch(_ code: FunctionCode, _ labels: [String?], trailing: Int? = nil) -> Bool {
    if let k = code.variadicIndex {
      let args = labels.enumerated().map {
        Argument(label: $0.element, expression: Lowerer.placeholder, isTrailingClosure: $0.offset == trailing)
      }
      let grouped = variadicGroup(code, k, args, placeholder: Lowerer.placeholder).0
      return Lowerer.match(grouped.map(\.label), code, trailing: grouped.trailingClosureIndex) != nil
    }
    return Lowerer.match(labels, code, trailing: trailing) != nil
  }

  /// The argument index for each of `code`'s parameters (nil where its default applies).
  static func match(_ labels: [String?], _ code: FunctionCode, trailing: Int? = nil) -> [Int?]? {
    let parameters = code.parameters
    return Library.match(
      labels, parameters.map(\.label), trailing: trailing,
      hasDefault: { parameters[$0].defaultValue != nil },
      takesFunction: {
        switch parameters[$0].type {
        case .function, .functionOf, .unknown: return true
        default: return false
        }
      })
  }

  /// Matches arguments to parameters by label, fills defaults, and builds the call.
  func callUser(_ code: FunctionCode, callee: Expr, _ args: [Argument], at c: FunctionCallExprSyntax) throws -> Typed {
    var lowered: [Expr] = []
    var inoutTargets: [LValue?] = []
    var args = args
    var variadic: [ExprSyntax] = []
    if let k = code.variadicIndex { (args, variadic) = variadicGroup(code, k, args, placeholder: c.calledExpression) }
    if let mapping = Lowerer.match(args.map(\.label), code, trailing: args.trailingClosureIndex) {
      for (k, p) in code.parameters.enumerated() {
        if k == code.variadicIndex {
          // `sum(1, 2, 3)` for `sum(_ xs: Int...)`: one array.
          var element = TypeHint.unknown
          if case .array(let e) = p.type { element = e }
          lowered.append(ArrayLiteralExpr(try variadic.map { try expr($0, expected: element).node }, loc(c)))
          inoutTargets.append(nil)
          continue
        }
        guard let i = mapping[k] else {
          lowered.append(p.defaultValue!)
          inoutTargets.append(nil)
          continue
        }
        if p.isAutoclosure {
          lowered.append(try autoclosure(args[i].expression))
          inoutTargets.append(nil)
        } else if p.isInout {
          guard let io = args[i].expression.as(InOutExprSyntax.self) else {
            throw fail("passing value to 'inout' parameter '\(p.name)' requires '&'", at: args[i].expression)
          }
          let (target, _) = try lvalue(io.expression)
          lowered.append(target)
          inoutTargets.append(target)
        } else {
          if args[i].expression.is(InOutExprSyntax.self) {
            throw fail("'&' used with non-inout parameter '\(p.name)'", at: args[i].expression)
          }
          let typed = implicitlyUnwrapped(
            try expr(args[i].expression, expected: p.type), args[i].expression, to: p.type)
          try checkConversion(of: typed.type, to: p.type, .argument, at: args[i].expression)
          var node = typed.node
          if needsCoercion(p.type) && (typed.type != p.type || p.type.holdsLabeledTuples) {
            node = CoerceExpr(node, p.type)
          }
          lowered.append(node)
          inoutTargets.append(nil)
        }
      }
      return Typed(
        CallFunctionExpr(callee: callee, code: code, arguments: lowered, inoutTargets: inoutTargets, loc(c)),
        code.returnType)
    }
    // The labels do not fit: say how, as Swift does.
    var i = 0
    let have = args.map { ($0.label ?? "_") + ":" }.joined()
    let want = code.parameters.map { ($0.label ?? "_") + ":" }.joined()
    for p in code.parameters {
      if i < args.count && (args[i].label == p.label || args[i].isTrailingClosure) {
        i += 1
      } else if p.defaultValue != nil {
        continue
      } else if i < args.count {
        throw fail(
          "incorrect argument label in call to '\(code.fullName)' (have '\(have)', expected '\(want)')",
          at: args[i].expression.parent ?? Syntax(args[i].expression))
      } else {
        throw fail("missing argument for parameter '\(p.label ?? p.name)' in call to '\(code.fullName)'", at: c)
      }
    }
    if i < args.count {
      let extra = args[i]
      if args.count <= code.parameters.count || extra.label != nil {
        throw fail(
          "incorrect argument label in call to '\(code.fullName)' (have '\(have)', expected '\(want)')",
          at: extra.expression.parent ?? Syntax(extra.expression))
      }
      throw fail("extra argument in call to '\(code.fullName)'", at: extra.expression)
    }
    throw fail("incorrect arguments in call to '\(code.fullName)' (have '\(have)', expected '\(want)')", at: c)
  }

  func methodCall(
    on base: Expr, baseType: TypeHint, name: String, _ args: [Argument], at c: FunctionCallExprSyntax,
    mutableBase: Bool, baseSyntax: ExprSyntax? = nil
  ) throws -> Typed {
    let labels = args.map(\.label)
    if baseType == .named(Lowerer.lazyEndlessType), let lazy = try lazyEndlessMethod(on: base, name: name, args, at: c)
    {
      return lazy
    }
    if baseType == .named("AnyIterator") || baseType == .named(Lowerer.lazyEndlessType),
      let lazy = try lazyIteratorMethod(on: base, name: name, args, at: c)
    {
      // `sequence(first: 1) { $0 * 2 }.prefix(5)`: an endless iterator is asked only for what is needed.
      return lazy
    }
    if case .named(let typeName) = baseType, let s = globals.structs[typeName] {
      return try structMethodCall(s, on: base, name: name, args, at: c, mutableBase: mutableBase)
    }
    if name == "reversed", args.isEmpty, printArguments.contains(ExprSyntax(c).id) {
      printArguments = []
      let reversed = try builtinMethodCall(
        on: base, baseType: baseType, name: name, args, at: c, mutableBase: mutableBase, baseSyntax: baseSyntax)
      return Typed(
        NativeCallExpr(name: "reversed()", arguments: [base, reversed.node], methodLoc(c)) { _, v in
          ReversedView.view(of: v[0]) ?? v[1]
        }, .unknown)
    }
    if case .optional = baseType, name == "map" || name == "flatMap", args.count == 1 {
      // `Optional.map`: nil stays nil, a value goes through the closure.
      let transform = try expr(args[0].expression).node
      let flattens = name == "flatMap"
      let at = methodLoc(c)
      return Typed(
        NativeCallExpr(name: "Optional.\(name)", arguments: [base, transform], at) { rt, v in
          guard case .some(let x) = v[0] else { return .none }
          guard case .function(let f) = v[1] else { throw RuntimeFailure("\(name) needs a closure") }
          let y = try f.call(rt, [x], at: at)
          // `flatMap`'s closure returns an optional, which may be held as its plain value.
          if flattens, case .none = y { return y }
          if flattens, case .some = y { return y }
          return .some(y)
        }, .unknown)
    }
    if case .named(let p) = baseType, let container = globals.protocols[p] {
      // A requirement is dispatched on the value's type; a method only a protocol extension
      // declares is the extension's, as Swift calls it on a protocol-typed value.
      let lineage = protocolLineage(container)
      if !lineage.contains(where: { $0.requiredMethods.contains(name) }),
        let owner = lineage.first(where: { $0.methods.values.contains(where: { $0.name == name }) })
      {
        return try structMethodCall(owner, on: base, name: name, args, at: c, mutableBase: mutableBase)
      }
      return try dynamicMethodCall(on: base, name: name, args, at: c, fallback: nil)
    }
    if baseType == .named("Set"), !SetObject.methodNames.contains(name) {
      // Sequence methods (`sorted()`, `map`, `filter`) on the set's elements.
      let elements = NativeCallExpr(name: "Set", arguments: [base], methodLoc(c)) { _, v throws(RuntimeFailure) in
        .array(try SetObject.elements(of: v[0]))
      }
      // A method of the cell's `extension Sequence`, on the same elements.
      if anyUserMethod(name), Builtins.method(name, labels: labels, trailing: args.trailingClosureIndex) == nil {
        return try dynamicMethodCall(on: elements, name: name, args, at: c, fallback: nil)
      }
      return try builtinMethodCall(
        on: elements, baseType: .array(.unknown), name: name, args, at: c, mutableBase: false, baseSyntax: baseSyntax)
    }
    if SetObject.methodNames.contains(name), baseType == .named("Set") || baseType == .unknown {
      let set = try setMethodCall(
        on: base, baseType: baseType, name: name, args, at: c, mutableBase: mutableBase, baseSyntax: baseSyntax)
      // `l.contains(v)` on a value of the cell's own `Tree`: its method, when the value has one.
      if baseType == .unknown, anyUserMethod(name) {
        return try dynamicMethodCall(on: base, name: name, args, at: c, fallback: set.node)
      }
      return set
    }
    if let container = builtinExtension(for: baseType),
      container.methods.values.contains(where: {
        $0.name == name && labelsMatch($0, labels, trailing: args.trailingClosureIndex)
      })
    {
      return try structMethodCall(container, on: base, name: name, args, at: c, mutableBase: mutableBase)
    }
    if baseType == .unknown || builtinExtension(for: baseType) != nil, anyUserMethod(name) {
      let known =
        Library.shared.methodNames.contains(name)
        || Builtins.method(name, labels: labels, trailing: args.trailingClosureIndex) != nil
      let fallback =
        known
        ? try builtinMethodCall(
          on: base, baseType: baseType, name: name, args, at: c, mutableBase: mutableBase, baseSyntax: baseSyntax
        ).node : nil
      return try dynamicMethodCall(on: base, name: name, args, at: c, fallback: fallback)
    }
    return try builtinMethodCall(
      on: base, baseType: baseType, name: name, args, at: c, mutableBase: mutableBase, baseSyntax: baseSyntax)
  }

  func builtinMethodCall(
    on base: Expr, baseType: TypeHint, name: String, _ args: [Argument], at c: FunctionCallExprSyntax,
    mutableBase: Bool, baseSyntax: ExprSyntax? = nil
  ) throws -> Typed {
    let labels = args.map(\.label)
    if baseType == .named(Lowerer.lazyEndlessType), let lazy = try lazyEndlessMethod(on: base, name: name, args, at: c)
    {
      return lazy
    }
    if baseType == .named("AnyIterator") || baseType == .named(Lowerer.lazyEndlessType),
      let lazy = try lazyIteratorMethod(on: base, name: name, args, at: c)
    {
      // `sequence(first: 1) { $0 * 2 }.prefix(5)`: an endless iterator is asked only for what is needed.
      return lazy
    }
    if Library.shared.methodNames.contains(name) {
      // A name both a library type and Swift's values have (`max()`): dispatched when the cell
      // runs; a receiver known to be a Swift value keeps what is known of the result.
      let isSwiftValue: Bool
      switch baseType {
      case .array, .string, .dictionary, .int, .double: isSwiftValue = true
      default: isSwiftValue = false
      }
      var arguments: [Expr] = []
      var inoutTargets: [LValue?] = []
      if isSwiftValue {
        arguments = try Builtins.methodArguments(name, args, lowerer: self, baseType: baseType)
        inoutTargets = arguments.map { _ in nil }
      } else {
        for a in args {
          // `optimizer.update(&model, along: g)`: the method decides, when the cell runs,
          // whether its parameter is `inout`.
          if let io = a.expression.as(InOutExprSyntax.self) {
            let (target, _) = try lvalue(io.expression)
            arguments.append(target)
            inoutTargets.append(target)
          } else {
            arguments.append(try expr(a.expression).node)
            inoutTargets.append(nil)
          }
        }
      }
      return Typed(
        MethodCallExpr(
          base: base, name: name, labels: labels,
          builtin: Builtins.method(name, labels: labels, trailing: args.trailingClosureIndex),
          arguments: arguments, inoutTargets: inoutTargets,
          immutableBase: mutableBase
            ? nil
            : baseSyntax.map { "'\($0.trimmedDescription)' is a 'let' constant" } ?? "the value is not a variable",
          methodLoc(c)),
        isSwiftValue ? Builtins.methodResultType(name, baseType: baseType) : .unknown)
    }
    let lowered = try Builtins.methodArguments(name, args, lowerer: self, baseType: baseType)
    guard let method = Builtins.method(name, labels: labels, trailing: args.trailingClosureIndex) else {
      if case .named = baseType, !Builtins.methodSignatures(name).isEmpty {
      } else if !Builtins.methodNames.contains(name) || Builtins.methodSignatures(name).isEmpty {
        let type = describe(baseType)
        var message =
          type == "value" ? "no method named '\(name)'" : "value of type '\(type)' has no member '\(name)'"
        if let g = Suggestions.closest(to: name, in: Array(Builtins.methodNames.union(Library.shared.methodNames))) {
          message += "; did you mean '\(g)'?"
        }
        let at: Syntax = c.calledExpression.as(MemberAccessExprSyntax.self).map { Syntax($0.declName) } ?? Syntax(c)
        throw fail(message, at: at)
      }
      let want = Builtins.methodSignatures(name).joined(separator: "', '")
      throw fail(
        "no method '\(name)' takes these arguments (\(labels.map { ($0 ?? "_") + ":" }.joined())); it takes '\(want)'",
        at: c)
    }
    if method.mutating && !mutableBase {
      let what = baseSyntax.map { "'\($0.trimmedDescription)'" } ?? "the value"
      throw fail("cannot use mutating member '\(name)' on immutable value: \(what) is a 'let' constant", at: c)
    }
    let call = MethodCallExpr(base: base, name: name, labels: labels, builtin: method, arguments: lowered, methodLoc(c))
    if name == "filter", let sequences = globals.extensions["Array"], currentStruct === sequences {
      // In `extension Sequence`, `filter` is Sequence's: an array, of a string's characters too.
      return Typed(
        NativeCallExpr(name: "filter", arguments: [call], methodLoc(c)) { _, v in
          guard case .string(let s) = v[0] else { return v[0] }
          return .array(s.map { .string(String($0)) })
        }, .array(.unknown))
    }
    return Typed(call, Builtins.methodResultType(name, baseType: baseType))
  }

  /// Where a method call's errors point: at the method's name (`x.matmul(y)` at `matmul`).
  func methodLoc(_ c: FunctionCallExprSyntax) -> SourceLoc {
    c.calledExpression.as(MemberAccessExprSyntax.self).map { loc($0.declName) } ?? loc(c)
  }

  /// A type for messages; "value" when nothing is known of it.
  func describe(_ t: TypeHint) -> String {
    t == .unknown ? "value" : t.name
  }

  /// The element type of an array type written as an expression: `[Int]`, `[[Double]]`, `[Node?]`,
  /// or a `typealias` naming an array type; nil when the callee is not one.
  func arrayElementType(ofCallee callee: ExprSyntax) throws -> TypeHint? {
    if let r = callee.as(DeclReferenceExprSyntax.self), let aliased = globals.typeAliases[r.baseName.text] {
      if case .array(let element) = try typeHint(aliased) { return element }
      return nil
    }
    guard let a = callee.as(ArrayExprSyntax.self), a.elements.count == 1, let e = a.elements.first else { return nil }
    return try typeOfTypeExpression(e.expression)
  }

  /// A type written where an expression stands (`Int`, `[Int]`, `[String: Int]`, `Node?`), or nil.
  func typeOfTypeExpression(_ e: ExprSyntax) throws -> TypeHint? {
    if let r = e.as(DeclReferenceExprSyntax.self) {
      let name = r.baseName.text
      guard
        Builtins.coreTypeNames.contains(name) || globals.structs[name] != nil || globals.typeAliases[name] != nil
          || cellTypeNames.contains(name) || (genericNames.contains(name) && resolve(name) == nil)
      else { return nil }
      return try typeHint(TypeSyntax(IdentifierTypeSyntax(name: .identifier(name))))
    }
    if let o = e.as(OptionalChainingExprSyntax.self) {
      return try typeOfTypeExpression(o.expression).map { .optional($0) }
    }
    if let a = e.as(ArrayExprSyntax.self), a.elements.count == 1, let inner = a.elements.first {
      return try typeOfTypeExpression(inner.expression).map { .array($0) }
    }
    if let d = e.as(DictionaryExprSyntax.self), case .elements(let list) = d.content, list.count == 1,
      let pair = list.first, let k = try typeOfTypeExpression(pair.key),
      let v = try typeOfTypeExpression(pair.value)
    {
      return .dictionary(k, v)
    }
    return nil
  }

  /// `Array(repeating:count:)` for an array of `element`: the element type types the repeated value.
  func arrayRepeating(_ args: [Argument], element: TypeHint, _ c: FunctionCallExprSyntax) throws -> Typed {
    let value = try expr(args[0].expression, expected: element).node
    let count = try expr(args[1].expression).node
    return Typed(
      NativeCallExpr(name: "Array(repeating:count:)", arguments: [value, count], loc(c)) {
        rt, v throws(RuntimeFailure) in
        guard case .int(let n) = v[1], n >= 0 else {
          throw RuntimeFailure("Array(repeating:count:) needs a non-negative count")
        }
        try rt.checkAllocation(count: n, bytesPerElement: MemoryLayout<Value>.stride)
        return .array(Array(repeating: v[0], count: n))
      }, .array(element))
  }

  /// `[Double](repeating: 0, count: 3)`, `[[Int]]()`, or an array `typealias` called the same way.
  func arrayInit(_ callee: ExprSyntax, _ args: [Argument], at c: FunctionCallExprSyntax) throws -> Typed? {
    guard let elementType = try arrayElementType(ofCallee: callee) else { return nil }
    // `[Double](repeating: 0, count: 3)`, `[[Int]](repeating: [], count: n)`, `[Player?](...)` and a
    // `typealias Matrix = [[Double]]` called the same way: the element type types the repeated value.
    if args.map(\.label) == ["repeating", "count"] {
      return try arrayRepeating(args, element: elementType, c)
    }
    if args.isEmpty {
      return Typed(ArrayLiteralExpr([], loc(c)), .array(elementType))
    }
    if args.count == 1, args[0].label == nil {
      // `[Int](1...3)`, `[[Int]](repeatElement([], count: n))`: the elements of a sequence.
      let sequence = try expr(args[0].expression).node
      return Typed(
        NativeCallExpr(name: "Array(_:)", arguments: [sequence], loc(c)) { _, v throws(RuntimeFailure) in
          .array(try Sequences.elements(of: v[0]))
        }, .array(elementType))
    }
    return nil
  }
}

extension Lowerer {
  /// `value` marked with the generic arguments written for it (`Stack<Int>()`, `let s: Stack<Int> =
  /// Stack()`), so that an empty `Stack<Int>` prints as `Stack<Int>(items: [])`, as Swift prints it.
  func withTypeArguments(
    _ value: Expr, _ s: StructType, _ clause: GenericArgumentClauseSyntax, at node: some SyntaxProtocol
  ) -> Expr {
    withTypeArguments(value, s, clause.arguments.compactMap { genericArgumentName($0) }, at: node)
  }

  /// `value` marked with generic arguments known when the cell is lowered (written, or
  /// inferred from a memberwise initializer's arguments).
  func withTypeArguments(_ value: Expr, _ s: StructType, _ written: [String], at node: some SyntaxProtocol) -> Expr {
    guard !s.genericParameters.isEmpty, written.count == s.genericParameters.count else { return value }
    // `Pair<B, A>(...)` inside a generic function: its arguments are read from the values instead.
    let namesGenericParameter = written.contains { argument in
      argument.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "_" }).contains {
        genericNames.contains(String($0)) && globals.structs[String($0)] == nil
      }
    }
    if namesGenericParameter { return value }
    return NativeCallExpr(name: s.name, arguments: [value], loc(node)) { _, v in
      if case .structInstance(let instance) = v[0], instance.storage.typeArguments == nil {
        instance.storage.typeArguments = written
        Lowerer.convertGenericFields(instance, written: written)
      }
      return v[0]
    }
  }
}

extension Lowerer {
  /// `Self(x: a.x + b.x)` in `extension Vector { static func + (a: Self, b: Self) -> Self }`:
  /// the conforming type is the one of the first argument declared `Self`, known when it runs.
  func protocolStaticSelfInit(_ c: FunctionCallExprSyntax, _ args: [Argument]) throws -> Typed? {
    guard let r = c.calledExpression.as(DeclReferenceExprSyntax.self), r.baseName.tokenKind == .keyword(.Self),
      let context = staticContext, globals.protocols[context.name] === context, resolve("self") == nil
    else { return nil }
    var node = Syntax(c).parent
    while let n = node, !n.is(FunctionDeclSyntax.self) { node = n.parent }
    guard let f = node?.as(FunctionDeclSyntax.self),
      let p = f.signature.parameterClause.parameters.first(where: { $0.type.trimmedDescription == "Self" }),
      let value = try variableReference((p.secondName ?? p.firstName).text, at: r)
    else { return nil }
    // Lowered for each conforming type that can take the arguments; the running type's is called.
    var cases: [(StructType, Expr)] = []
    for s in globals.structs.values.sorted(by: { $0.name < $1.name })
    where globals.protocols[s.name] == nil && s.isSubtype(of: context.name) {
      if let made = try? structInit(s, args, at: c) { cases.append((s, made.node)) }
    }
    return Typed(
      TypeValueCallExpr(
        TypeOfValueExpr(value, element: false, fallback: nil, loc(r)), name: "init", cases: cases,
        builtinArguments: nil, loc(c)), .unknown)
  }
}
