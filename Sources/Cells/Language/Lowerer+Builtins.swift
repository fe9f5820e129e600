import Foundation
import SwiftSyntax

/// Lowering of calls to Swift's built-in functions, conversions and the library's
/// functions: matches arguments to parameters and builds the nodes that run them.
extension Builtins {
  // MARK: Calls by name

  static func call(
    _ name: String, _ args: [Argument], lowerer: Lowerer, at c: FunctionCallExprSyntax, expected: TypeHint
  ) throws -> Typed? {
    let at = lowerer.loc(c)
    let labels = args.map(\.label)
    func lower(_ i: Int, _ t: TypeHint = .unknown) throws -> Expr {
      try lowerer.expr(args[i].expression, expected: t).node
    }
    func native(_ type: TypeHint, _ body: @escaping (Runtime, [Value]) throws -> Value) throws -> Typed {
      Typed(NativeCallExpr(name: name, arguments: try args.indices.map { try lower($0) }, at, body), type)
    }
    func bad(_ want: String) -> LocatedFailure {
      lowerer.fail(
        "no '\(name)' takes these arguments (\(labels.map { ($0 ?? "_") + ":" }.joined())); use \(want)", at: c)
    }

    if let f = scalarMath[name] {
      guard args.count == 1, labels[0] == nil else { throw bad("\(name)(_:)") }
      let arg = try lowerer.expr(args[0].expression, expected: expected.isFloatingPoint ? expected : .double)
      return Typed(
        NativeCallExpr(name: name, arguments: [arg.node], at) { rt, a throws(RuntimeFailure) in
          try applyMath(name, f, a[0], rt)
        }, arg.type == .float ? .float : arg.type == .double || arg.type == .int ? .double : .unknown)
    }

    switch name {
    case "ObjectIdentifier" where args.count == 1 && labels[0] == nil:
      // `hasher.combine(ObjectIdentifier(self))`: a class instance's identity, as a number
      // that is equal, and hashes, exactly when the instance is the same.
      return try native(.unknown) { _, a throws(RuntimeFailure) in
        switch a[0] {
        case .structInstance(let s) where s.ref != nil: return .int(Int(bitPattern: ObjectIdentifier(s.ref!)))
        case .object(let o): return .int(Int(bitPattern: ObjectIdentifier(o)))
        case .type(let t): return .int(t.name.hashValue)
        default: throw RuntimeFailure("ObjectIdentifier(_:) takes a class instance, not a '\(a[0].typeName)'")
        }
      }
    case "print", "debugPrint":
      var items: [Expr] = []
      var separator: Expr?
      var terminator: Expr?
      for (i, a) in args.enumerated() {
        switch a.label {
        case nil: items.append(printable(try lowerer.expr(args[i].expression)))
        case "separator": separator = try lower(i)
        case "terminator": terminator = try lower(i)
        default: throw bad("\(name)(_:separator:terminator:)")
        }
      }
      return Typed(
        PrintExpr(items: items, separator: separator, terminator: terminator, debug: name == "debugPrint", at), .void)
    case "readLine":
      // A lesson has no standard input: reading it gives nil, as a program given none sees.
      guard args.isEmpty || (args.count == 1 && args[0].label == "strippingNewline") else {
        throw bad("readLine(strippingNewline:)")
      }
      let nodes = try args.indices.map { try lower($0) }
      return Typed(NativeCallExpr(name: "readLine", arguments: nodes, at) { _, _ in .none }, .optional(.string))
    case "dump":
      // `dump(x)`, `dump(x, name: "xs")`: prints the value's tree and returns the value.
      guard (1...2).contains(args.count), args[0].label == nil, args.count == 1 || args[1].label == "name" else {
        throw bad("dump(_:name:)")
      }
      let value = try lowerer.expr(args[0].expression)
      return Typed(DumpExpr(value.node, name: args.count == 2 ? try lower(1) : nil, at), value.type)
    case "min", "max":
      guard args.count >= 2, labels.allSatisfy({ $0 == nil }) else { throw bad("\(name)(_:_:)") }
      let isMax = name == "max"
      let lowered = try args.indices.map { try lowerer.expr(args[$0].expression, expected: expected) }
      let type = lowered.contains { $0.type == .double } ? TypeHint.double : lowered[0].type
      return Typed(
        NativeCallExpr(name: name, arguments: lowered.map(\.node), at) { _, a throws(RuntimeFailure) in
          var best = a[0]
          for v in a.dropFirst() {
            if isMax ? try Equality.less(best, v) : try Equality.less(v, best) { best = v }
          }
          if type == .double, case .int(let x) = best { return .double(Double(x)) }
          return best
        }, type)
    case "abs":
      guard args.count == 1 else { throw bad("abs(_:)") }
      let arg = try lowerer.expr(args[0].expression, expected: expected)
      return Typed(
        NativeCallExpr(name: name, arguments: [arg.node], at) { rt, a throws(RuntimeFailure) in try absolute(a[0], rt)
        },
        arg.type)
    case "pow":
      guard args.count == 2 else { throw bad("pow(_:_:)") }
      return Typed(
        NativeCallExpr(name: name, arguments: [try lower(0, .double), try lower(1, .double)], at) { rt, a in
          // `pow(tensor, 2)`: the numeric library's `pow(_:_:)`.
          if case .object = a[0], let (f, _) = Library.shared.function("pow", labels: [nil, nil]) {
            return try f.invoke(rt, a)
          }
          if case .object = a[1], let (f, _) = Library.shared.function("pow", labels: [nil, nil]) {
            return try f.invoke(rt, a)
          }
          return .double(Foundation.pow(try number(a[0]), try number(a[1])))
        }, .double)
    case "atan2", "fmod", "hypot":
      guard args.count == 2 else { throw bad("\(name)(_:_:)") }
      let f: (Double, Double) -> Double =
        name == "fmod"
        ? { Foundation.fmod($0, $1) } : name == "hypot" ? { Foundation.hypot($0, $1) } : { atan2($0, $1) }
      return Typed(
        NativeCallExpr(name: name, arguments: [try lower(0, .double), try lower(1, .double)], at) {
          _, a throws(RuntimeFailure) in
          .double(f(try number(a[0]), try number(a[1])))
        }, .double)
    case "stride":
      guard labels == ["from", "to", "by"] || labels == ["from", "through", "by"] else {
        throw bad("stride(from:to:by:) or stride(from:through:by:)")
      }
      let through = labels[1] == "through"
      let first = try lowerer.expr(args[0].expression)
      let t = first.type
      let nodes = [first.node, try lower(1, t), try lower(2, t)]
      return Typed(
        NativeCallExpr(name: name, arguments: nodes, at) { _, a throws(RuntimeFailure) in
          try strideValues(a[0], a[1], a[2], through: through)
        }, .array(t))
    case "sequence":
      return try lowerer.unfoldSequence(args, at: c)
    case "repeatElement":
      // Swift's lazy `Repeated` collection, given as the array it stands for.
      guard labels == [nil, "count"] else { throw bad("repeatElement(_:count:)") }
      return try lowerer.arrayRepeating(args, element: .unknown, c)
    case "zip":
      guard args.count == 2 else { throw bad("zip(_:_:)") }
      return try native(.unknown) { _, a throws(RuntimeFailure) in
        // `zip(1..., xs)`: a one-sided range is cut to the other sequence's length first.
        func cut(_ v: Value, to n: Int) -> Value {
          guard case .range(var r) = v, r.closed, r.upper == .max, n < .max - r.lower else { return v }
          r.upper = r.lower + n
          r.closed = false
          return .range(r)
        }
        let x: [Value]
        let y: [Value]
        if case .range(let r) = a[0], r.closed, r.upper == .max {
          y = try Sequences.elements(of: a[1])
          x = try Sequences.elements(of: cut(a[0], to: y.count))
        } else {
          x = try Sequences.elements(of: a[0])
          y = try Sequences.elements(of: cut(a[1], to: x.count))
        }
        return .array(zip(x, y).map { .tuple(TupleValue(elements: [$0, $1], labels: [nil, nil])) })
      }
    case "assert", "precondition":
      guard !args.isEmpty else { throw bad("\(name)(_:_:)") }
      return try native(.void) { _, a throws(RuntimeFailure) in
        guard case .bool(let ok) = a[0] else { throw RuntimeFailure("\(name) expects a Bool condition") }
        if !ok {
          let detail = a.count > 1 ? ": " + a[1].description : ""
          throw RuntimeFailure("\(name == "assert" ? "assertion" : "precondition") failed\(detail)")
        }
        return .void
      }
    case "swap":
      guard args.count == 2, let a = args[0].expression.as(InOutExprSyntax.self),
        let b = args[1].expression.as(InOutExprSyntax.self)
      else { throw bad("swap(&a, &b)") }
      let (x, _) = try lowerer.lvalue(a.expression)
      let (y, _) = try lowerer.lvalue(b.expression)
      return Typed(SwapExpr(x, y, at), .void)
    case "fatalError":
      return try native(.void) { _, a throws(RuntimeFailure) in
        throw RuntimeFailure("fatal error" + (a.first.map { ": " + $0.description } ?? ""))
      }
    case "Dictionary" where args.isEmpty:
      // `var ages: [String: Int] = Dictionary()`: an empty dictionary.
      return Typed(DictionaryLiteralExpr(keys: [], values: [], at), .dictionary(.unknown, .unknown))
    case "Dictionary"
    where args.map(\.label) == ["grouping", "by"] || args.map(\.label) == ["uniqueKeysWithValues"]
      || args.map(\.label) == [nil, "uniquingKeysWith"]
      // The same with a trailing closure: `Dictionary(grouping: xs) { ... }`, `Dictionary(pairs) { $0 + $1 }`.
      || (args.count == 2 && args[1].label == nil && args[1].expression.is(ClosureExprSyntax.self)
        && (args[0].label == "grouping" || args[0].label == nil)):
      return try dictionaryInit(args, lowerer: lowerer, at: c)
    case "CharacterSet" where labels == ["charactersIn"]:
      return try native(.unknown) { _, a throws(RuntimeFailure) in
        guard case .string(let s) = a[0] else { throw RuntimeFailure("CharacterSet(charactersIn:) needs a String") }
        return .string(characterSetTag + characterSetCharactersIn + s)
      }
    case "Int", "Double", "Float", "String", "Bool", "Array", "Character", "UnicodeScalar", "Int64":
      return try conversion(name == "Int64" ? "Int" : name, args, lowerer: lowerer, at: c)
    case "AnyHashable" where args.count == 1 && args[0].label == nil:
      // `AnyHashable(x)`: the value itself; it hashes, compares and prints as `x` does.
      return Typed(try lowerer.expr(args[0].expression).node, .unknown)
    case "Optional" where args.count == 1 && args[0].label == nil:
      // `Optional(3)`: the value wrapped.
      let wrapped = try lowerer.expr(args[0].expression)
      return Typed(
        NativeCallExpr(name: "Optional", arguments: [wrapped.node], lowerer.loc(c)) { _, a in .some(a[0]) },
        .optional(wrapped.type))
    case _ where FixedInt.names.contains(name):
      return try conversion(name, args, lowerer: lowerer, at: c)
    default:
      let library = Library.shared
      let key = library.typeNames.contains(name) ? name + ".init" : name
      return try libraryCall(key, displayName: name, args, lowerer: lowerer, at: c)
    }
  }

