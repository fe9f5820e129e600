import SwiftSyntax

/// Calls that programs written for Swift's standard library (and Darwin's) make often
/// enough that a cell should run them: the C random functions, `formIndex(after:)`,
/// `isKnownUniquelyReferenced`, static methods that an extension adds to a built-in type.
extension Lowerer {
  /// `arc4random_uniform(n)`, `arc4random()`, `isKnownUniquelyReferenced(&x)` and
  /// `formIndex(after: &i)` called by their bare names; nil for any other name.
  func compatCall(_ name: String, _ args: [Argument], at c: FunctionCallExprSyntax) throws -> Typed? {
    let labels = args.map(\.label)
    // `Word()` or `Word(5)` where `typealias Word = UInt64`: the built-in type's initializer.
    if let aliased = globals.typeAliases[name]?.as(IdentifierTypeSyntax.self), aliased.genericArgumentClause == nil,
      Builtins.coreTypeNames.contains(aliased.name.text), aliased.name.text != name
    {
      if let zero = try compatCall(aliased.name.text, args, at: c) { return zero }
      return try Builtins.call(aliased.name.text, args, lowerer: self, at: c, expected: .unknown)
    }
    if args.isEmpty, let kind = FixedInt.Kind(rawValue: name) {
      // `UInt64()`: zero, as `Int()` is.
      return Typed(Const(.object(FixedInt(kind, 0)), loc(c)), .named(name))
    }
    if let refusal = Lowerer.foundationRefusal(name) { throw unsupported(refusal, at: c.calledExpression) }
    switch name {
    case "String" where labels == ["bytes", "encoding"] || labels == ["decoding", "as"]:
      return try stringFromBytes(args, at: c)
    case "AnyIterator":
      return try anyIteratorInit(args, at: c)
    case "arc4random_uniform":
      guard labels == [nil] else {
        throw fail("no 'arc4random_uniform' takes these arguments; use arc4random_uniform(_:)", at: c)
      }
      let bound = try expr(args[0].expression, expected: .named("UInt32")).node
      // Darwin's system generator, drawn here from the lesson's seeded one as `Int.random` is.
      return Typed(
        NativeCallExpr(name: "arc4random_uniform(_:)", arguments: [bound], loc(c)) { rt, v throws(RuntimeFailure) in
          guard let wide = FixedInt.integer(v[0]), wide >= 0, wide <= Int128(UInt32.max) else {
            throw RuntimeFailure("arc4random_uniform(_:) takes a UInt32, not \(v[0].description)")
          }
          let n = Int(wide)
          let drawn = n < 2 ? 0 : rt.context.random.nextInt(below: n)
          return .object(FixedInt(.uint32, Int128(drawn)))
        }, .named("UInt32"))
    case "arc4random":
      guard labels.isEmpty else { throw fail("no 'arc4random' takes arguments; use arc4random()", at: c) }
      return Typed(
        NativeCallExpr(name: "arc4random()", arguments: [], loc(c)) { rt, _ in
          .object(FixedInt(.uint32, Int128(rt.context.random.next() & 0xffff_ffff)))
        }, .named("UInt32"))
    case "isKnownUniquelyReferenced":
      guard labels == [nil], let target = args[0].expression.as(InOutExprSyntax.self) else {
        throw fail("isKnownUniquelyReferenced(_:) takes one '&' argument", at: c)
      }
      // A cell cannot see how many references its interpreter holds, so it answers as
      // Swift does for a shared object: false. Copy-on-write code then copies, which
      // gives the same values.
      let value = try expr(target.expression).node
      return Typed(
        NativeCallExpr(name: "isKnownUniquelyReferenced(_:)", arguments: [value], loc(c)) { _, _ in .bool(false) },
        .bool)
    case "formIndex":
      return try formIndexCall(args, at: c)
    case "preconditionFailure", "assertionFailure":
      // Like `fatalError`: the cell stops with the message, at the call.
      guard labels.count <= 1, labels.allSatisfy({ $0 == nil }) else {
        throw fail("no '\(name)' takes these arguments; use \(name)(_:)", at: c)
      }
      let what = name == "preconditionFailure" ? "precondition failure" : "assertion failure"
      let message = try args.map { try expr($0.expression, expected: .string).node }
      return Typed(
        NativeCallExpr(name: name, arguments: message, loc(c)) { _, v throws(RuntimeFailure) in
          throw RuntimeFailure(what + (v.first.map { ": " + $0.description } ?? ""))
        }, .void)
    default:
      return nil
    }
  }

