import SwiftSyntax

/// A built-in method named without a call (`first.contains` in `xs.allSatisfy(first.contains)`):
/// a function of the method's one argument, bound to the value the base had when it was named,
/// as Swift's partially applied methods are.
extension Lowerer {
  func builtinMethodReference(_ base: Typed, name: String, at: SourceLoc) -> Typed? {
    switch base.type {
    case .array, .string, .dictionary: break
    default: return nil
    }
    guard Builtins.property(name) == nil, let method = Builtins.method(name, labels: [nil]), !method.mutating
    else { return nil }
    let described = "\(name)(_:)"
    return Typed(
      NativeCallExpr(name: described, arguments: [base.node], at) { _, bound in
        let receiver = bound[0]
        return .function(
          NativeFunction(described, arity: 1) { rt, arguments in
            var copy = receiver
            return try method.body(rt, &copy, arguments)
          })
      }, .function)
  }
}

/// `self.init()` in a subclass's convenience initializer: a class that declares no designated
/// initializer of its own inherits its superclass's, so the call runs the nearest ancestor's
/// initializer with those labels, or none at all when no ancestor declares one (`init()`
/// with every stored property's default).
extension Lowerer {
  func inheritedSelfInit(_ type: StructType, _ args: [Argument], selfVar: LValue, at c: FunctionCallExprSyntax)
    throws -> Typed?
  {
    let labels = args.map(\.label)
    var parent = type.superclass
    while let p = parent {
      let candidates = p.orderedInitializers
      if let code = candidates.first(where: { labelsMatch($0, labels, trailing: args.trailingClosureIndex) }) {
        let call = try callUser(code, callee: Const(.void, loc(c)), args, at: c)
        guard let node = call.node as? CallFunctionExpr else { return nil }
        return Typed(DelegatingInitExpr(selfVar: selfVar, code: code, arguments: node.arguments, loc(c)), .void)
      }
      if !candidates.isEmpty { return nil }
      parent = p.superclass
    }
    return labels.isEmpty ? Typed(Const(.void, loc(c)), .void) : nil
  }
}

extension Lowerer {
  /// The nearest superclass initializer with these labels, for `Badge(label:)` where `Badge`
  /// adds only convenience initializers to `Labelled(label:)`.
  func inheritedInitializer(_ type: StructType, _ labels: [String?], trailing: Int?) -> FunctionCode? {
    var parent = type.superclass
    while let p = parent {
      let candidates = p.orderedInitializers
      if let code = candidates.first(where: { labelsMatch($0, labels, trailing: trailing) }) { return code }
      parent = p.superclass
    }
    return nil
  }
}