  /// A call of a library function: labels matched, defaults filled, builder closures collected.
  static func libraryCall(
    _ key: String, displayName: String, _ args: [Argument], lowerer: Lowerer, at c: FunctionCallExprSyntax
  ) throws -> Typed? {
    let library = Library.shared
    guard library.functions[key] != nil else { return nil }
    let labels = args.map(\.label)
    guard let (f, mapping) = library.function(key, labels: labels, trailing: args.trailingClosureIndex) else {
      let have = labels.map { ($0 ?? "_") + ":" }.joined()
      let want = library.signatures(key).map { $0.replacingOccurrences(of: ".init(", with: "(") }
        .joined(separator: "', '")
      throw lowerer.fail("no '\(displayName)' takes the labels (\(have)); use '\(want)'", at: c)
    }
    var nodes: [Expr] = []
    var inoutTargets: [LValue?] = []
    for (k, m) in mapping.enumerated() {
      let parameter = f.signature.parameters[k]
      var target: LValue?
      if let i = m {
        let syntax = args[i].expression
        if parameter.isInout {
          guard let io = syntax.as(InOutExprSyntax.self) else {
            throw lowerer.fail(
              "passing value to 'inout' parameter '\(parameter.name)' of '\(f.signature.shortName)' requires '&'",
              at: syntax)
          }
          let (lv, _) = try lowerer.lvalue(io.expression)
          target = lv
          nodes.append(lv)
        } else if syntax.is(InOutExprSyntax.self) {
          throw lowerer.fail(
            "'&' used with non-inout parameter '\(parameter.name)' of '\(f.signature.shortName)'", at: syntax)
        } else if f.builderClosure, let closure = syntax.as(ClosureExprSyntax.self) {
          nodes.append(try lowerer.closure(closure, collecting: true))
        } else if case .dictionary(_, let values) = parameter.type, values == .any || values == .array(.any) {
          // A dictionary of anything (a search space, a table's columns): each value keeps
          // its own literal type (`"hidden": [32, 64]` stays Int beside `"learningRate": [1e-3]`).
          nodes.append(try lowerer.expr(syntax, expected: .dictionary(.unknown, .named("Any"))).node)
        } else {
          nodes.append(try lowerer.expr(syntax).node)
        }
      } else {
        nodes.append(Const(f.defaultValue(at: k)!, lowerer.loc(c)))
      }
      inoutTargets.append(target)
    }
    return Typed(LibraryCallExpr(f, arguments: nodes, inoutTargets: inoutTargets, lowerer.loc(c)), f.result)
  }

