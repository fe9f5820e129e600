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

extension Lowerer {
  /// `kind.init(name: "Rex")` where `kind` holds a type (`let kind: Animal.Type = Dog.self`,
  /// `type(of: pet).init()`): the initializer is found, by its labels, on the type the value
  /// names when the cell runs, as a `required init` is in Swift.
  /// A variable, or `type(of: x)`: what may hold a type whose `init` is called.
  func holdsTypeValue(_ e: ExprSyntax) -> Bool {
    if let r = e.as(DeclReferenceExprSyntax.self) { return resolve(r.baseName.text) != nil }
    if let c = e.as(FunctionCallExprSyntax.self), let r = c.calledExpression.as(DeclReferenceExprSyntax.self) {
      return r.baseName.text == "type" && c.arguments.first?.label?.text == "of"
    }
    return false
  }

  func metatypeInitCall(_ baseSyntax: ExprSyntax, _ args: [Argument], at c: FunctionCallExprSyntax) throws -> Typed {
    let base = try expr(baseSyntax).node
    let nodes = try args.map { try expr($0.expression).node }
    return Typed(MetatypeInitExpr(base: base, labels: args.map(\.label), arguments: nodes, loc(c)), .unknown)
  }
}

final class MetatypeInitExpr: Expr {
  let base: Expr
  let labels: [String?]
  let arguments: [Expr]

  init(base: Expr, labels: [String?], arguments: [Expr], _ loc: SourceLoc) {
    self.base = base
    self.labels = labels
    self.arguments = arguments
    super.init(loc)
  }

  override func eval(_ rt: Runtime, _ fp: Frame) throws -> Value {
    let value = try base.eval(rt, fp)
    guard case .type(.structType(let type)) = value else {
      throw LocatedFailure(
        kind: .unsupported, message: "'init' is called here on a value of type '\(value.typeName)', not a cell's type",
        loc: loc)
    }
    var owner: StructType? = type
    while let t = owner {
      for code in t.orderedInitializers {
        guard let mapping = Lowerer.match(labels, code) else { continue }
        var chosen: [Expr] = []
        for (k, p) in code.parameters.enumerated() {
          guard let i = mapping[k] else {
            guard let d = p.defaultValue else { break }
            chosen.append(d)
            continue
          }
          chosen.append(arguments[i])
        }
        guard chosen.count == code.parameters.count else { continue }
        let failable = t.isFailable(code)
        return try InitCallExpr(type: type, code: code, arguments: chosen, failable: failable, loc).eval(rt, fp)
      }
      owner = t.superclass
    }
    let have = labels.map { ($0 ?? "_") + ":" }.joined()
    throw LocatedFailure(kind: .runtime, message: "type '\(type.name)' has no initializer init(\(have))", loc: loc)
  }
}
