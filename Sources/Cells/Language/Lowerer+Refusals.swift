import SwiftSyntax

/// Constructs cells refuse before anything of the cell runs, each named at its line:
/// property wrappers, user result builders, `await`, `async let`, actor isolation, macro
/// declarations, and unknown attributes.
final class RefusalFinder: SyntaxVisitor {
  var found: (message: String, node: Syntax)?

  /// Attributes that change nothing a cell can observe, accepted and ignored.
  static let harmless: Set<String> = [
    "discardableResult", "inlinable", "inline", "usableFromInline", "frozen", "objc", "available", "escaping",
    "autoclosure", "MainActor", "Sendable", "unchecked", "warn_unqualified_access", "dynamicMemberLookup",
    "testable", "nonobjc", "preconcurrency", "unknown", "_disfavoredOverload",
  ]

  init() { super.init(viewMode: .sourceAccurate) }

  private func refuse(_ message: String, _ node: some SyntaxProtocol) {
    if found == nil { found = (message, Syntax(node)) }
  }

  override func visit(_ node: AttributeSyntax) -> SyntaxVisitorContinueKind {
    let name = node.attributeName.trimmedDescription
    switch name {
    case "propertyWrapper":
      refuse("property wrappers ('@propertyWrapper') are not supported in cells", node)
    case "resultBuilder":
      refuse("result builders declared in a cell ('@resultBuilder') are not supported in cells", node)
    case "main":
      refuse("'@main' is not supported in cells: a cell's statements run from the top", node)
    case _ where RefusalFinder.harmless.contains(name):
      break
    default:
      if node.parent?.parent?.is(VariableDeclSyntax.self) ?? false {
        refuse("property wrappers ('@\(name)') are not supported in cells", node)
      } else {
        refuse("the attribute '@\(name)' is not supported in cells", node)
      }
    }
    return .skipChildren
  }

  override func visit(_ node: DeclModifierSyntax) -> SyntaxVisitorContinueKind {
    switch node.name.tokenKind {
    case .keyword(.async):
      refuse("'async let' is not supported in cells: cells run synchronously", node)
    case .keyword(.nonisolated), .keyword(.isolated):
      refuse("'\(node.name.text)' (actor isolation) is not supported in cells", node)
    default:
      if node.name.text == "distributed" {
        refuse("distributed actors ('distributed') are not supported in cells", node)
      }
    }
    return .skipChildren
  }

  override func visit(_ node: MacroDeclSyntax) -> SyntaxVisitorContinueKind {
    refuse("macro declarations ('macro \(node.name.text)') are not supported in cells", node)
    return .skipChildren
  }

  override func visit(_ node: AwaitExprSyntax) -> SyntaxVisitorContinueKind {
    refuse("'await' is not supported in cells: cells run synchronously", node)
    return .skipChildren
  }
}

extension Lowerer {
  func refuseUnsupportedConstructs(_ items: CodeBlockItemListSyntax) throws {
    let finder = RefusalFinder()
    finder.walk(items)
    if let (message, node) = finder.found { throw unsupported(message, at: node) }
  }
}
