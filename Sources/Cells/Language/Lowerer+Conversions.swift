import SwiftSyntax

/// Where a value goes, which decides how Swift words a value of the wrong type.
enum ConversionContext {
  /// `let n: Int = ...`, a property's initial value.
  case specified
  /// An argument of a function, method or initializer.
  case argument
  /// `x = ...` to a variable or property of a known type.
  case assignment
  /// `return ...` from a function with a declared result.
  case returned
  /// An element of an array literal whose element type is known (`let xs: [Double] = [...]`).
  case element

  func message(from value: String, to declared: String) -> String {
    switch self {
    case .specified: "cannot convert value of type '\(value)' to specified type '\(declared)'"
    case .argument: "cannot convert value of type '\(value)' to expected argument type '\(declared)'"
    case .assignment: "cannot assign value of type '\(value)' to type '\(declared)'"
    case .returned: "cannot convert return expression of type '\(value)' to return type '\(declared)'"
    case .element: "cannot convert value of type '\(value)' to expected element type '\(declared)'"
    }
  }
}

extension Lowerer {
  /// Fails, at `node`, when a value whose type is known here can never be of the
  /// `declared` type, as Swift's type checker would.
  ///
  /// Numbers convert among themselves (integer literals become `Double` or `Float` as in
  /// Swift, and nnbook lets `Int` and `Double` mix), and types only known when the cell
  /// runs are checked then (`TypeHint.coerce`).
  func checkConversion(
    of value: TypeHint, to declared: TypeHint, _ context: ConversionContext, at node: some SyntaxProtocol
  ) throws {
    guard !isConvertible(value, to: declared) else { return }
    throw fail(context.message(from: describe(value), to: describe(declared)), at: node)
  }

  func isConvertible(_ value: TypeHint, to declared: TypeHint) -> Bool {
    switch (value, declared) {
    case (.unknown, _), (_, .unknown), (.void, _), (_, .void):
      return true
    case (.int, .int), (.bool, .bool), (.string, .string):
      return true
    case _ where value.isNumber && declared.isNumber:
      return true
    case (.optional(let a), .optional(let b)):
      return isConvertible(a, to: b)
    case (_, .optional(let wrapped)):
      return isConvertible(value, to: wrapped)
    case (.array(let a), .array(let b)):
      return isConvertible(a, to: b)
    case (.dictionary(let k1, let v1), .dictionary(let k2, let v2)):
      return isConvertible(k1, to: k2) && isConvertible(v1, to: v2)
    case (.named(let a), .named(let b)):
      return a == b || !isCellStruct(a) || !isCellStruct(b) || globals.structs[a]!.isSubtype(of: b)
    case (.named(let name), _), (_, .named(let name)):
      // A library type (`Tensor`) may be made from other values; only cell structs are checked.
      return !isCellStruct(name)
    case (.function, .function), (.function, .functionOf), (.functionOf, .function), (.functionOf, .functionOf):
      return true
    case (.tuple, .tuple), (.tuple, .labeledTuple), (.labeledTuple, .tuple), (.labeledTuple, .labeledTuple):
      return true
    default:
      return false
    }
  }

  private func isCellStruct(_ name: String) -> Bool {
    globals.structs[name] != nil
  }
}

extension TypeHint {
  var isNumber: Bool { self == .int || self == .double || self == .float }
}
