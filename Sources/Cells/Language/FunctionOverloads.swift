import SwiftSyntax

/// Global functions of one name and labels that differ in a parameter's type
/// (`func describe(_ x: Int)` and `func describe(_ x: String)`, or a closure parameter and an
/// `@autoclosure` one, or `<T: Comparable>` and `<T: Equatable>`): both are declared, and a
/// call takes the one whose parameters take its arguments' types, as Swift's overload
/// resolution does for such programs.
extension Lowerer {
  /// Whether `b` may be declared beside `a` (same full name): some parameter differs in type.
  static func overloadsByType(_ a: FunctionCode?, _ b: FunctionCode) -> Bool {
    guard let a, a.parameters.count == b.parameters.count else { return false }
    // `func value() -> Int` beside `func value() -> String`: chosen by the type the call's context expects.
    if a.returnType != b.returnType, a.returnType != .unknown, b.returnType != .unknown,
      zip(a.parameters, b.parameters).allSatisfy({ $0.type == $1.type })
    {
      return true
    }
    return zip(a.parameters, b.parameters).enumerated().contains { i, pair in
      let (p, q) = pair
      if p.isAutoclosure != q.isAutoclosure || (p.type != .unknown && q.type != .unknown && p.type != q.type) {
        return true
      }
      // `func f<T: Comparable>(_: T)` beside `func f<T: Equatable>(_: T)`.
      if a.requirements(of: i) != b.requirements(of: i) { return true }
      // `func play<T: Animal>(of: T)` beside `func play(of: Animal)`: a generic parameter and a
      // named type (the generic one is taken where both fit, as Swift prefers it).
      switch (p.type, q.type) {
      case (.unknown, .named), (.named, .unknown): return true
      default: return false
      }
    }
  }

  /// Among functions whose labels match the call, the one whose parameters best take the
  /// arguments; nil when there is no choice to make.
  func chooseOverload(_ candidates: [GlobalTable.Entry], _ args: [Argument], expected: TypeHint = .unknown)
    -> GlobalTable.Entry?
  {
    let codes = candidates.compactMap { c in c.function.map { (c, $0) } }
    guard codes.count > 1 else { return nil }
    let types = args.map { a -> TypeHint in
      if a.expression.is(ClosureExprSyntax.self) { return .function }
      return (try? expr(a.expression).type) ?? .unknown
    }
    var best: (entry: GlobalTable.Entry, score: Int, specificity: Int)?
    for (entry, code) in codes where code.parameters.count == args.count {
      var score = 0
      // Among generic overloads that fit, Swift takes the more constrained one.
      var specificity = 0
      var fits = true
      for (i, p) in code.parameters.enumerated() {
        for requirement in code.requirements(of: i) {
          switch Lowerer.conforms(types[i], to: requirement, structs: globals.structs) {
          case false?: fits = false
          case true?: specificity += 1
          case nil: break
          }
        }
        let isClosure = args[i].expression.is(ClosureExprSyntax.self)
        if p.isAutoclosure {
          if isClosure && !Lowerer.isFunctionType(p.type) { fits = false }
          score += isClosure ? 0 : 1
          continue
        }
        if isClosure {
          if p.type != .unknown && !Lowerer.isFunctionType(p.type) { fits = false }
          score += 1
          continue
        }
        if Lowerer.isFunctionType(p.type) && types[i] != .unknown && types[i] != .function {
          fits = false
          continue
        }
        // A protocol-typed parameter takes a conforming value, and Swift prefers it to a
        // generic parameter (`func f(_: Shape)` over `func f<T: Shape>(_: T)`).
        if case .named(let want) = p.type, globals.protocols[want] != nil {
          switch types[i] {
          case .unknown: score += 1
          case .named(let have) where have == want || globals.structs[have]?.conformances.contains(want) == true:
            score += 1
          default: fits = false
          }
          continue
        }
        guard Lowerer.argumentFits(types[i], p.type) else {
          fits = false
          continue
        }
        if types[i] != .unknown && p.type != .unknown { score += 1 }
      }
      if expected != .unknown, code.returnType == expected { score += 1 }
      if fits, best == nil || (score, specificity) > (best!.score, best!.specificity) {
        best = (entry, score, specificity)
      }
    }
    return best?.entry
  }

  /// Whether a value of type `t` conforms to the standard protocol `name`; nil when that is
  /// not known here (a protocol of the cell's, an unknown type), which never rules out an
  /// overload. A cell type is only ruled out for protocols Swift never gives it unasked.
  static func conforms(_ t: TypeHint, to name: String, structs: [String: StructType]) -> Bool? {
    let numeric: Set = ["Numeric", "AdditiveArithmetic", "SignedNumeric", "Strideable"]
    let integer: Set = ["BinaryInteger", "SignedInteger", "FixedWidthInteger"]
    let floating: Set = ["FloatingPoint", "BinaryFloatingPoint"]
    let known = numeric.union(integer).union(floating).union(["Equatable", "Hashable", "Comparable", "StringProtocol"])
    guard known.contains(name) else { return nil }
    switch t {
    case .int: return !floating.contains(name) && name != "StringProtocol"
    case .double, .float: return !integer.contains(name) && name != "StringProtocol"
    case .string: return ["Equatable", "Hashable", "Comparable", "StringProtocol"].contains(name)
    case .bool: return name == "Equatable" || name == "Hashable"
    case .array, .dictionary, .tuple, .labeledTuple, .function, .functionOf:
      return name == "Equatable" || name == "Hashable" ? nil : false
    case .named(let type):
      guard let s = structs[type], name != "Equatable", name != "Hashable" else { return nil }
      return s.conformances.contains(name) ? true : nil
    default: return nil
    }
  }

  private static func isFunctionType(_ t: TypeHint) -> Bool {
    switch t {
    case .function, .functionOf: return true
    default: return false
    }
  }
}
