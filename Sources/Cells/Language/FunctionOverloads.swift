import SwiftSyntax

/// Global functions of one name and labels that differ in a parameter's type
/// (`func describe(_ x: Int)` and `func describe(_ x: String)`, or a closure parameter and an
/// `@autoclosure` one): both are declared, and a call takes the one whose parameters take
/// its arguments' types, as Swift's overload resolution does for such programs.
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
    return zip(a.parameters, b.parameters).contains { p, q in
      if p.isAutoclosure != q.isAutoclosure || (p.type != .unknown && q.type != .unknown && p.type != q.type) {
        return true
      }
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
    var best: (entry: GlobalTable.Entry, score: Int)?
    for (entry, code) in codes where code.parameters.count == args.count {
      var score = 0
      var fits = true
      for (i, p) in code.parameters.enumerated() {
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
      if fits, best == nil || score > best!.score { best = (entry, score) }
    }
    return best?.entry
  }

  private static func isFunctionType(_ t: TypeHint) -> Bool {
    switch t {
    case .function, .functionOf: return true
    default: return false
    }
  }
}
