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
    switch name {
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
}