  /// `Dictionary(grouping: xs, by: key)`, `Dictionary(uniqueKeysWithValues: pairs)` and
  /// `Dictionary(pairs, uniquingKeysWith: +)`.
  static func dictionaryInit(_ args: [Argument], lowerer: Lowerer, at c: FunctionCallExprSyntax) throws -> Typed {
    let nodes = try args.map { try lowerer.expr($0.expression).node }
    let grouping = args.count == 2 && args[0].label == "grouping"
    let uniquing = args.count == 2 && args[0].label == nil
    return Typed(
      NativeCallExpr(name: "Dictionary", arguments: nodes, lowerer.loc(c)) { rt, a in
        var d = DictionaryValue()
        for x in try Sequences.elements(of: a[0]) {
          if grouping {
            let key = try invoke(a[1], [x], rt)
            var group: [Value] = []
            if case .array(let g)? = d[key] { group = g }
            group.append(x)
            try d.set(key, .array(group))
          } else {
            guard case .tuple(let pair) = x, pair.elements.count == 2 else {
              throw RuntimeFailure("Dictionary(uniqueKeysWithValues:) needs (key, value) pairs")
            }
            if uniquing, let old = d[pair.elements[0]] {
              try d.set(pair.elements[0], try invoke(a[1], [old, pair.elements[1]], rt))
              continue
            }
            guard d[pair.elements[0]] == nil else {
              throw RuntimeFailure("Fatal error: Duplicate values for key: '\(pair.elements[0].debugDescription)'")
            }
            try d.set(pair.elements[0], pair.elements[1])
          }
        }
        return .dictionary(d)
      }, .unknown)
  }

