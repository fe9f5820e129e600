/// Something a cell can call: a `func`, a closure, or a built-in passed as a value (`+`, `sqrt`).
class Callable {
  var name: String { "function" }
  /// Calls with already evaluated arguments, in parameter order (labels already matched).
  func call(_ rt: Runtime, _ args: [Value], at loc: SourceLoc) throws -> Value {
    fatalError("abstract")
  }
  /// `call` with one argument, without building an array (`map`, `forEach`, `filter`).
  func call(_ rt: Runtime, _ a: Value, at loc: SourceLoc) throws -> Value {
    try call(rt, [a], at: loc)
  }
  /// `call` with two arguments, without building an array (`reduce`, `sorted(by:)`).
  func call(_ rt: Runtime, _ a: Value, _ b: Value, at loc: SourceLoc) throws -> Value {
    try call(rt, [a, b], at: loc)
  }
  var parameterCount: Int? { nil }
}

/// One parameter of a cell-defined function, resolved to its frame slot.
struct ParameterInfo {
  /// The argument label callers write (`nil` for `_`).
  var label: String?
  var name: String
  var slot: Int
  var isInout: Bool
  /// Captured by a closure inside the function, so kept in a `Box`.
  var isBoxed: Bool
  var defaultValue: Expr?
  var type: TypeHint
  /// `@autoclosure`: callers pass an expression, lowered as a closure the body calls.
  var isAutoclosure = false
}

/// The compiled code of a `func` or closure; shared by every closure instance made from it.
final class FunctionCode {
  let name: String
  var parameters: [ParameterInfo] = [] {
    didSet {
      parameterSlots = parameters.map(\.slot)
      boxesParameters = parameters.contains { $0.isBoxed }
    }
  }
  /// The protocols each generic parameter's type must conform to (`T: Comparable`, `where
  /// T: Equatable`), which choose between overloads that differ only in them; empty when
  /// there are none. Kept out of `ParameterInfo`, which calls read: a set there made every
  /// call of a closure value 5 instructions longer.
  var parameterRequirements: [Set<String>] = []
  /// The requirements of parameter `i`.
  func requirements(of i: Int) -> Set<String> {
    i < parameterRequirements.count ? parameterRequirements[i] : []
  }
  /// Each parameter's frame slot, in parameter order: what a call reads to bind its
  /// arguments, instead of copying each `ParameterInfo` (its strings, default and type)
  /// out of `parameters`, which cost retains and releases at every call.
  private(set) var parameterSlots: [Int] = []
  /// Whether a closure inside the function captures one of its parameters (kept in a `Box`).
  private(set) var boxesParameters = false
  var frameSize: Int = 0
  var body: [Stmt] = [] {
    didSet { bodyList = StmtList(body) }
  }
  /// `body`, which holds its statements, as a list run without retains.
  private(set) var bodyList = StmtList([])
  /// Frame slots that receive the captured boxes, in `captures` order.
  var captureSlots: [Int] = []
  var returnType: TypeHint = .unknown
  /// A single-expression closure or function returns its expression's value.
  var implicitReturn: Expr? {
    didSet { implicitReturnUnretained = implicitReturn.map { .passUnretained($0) } }
  }
  /// `implicitReturn`, which holds it, without a retain at every call.
  private(set) var implicitReturnUnretained: Unmanaged<Expr>?
  /// Converts arguments to the parameter types on entry (closures with typed parameters).
  var coercesArguments = false
  /// The variadic parameter (`_ xs: Int...`, an array in the body), if any: a call packs its
  /// arguments into one array.
  var variadicIndex: Int?
  let loc: SourceLoc

  init(name: String, loc: SourceLoc) {
    self.name = name
    self.loc = loc
  }

  /// `f(x:y:)`, for messages.
  var fullName: String {
    name + "(" + parameters.map { ($0.label ?? "_") + ":" }.joined() + ")"
  }
}

/// A `func` or closure value: code plus the variables it captured.
final class UserFunction: Callable {
  let code: FunctionCode
  let captures: [Box]

  init(code: FunctionCode, captures: [Box]) {
    self.code = code
    self.captures = captures
  }

  override var name: String { code.name }
  override var parameterCount: Int? { code.parameters.count }

