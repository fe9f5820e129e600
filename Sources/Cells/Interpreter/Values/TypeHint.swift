/// What the lowering knows of an expression's static type.
///
/// It is used for what Swift decides from types: an integer literal in a `Double`
/// context is a `Double` (`let x: Double = 7 / 2` is 3.5), an annotated binding
/// converts, an optional wraps.
indirect enum TypeHint: Equatable {
  case unknown
  case void
  case int
  case double
  case float
  case bool
  case string
  case array(TypeHint)
  case dictionary(TypeHint, TypeHint)
  case optional(TypeHint)
  case tuple([TypeHint])
  /// `(min: Int, max: Int)`: a tuple type whose labels a returned `(lo, hi)` takes on.
  case labeledTuple([String?], [TypeHint])
  case named(String)
  case function
  /// `(Double) -> Double`: arguments passed to such a value take the parameter types.
  case functionOf([TypeHint], TypeHint)

  var isFloatingPoint: Bool { self == .double || self == .float }

  var isLabeledTuple: Bool {
    if case .labeledTuple = self { return true }
    return false
  }

  /// Whether a value of this type holds labeled tuples (`[(weight: Int, value: Int)]`): a
  /// literal written without the labels gets them when converted.
  var holdsLabeledTuples: Bool {
    switch self {
    case .labeledTuple: true
    case .array(let e), .optional(let e): e.holdsLabeledTuples
    case .dictionary(_, let v): v.holdsLabeledTuples
    default: false
    }
  }

  /// Whether converting a value to this type can change it (`1` to `1.0` or `Optional(1)`).
  /// `[Int?]` or `[Double]`: an array whose literal's elements are converted.
  var isArrayOfWrapped: Bool {
    if case .array(let e) = self { return e.wrapsOrWidens }
    return false
  }

  var wrapsOrWidens: Bool {
    if case .optional = self { return true }
    return isFloatingPoint
  }

  /// `coerce`, answered without its general switch when there is nothing to convert:
  /// no type known, or an `Int` or `Double` already of the type.
  @inline(__always)
  func convert(_ value: Value, _ loc: SourceLoc) throws -> Value {
    switch self {
    case .unknown: return value
    case .int: if case .int = value { return value }
    case .double: if case .double = value { return value }
    default: break
    }
    return try coerce(value, loc)
  }

  /// Converts a value to this type where Swift would have typed it so, or fails.
  func coerce(_ value: Value, _ loc: SourceLoc) throws -> Value {
    switch (self, value) {
    case (.unknown, _): return value
    case (.double, .int(let v)): return .double(Double(v))
    case (.double, .float(let v)): return .double(Double(v))
    case (.float, .int(let v)): return .float(Float(v))
    case (.float, .double(let v)): return .float(Float(v))
    case (.int, .double), (.int, .float):
      throw LocatedFailure(
        kind: .runtime,
        message: "cannot convert value of type '\(value.typeName)' to 'Int'; use Int(...) to truncate",
        loc: loc)
    case (.array, .object(let o)) where o is ArraySliceObject:
      // Swift does not take an `ArraySlice` for an array: `Array(slice)` makes one.
      throw mismatch(value, loc)
    case (.string, .object(let o as SubstringObject)):
      // Swift asks for `String(sub)`; a cell takes the text (as it did before substrings).
      return .string(o.text)
    case (.named("ArraySlice"), .array(let a)):
      // An array literal where a slice is expected is a slice from 0.
      return .object(ArraySliceObject(a, 0..<a.count))
    case (.array(let e), .array(let a)) where e != .unknown:
      return .array(try a.map { try e.coerce($0, loc) })
    case (.dictionary(_, let valueType), .dictionary(var d))
    where valueType.wrapsOrWidens || valueType.isLabeledTuple || valueType.isArrayOfWrapped:
      // `let d: [String: Int?] = ["a": 1]` holds `Optional(1)`, `[String: Double]` a Double,
      // `[String: [Int?]]` arrays of optionals.
      d.values = try d.values.map { try valueType.coerce($0, loc) }
      return .dictionary(d)
    case (.labeledTuple(let labels, let types), .tuple(let t)) where t.elements.count == labels.count:
      var elements: [Value] = []
      for (type, e) in zip(types, t.elements) { elements.append(try type.coerce(e, loc)) }
      return .tuple(TupleValue(elements: elements, labels: labels))
    case (.optional, .none): return .none
    case (.optional(let inner), .some(let v)): return .some(try inner.coerce(v, loc))
    case (.optional(let inner), _): return .some(try inner.coerce(value, loc))
    case (.string, .int), (.string, .double), (.string, .bool):
      throw LocatedFailure(
        kind: .runtime,
        message: "cannot convert value of type '\(value.typeName)' to 'String'; use String(...) or \"\\(...)\"",
        loc: loc)
    case (.int, .string), (.int, .bool), (.double, .string), (.double, .bool), (.float, .string), (.float, .bool),
      (.bool, .int), (.bool, .double), (.bool, .float), (.bool, .string):
      throw mismatch(value, loc)
    case (.named(let name), .int(let v)) where FixedInt.names.contains(name):
      do { return .object(try FixedInt.make(FixedInt.Kind(rawValue: name)!, Int128(v), "integer literal")) } catch {
        throw LocatedFailure(kind: .runtime, message: error.message, loc: loc)
      }
    case (.named("Set"), .array(let elements)):
      do { return .object(try SetObject(elements: elements)) } catch {
        throw LocatedFailure(kind: .runtime, message: error.message, loc: loc)
      }
    case (.named(let name), .structInstance(let instance)) where !instance.type.isSubtype(of: name):
      throw mismatch(value, loc)
    default: return value
    }
  }

  /// A value whose type was only known when the cell ran, bound to an annotated name.
  private func mismatch(_ value: Value, _ loc: SourceLoc) -> LocatedFailure {
    LocatedFailure(
      kind: .runtime, message: "cannot convert value of type '\(value.typeName)' to specified type '\(name)'", loc: loc)
  }

  /// The type as Swift spells it.
  var name: String {
    switch self {
    case .unknown: "Any"
    case .void: "()"
    case .int: "Int"
    case .double: "Double"
    case .float: "Float"
    case .bool: "Bool"
    case .string: "String"
    case .array(let element): "[\(element.name)]"
    case .dictionary(let key, let value): "[\(key.name): \(value.name)]"
    case .optional(let wrapped): wrapped.name + "?"
    case .tuple(let types): "(" + types.map(\.name).joined(separator: ", ") + ")"
    case .labeledTuple(let labels, let types):
      "(" + zip(labels, types).map { ($0.map { $0 + ": " } ?? "") + $1.name }.joined(separator: ", ") + ")"
    case .named(let name): name
    case .function: "function"
    case .functionOf(let parameters, let result):
      "(" + parameters.map(\.name).joined(separator: ", ") + ") -> " + result.name
    }
  }
}
