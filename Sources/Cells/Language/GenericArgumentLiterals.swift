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
    if case .structInstance(let s) = fp[0] {
      for (slot, k) in pairs {
        if case .box(let b) = fp[slot] {
          guard GenericArgumentConversion.mayWiden(b.value), let name = GenericArgumentConversion.argument(k, of: s)
          else { continue }
          b.value = GenericArgumentConversion.converted(b.value, to: name)
        } else {
          guard GenericArgumentConversion.mayWiden(fp[slot]), let name = GenericArgumentConversion.argument(k, of: s)
          else { continue }
          fp[slot] = GenericArgumentConversion.converted(fp[slot], to: name)
        }
      }
    }
    return try result?.eval(rt, fp) ?? .void
  }

  /// Whether `converted` may change `v`: an `Int` or an array.
  static func mayWiden(_ v: Value) -> Bool {
    switch v {
    case .int, .array: return true
    default: return false
    }
  }

  /// The type argument `k` of an instance: the one written (`Box<Double>(3)`), else the
  /// floating-point type its stored properties show it was inferred as (`Box(2.5)` holds a
  /// `Double` in its `T` property), else nil.
  static func argument(_ k: Int, of s: StructInstance) -> String? {
    if let written = s.storage.typeArguments { return k < written.count ? written[k] : nil }
    let type = s.type
    guard k < type.genericParameters.count else { return nil }
    let parameter = type.genericParameters[k]
    for (i, text) in type.fieldTypeTexts.enumerated() where i < s.storage.fields.count {
      var value = s.storage.fields[i]
      if text == "[" + parameter + "]", case .array(let xs) = value, let first = xs.first {
        value = first
      } else if text != parameter {
        continue
      }
      switch value {
      case .double: return "Double"
      case .float: return "Float"
      default: continue
      }
    }
    return nil
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

/// `obs.value = 22` where `value` is typed by a generic parameter the instance has as `Double`:
/// the literal is a `Double`, as Swift reads it. Made only for an `Int` (or `[Int]`) assigned
/// to a property that some generic cell type types by a parameter.
final class GenericFieldValue: Expr {
  let base: Expr
  let name: String
  let value: Expr
  init(base: Expr, name: String, value: Expr) {
    self.base = base
    self.name = name
    self.value = value
    super.init(value.loc)
  }

  override func eval(_ rt: Runtime, _ fp: Frame) throws -> Value {
    let v = try value.eval(rt, fp)
    guard GenericArgumentConversion.mayWiden(v), case .structInstance(let s) = try base.eval(rt, fp),
      let i = s.type.fieldIndex[name], i < s.type.fieldTypeTexts.count
    else { return v }
    var text = s.type.fieldTypeTexts[i]
    if text.hasPrefix("[") && text.hasSuffix("]") { text = String(text.dropFirst().dropLast()) }
    guard let k = s.type.genericParameters.firstIndex(of: text),
      let argument = GenericArgumentConversion.argument(k, of: s)
    else { return v }
    return GenericArgumentConversion.converted(v, to: argument)
  }
}

extension Lowerer {
  /// Whether some generic cell type has a stored property `name` typed `T` or `[T]` by one of
  /// its parameters.
  func isGenericallyTypedField(_ name: String) -> Bool {
    globals.structs.values.contains { type in
      guard !type.genericParameters.isEmpty, let i = type.fieldIndex[name], i < type.fieldTypeTexts.count else {
        return false
      }
      var text = type.fieldTypeTexts[i]
      if text.hasPrefix("[") && text.hasSuffix("]") { text = String(text.dropFirst().dropLast()) }
      return type.genericParameters.contains(text)
    }
  }
}