  override func call(_ rt: Runtime, _ args: [Value], at loc: SourceLoc) throws -> Value {
    guard args.count == code.parameters.count else {
      throw rt.located(
        RuntimeFailure(
          "\(code.name) expects \(code.parameters.count) argument(s), got \(args.count)"), loc)
    }
    let fp = try rt.pushFrame(code.frameSize, at: loc)
    for i in args.indices { try bind(args[i], parameter: i, fp, rt, at: loc) }
    return try rt.invoke(self, fp, at: loc)
  }

  override func call(_ rt: Runtime, _ a: Value, at loc: SourceLoc) throws -> Value {
    guard code.parameterSlots.count == 1 else { return try call(rt, [a], at: loc) }
    let fp = try rt.pushFrame(code.frameSize, at: loc)
    try bind(a, parameter: 0, fp, rt, at: loc)
    return try rt.invoke(self, fp, at: loc)
  }

  override func call(_ rt: Runtime, _ a: Value, _ b: Value, at loc: SourceLoc) throws -> Value {
    guard code.parameterSlots.count == 2 else { return try call(rt, [a, b], at: loc) }
    let fp = try rt.pushFrame(code.frameSize, at: loc)
    try bind(a, parameter: 0, fp, rt, at: loc)
    try bind(b, parameter: 1, fp, rt, at: loc)
    return try rt.invoke(self, fp, at: loc)
  }

  /// Puts argument `i` in its slot (boxed when a closure captures the parameter); pops
  /// the frame when the argument does not convert to the parameter's type.
  @inline(__always)
  private func bind(_ v: Value, parameter i: Int, _ fp: Frame, _ rt: Runtime, at loc: SourceLoc) throws {
    let code = self.code
    if code.coercesArguments {
      let converted: Value
      do { converted = try code.parameters[i].type.convert(v, loc) } catch {
        rt.popFrame(fp, code.frameSize)
        throw error
      }
      fp[code.parameterSlots[i]] = code.boxesParameters && code.parameters[i].isBoxed ? .box(Box(converted)) : converted
      return
    }
    // The common case reads only the slot, not the parameter's whole record; the new
    // frame's slot holds `.void`, so it is initialized, not assigned (no destroy).
    (fp + code.parameterSlots[i]).initialize(
      to: code.boxesParameters && code.parameters[i].isBoxed ? .box(Box(v)) : v)
  }
}

/// A built-in function used as a value: `reduce(0, +)`, `map(sqrt)`.
final class NativeFunction: Callable {
  let functionName: String
  let arity: Int?
  let body: (Runtime, [Value]) throws -> Value

  init(_ name: String, arity: Int?, _ body: @escaping (Runtime, [Value]) throws -> Value) {
    self.functionName = name
    self.arity = arity
    self.body = body
  }

  override var name: String { functionName }
  override var parameterCount: Int? { arity }

  override func call(_ rt: Runtime, _ args: [Value], at loc: SourceLoc) throws -> Value {
    do {
      return try body(rt, args)
    } catch let failure as RuntimeFailure {
      throw rt.located(failure, loc)
    }
  }
}

