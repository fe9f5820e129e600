/// A built-in function, static function or initializer: its description and its body.
struct LibraryFunction {
  let signature: Signature
  /// A trailing closure whose expression statements are collected into an array
  /// (as a result builder would): `Sequential { Linear(2, 3); ReLU() }`.
  let builderClosure: Bool
  /// What the lowering knows of the result's type (for literal typing downstream).
  let result: TypeHint
  let body: (inout Arguments) throws -> Value

  var name: String { signature.name }
  var labels: [String?] { signature.labels }

  func defaultValue(at index: Int) -> Value? { signature.parameters[index].defaultValue }

  /// Calls with every parameter's value, in parameter order.
  func invoke(_ rt: Runtime, _ values: [Value]) throws -> Value {
    var arguments = Arguments(signature: signature, values: values, runtime: rt)
    return try body(&arguments)
  }

  /// Calls with the leading arguments only; the rest take their defaults.
  func invoke(_ rt: Runtime, leading values: [Value]) throws -> Value {
    var full = values
    for k in values.count..<signature.parameters.count { full.append(defaultValue(at: k) ?? .none) }
    return try invoke(rt, full)
  }
}

/// A built-in method of a library type (or of every type below it in the hierarchy).
struct LibraryMethod {
  /// `name` is the method's base name; the signature shows as `Module.freeze(upTo:)`.
  let signature: Signature
  let type: String
  /// `self` is passed `inout`, so a method may change the receiver (`model.freeze()`).
  let mutating: Bool
  let body: (inout Value, inout Arguments) throws -> Value

  var name: String { signature.name }
  var labels: [String?] { signature.labels }
}

/// A read-only (or assignable) property of a library type.
struct LibraryProperty {
  let name: String
  let type: String
  let valueType: ValueType
  let help: String
  let get: (Value) throws -> Value
}

/// The registry through which the numeric, learning and figure libraries expose
/// their types, functions, methods and properties to cells.
///
/// Each domain registers itself from its `Registration/` folder (see
/// `Library+Modules.swift`) with typed descriptions:
///
/// ```swift
/// function(
///   Signature("Dropout", [.labeled("p", .double, default: .double(0.5))], .object("Dropout"),
///             help: "Zeroes each input with probability p while training, scaling the rest by 1/(1-p)")
/// ) { a in .object(Dropout(p: try a.double(0))) }
/// ```
///
/// The lowering looks functions up once, when a cell is lowered; methods and
/// properties of library objects are found when the cell runs, by walking the
/// object's `typeHierarchy` (`Linear`, then `Module`).
final class Library {
  nonisolated(unsafe) static let shared: Library = {
    let library = Library()
    library.registerModules()
    return library
  }()

  /// Global functions and static functions by name (`relu`, `Tensor.zeros`, `Linear.init`, `.l2`).
  private(set) var functions: [String: [LibraryFunction]] = [:]
  /// Methods by type name, then method base name.
  private(set) var methods: [String: [String: [LibraryMethod]]] = [:]
  private(set) var properties: [String: [String: LibraryProperty]] = [:]
  private(set) var implicitMembers: [String: Value] = [:]
  private(set) var typeNames: Set<String> = []
  /// One line of help per type, for `nnbook ops`.
  private(set) var typeHelp: [String: String] = [:]
  private(set) var methodNames: Set<String> = []

  /// `+ - * / == < ...` where one side is a library object. Returns nil when it does not apply.
  var binaryOperator: ((BinaryOperator, Value, Value) throws -> Value?)?
  /// Unary minus on a library object.
  var negate: ((Value) throws -> Value?)?
  /// `x += y` in place, when `x` holds a library object (to avoid copying its storage).
  var compoundAssign: ((BinaryOperator, inout Value, Value) throws -> Bool)?
  /// `x op y` for a left operand nothing else holds (a temporary): writes the result
  /// into it and returns true, or leaves it unchanged and returns false.
  var intoTemporary: ((BinaryOperator, inout Value, Value) -> Bool)?
  /// `object[index] = value`; the index is a tuple for `x[i, j]`.
  var subscriptSet: ((inout Value, Value, Value) throws -> Bool)?

  // MARK: Registration

  func type(_ name: String, help: String = "") {
    typeNames.insert(name)
    if !help.isEmpty { typeHelp[name] = help }
  }

  /// Registers a function. A signature named like a registered type (`Linear`) is that
  /// type's initializer; `Type.name` is a static function.
  func function(
    _ signature: Signature, builder: Bool = false, result: TypeHint = .unknown,
    _ body: @escaping (inout Arguments) throws -> Value
  ) {
    let key = typeNames.contains(signature.name) ? signature.name + ".init" : signature.name
    functions[key, default: []].append(
      LibraryFunction(signature: signature, builderClosure: builder, result: result, body: body))
  }

