import SwiftParser
import SwiftSyntax

extension Lowerer {
  /// `Version.init` or `Suit.init(rawValue:)` as a function value (`strings.compactMap(Version.init)`):
  /// a closure that calls the initializer, `{ Version($0) }`, lowered as the cell had written it.
  /// Nil when the type's initializers do not say which one is meant.
  func initializerValue(_ s: StructType, _ m: MemberAccessExprSyntax, expected: TypeHint) throws -> Typed? {
    guard let base = m.base else { return nil }
    var labels: [String?]
    if let names = m.declName.argumentNames {
      labels = names.arguments.map { $0.name.text == "_" ? nil : $0.name.text }
    } else if s.isEnum, s.initializers.isEmpty, !s.rawValues.isEmpty {
      labels = ["rawValue"]
    } else if !s.initializers.isEmpty {
      // `map`, `compactMap` and `forEach` pass one argument: an initializer of one unlabeled
      // parameter is the one they mean.
      let unlabeled = s.initializers.values.filter { $0.parameters.allSatisfy { $0.label == nil } }
      let single = unlabeled.filter { $0.parameters.count == 1 }
      if unlabeled.count == 1 {
        labels = unlabeled[0].parameters.map(\.label)
      } else if single.count == 1 {
        labels = [nil]
      } else if s.initializers.count == 1, let only = s.initializers.values.first {
        labels = only.parameters.map(\.label)
      } else {
        return nil
      }
    } else if !s.isClass, !s.isEnum {
      // The memberwise initializer: every stored property that is not a `let` with a value.
      labels = s.fieldNames.indices.filter { !(s.fieldIsLet[$0] && s.fieldHasDefault[$0]) }.map { s.fieldNames[$0] }
    } else {
      return nil
    }
    let arguments = labels.enumerated().map { k, label in (label.map { $0 + ": " } ?? "") + "$\(k)" }
    let source = "{ \(base.trimmedDescription)(\(arguments.joined(separator: ", "))) }"
    let tree = Parser.parse(source: source)
    guard !tree.hasError, let item = tree.statements.first, case .expr(let closure) = item.item else { return nil }
    return try expr(closure, expected: expected)
  }
}