  /// `Int(x)`, `Double(x)`, `String(x)`, `String(format:)`, `Array(repeating:count:)`...
  static func conversion(_ name: String, _ args: [Argument], lowerer: Lowerer, at c: FunctionCallExprSyntax) throws
    -> Typed?
  {
    let at = lowerer.loc(c)
    let labels = args.map(\.label)
    let nodes = try args.map { try lowerer.expr($0.expression).node }
    func make(_ type: TypeHint, _ body: @escaping (Runtime, [Value]) throws -> Value) -> Typed {
      Typed(NativeCallExpr(name: name, arguments: nodes, at, body), type)
    }
    // `String(format:_:...)` with any number of arguments, as Foundation's variadic one.
    if name == "String", labels.first == "format", labels.dropFirst().allSatisfy({ $0 == nil }) {
      return make(.string) { _, a throws(RuntimeFailure) in
        guard case .string(let f) = a[0] else { throw RuntimeFailure("String(format:) expects a format string") }
        return .string(try Format.format(f, Array(a.dropFirst())))
      }
    }
    switch (name, labels) {
    case ("String", [nil]):
      return make(.string) { _, a in .string(stringFromCharacters(a[0]) ?? a[0].description) }
    case ("String", []), ("Int", []), ("Double", []), ("Float", []), ("Bool", []):
      // `String()` is "", `Int()` 0: the empty value a learner starts a loop from.
      let empty = Builtins.emptyValue(of: name)
      return make(empty.type) { _, _ in empty.value }
    case ("String", ["describing"]):
      return make(.string) { _, a in .string(a[0].description) }
    case ("String", ["reflecting"]):
      // What `debugPrint` shows: strings quoted.
      return make(.string) { _, a in .string(DebugPrint.text(of: a[0])) }
    case ("Int", ["exactly"]):
      // nil unless the value is a whole number Int can hold.
      return make(.optional(.int)) { _, a in
        switch a[0] {
        case .int: return .some(a[0])
        case .double(let d): return Int(exactly: d).map { .some(.int($0)) } ?? .none
        case .float(let f): return Int(exactly: f).map { .some(.int($0)) } ?? .none
        default: return FixedInt.integer(a[0]).flatMap { Int(exactly: $0) }.map { .some(.int($0)) } ?? .none
        }
      }
    case ("Double", ["exactly"]):
      return make(.optional(.double)) { _, a in
        switch a[0] {
        case .int(let n): return Double(exactly: n).map { .some(.double($0)) } ?? .none
        case .double: return .some(a[0])
        case .float(let f): return .some(.double(Double(f)))
        default: return .none
        }
      }
    case ("String", ["repeating", "count"]):
      return make(.string) { rt, a throws(RuntimeFailure) in
        guard case .string(let s) = a[0], case .int(let n) = a[1], n >= 0 else {
          throw RuntimeFailure("String(repeating:count:) expects a string and a non-negative count")
        }
        // Twice the result: the doubling pieces `Growth.repeated` joins are as large again.
        try rt.checkAllocation(count: n, bytesPerElement: 2 * max(1, s.utf8.count))
        return .string(Growth.repeated(s, count: n))
      }
    case ("UInt8", ["ascii"]):
      // `UInt8(ascii: "a")`: the code of an ASCII character.
      return make(.named("UInt8")) { _, a throws(RuntimeFailure) in
        guard case .string(let s) = a[0], s.unicodeScalars.count == 1, let u = s.unicodeScalars.first, u.isASCII else {
          throw RuntimeFailure("UInt8(ascii:) needs an ASCII character, got \(a[0].description.debugDescription)")
        }
        return .object(FixedInt(.uint8, Int128(u.value)))
      }
    case ("Character", [nil]), ("UnicodeScalar", [nil]):
      // A character is a one-character string; `UnicodeScalar(65)` is "A".
      return make(.string) { _, a throws(RuntimeFailure) in
        if let code = FixedInt.integer(a[0]) {
          guard let u = Unicode.Scalar(UInt32(clamping: code)) else {
            throw RuntimeFailure("\(code) is not a Unicode scalar value")
          }
          return .string(String(Character(u)))
        }
        guard case .string(let s) = a[0], s.count == 1 else {
          throw RuntimeFailure("\(name)(_:) needs a single character, got \(a[0].description.debugDescription)")
        }
        return a[0]
      }
    case (_, [nil]) where FixedInt.names.contains(name), (_, ["truncatingIfNeeded"]), (_, ["clamping"]),
      (_, ["bitPattern"]),
      (_, ["exactly"]) where FixedInt.names.contains(name):
      let label = labels[0]
      if let kind = FixedInt.Kind(rawValue: name) {
        let fromString = try label == nil && lowerer.expr(args[0].expression).type == .string
        let type: TypeHint = fromString || label == "exactly" ? .optional(.named(name)) : .named(name)
        return make(type) { _, a throws(RuntimeFailure) in
          guard let v = try FixedInt.convert(kind, label, a[0]) else {
            throw RuntimeFailure("no initializer \(name)(\(label ?? "_"):) for a value of type '\(a[0].typeName)'")
          }
          return v
        }
      }
      guard name == "Int" else {
        throw lowerer.fail("no initializer \(name)(\(label ?? "_"):) in cells", at: c)
      }
      return make(.int) { _, a throws(RuntimeFailure) in
        guard let v = try FixedInt.toInt(label, a[0]) else {
          throw RuntimeFailure("no initializer Int(\(label ?? "_"):) for a value of type '\(a[0].typeName)'")
        }
        return v
      }
    case ("String", [nil, "radix"]), ("String", [nil, "radix", "uppercase"]):
      return make(.string) { _, a throws(RuntimeFailure) in
        guard let n = FixedInt.integer(a[0]), case .int(let radix) = a[1], radix >= 2 && radix <= 36 else {
          throw RuntimeFailure("String(_:radix:) needs an integer and a radix from 2 to 36")
        }
        var uppercase = false
        if a.count > 2, case .bool(let u) = a[2] { uppercase = u }
        return .string(String(n, radix: radix, uppercase: uppercase))
      }
    case (_, [nil, "radix"]) where name == "Int" || FixedInt.names.contains(name):
      // `Int("ff", radix: 16)`, `UInt32("ff", radix: 16)`: nil when the text is not a
      // number in that base or does not fit the type.
      let kind = FixedInt.Kind(rawValue: name)
      return make(.optional(kind == nil ? .int : .named(name))) { _, a throws(RuntimeFailure) in
        var text = ""
        switch a[0] {
        case .string(let s): text = s
        case .object(let sub as SubstringObject): text = sub.text
        default: throw RuntimeFailure("\(name)(_:radix:) needs a String and a radix from 2 to 36")
        }
        guard case .int(let radix) = a[1], radix >= 2 && radix <= 36 else {
          throw RuntimeFailure("\(name)(_:radix:) needs a String and a radix from 2 to 36")
        }
        guard let kind else { return Int(text, radix: radix).map { .some(.int($0)) } ?? .none }
        guard let v = Int128(text, radix: radix), v >= kind.min && v <= kind.max else { return .none }
        return .some(.object(FixedInt(kind, v)))
      }
    case ("Int", [nil]):
      // `Int(3.7)` is an Int; only `Int("42")` may fail, as in Swift.
      let argument = try lowerer.expr(args[0].expression).type
      let type: TypeHint =
        argument.isNumber || argument == .bool ? .int : argument == .string ? .optional(.int) : .unknown
      let toInteger: (Runtime, [Value]) throws -> Value = { _, a throws(RuntimeFailure) in try toInt(a[0]) }
      return Typed(NumberConversionExpr(nodes[0], toDouble: false, at, general: toInteger), type)
    case ("Double", [nil]):
      let toDouble: (Runtime, [Value]) throws -> Value = { _, a throws(RuntimeFailure) in
        if case .string(let s) = a[0] { return Double(s).map { .some(.double($0)) } ?? .none }
        if case .object(let o as SubstringObject) = a[0] { return Double(o.text).map { .some(.double($0)) } ?? .none }
        return .double(try number(a[0]))
      }
      return Typed(NumberConversionExpr(nodes[0], toDouble: true, at, general: toDouble), .double)
    case ("Float", [nil]):
      return make(.float) { _, a throws(RuntimeFailure) in
        if case .string(let s) = a[0] { return Float(s).map { .some(.float($0)) } ?? .none }
        if case .object(let o as SubstringObject) = a[0] { return Float(o.text).map { .some(.float($0)) } ?? .none }
        return .float(Float(try number(a[0])))
      }
    case ("Bool", [nil]):
      return make(.bool) { _, a in
        if case .string(let s) = a[0] {
          return s == "true" ? .some(.bool(true)) : s == "false" ? .some(.bool(false)) : .none
        }
        return a[0]
      }
    case ("Array", ["repeating", "count"]):
      return make(.unknown) { rt, a throws(RuntimeFailure) in
        guard case .int(let n) = a[1], n >= 0 else {
          throw RuntimeFailure("Array(repeating:count:) needs a non-negative count")
        }
        try rt.checkAllocation(count: n, bytesPerElement: MemoryLayout<Value>.stride)
        return .array(Array(repeating: a[0], count: n))
      }
    case ("Array", [nil]):
      return make(.unknown) { _, a throws(RuntimeFailure) in .array(try Sequences.elements(of: a[0])) }
    case ("Array", []):
      // `let a: [Int] = Array()`, `Array<String>()`: an empty array.
      return make(.array(.unknown)) { _, _ in .array([]) }
    default:
      throw lowerer.fail(
        "no initializer \(name)(\(labels.map { ($0 ?? "_") + ":" }.joined())) in cells", at: c)
    }
  }

