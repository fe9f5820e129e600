/// The registry through which the numeric, learning and figure libraries expose
/// their types, functions, methods and properties to cells.
///
/// Each library registers itself in `Library+Modules.swift`. The lowering looks
/// names up here once, when a cell is lowered; methods and properties of library
/// objects are dispatched on the object's `typeName` when the cell runs.
///
/// Signatures are written as Swift names with labels: `"zeros(_:dtype:)"`,
/// `"Tensor.zeros(_:dtype:)"` for a static function or initializer (`"Tensor.init(_:)"`),
/// `".l2(_:)"` for an implicit-member call. Parameters listed in `defaults` may be
/// omitted at the call site.
struct LibraryFunction {
  let name: String
  let labels: [String?]
  let defaults: [String: Value]
  /// A trailing closure whose expression statements are collected into an array
  /// (as a result builder would): `Sequential { Linear(2, 3); ReLU() }`.
  let builderClosure: Bool
  let result: TypeHint
  let body: (Runtime, [Value]) throws -> Value

  /// The parameter's label key in `defaults`: the label, or `_n` for the n-th unlabeled one.
  func defaultValue(at index: Int) -> Value? {
    defaults[labels[index] ?? "_\(index)"]
  }
}

struct LibraryMethod {
  let name: String
  let labels: [String?]
  let defaults: [String: Value]
  /// `self` is passed `inout`, so a method may mutate the receiver (`model.freeze()`).
  let mutating: Bool
  let body: (Runtime, inout Value, [Value]) throws -> Value
}

final class Library {
  nonisolated(unsafe) static let shared: Library = {
    let library = Library()
    library.registerModules()
    return library
  }()

  /// Global functions and static functions by base name (`relu`, `Tensor.zeros`, `.l2`).
  private(set) var functions: [String: [LibraryFunction]] = [:]
  /// Methods by type name, then method base name.
  private(set) var methods: [String: [String: [LibraryMethod]]] = [:]
  private(set) var properties: [String: [String: (Value) throws -> Value]] = [:]
  private(set) var implicitMembers: [String: Value] = [:]
  private(set) var typeNames: Set<String> = []
  private(set) var methodNames: Set<String> = []

  /// `+ - * / == < ...` where one side is a library object. Returns nil when it does not apply.
  var binaryOperator: ((BinaryOperator, Value, Value) throws -> Value?)?
  /// Unary minus on a library object.
  var negate: ((Value) throws -> Value?)?
  /// `x += y` in place, when `x` holds a library object (to avoid copying its storage).
  var compoundAssign: ((BinaryOperator, inout Value, Value) throws -> Bool)?
  /// `object[index] = value`; the index is a tuple for `x[i, j]`.
  var subscriptSet: ((inout Value, Value, Value) throws -> Bool)?

  // MARK: Registration

  func type(_ name: String) { typeNames.insert(name) }

  func function(
    _ signature: String, defaults: [String: Value] = [:], builder: Bool = false, result: TypeHint = .unknown,
    _ body: @escaping (Runtime, [Value]) throws -> Value
  ) {
    let (name, labels) = Library.parse(signature)
    functions[name, default: []].append(
      LibraryFunction(
        name: name, labels: labels, defaults: defaults, builderClosure: builder, result: result, body: body))
  }

  func method(
    _ type: String, _ signature: String, defaults: [String: Value] = [:], mutating: Bool = false,
    _ body: @escaping (Runtime, inout Value, [Value]) throws -> Value
  ) {
    let (name, labels) = Library.parse(signature)
    methods[type, default: [:]][name, default: []].append(
      LibraryMethod(name: name, labels: labels, defaults: defaults, mutating: mutating, body: body))
    methodNames.insert(name)
  }

  func property(_ type: String, _ name: String, _ body: @escaping (Value) throws -> Value) {
    properties[type, default: [:]][name] = body
  }

  func implicitMember(_ name: String, _ value: Value) { implicitMembers[name] = value }

  /// `"Tensor.zeros(_:dtype:)"` -> ("Tensor.zeros", [nil, "dtype"]).
  static func parse(_ signature: String) -> (String, [String?]) {
    guard let open = signature.firstIndex(of: "(") else { return (signature, []) }
    let name = String(signature[..<open])
    let inner = signature[signature.index(after: open)..<(signature.lastIndex(of: ")") ?? signature.endIndex)]
    let labels = inner.split(separator: ":").map { $0 == "_" ? nil : String($0) }
    return (name, labels)
  }

  // MARK: Lookup

  /// Matches call-site labels to a function's parameters; returns the argument index
  /// for each parameter (nil where the default applies).
  static func match(
    _ labels: [String?], _ parameters: [String?], trailing: Int? = nil, defaults: (Int) -> Value?
  ) -> [Int?]? {
    var mapping: [Int?] = []
    var i = 0
    for (k, p) in parameters.enumerated() {
      if i < labels.count && (labels[i] == p || i == trailing) {
        mapping.append(i)
        i += 1
      } else if defaults(k) != nil {
        mapping.append(nil)
      } else {
        return nil
      }
    }
    return i == labels.count ? mapping : nil
  }

  func function(_ name: String, labels: [String?], trailing: Int? = nil) -> (LibraryFunction, [Int?])? {
    for f in functions[name] ?? [] {
      if let m = Library.match(labels, f.labels, defaults: { f.defaultValue(at: $0) }) { return (f, m) }
    }
    guard let trailing else { return nil }
    for f in functions[name] ?? [] {
      if let m = Library.match(labels, f.labels, trailing: trailing, defaults: { f.defaultValue(at: $0) }) {
        return (f, m)
      }
    }
    return nil
  }

  func method(_ type: String, _ name: String, labels: [String?]) -> (LibraryMethod, [Int?])? {
    for m in methods[type]?[name] ?? [] {
      if let mapping = Library.match(labels, m.labels, defaults: { m.defaults[m.labels[$0] ?? "_\($0)"] }) {
        return (m, mapping)
      }
    }
    return nil
  }

  func signatures(_ name: String) -> [String] {
    (functions[name] ?? []).map { f in name + "(" + f.labels.map { ($0 ?? "_") + ":" }.joined() + ")" }
  }
}
