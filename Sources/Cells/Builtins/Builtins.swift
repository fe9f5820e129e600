import Foundation
import SwiftSyntax

/// The built-in names of the cell language: functions, types, methods, properties.
enum Builtins {
  static let coreTypeNames = ["Int", "Double", "Float", "String", "Bool", "Array", "Dictionary", "Character"]
  static var typeNames: [String] { coreTypeNames + Library.shared.typeNames.sorted() }

  static var functionNames: [String] {
    Array(scalarMath.keys) + callableNames + Library.shared.functions.keys.filter { !$0.contains(".") }
  }
  /// Swift's free functions that cells can call, lowered in `call(_:_:lowerer:at:expected:)`;
  /// `nnbook ops` lists them from here.
  static let swiftFunctions: [(name: String, signature: String, help: String)] = [
    (
      "print", "print(_ items: Any..., separator: String = \" \", terminator: String = \"\\n\")",
      "Writes the items to the cell's output"
    ),
    ("min", "min(_ a: T, _ b: T, ...) -> T", "The smallest of its arguments"),
    ("max", "max(_ a: T, _ b: T, ...) -> T", "The largest of its arguments"),
    ("abs", "abs(_ x: T) -> T", "The magnitude of a number (or of each element of a tensor)"),
    ("pow", "pow(_ x: Double, _ y: Double) -> Double", "x raised to the power y (elementwise for tensors)"),
    ("atan2", "atan2(_ y: Double, _ x: Double) -> Double", "The angle of the point (x, y), in radians"),
    ("stride", "stride(from: T, to: T, by: T) / stride(from:through:by:)", "A sequence of evenly spaced values"),
    ("zip", "zip(_ a: [A], _ b: [B]) -> [(A, B)]", "Pairs the elements of two sequences"),
    ("assert", "assert(_ condition: Bool, _ message: String = \"\")", "Stops the cell when the condition is false"),
    (
      "precondition", "precondition(_ condition: Bool, _ message: String = \"\")",
      "Stops the cell when the condition is false"
    ),
    ("fatalError", "fatalError(_ message: String = \"\") -> Never", "Stops the cell with the message"),
    ("swap", "swap(_ a: inout T, _ b: inout T)", "Exchanges two variables' values"),
    ("String", "String(format: String, _ arguments: Any...) -> String", "printf-style formatting (%d %f %.4f %e %@)"),
    ("Int", "Int(_ x: Double) -> Int", "Converts, truncating toward zero"),
    ("Double", "Double(_ x: Int) -> Double", "Converts to a 64-bit floating-point number"),
    ("Float", "Float(_ x: Double) -> Float", "Converts to a 32-bit floating-point number"),
  ]

  static let callableNames = swiftFunctions.map(\.name).filter { !coreTypeNames.contains($0) }

  /// Every Swift function above, and each one-argument math function, for `nnbook ops`.
  static var catalog: [(signature: String, help: String)] {
    swiftFunctions.map { ($0.signature, $0.help) }
      + scalarMath.keys.sorted().map { ("\($0)(_ x: Double) -> Double", "The math function \($0), on a number") }
  }

  /// One-argument math functions on Int, Double and Float.
  nonisolated(unsafe) static let scalarMath: [String: (Double) -> Double] = [
    "sqrt": { $0.squareRoot() }, "exp": Foundation.exp, "log": Foundation.log, "log2": Foundation.log2,
    "log10": Foundation.log10, "sin": Foundation.sin, "cos": Foundation.cos, "tan": Foundation.tan,
    "asin": Foundation.asin, "acos": Foundation.acos, "atan": Foundation.atan, "sinh": Foundation.sinh,
    "cosh": Foundation.cosh, "tanh": Foundation.tanh, "floor": Foundation.floor, "ceil": Foundation.ceil,
    "round": Foundation.round, "exp2": Foundation.exp2, "log1p": Foundation.log1p, "expm1": Foundation.expm1,
    "cbrt": Foundation.cbrt, "trunc": Foundation.trunc,
  ]

  // MARK: Functions as values