  /// `formIndex(after: &i)` and `formIndex(before: &i)`: an index of an array or string
  /// in a cell is its offset, so the index moves by one.
  func formIndexCall(_ args: [Argument], at c: FunctionCallExprSyntax) throws -> Typed? {
    let labels = args.map(\.label)
    guard labels == ["after"] || labels == ["before"] else { return nil }
    guard let target = args[0].expression.as(InOutExprSyntax.self) else {
      throw fail("formIndex(\(labels[0]!):) takes an '&' argument, the index to move", at: args[0].expression)
    }
    let (lvalue, _) = try lvalue(target.expression)
    let op: BinaryOperator = labels[0] == "after" ? .add : .subtract
    return Typed(CompoundAssignExpr(lvalue, op, Const(.int(1), loc(c)), loc(c)), .void)
  }

  /// `String.random()` where `extension String { static func random(...) }` declares it:
  /// a static method that a cell's extension adds to a built-in type. Nil when no
  /// extension declares one by that name.
  func extensionStaticCall(_ typeName: String, _ name: String, _ args: [Argument], at c: FunctionCallExprSyntax)
    throws -> Typed?
  {
    guard let key = Lowerer.builtinExtensionKey(typeName) ?? (FixedInt.names.contains(typeName) ? typeName : nil),
      let container = globals.extensions[key]
    else { return nil }
    let candidates = container.staticMethods.values.filter { $0.name == name }.sorted { $0.fullName < $1.fullName }
    let labels = args.map(\.label)
    guard
      let code = candidates.first(where: { labelsMatch($0, labels, trailing: args.trailingClosureIndex) })
    else { return nil }
    return try callUser(code, callee: Const(.function(UserFunction(code: code, captures: [])), loc(c)), args, at: c)
  }

  /// Whether the type being lowered has a method `name` that takes these labels, so that a
  /// bare call in its methods (`minimum()`) means that method before a library function.
  func ownMethodTakes(_ name: String, _ args: [Argument]) -> Bool {
    guard let s = currentStruct else { return false }
    let labels = args.map(\.label)
    return s.methods.values.contains { $0.name == name && labelsMatch($0, labels, trailing: args.trailingClosureIndex) }
  }

  /// Whether a call `print(x)` beside a cell's `func print(set:)` means Swift's `print`:
  /// the cell's function does not take these labels and a built-in function does exist.
  func shadowsBuiltin(_ code: FunctionCode?, _ name: String, _ args: [Argument]) -> Bool {
    guard let code, Builtins.callableNames.contains(name) || Builtins.scalarMath[name] != nil else { return false }
    return !labelsMatch(code, args.map(\.label), trailing: args.trailingClosureIndex)
  }

  /// Records a `typealias` by its name for the whole cell. One that names the type of its
  /// own name (`typealias EdgeValue = EdgeValue` in a generic type, `typealias Vertex =
  /// Kruskal.Vertex`) changes nothing, and is not recorded, so a lookup cannot loop.
  func registerAlias(_ a: TypeAliasDeclSyntax) throws {
    // `typealias Handler<T> = (Result<T, Error>) -> Void`: generics are not specialised
    // here, so `T` stands for any type, as a generic function's parameters do.
    if let g = a.genericParameterClause { declareGenericParameters(g) }
    let target = a.initializer.value
    let name = a.name.text
    if let id = target.as(IdentifierTypeSyntax.self), id.name.text == name { return }
    if let m = target.as(MemberTypeSyntax.self), m.name.text == name { return }
    globals.typeAliases[name] = target
  }

