import SwiftSyntax

/// An integer given where a generic type's parameter stands for `Double` (`Stack<Double>`'s
/// `push(3)`, `Box<Double>(3)`): Swift reads the literal as a `Double`, so it prints `3.0`.
/// A method or an initializer converts such an argument on entry, reading the arguments the
/// instance was made with; only the methods whose parameters are typed by a generic
/// parameter of their type do that work.
extension Lowerer {
  /// Makes `code` (a method of `type`) convert the arguments of its parameters typed `T`.
  func convertGenericArguments(of code: FunctionCode, in type: StructType, _ parameters: FunctionParameterListSyntax) {
    guard !type.genericParameters.isEmpty else { return }
    var pairs: [(slot: Int, argument: Int)] = []
    for (i, p) in parameters.enumerated() where i < code.parameters.count {
      if let k = type.genericParameters.firstIndex(of: p.type.trimmedDescription) {
        pairs.append((code.parameters[i].slot, k))
      }
    }
    guard !pairs.isEmpty else { return }
    if let result = code.implicitReturn {
      code.implicitReturn = GenericArgumentConversion(pairs, then: result, result.loc)
    } else {
      code.body.insert(ExprStmt(GenericArgumentConversion(pairs, then: nil, code.loc)), at: 0)
    }
  }

  /// Converts the fields of a new instance typed `T` or `[T]` where `T` is written `Double`.
  static func convertGenericFields(_ instance: StructInstance, written: [String]) {
    let type = instance.type
    for (k, text) in type.fieldTypeTexts.enumerated() where k < instance.storage.fields.count {
      let bare = text.hasPrefix("[") && text.hasSuffix("]") ? String(text.dropFirst().dropLast()) : text
      guard let g = type.genericParameters.firstIndex(of: bare), g < written.count else { continue }
      instance.storage.fields[k] = GenericArgumentConversion.converted(instance.storage.fields[k], to: written[g])
    }
  }
}

final class GenericArgumentConversion: Expr {
  let pairs: [(slot: Int, argument: Int)]
  let result: Expr?
  init(_ pairs: [(slot: Int, argument: Int)], then result: Expr?, _ loc: SourceLoc) {
    self.pairs = pairs
    self.result = result
    super.init(loc)
  }

  override func eval(_ rt: Runtime, _ fp: Frame) throws -> Value {
    if case .structInstance(let s) = fp[0], let written = s.storage.typeArguments {
      for (slot, k) in pairs where k < written.count {
        if case .box(let b) = fp[slot] {
          b.value = GenericArgumentConversion.converted(b.value, to: written[k])
        } else {
          fp[slot] = GenericArgumentConversion.converted(fp[slot], to: written[k])
        }
      }
    }
    return try result?.eval(rt, fp) ?? .void
  }

  /// An `Int` (or an array of them) as the floating-point type `name` names.
  static func converted(_ v: Value, to name: String) -> Value {
    switch (v, name) {
    case (.int(let n), "Double"): return .double(Double(n))
    case (.int(let n), "Float"): return .float(Float(n))
    case (.array(let xs), "Double"), (.array(let xs), "Float"):
      guard xs.contains(where: { if case .int = $0 { return true } else { return false } }) else { return v }
      return .array(xs.map { converted($0, to: name) })
    default: return v
    }
  }
}
