import SwiftSyntax

/// `struct Queue<T> { var items = [T]() }` made by `Queue(items: someInts)`: Swift infers
/// `T` from the argument's type, so the queue prints as `Queue<Int>(items: [])` even while
/// empty. The values cannot tell (an empty array names no element type); the lowered
/// argument types can.
extension Lowerer {
  /// The type a stored property's declaration writes: its annotation, else the type of an
  /// empty-collection initial value (`var items = [T]()` is a `[T]`).
  static func writtenType(of binding: PatternBindingSyntax) -> String {
    if let annotation = binding.typeAnnotation { return annotation.type.trimmedDescription }
    if let call = binding.initializer?.value.as(FunctionCallExprSyntax.self), call.arguments.isEmpty,
      call.trailingClosure == nil,
      let array = call.calledExpression.as(ArrayExprSyntax.self), array.elements.count == 1
    {
      return "[" + array.elements.first!.expression.trimmedDescription + "]"
    }
    return ""
  }

  /// The generic arguments of `s` that the memberwise arguments' types give, one per
  /// parameter, or nil when one is not known. `argumentTypes` has a type per stored
  /// property, nil for the ones left to their initial value.
  func memberwiseTypeArguments(_ s: StructType, _ argumentTypes: [TypeHint?]) -> [String]? {
    guard !s.genericParameters.isEmpty else { return nil }
    var arguments: [String] = []
    for parameter in s.genericParameters {
      var found: String?
      for (k, text) in s.fieldTypeTexts.enumerated() where k < argumentTypes.count && found == nil {
        guard let type = argumentTypes[k] else { continue }
        switch (text, type) {
        case (parameter, _): found = swiftTypeName(type)
        case ("[\(parameter)]", .array(let element)): found = swiftTypeName(element)
        default: break
        }
      }
      guard let found else { return nil }
      arguments.append(found)
    }
    return arguments
  }

  /// A type as Swift prints it as a generic argument (`Array<Int>`), or nil when it is not known.
  func swiftTypeName(_ type: TypeHint) -> String? {
    switch type {
    case .int, .double, .float, .bool, .string: return type.name
    case .named(let name) where FixedInt.names.contains(name): return name
    case .named(let name):
      // A cell's plain top-level type; a generic, nested or protocol type prints otherwise.
      guard let t = globals.structs[name], t.genericParameters.isEmpty, t.enclosingNames.isEmpty,
        globals.protocols[name] == nil
      else { return nil }
      return name
    case .array(let element): return swiftTypeName(element).map { "Array<\($0)>" }
    case .optional(let wrapped): return swiftTypeName(wrapped).map { "Optional<\($0)>" }
    case .dictionary(let key, let value):
      guard let k = swiftTypeName(key), let v = swiftTypeName(value) else { return nil }
      return "Dictionary<\(k), \(v)>"
    default: return nil
    }
  }
}
