import SwiftSyntax

/// `xs[safe: i]`: a subscript that an extension added to a built-in type, called with the
/// value as `self` and the indices as its parameters; the extension is chosen by the value's
/// kind when the cell runs (`Array`, `String`...), as `Lowerer.builtinKey(of:)` names it.
final class ExtensionSubscriptExpr: Expr {
  let base: Expr
  let indices: [Expr]
  let getters: [String: FunctionCode]
  init(_ base: Expr, _ indices: [Expr], getters: [String: FunctionCode], _ loc: SourceLoc) {
    self.base = base
    self.indices = indices
    self.getters = getters
    super.init(loc)
  }
  override func eval(_ rt: Runtime, _ fp: Frame) throws -> Value {
    let receiver = try base.eval(rt, fp)
    guard let key = Lowerer.builtinKey(of: receiver), let getter = getters[key] else {
      throw LocatedFailure(
        kind: .runtime, message: "a value of type '\(receiver.typeName)' has no subscript with these labels", loc: loc)
    }
    return try rt.callMethod(getter, receiver: receiver, arguments: indices, fp, at: loc)
  }
}

extension Lowerer {
  /// A labeled subscript (`subscript(safe index: Int) -> Element?` in `extension Array`) read
  /// on a built-in value; nil when no extension of a built-in type declares one of that arity.
  func extensionSubscript(_ s: SubscriptCallExprSyntax, base: Expr, baseType: TypeHint) throws -> Typed? {
    // Unlabeled indices too on a number (`746381295[0]`), which has no subscript of its own.
    let onNumber = [.int, .double, .float, .bool].contains(baseType)
    guard onNumber || s.arguments.contains(where: { $0.label != nil }) else { return nil }
    let key = Lowerer.subscriptKey(get: true, s.arguments.count)
    var getters: [String: FunctionCode] = [:]
    for (name, container) in globals.extensions {
      if let getter = container.setters[key] { getters[name] = getter }
    }
    if let known = builtinExtension(for: baseType) {
      getters = getters.filter { $0.value === known.setters[key] }
    }
    guard !getters.isEmpty else { return nil }
    let indices = try s.arguments.map { try expr($0.expression).node }
    let types = getters.values.map(\.returnType)
    let type = types.allSatisfy { $0 == types[0] } ? types[0] : TypeHint.unknown
    return Typed(ExtensionSubscriptExpr(base, indices, getters: getters, loc(s)), type)
  }
}
