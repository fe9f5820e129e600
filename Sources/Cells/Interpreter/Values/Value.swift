/// A value in the cell language.
///
/// Swift's value types stay value types here: arrays, dictionaries, strings and
/// struct instances are Swift values with copy-on-write storage, so `var b = a`
/// followed by `b.append(1)` leaves `a` alone, as in Swift.
enum Value {
  case void
  case int(Int)
  case double(Double)
  case float(Float)
  case bool(Bool)
  case string(String)
  case array([Value])
  case dictionary(DictionaryValue)
  case tuple(TupleValue)
  /// `nil` of any optional type.
  case none
  /// A present optional value (`Optional(3)`); unwrapped by `!`, `??`, `if let`.
  indirect case some(Value)
  case range(RangeValue)
  case function(Callable)
  case structInstance(StructInstance)
  /// A type used as a value (`Double`, `Int`, a struct's name), for static members and initializers.
  case type(TypeRef)
  /// A mutable cell shared by a closure and the scope it captured a variable from.
  case box(Box)
  /// Values of the numeric and learning library (tensors, layers, figures...).
  case object(NativeObject)
}

extension Value {
  /// Whether this is the function object `id` names; read in place, without a copy.
  @inline(__always)
  func isFunction(_ id: ObjectIdentifier) -> Bool {
    if case .function(let c) = self { return ObjectIdentifier(c) == id }
    return false
  }
}

/// A captured variable: closures see later assignments, as Swift's closures do.
final class Box {
  var value: Value
  init(_ value: Value) { self.value = value }
}

struct TupleValue {
  var elements: [Value]
  var labels: [String?]
}

struct RangeValue {
  var lower: Int
  var upper: Int
  /// `a...b` when true, `a..<b` when false.
  var closed: Bool
  /// `..<b`, `...b` and `...` as a subscript's index: the lower bound is the collection's
  /// start (0 for an array, its own for a slice), not `lower`.
  var lowerOpen = false
  /// `2...` written as a value (a `PartialRangeFrom`): it runs to `Int.max` but prints and
  /// names its type as Swift's one-sided range.
  var upperOpen = false

  /// The first integer past the range; `nil` for a closed range ending at `Int.max`,
  /// which has none (computing it would overflow).
  var end: Int? { closed ? (upper == .max ? nil : upper + 1) : upper }

  /// The last element; `nil` when the range is empty.
  var last: Int? { closed ? upper : (upper > lower ? upper - 1 : nil) }

  var isEmpty: Bool { last == nil }

  func contains(_ x: Int) -> Bool {
    guard let last else { return false }
    return x >= lower && x <= last
  }

  /// The number of elements, refused where Swift's `count` would trap (`(0...Int.max).count`).
  func count() throws(RuntimeFailure) -> Int {
    guard let last else { return 0 }
    let (span, overflow) = last.subtractingReportingOverflow(lower)
    guard !overflow, span < .max else {
      throw RuntimeFailure("the range \(Value.range(self).description) has more elements than Int.max")
    }
    return span + 1
  }
}

/// A dictionary that iterates in insertion order.
///
/// Swift leaves a `Dictionary`'s order unspecified (and different between runs);
/// a lesson's output must be deterministic, so nnbook fixes it to insertion order.
struct DictionaryValue {
  var keys: [Value] = []
  var values: [Value] = []
  var index: [HashKey: Int] = [:]

  subscript(key: Value) -> Value? {
    guard let k = HashKey(key), let i = index[k] else { return nil }
    return values[i]
  }

  mutating func set(_ key: Value, _ value: Value?) throws(RuntimeFailure) {
    guard let k = HashKey(key) else {
      throw RuntimeFailure("a value of type \(key.typeName) cannot be a dictionary key")
    }
    if let i = index[k] {
      if let value {
        values[i] = value
      } else {
        keys.remove(at: i)
        values.remove(at: i)
        index.removeValue(forKey: k)
        for j in i..<keys.count { index[HashKey(keys[j])!] = j }
      }
    } else if let value {
      index[k] = keys.count
      keys.append(key)
      values.append(value)
    }
  }
  var count: Int { keys.count }
}