  static func functionValue(_ name: String) -> Callable? {
    if let f = scalarMath[name] {
      return NativeFunction(name, arity: 1) { rt, a throws(RuntimeFailure) in try applyMath(name, f, a[0], rt) }
    }
    if let op = BinaryOperator(rawValue: name) {
      return NativeFunction(name, arity: 2) { _, a throws(RuntimeFailure) in try Arithmetic.apply(op, a[0], a[1]) }
    }
    switch name {
    case "max":
      return NativeFunction(name, arity: 2) { _, a throws(RuntimeFailure) in try Equality.less(a[0], a[1]) ? a[1] : a[0]
      }
    case "min":
      return NativeFunction(name, arity: 2) { _, a throws(RuntimeFailure) in try Equality.less(a[1], a[0]) ? a[1] : a[0]
      }
    case "abs":
      return NativeFunction(name, arity: 1) { rt, a throws(RuntimeFailure) in try absolute(a[0], rt) }
    default:
      // A library function used as a value (`derivative(of: relu, at: x)`): its first signature.
      guard let f = Library.shared.functions[name]?.first else { return nil }
      // Called with the leading arguments only (`map(leakyRelu)`): the rest take their defaults.
      let required = f.labels.indices.filter { f.defaultValue(at: $0) == nil }.count
      return NativeFunction(name, arity: required) { rt, args in try f.invoke(rt, leading: args) }
    }
  }

  static func applyMath(_ name: String, _ f: (Double) -> Double, _ v: Value, _ rt: Runtime) throws(RuntimeFailure)
    -> Value
  {
    switch v {
    case .double(let x): return .double(f(x))
    case .int(let x): return .double(f(Double(x)))
    case .float(let x): return .float(Float(f(Double(x))))
    case .object:
      // `exp(tensor)`: the tensor library's function of the same name.
      if let (lf, _) = Library.shared.function(name, labels: [nil]) {
        do { return try lf.invoke(rt, leading: [v]) } catch let e as RuntimeFailure { throw e } catch {
          throw RuntimeFailure("\(error)")
        }
      }
      throw RuntimeFailure("\(name) expects a number, got a value of type '\(v.typeName)'")
    default:
      throw RuntimeFailure("\(name) expects a number, got a value of type '\(v.typeName)'")
    }
  }

