import SwiftSyntax

/// Computed variables outside a type: `var leftBoundary: Int { ... }` in a function or at
/// the top of a cell. The getter is a function kept under a hidden name; each read of the
/// variable calls it, as Swift runs the getter at each read.
extension Lowerer {
  static func computedName(_ name: String) -> String { "$computed." + name }

  func computedVariable(_ b: PatternBindingSyntax, _ accessors: AccessorBlockSyntax) throws -> [Stmt] {
    guard let id = b.pattern.as(IdentifierPatternSyntax.self) else {
      throw unsupported("a computed variable needs a name", at: b.pattern)
    }
    let name = id.identifier.text
    let statements: CodeBlockItemListSyntax
    switch accessors.accessors {
    case .getter(let body):
      statements = body
    case .accessors(let list):
      if let other = list.first(where: { $0.accessorSpecifier.tokenKind != .keyword(.get) }) {
        throw unsupported(
          "'\(other.accessorSpecifier.text)' of a computed variable outside a type is not supported in cells; use a function",
          at: other)
      }
      guard let body = list.first?.body?.statements else {
        throw fail("computed variable '\(name)' needs a getter", at: b)
      }
      statements = body
    }
    let code = FunctionCode(name: name, loc: loc(b))
    code.returnType = try b.typeAnnotation.map { try typeHint($0.type) } ?? .unknown
    let target = try declareVariable(Lowerer.computedName(name), isLet: true, type: .function, at: b)
    let sources = try lowerBody(
      of: code, parameters: [], paramNodes: [], statements: statements, isClosure: false)
    var out: [Stmt] = []
    if case .boxed(let slot, _) = target { out.append(PrepareBoxStmt(slot: slot, loc(b))) }
    out.append(FuncDeclStmt(ClosureExpr(code: code, captureSources: sources, loc(b)), target: target))
    return out
  }

  /// A read of a computed variable declared outside a type: a call of its getter.
  func computedVariableReference(_ name: String, at node: some SyntaxProtocol) throws -> LValue? {
    let hidden = Lowerer.computedName(name)
    guard resolve(hidden) != nil, let getter = try variableReference(hidden, at: node) else { return nil }
    return ComputedVariableRead(getter: getter, name: name, loc(node))
  }
}

/// Reads a computed variable by calling its getter; it cannot be assigned.
final class ComputedVariableRead: LValue {
  let getter: Expr
  let name: String
  init(getter: Expr, name: String, _ loc: SourceLoc) {
    self.getter = getter
    self.name = name
    super.init(loc)
  }

  override func eval(_ rt: Runtime, _ fp: Frame) throws -> Value {
    guard case .function(let f) = try getter.eval(rt, fp) else {
      throw LocatedFailure(kind: .runtime, message: "computed variable '\(name)' has no getter", loc: loc)
    }
    return try f.call(rt, [], at: loc)
  }

  override func modify(_ rt: Runtime, _ fp: Frame, _ body: (inout Value) throws -> Void) throws {
    throw LocatedFailure(
      kind: .runtime, message: "cannot assign to value: '\(name)' is a get-only computed variable", loc: loc)
  }
}