/// The hashable image of a value that can be a dictionary key or a set element.
enum HashKey: Hashable {
  case int(Int)
  case double(Double)
  case bool(Bool)
  case string(String)
  case tuple([HashKey])
  /// An instance of a type that declares `hash(into:)` (and its `==`).
  case custom(CustomHashKey)
  /// A class instance (in `ObjectIdentifier(x)`): the instance itself, as `===` compares it.
  case identity(ObjectIdentifier)

  init?(_ value: Value) {
    switch value {
    case .int(let v): self = .int(v)
    case .double(let v): self = .double(v)
    case .float(let v): self = .double(Double(v))
    case .bool(let v): self = .bool(v)
    case .string(let v): self = .string(v)
    case .tuple(let t):
      var parts: [HashKey] = []
      for e in t.elements {
        guard let k = HashKey(e) else { return nil }
        parts.append(k)
      }
      self = .tuple(parts)
    case .array(let xs):
      // `Set<[Int]>`, `[[Int]: String]`: an array of hashable elements hashes by them.
      var parts: [HashKey] = [.string("\u{0}[]")]
      for e in xs {
        guard let k = HashKey(e) else { return nil }
        parts.append(k)
      }
      self = .tuple(parts)
    case .structInstance(let s) where s.type.hashesByIdentity:
      switch s.fields.first {
      case .structInstance(let o)? where o.ref != nil: self = .identity(ObjectIdentifier(o.ref!))
      case let field?:
        guard let k = HashKey(field) else { return nil }
        self = k
      case nil: return nil
      }
    case .structInstance(let s) where s.type.hashesItself:
      guard let key = CustomHashKey(s, value) else { return nil }
      self = .custom(key)
    case .structInstance(let s) where s.ref == nil:
      // A struct is hashed by its type and fields, as Swift's synthesized `Hashable` does.
      var parts: [HashKey] = [.string("\u{0}" + s.type.name)]
      for e in s.fields {
        if case .void = e {
          parts.append(.tuple([]))
          continue
        }
        guard let k = HashKey(e) else { return nil }
        parts.append(k)
      }
      self = .tuple(parts)
    case .structInstance(let s):
      guard let ref = s.ref else { return nil }
      self = .identity(ObjectIdentifier(ref))
    case .type(.structType(let t)):
      self = .identity(ObjectIdentifier(t))
    case .type(.builtin(let name)):
      self = .string("\u{0}type " + name)
    case .object(let f as FixedInt):
      self = .int(Int(truncatingIfNeeded: f.value))
    case .object(let s as SubstringObject):
      // A substring is the same key as a string with its text.
      self = .string(s.text)
    default: return nil
    }
  }
}

/// A runtime failure before it is located: the node that catches it adds the position.
struct RuntimeFailure: Error {
  var message: String
  /// `.timeout` when the cell's time limit stopped library code.
  var kind: CellError.Kind = .runtime
  init(_ message: String, kind: CellError.Kind = .runtime) {
    self.message = message
    self.kind = kind
  }
}

extension Value {
  /// The Swift type name, for messages ("cannot convert value of type 'String' to 'Int'").
  var typeName: String {
    switch self {
    case .void: return "()"
    case .int: return "Int"
    case .double: return "Double"
    case .float: return "Float"
    case .bool: return "Bool"
    case .string: return "String"
    case .array(let a):
      if let first = a.first { return "[\(first.typeName)]" }
      return "Array"
    case .dictionary(let d):
      if let k = d.keys.first, let v = d.values.first { return "[\(k.typeName): \(v.typeName)]" }
      return "Dictionary"
    case .tuple(let t): return "(" + t.elements.map(\.typeName).joined(separator: ", ") + ")"
    case .none: return "Optional"
    case .some(let v): return "\(v.typeName)?"
    case .range(let r):
      if r.upperOpen { return "PartialRangeFrom<Int>" }
      if r.lowerOpen && r.lower == .min { return r.closed ? "PartialRangeThrough<Int>" : "PartialRangeUpTo<Int>" }
      return r.closed ? "ClosedRange<Int>" : "Range<Int>"
    case .function: return "function"
    case .structInstance(let s): return s.type.name
    case .type(let t): return "\(t.name).Type"
    case .box(let b): return b.value.typeName
    case .object(let o): return o.typeName
    }
  }
}
