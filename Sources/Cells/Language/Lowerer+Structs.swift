import SwiftSyntax

// Structs arrive with the rest of the language (issue 3); until then they are
// reported as unsupported at their declaration.
extension Lowerer {
  func predeclareStruct(_ s: StructDeclSyntax) throws {
    throw unsupported("structs are not supported in cells yet", at: s)
  }

  func structDeclaration(_ s: StructDeclSyntax) throws -> [Stmt] {
    throw unsupported("structs are not supported in cells yet", at: s)
  }

  func structInit(_ s: StructType, _ args: [Argument], at c: FunctionCallExprSyntax) throws -> Typed {
    throw unsupported("structs are not supported in cells yet", at: c)
  }

  func structMethodCall(
    _ s: StructType, on base: Expr, name: String, _ args: [Argument], at c: FunctionCallExprSyntax,
    mutableBase: Bool
  ) throws -> Typed {
    throw unsupported("structs are not supported in cells yet", at: c)
  }
}