/// A `struct` declared in a cell.
final class StructType {
  let name: String
  var fieldNames: [String] = []
  var fieldTypes: [TypeHint] = []
  var fieldDefaults: [Expr?] = []
  var fieldIsLet: [Bool] = []
  var fieldIndex: [String: Int] = [:]
  /// Methods by full name (`scaled(by:)`), with `self` in slot 0.
  var methods: [String: FunctionCode] = [:]
  var mutatingMethods: Set<String> = []
  /// Computed properties by name: getter code with `self` in slot 0.
  var computed: [String: FunctionCode] = [:]
  /// `lazy var name = initial`: the code of `initial` (run with `self`, at the first read),
  /// its value kept in the stored property `lazyStorageName(name)`, nil until then.
  var lazyInitializers: [String: FunctionCode] = [:]
  /// `struct Stack<Element>`: the generic parameters' names, and each stored property's type
  /// as written (`[Element]`), from which printing reads the arguments (`Stack<Int>`).
  var genericParameters: [String] = []
  var fieldTypeTexts: [String] = []
  /// The types a nested type is declared in, as Swift prefixes its printed name (`Library.`).
  var enclosingNames = ""
  /// The stored property behind a `lazy var`, named as Swift names it (and prints it).
  static func lazyStorageName(_ name: String) -> String { "$__lazy_storage_$_" + name }
  /// Explicit initializers by full name (`init(x:y:)`); empty means memberwise.
  var initializers: [String: FunctionCode] = [:]
  var staticValues: [String: Value] = [:]
  var staticNames: Set<String> = []
  var computedNames: Set<String> = []
  var fieldHasDefault: [Bool] = []
  var declaredInCell = 0
  /// Swift's `ObjectIdentifier` (StandardPrelude): hashed and compared by the identity of the
  /// instance it holds, never by that instance's own `hash(into:)` (which may hash it).
  var hashesByIdentity = false
  /// A `class`: instances share their fields (`ref`), and methods are found on the
  /// instance's own type when the cell runs, so overrides are dispatched as in Swift.
  var isClass = false
  var superclass: StructType?
  /// What `self` is inside the methods: the type itself, or a built-in type that an
  /// `extension Int` adds members to.
  var selfHint: TypeHint
  /// Protocols named in the declaration and its extensions.
  var conformances: Set<String> = []
  /// Whether the declaration itself (not an extension) has an `init`: only then is the
  /// memberwise initializer gone, as in Swift.
  var declaresInitializer = false
  /// `static func`s by full name: called on the type, no `self`.
  var staticMethods: [String: FunctionCode] = [:]
  var hasDeinit = false
  /// `init?` initializers by their key in `initializers`: they make an optional, nil after
  /// `return nil`.
  var failableInitializers: Set<String> = []
  /// Whether `code`, one of the type's initializers, is an `init?`.
  func isFailable(_ code: FunctionCode) -> Bool {
    failableInitializers.contains { initializers[$0] === code }
  }
  /// The initializers in the order lookups try them: by full name, an overload by parameter
  /// type (`init(_ val: Int)` beside `init?(_ array: [Int])`) after the first declared.
  var orderedInitializers: [FunctionCode] {
    initializers.sorted { ($0.value.fullName, $0.key) < ($1.value.fullName, $1.key) }.map(\.value)
  }
  /// Computed properties' setters and stored properties' `willSet`/`didSet`, by name; each
  /// has `self` in slot 0 and the new (or, for `didSet`, old) value as its parameter.
  var setters: [String: FunctionCode] = [:]
  var willSetObservers: [String: FunctionCode] = [:]
  var didSetObservers: [String: FunctionCode] = [:]
  /// An `enum`: instances hold their case's name, its associated values and raw value.
  var isEnum = false
  var caseNames: [String] = []
  /// Each case's associated-value labels (empty for a case without associated values).
  var caseLabels: [String: [String?]] = [:]
  var rawValues: [String: Value] = [:]
  var caseTypes: [String: [TypeHint]] = [:]
  /// A protocol's required method names.
  var requiredMethods: Set<String> = []
  /// `static func ==` and `<` declared in the type: what `==`, sets and `sorted()` use.
  var operatorMethods: [String: FunctionCode] = [:]
  /// Static properties declared by this type itself (`staticNames` has inherited ones too).
  var staticNamesDeclared: Set<String> = []
  /// A class's `deinit`, run when the last reference to an instance goes away.
  var deinitializer: FunctionCode?

  init(name: String, selfHint: TypeHint? = nil) {
    self.name = name
    self.selfHint = selfHint ?? .named(name)
  }

  /// A stored property's initial value; a subclass's inherited properties take their
  /// superclass's, which is lowered after the subclass copied its fields.
  func defaultValue(_ k: Int) -> Expr? {
    if let d = fieldDefaults[k] { return d }
    if let parent = superclass, k < parent.fieldDefaults.count { return parent.defaultValue(k) }
    return nil
  }

  /// A new instance from its fields: a value for a struct, a shared reference for a class.
  func instance(_ fields: [Value]) -> Value {
    .structInstance(
      StructInstance(InstanceStorage(type: self, fields: fields, isClass: isClass, runsDeinit: hasDeinit)))
  }