  static func implicitCall(_ name: String, _ args: [Argument], lowerer: Lowerer, at c: FunctionCallExprSyntax) throws
    -> Typed?
  {
    try libraryCall("." + name, displayName: "." + name, args, lowerer: lowerer, at: c)
  }

  static func staticCall(
    _ type: String, _ name: String, _ args: [Argument], lowerer: Lowerer, at c: FunctionCallExprSyntax
  ) throws -> Typed? {
    let at = lowerer.loc(c)
    switch (type, name, args.map(\.label)) {
    case ("Int", "random", ["in"]), ("Double", "random", ["in"]):
      throw lowerer.fail(
        "\(type).random(in:) uses the system's generator; use nnbook's seeded generator (seed(_:)) for reproducible lessons",
        at: c)
    default:
      _ = at
      return try libraryCall(type + "." + name, displayName: type + "." + name, args, lowerer: lowerer, at: c)
    }
  }

  /// Lowers a method's arguments; closures get the element type for their parameters.
  static func methodArguments(_ name: String, _ args: [Argument], lowerer: Lowerer, baseType: TypeHint) throws -> [Expr]
  {
    var element = TypeHint.unknown
    if case .array(let e) = baseType { element = e }
    return try args.enumerated().map { i, a in
      if let c = a.expression.as(ClosureExprSyntax.self) {
        return try lowerer.closure(c, parameterTypes: name == "reduce" ? [.unknown, element] : [element, element])
      }
      if name == "reduce", i == 0, case .named(let n) = element, lowerer.globals.structs[n] != nil,
        let literal = try lowerer.literalInit(a.expression, expected: element)
      {
        // `moduli.reduce(0, +)` where the elements are `ExpressibleByIntegerLiteral`: 0 is one of them.
        return literal.node
      }
      guard name == "append" || name == "insert", i == 0 else { return try lowerer.expr(a.expression).node }
      // `xs.append(3)` to an `[Int?]` adds `Optional(3)`, to a `[Double]` adds 3.0; so does
      // `append(contentsOf: [4])`.
      let want = a.label == "contentsOf" ? TypeHint.array(element) : element
      let node = try lowerer.expr(a.expression, expected: want).node
      return element.wrapsOrWidens && lowerer.needsCoercion(want) ? CoerceExpr(node, want) : node
    }
  }
}