  func method(
    _ type: String, _ signature: Signature, mutating: Bool = false,
    _ body: @escaping (inout Value, inout Arguments) throws -> Value
  ) {
    methods[type, default: [:]][signature.name, default: []].append(
      LibraryMethod(signature: signature, type: type, mutating: mutating, body: body))
    methodNames.insert(signature.name)
  }

  func property(
    _ type: String, _ name: String, _ valueType: ValueType, help: String, _ get: @escaping (Value) throws -> Value
  ) {
    properties[type, default: [:]][name] = LibraryProperty(
      name: name, type: type, valueType: valueType, help: help, get: get)
  }

  func implicitMember(_ name: String, _ value: Value) { implicitMembers[name] = value }

  /// The receiver of a method or property registered for `typeName`, as its Swift type.
  static func receiver<T: NativeObject>(_ v: Value, as type: T.Type, _ typeName: String) throws(RuntimeFailure) -> T {
    guard case .object(let o as T) = v else {
      throw RuntimeFailure("expected a \(typeName), got a value of type '\(v.typeName)'")
    }
    return o
  }

  // MARK: Lookup

  /// `"contains(where:)"` -> ("contains", ["where"]): a Swift function name's base and labels.
  static func parse(_ signature: String) -> (String, [String?]) {
    guard let open = signature.firstIndex(of: "(") else { return (signature, []) }
    let name = String(signature[..<open])
    let inner = signature[signature.index(after: open)..<(signature.lastIndex(of: ")") ?? signature.endIndex)]
    let labels = inner.split(separator: ":").map { $0 == "_" ? nil : String($0) }
    return (name, labels)
  }

  /// The one label matcher: matches call-site labels to a function's parameters, as
  /// Swift does (in order; a parameter with a default may be skipped; the trailing
  /// closure, at `trailing`, fills the first parameter it reaches whatever its label,
  /// skipping, as Swift's forward scan does, parameters with a default that cannot
  /// take a function). Returns the argument index for each parameter (nil where the
  /// default applies).
  static func match(
    _ labels: [String?], _ parameters: [String?], trailing: Int? = nil, hasDefault: (Int) -> Bool,
    takesFunction: (Int) -> Bool = { _ in true }
  ) -> [Int?]? {
    var mapping: [Int?] = []
    var i = 0
    for (k, p) in parameters.enumerated() {
      if i < labels.count && i == trailing && labels[i] != p && hasDefault(k) && !takesFunction(k) {
        mapping.append(nil)
      } else if i < labels.count && (labels[i] == p || i == trailing) {
        mapping.append(i)
        i += 1
      } else if hasDefault(k) {
        mapping.append(nil)
      } else {
        return nil
      }
    }
    return i == labels.count ? mapping : nil
  }

  static func match(_ labels: [String?], _ signature: Signature, trailing: Int? = nil) -> [Int?]? {
    match(
      labels, signature.labels, trailing: trailing,
      hasDefault: { signature.parameters[$0].defaultValue != nil },
      takesFunction: {
        switch signature.parameters[$0].type {
        case .function, .any, .optional(.function): return true
        default: return false
        }
      })
  }

  func function(_ name: String, labels: [String?], trailing: Int? = nil) -> (LibraryFunction, [Int?])? {
    let candidates = functions[name] ?? []
    for f in candidates {
      if let m = Library.match(labels, f.signature) { return (f, m) }
    }
    guard let trailing else { return nil }
    for f in candidates {
      if let m = Library.match(labels, f.signature, trailing: trailing) { return (f, m) }
    }
    return nil
  }

  /// The method `name` of `object`'s type or the nearest type above it that has one
  /// taking these labels.
  func method(of object: NativeObject, _ name: String, labels: [String?]) -> (LibraryMethod, [Int?])? {
    for type in object.typeHierarchy {
      for m in methods[type]?[name] ?? [] {
        if let mapping = Library.match(labels, m.signature) { return (m, mapping) }
      }
    }
    return nil
  }

  /// Every overload of `name` that `object` has, for "takes the labels ..." messages.
  func methodOverloads(of object: NativeObject, _ name: String) -> [LibraryMethod] {
    object.typeHierarchy.flatMap { methods[$0]?[name] ?? [] }
  }

  func property(of object: NativeObject, _ name: String) -> LibraryProperty? {
    for type in object.typeHierarchy {
      if let p = properties[type]?[name] { return p }
    }
    return nil
  }

  func signatures(_ name: String) -> [String] {
    (functions[name] ?? []).map(\.signature.shortName)
  }
}