  /// An expression that stands for an argument when only labels are matched.
  static var placeholder: ExprSyntax { ExprSyntax(DeclReferenceExprSyntax(baseName: .identifier("_"))) }

  /// The arguments of a call to a function with a variadic parameter `k`: those that
  /// belong to it (the one with its label, or at its place when it has none, and the
  /// unlabeled ones after it) become one argument, so labels match parameters one to one.
  func variadicGroup(_ code: FunctionCode, _ k: Int, _ args: [Argument], placeholder: ExprSyntax)
    -> ([Argument], [ExprSyntax])
  {
    let label = code.parameters[k].label
    var start: Int?
    if let label {
      start = args.firstIndex { $0.label == label }
    } else {
      // Parameters before it take one argument each, unless left to their defaults.
      var i = 0
      for p in code.parameters[..<k] where i < args.count {
        if args[i].label == p.label && !args[i].isTrailingClosure { i += 1 }
      }
      if i < args.count, args[i].label == nil, !args[i].isTrailingClosure { start = i }
    }
    guard let start else {
      // No argument for it: an empty array, at its place among the others.
      var out = args
      var at = 0
      for p in code.parameters[..<k] where at < out.count && out[at].label == p.label { at += 1 }
      out.insert(Argument(label: label, expression: placeholder), at: at)
      return (out, [])
    }
    var end = start + 1
    while end < args.count, args[end].label == nil, !args[end].isTrailingClosure { end += 1 }
    var out = Array(args[..<start])
    out.append(args[start])
    out.append(contentsOf: args[end...])
    return (out, args[start..<end].map(\.expression))
  }

  /// `let heap: Heap<Int> = [5, 3, 8]` and `let v: Money = 5`: a literal given where a cell type
  /// conforming to `ExpressibleByArrayLiteral` (`...IntegerLiteral`, `...StringLiteral`,
  /// `...FloatLiteral`, `...BooleanLiteral`) is expected calls its `init(arrayLiteral:)`
  /// (or `init(integerLiteral:)`...). Nil when the type has no such initializer.
  func literalInit(_ e: ExprSyntax, expected: TypeHint) throws -> Typed? {
    guard case .named(let name) = expected, let s = globals.structs[name] else { return nil }
    let label: String
    if e.is(ArrayExprSyntax.self) {
      label = "arrayLiteral"
    } else if e.is(IntegerLiteralExprSyntax.self) {
      label = "integerLiteral"
    } else if e.is(StringLiteralExprSyntax.self) {
      label = "stringLiteral"
    } else if e.is(FloatLiteralExprSyntax.self) {
      label = "floatLiteral"
    } else if e.is(BooleanLiteralExprSyntax.self) {
      label = "booleanLiteral"
    } else if e.is(DictionaryExprSyntax.self) {
      label = "dictionaryLiteral"
    } else {
      return nil
    }
    guard let code = s.initializers.values.first(where: { $0.parameters.map(\.label) == [label] }) else {
      return nil
    }
    let argument: Expr
    if let a = e.as(ArrayExprSyntax.self) {
      var element = TypeHint.unknown
      if case .array(let t) = code.parameters[0].type { element = t }
      argument = ArrayLiteralExpr(try a.elements.map { try expr($0.expression, expected: element).node }, loc(e))
    } else if let d = e.as(DictionaryExprSyntax.self) {
      // `init(dictionaryLiteral elements: (String, Int)...)`: the pairs, in the order written.
      var pairs: [Expr] = []
      if case .elements(let list) = d.content {
        for pair in list {
          let parts = [try expr(pair.key).node, try expr(pair.value).node]
          pairs.append(TupleExpr(parts, labels: [nil, nil], loc(pair)))
        }
      }
      argument = ArrayLiteralExpr(pairs, loc(e))
    } else {
      argument = try expr(e, expected: code.parameters[0].type).node
    }
    return Typed(
      InitCallExpr(type: s, code: code, arguments: [argument], failable: false, loc(e)), .named(s.name))
  }