  /// Whether a value of this type may be used where `name` is expected: the type, a
  /// superclass, or a protocol it conforms to.
  func isSubtype(of name: String) -> Bool {
    firstInChain { $0.name == name || $0.conformances.contains(name) } != nil
  }

  /// This type or its nearest superclass that satisfies `test`.
  func firstInChain(where test: (StructType) -> Bool) -> StructType? {
    var t: StructType? = self
    while let c = t {
      if test(c) { return c }
      t = c.superclass
    }
    return nil
  }
}

/// A struct, enum or class instance: one reference to its storage, so copying a `Value`
/// that holds one costs one retain (it was three: the type, the fields and a class's
/// storage). A class instance shares the storage (its identity); a struct's storage is
/// copied before a write when another value still refers to it (copy-on-write), so
/// `var b = a; b.x = 1` leaves `a` alone.
struct StructInstance {
  var storage: InstanceStorage

  @inline(__always)
  init(_ storage: InstanceStorage) { self.storage = storage }

  /// A struct instance from its fields, or a class instance sharing `ref`.
  init(type: StructType, fields: [Value], ref: ClassStorage? = nil) {
    storage = ref ?? InstanceStorage(type: type, fields: fields, isClass: false, runsDeinit: false)
  }

  @inline(__always)
  var type: StructType { storage.type }

  /// Whether this is a class instance (its fields shared by every copy of the reference).
  @inline(__always)
  var isClass: Bool { storage.isClass }

  /// A class instance's storage, shared by every copy of the reference; nil for a struct.
  @inline(__always)
  var ref: InstanceStorage? { storage.isClass ? storage : nil }

  /// A struct's fields, changed in place when no other value shares the storage. For a
  /// class instance this is empty and writes are ignored (its fields are `ref.fields`),
  /// as when a class instance kept its fields only in its `ref`.
  var fields: [Value] {
    @inline(__always) get { storage.isClass ? [] : storage.fields }
    _modify {
      if storage.isClass {
        var ignored: [Value] = []
        yield &ignored
        return
      }
      makeUnique()
      yield &storage.fields
    }
  }

  /// Gives this value its own storage when another value shares it (before a write).
  @inline(__always)
  mutating func makeUnique() {
    if !isKnownUniquelyReferenced(&storage) {
      let copy = InstanceStorage(type: storage.type, fields: storage.fields, isClass: false, runsDeinit: false)
      copy.typeArguments = storage.typeArguments
      storage = copy
    }
  }

  /// Field `k` of a struct or a class instance, read in place.
  @inline(__always)
  func field(_ k: Int) -> Value { storage.fields[k] }
}

/// The old name of a class instance's storage, kept for code written against it.
typealias ClassStorage = InstanceStorage

/// The type and fields of one instance. For a class, one object whatever number of
/// variables refer to it.
final class InstanceStorage {
  let type: StructType
  var fields: [Value]
  let isClass: Bool
  /// Whether the class's `deinit` runs when the last reference goes away.
  let runsDeinit: Bool
  /// A generic type's arguments as written where it was made (`Stack<Int>()`), which its
  /// printed name shows even when no stored value tells them (an empty stack).
  var typeArguments: [String]?

  init(type: StructType, fields: [Value], isClass: Bool, runsDeinit: Bool) {
    self.type = type
    self.fields = fields
    self.isClass = isClass
    self.runsDeinit = runsDeinit
  }

  deinit {
    guard runsDeinit, let rt = Runtime.current else { return }
    // The instance is going away: `deinit` sees a copy of its fields. A subclass's own
    // `deinit` runs first, then each superclass's, as in Swift.
    let copy = InstanceStorage(type: type, fields: fields, isClass: true, runsDeinit: false)
    var declaring: StructType? = type
    while let current = declaring {
      if let code = current.deinitializer {
        _ = try? rt.callMethod(code, self: .structInstance(StructInstance(copy)), [], at: code.loc)
      }
      declaring = current.superclass
    }
  }
}

/// A type used as a value: `Double.pi`, `Int(x)`, `Point(x: 1, y: 2)`.
enum TypeRef {
  case builtin(String)
  case structType(StructType)

  var name: String {
    switch self {
    case .builtin(let n): return n
    case .structType(let s): return s.name
    }
  }
}