  static func absolute(_ v: Value, _ rt: Runtime?) throws(RuntimeFailure) -> Value {
    switch v {
    case .int(let x):
      if x == .min { throw RuntimeFailure("arithmetic overflow: abs(\(x)) does not fit in Int") }
      return .int(Swift.abs(x))
    case .double(let x): return .double(Swift.abs(x))
    case .float(let x): return .float(Swift.abs(x))
    case .object:
      // `abs(tensor)`: the numeric library's `abs(_:)`.
      if let rt, let (f, _) = Library.shared.function("abs", labels: [nil]) {
        do { return try f.invoke(rt, leading: [v]) } catch let e as RuntimeFailure { throw e } catch {
          throw RuntimeFailure("\(error)")
        }
      }
      throw RuntimeFailure("abs expects a number, got a value of type '\(v.typeName)'")
    default: throw RuntimeFailure("abs expects a number, got a value of type '\(v.typeName)'")
    }
  }

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
    case "print":
      var items: [Expr] = []
      var separator: Expr?
      var terminator: Expr?
      for (i, a) in args.enumerated() {
        switch a.label {
        case nil: items.append(try lower(i))
        case "separator": separator = try lower(i)
        case "terminator": terminator = try lower(i)
        default: throw bad("print(_:separator:terminator:)")
        }
      }
      return Typed(PrintExpr(items: items, separator: separator, terminator: terminator, at), .void)
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
    case "atan2":
      guard args.count == 2 else { throw bad("atan2(_:_:)") }
      return Typed(
        NativeCallExpr(name: name, arguments: [try lower(0, .double), try lower(1, .double)], at) {
          _, a throws(RuntimeFailure) in
          .double(Foundation.atan2(try number(a[0]), try number(a[1])))
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
    case "zip":
      guard args.count == 2 else { throw bad("zip(_:_:)") }
      return try native(.unknown) { _, a throws(RuntimeFailure) in
        let x = try Sequences.elements(of: a[0])
        let y = try Sequences.elements(of: a[1])
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
    case "Int", "Double", "Float", "String", "Bool", "Array":
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
        } else if case .dictionary(_, .any) = parameter.type {
          // A dictionary of anything (a search space): each value keeps its own literal
          // type (`"hidden": [32, 64]` stays Int beside `"learningRate": [1e-3]`).
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

  static func number(_ v: Value) throws(RuntimeFailure) -> Double {
    switch v {
    case .double(let x): return x
    case .int(let x): return Double(x)
    case .float(let x): return Double(x)
    case .object(let o as NumericArrayConvertible) where o.numericValues.count == 1:
      return o.numericValues[0]
    default: throw RuntimeFailure("expected a number, got a value of type '\(v.typeName)'")
    }
  }

  static func strideValues(_ from: Value, _ to: Value, _ by: Value, through: Bool) throws(RuntimeFailure) -> Value {
    if case .int(let a) = from, case .int(let b) = to, case .int(let s) = by {
      if s == 0 { throw RuntimeFailure("stride step must not be zero") }
      return .array(
        through
          ? Swift.stride(from: a, through: b, by: s).map { .int($0) }
          : Swift.stride(from: a, to: b, by: s).map { .int($0) })
    }
    let a = try number(from)
    let b = try number(to)
    let s = try number(by)
    if s == 0 { throw RuntimeFailure("stride step must not be zero") }
    return .array(
      through
        ? Swift.stride(from: a, through: b, by: s).map { .double($0) }
        : Swift.stride(from: a, to: b, by: s).map { .double($0) })
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
    switch (name, labels) {
    case ("String", ["format"]), ("String", ["format", nil]), ("String", ["format", nil, nil]),
      ("String", ["format", nil, nil, nil]), ("String", ["format", nil, nil, nil, nil]),
      ("String", ["format", nil, nil, nil, nil, nil]), ("String", ["format", nil, nil, nil, nil, nil, nil]):
      return make(.string) { _, a throws(RuntimeFailure) in
        guard case .string(let f) = a[0] else { throw RuntimeFailure("String(format:) expects a format string") }
        return .string(try Format.format(f, Array(a.dropFirst())))
      }
    case ("String", [nil]):
      return make(.string) { _, a in .string(stringFromCharacters(a[0]) ?? a[0].description) }
    case ("String", ["describing"]):
      return make(.string) { _, a in .string(a[0].description) }
    case ("String", ["repeating", "count"]):
      return make(.string) { rt, a throws(RuntimeFailure) in
        guard case .string(let s) = a[0], case .int(let n) = a[1], n >= 0 else {
          throw RuntimeFailure("String(repeating:count:) expects a string and a non-negative count")
        }
        try rt.checkAllocation(count: n, bytesPerElement: max(1, s.utf8.count))
        return .string(String(repeating: s, count: n))
      }
    case ("Int", [nil]):
      return make(.optional(.int)) { _, a throws(RuntimeFailure) in try toInt(a[0]) }
    case ("Double", [nil]):
      return make(.double) { _, a throws(RuntimeFailure) in
        if case .string(let s) = a[0] { return Double(s).map { .some(.double($0)) } ?? .none }
        return .double(try number(a[0]))
      }
    case ("Float", [nil]):
      return make(.float) { _, a throws(RuntimeFailure) in
        if case .string(let s) = a[0] { return Float(s).map { .some(.float($0)) } ?? .none }
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
    default:
      throw lowerer.fail(
        "no initializer \(name)(\(labels.map { ($0 ?? "_") + ":" }.joined())) in cells", at: c)
    }
  }

  /// `String(chars)` for an array of characters joins them, as `String([Character])` does.
  /// (Cells hold a `Character` as a one-letter string.)
  static func stringFromCharacters(_ v: Value) -> String? {
    guard case .array(let xs) = v, !xs.isEmpty else { return nil }
    var out = ""
    for x in xs {
      guard case .string(let c) = x, c.count == 1 else { return nil }
      out += c
    }
    return out
  }

  /// `String.init`, `Double.init`, `Int.init` as function values: `xs.map(String.init)`.
  static func conversionFunction(_ type: String) -> NativeFunction? {
    switch type {
    case "String":
      return NativeFunction("String.init", arity: 1) { _, a in .string(stringFromCharacters(a[0]) ?? a[0].description) }
    case "Double":
      return NativeFunction("Double.init", arity: 1) { _, a throws(RuntimeFailure) in
        if case .string(let s) = a[0] { return Double(s).map { .some(.double($0)) } ?? .none }
        return .double(try number(a[0]))
      }
    case "Float":
      return NativeFunction("Float.init", arity: 1) { _, a throws(RuntimeFailure) in .float(Float(try number(a[0]))) }
    case "Int": return NativeFunction("Int.init", arity: 1) { _, a throws(RuntimeFailure) in try toInt(a[0]) }
    default: return nil
    }
  }

  static func toInt(_ v: Value) throws(RuntimeFailure) -> Value {
    switch v {
    case .int: return v
    case .bool(let b): return .int(b ? 1 : 0)
    case .string(let s): return Int(s).map { .some(.int($0)) } ?? .none
    case .double(let d), .some(.double(let d)):
      guard d.isFinite, d >= -9.223372036854775808e18, d < 9.223372036854775808e18 else {
        throw RuntimeFailure(
          "Double value \(d) cannot be converted to Int because it is \(d.isFinite ? "outside the representable range" : "infinite or NaN")"
        )
      }
      return .int(Int(d))
    case .float(let f):
      guard f.isFinite, Double(f) >= -9.223372036854775808e18, Double(f) < 9.223372036854775808e18 else {
        throw RuntimeFailure("Float value \(f) cannot be converted to Int")
      }
      return .int(Int(f))
    default: throw RuntimeFailure("cannot convert a value of type '\(v.typeName)' to Int")
    }
  }

  // MARK: Static members, implicit members

  static func staticMember(_ type: String, _ name: String) -> Value? {
    switch (type, name) {
    case ("Int", "max"): return .int(.max)
    case ("Int", "min"): return .int(.min)
    case ("Double", "pi"): return .double(.pi)
    case ("Double", "infinity"): return .double(.infinity)
    case ("Double", "nan"): return .double(.nan)
    case ("Double", "greatestFiniteMagnitude"): return .double(.greatestFiniteMagnitude)
    case ("Double", "leastNormalMagnitude"): return .double(.leastNormalMagnitude)
    case ("Double", "ulpOfOne"): return .double(.ulpOfOne)
    case ("Float", "pi"): return .float(.pi)
    case ("Float", "infinity"): return .float(.infinity)
    case ("Float", "nan"): return .float(.nan)
    case ("Float", "greatestFiniteMagnitude"): return .float(.greatestFiniteMagnitude)
    default: return nil
    }
  }

  static func implicitMember(_ name: String) -> Value? { Library.shared.implicitMembers[name] }

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
}

/// `print(_:separator:terminator:)`.
final class PrintExpr: Expr {
  let items: [Expr]
  let separator: Expr?
  let terminator: Expr?
  init(items: [Expr], separator: Expr?, terminator: Expr?, _ loc: SourceLoc) {
    self.items = items
    self.separator = separator
    self.terminator = terminator
    super.init(loc)
  }
  override func eval(_ rt: Runtime, _ fp: Frame) throws -> Value {
    let sep = try separator.map { try $0.eval(rt, fp).description } ?? " "
    let term = try terminator.map { try $0.eval(rt, fp).description } ?? "\n"
    var line = ""
    for (i, item) in items.enumerated() {
      if i > 0 { line += sep }
      line += try item.eval(rt, fp).description
    }
    rt.write(line + term)
    return .void
  }
}

/// `swap(&a, &b)`.
final class SwapExpr: Expr {
  let a: LValue
  let b: LValue
  init(_ a: LValue, _ b: LValue, _ loc: SourceLoc) {
    self.a = a
    self.b = b
    super.init(loc)
  }
  override func eval(_ rt: Runtime, _ fp: Frame) throws -> Value {
    let x = try a.eval(rt, fp)
    let y = try b.eval(rt, fp)
    try a.set(rt, fp, y)
    try b.set(rt, fp, x)
    return .void
  }
}
