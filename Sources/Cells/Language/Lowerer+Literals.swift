import SwiftSyntax

extension Lowerer {
  /// `#function`: the name of the declaration around it, as Swift spells it (`g(a:_:)`,
  /// `init(x:)`, a property's name, `subscript(_:)`, `deinit`); nil at a cell's top level,
  /// where a compiled program names its module. A closure takes its function's name.
  func functionLiteralName(_ node: some SyntaxProtocol) -> String? {
    var current: Syntax? = node.parent
    while let n = current {
      if let f = n.as(FunctionDeclSyntax.self) {
        return f.name.text + argumentLabels(f.signature.parameterClause.parameters)
      }
      if let i = n.as(InitializerDeclSyntax.self) {
        return "init" + argumentLabels(i.signature.parameterClause.parameters)
      }
      if n.is(DeinitializerDeclSyntax.self) { return "deinit" }
      if let s = n.as(SubscriptDeclSyntax.self) {
        // A subscript's parameters have no argument labels unless written twice.
        let labels = s.parameterClause.parameters.map { p in
          p.secondName == nil || p.firstName.text == "_" ? "_:" : p.firstName.text + ":"
        }
        return "subscript(" + labels.joined() + ")"
      }
      if let b = n.as(PatternBindingSyntax.self), let id = b.pattern.as(IdentifierPatternSyntax.self),
        b.accessorBlock != nil
      {
        return id.identifier.text
      }
      current = n.parent
    }
    return nil
  }

  private func argumentLabels(_ parameters: FunctionParameterListSyntax) -> String {
    "(" + parameters.map { $0.firstName.text == "_" ? "_:" : $0.firstName.text + ":" }.joined() + ")"
  }
}

extension Lowerer {
  /// Whether a subscript's only index is written as a range (`xs[1...2]`, `xs[..<n]`, `xs[k...]`),
  /// so that assigning to it replaces a slice rather than one element.
  func isRangeIndex(_ s: SubscriptCallExprSyntax) -> Bool {
    guard s.arguments.count == 1, let e = s.arguments.first?.expression else { return false }
    let rangeOperators: Set<String> = ["...", "..<"]
    if let p = e.as(PrefixOperatorExprSyntax.self) { return rangeOperators.contains(p.operator.text) }
    if let p = e.as(PostfixOperatorExprSyntax.self) { return rangeOperators.contains(p.operator.text) }
    if let i = e.as(InfixOperatorExprSyntax.self), let op = i.operator.as(BinaryOperatorExprSyntax.self) {
      return rangeOperators.contains(op.operator.text)
    }
    if let sequence = e.as(SequenceExprSyntax.self) {
      return sequence.elements.contains {
        $0.as(BinaryOperatorExprSyntax.self).map { rangeOperators.contains($0.operator.text) } ?? false
      }
    }
    return false
  }
}

/// `#function` at a cell's top level: the lesson's module name, as a compiled program's
/// top level gives its module's (`main` for `main.swift`).
final class ModuleNameExpr: Expr {
  override func eval(_ rt: Runtime, _ fp: Frame) throws -> Value { .string(rt.context.moduleName) }
}
