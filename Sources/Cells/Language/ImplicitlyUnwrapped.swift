import SwiftSyntax

/// `var n: String!`: an optional that Swift force-unwraps where a `String` is needed (a
/// member, a call, a conversion to `String`) and keeps as an optional elsewhere, so
/// `print(n)` shows `Optional("b")` while `n.count` is the string's count.
///
/// The names a cell declares with `T!` are collected before it is lowered; a read of one
/// stays typed `T?`, and the places that need a `T` unwrap it through `implicitlyUnwrapped`.
/// A plain optional used there is a mistake Swift rejects, so its diagnostic is kept.
extension Lowerer {
  /// `typed` force-unwrapped when it is an optional that `syntax` reads from a `T!`
  /// declaration; else `typed` as it is.
  func implicitlyUnwrapped(_ typed: Typed, _ syntax: ExprSyntax) -> Typed {
    guard case .optional(let wrapped) = typed.type, namesImplicitlyUnwrapped(syntax) else { return typed }
    return Typed(ForceUnwrapExpr(typed.node, loc(syntax)), wrapped)
  }

  /// `typed` unwrapped when it reads a `T!` and goes where a non-optional `declared` is
  /// needed (`return r` from a `-> Bool`, `let x: String = s`).
  func implicitlyUnwrapped(_ typed: Typed, _ syntax: ExprSyntax, to declared: TypeHint) -> Typed {
    switch declared {
    case .optional, .unknown: return typed
    default: return implicitlyUnwrapped(typed, syntax)
    }
  }

  /// `c`, `self.c` or `a.c` where some declaration of `c` is `T!`.
  func namesImplicitlyUnwrapped(_ syntax: ExprSyntax) -> Bool {
    guard !globals.implicitlyUnwrappedNames.isEmpty else { return false }
    if let r = syntax.as(DeclReferenceExprSyntax.self) {
      return globals.implicitlyUnwrappedNames.contains(r.baseName.text)
    }
    if let m = syntax.as(MemberAccessExprSyntax.self), m.base != nil {
      return globals.implicitlyUnwrappedNames.contains(m.declName.baseName.text)
    }
    return false
  }

  /// Records the names a cell declares as `T!` (variables, stored properties, parameters).
  func collectImplicitlyUnwrappedNames(_ file: SourceFileSyntax) {
    let collector = ImplicitlyUnwrappedNames(viewMode: .sourceAccurate)
    collector.walk(file)
    globals.implicitlyUnwrappedNames.formUnion(collector.names)
  }
}

/// Finds the `T!` declarations of a syntax tree.
private final class ImplicitlyUnwrappedNames: SyntaxVisitor {
  var names: Set<String> = []

  override func visit(_ node: PatternBindingSyntax) -> SyntaxVisitorContinueKind {
    if node.typeAnnotation?.type.is(ImplicitlyUnwrappedOptionalTypeSyntax.self) == true,
      let name = node.pattern.as(IdentifierPatternSyntax.self)?.identifier.text
    {
      names.insert(name)
    }
    return .visitChildren
  }

  override func visit(_ node: FunctionParameterSyntax) -> SyntaxVisitorContinueKind {
    if node.type.is(ImplicitlyUnwrappedOptionalTypeSyntax.self) {
      names.insert((node.secondName ?? node.firstName).text)
    }
    return .visitChildren
  }
}
