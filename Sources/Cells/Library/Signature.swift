/// What a built-in's parameter accepts, for the argument reader's messages and for
/// `nnbook ops`.
///
/// It describes a cell value, not a Swift type: `.double` accepts an `Int` too (a
/// literal `3` where a `Double` is wanted), `.tensor` accepts numbers and nested
/// arrays, as `Tensor(...)` does.
indirect enum ValueType: Equatable {
  case any
  case int
  case double
  case bool
  case string
  case tensor
  /// A shape: `[2, 3]` or a single `3`.
  case shape
  case array(ValueType)
  case dictionary(ValueType, ValueType)
  case optional(ValueType)
  case range
  case function
  /// A library object of this type or one of its subtypes (`Module`, `Dataset`).
  case object(String)
  /// A tuple, for results: `(value: Tensor, gradient: Module)`.
  case tuple([(String?, ValueType)])
  case void

  static func == (a: ValueType, b: ValueType) -> Bool { a.text == b.text }

  /// How Swift would write the type: `Int`, `[Double]`, `Tensor?`.
  var text: String {
    switch self {
    case .any: return "Any"
    case .int: return "Int"
    case .double: return "Double"
    case .bool: return "Bool"
    case .string: return "String"
    case .tensor: return "Tensor"
    case .shape: return "[Int]"
    case .array(let e): return "[\(e.text)]"
    case .dictionary(let k, let v): return "[\(k.text): \(v.text)]"
    case .optional(let w): return w.text + "?"
    case .range: return "Range<Int>"
    case .function: return "(...) -> ..."
    case .object(let name): return name
    case .tuple(let parts):
      return "(" + parts.map { ($0.0.map { $0 + ": " } ?? "") + $0.1.text }.joined(separator: ", ") + ")"
    case .void: return "Void"
    }
  }

  /// "an Int", "a Tensor": the article a message needs.
  var withArticle: String {
    let t = text
    let vowel = t.first.map { "AEIOU".contains($0) } ?? false
    return (vowel ? "an " : "a ") + t
  }
}

/// One parameter of a built-in: `_ inputs: Int`, `bias: Bool = true`, `_ model: inout Module`.
struct Parameter {
  /// The label callers write; nil for `_`.
  var label: String?
  /// The name messages use (`argument 2 'outputs'`).
  var name: String
  var type: ValueType
  /// Used when the call leaves the argument out; nil when it is required.
  var defaultValue: Value?
  /// Passed as `&x`: the built-in may change it, and the caller's variable gets the result.
  var isInout = false
  /// How the default reads in a signature (`.xavierUniform`, `nil`), when not the value's own text.
  var defaultText: String?

  /// `_ name: Type`: a positional parameter.
  static func positional(_ name: String, _ type: ValueType, default value: Value? = nil, shown: String? = nil)
    -> Parameter
  {
    Parameter(label: nil, name: name, type: type, defaultValue: value, defaultText: shown)
  }

  /// `label: Type`: a labeled parameter whose name is its label.
  static func labeled(_ label: String, _ type: ValueType, default value: Value? = nil, shown: String? = nil)
    -> Parameter
  {
    Parameter(label: label, name: label, type: type, defaultValue: value, defaultText: shown)
  }

  /// `_ name: inout Type`.
  static func `inout`(_ label: String?, _ name: String, _ type: ValueType) -> Parameter {
    Parameter(label: label, name: name, type: type, defaultValue: nil, isInout: true)
  }

  var text: String {
    var s: String
    switch label {
    case nil: s = "_ \(name): "
    case name?: s = "\(name): "
    case let l?: s = "\(l) \(name): "
    }
    s += (isInout ? "inout " : "") + type.text
    if let shownDefault = defaultText ?? defaultValue.map(Parameter.literal) { s += " = " + shownDefault }
    return s
  }

  private static func literal(_ value: Value) -> String {
    switch value {
    case .none: return "nil"
    case .string(let s): return "\"\(s)\""
    default: return value.description
    }
  }
}

/// The description of one built-in: what `nnbook ops` prints, what the argument
/// reader words its messages from, and how call sites are matched to parameters.
///
/// A class, not a struct: every call hands the signature to its `Arguments` (for the
/// wording of messages), and a reference is passed with one retain where a struct of
/// two strings and an array of parameters took a copy and a destroy of each (a fifth
/// of `a.sum()`'s instructions).
final class Signature {
  /// What a cell writes: `relu`, `Tensor.zeros`, `Linear` (an initializer), `.l2` (an implicit member).
  let name: String
  let parameters: [Parameter]
  let result: ValueType
  /// One line, for `nnbook ops`.
  let help: String

  /// `Signature("relu", [.positional("x", .tensor)], .tensor, help: "max(x, 0), elementwise")`.
  init(_ name: String, _ parameters: [Parameter] = [], _ result: ValueType = .void, help: String) {
    self.name = name
    self.parameters = parameters
    self.result = result
    self.help = help
  }

  var labels: [String?] { parameters.map(\.label) }

  /// `Linear(_:_:bias:weightInit:)`: Swift's way of naming a function in messages.
  var shortName: String {
    name + "(" + parameters.map { ($0.label ?? "_") + ":" }.joined() + ")"
  }

  /// `Linear(_ inputs: Int, _ outputs: Int, bias: Bool = true) -> Linear`.
  var text: String {
    let r = result == .void ? "" : " -> " + result.text
    return name + "(" + parameters.map(\.text).joined(separator: ", ") + ")" + r
  }
}