  /// Foundation types that reach files, dates or raw memory, which cells leave out: the
  /// message names the type and what to use instead.
  static func foundationRefusal(_ name: String) -> String? {
    switch name {
    case "Data", "NSData", "NSMutableData":
      return "Foundation's '\(name)' is not supported in cells; keep bytes in a [UInt8] array"
    case "Date", "NSDate", "DispatchTime", "CFAbsoluteTimeGetCurrent":
      return
        "Foundation's '\(name)' (the clock) is not supported in cells: a lesson's output must not change between runs"
    case "Decimal", "NSDecimalNumber":
      return "Foundation's '\(name)' is not supported in cells; use Double (or Int for exact counts)"
    case "JSONEncoder", "JSONDecoder", "JSONSerialization", "PropertyListEncoder", "PropertyListDecoder":
      return
        "Foundation's '\(name)' (Codable archiving) is not supported in cells; print the values, or build the text with string interpolation"
    case "Scanner", "NSScanner", "FileManager", "FileHandle", "URL", "URLSession", "Bundle", "ProcessInfo",
      "NSRegularExpression", "NSString", "NSNumber", "NSArray", "NSDictionary", "DispatchQueue", "Thread",
      "UserDefaults", "NotificationCenter",
      "OperationQueue", "NSLock", "DispatchGroup", "DispatchSemaphore":
      return "Foundation's '\(name)' is not supported in cells"
    default:
      return nil
    }
  }

  /// `String(bytes: bytes, encoding: .utf8)` (nil when the bytes are not valid UTF-8) and
  /// `String(decoding: bytes, as: UTF8.self)` (invalid bytes replaced, as Swift does).
  func stringFromBytes(_ args: [Argument], at c: FunctionCallExprSyntax) throws -> Typed {
    let decoding = args[0].label == "decoding"
    let encoding = args[1].expression.trimmedDescription
    let known = decoding ? ["UTF8.self", "Unicode.UTF8.self"] : [".utf8", ".ascii", "String.Encoding.utf8"]
    guard known.contains(encoding) else {
      throw unsupported(
        "the encoding '\(encoding)' is not supported in cells; use \(decoding ? "UTF8.self" : ".utf8")",
        at: args[1].expression)
    }
    let ascii = encoding == ".ascii"
    let bytes = try expr(args[0].expression).node
    return Typed(
      NativeCallExpr(name: decoding ? "String(decoding:as:)" : "String(bytes:encoding:)", arguments: [bytes], loc(c)) {
        _, v throws(RuntimeFailure) in
        var raw: [UInt8] = []
        for x in try Sequences.elements(of: v[0]) {
          guard let n = FixedInt.integer(x), n >= 0, n <= 255 else {
            throw RuntimeFailure("a byte must be a UInt8 (0...255), not \(x.description)")
          }
          raw.append(UInt8(n))
        }
        if decoding { return .string(String(decoding: raw, as: UTF8.self)) }
        if ascii && raw.contains(where: { $0 > 127 }) { return .none }
        guard let s = String(validating: raw, as: UTF8.self) else { return .none }
        return .some(.string(s))
      }, decoding ? .string : .optional(.string))
  }

  /// `func < (x: Player, y: Player) -> Bool` at the top level: Swift's `Comparable` and
  /// `Equatable` take it as the type's `<` or `==`, so `sorted()`, `>`, `max()` and sets use
  /// it as they use a `static func <` declared in the type.
  func adoptGlobalOperator(_ code: FunctionCode) {
    guard code.name == "<" || code.name == "==", code.parameters.count == 2,
      case .named(let a) = code.parameters[0].type, code.parameters[1].type == .named(a),
      let type = globals.structs[a], type.operatorMethods[code.name] == nil
    else { return }
    type.operatorMethods[code.name] = code
  }
}
