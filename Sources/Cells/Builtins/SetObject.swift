/// A `Set`: unique elements, kept in insertion order so a lesson's output is the same
/// on every run (Swift leaves a set's order unspecified).
final class SetObject: NativeObject, SequenceObject {
  var storage: DictionaryValue

  init(_ storage: DictionaryValue = DictionaryValue()) { self.storage = storage }

  /// The set of a sequence's elements; duplicates count once, as in Swift.
  convenience init(elements: [Value]) throws(RuntimeFailure) {
    self.init()
    for e in elements { try storage.set(e, .bool(true)) }
  }

  override var typeName: String {
    storage.keys.first.map { "Set<\($0.typeName)>" } ?? "Set"
  }

  override func describe() -> String {
    "[" + storage.keys.map(\.debugDescription).joined(separator: ", ") + "]"
  }

  func elements() throws(RuntimeFailure) -> [Value] { storage.keys }

  override func member(_ name: String) -> Value? {
    switch name {
    case "count": return .int(storage.count)
    case "isEmpty": return .bool(storage.count == 0)
    case "first": return storage.keys.first.map { .some($0) } ?? Value.none
    default: return nil
    }
  }

  func contains(_ v: Value) -> Bool { storage[v] != nil }

  func equals(_ other: SetObject) -> Bool {
    storage.count == other.storage.count && storage.keys.allSatisfy(other.contains)
  }

  /// The elements of a set or of any sequence (`union([1, 2])`).
  static func elements(of v: Value) throws(RuntimeFailure) -> [Value] {
    if case .object(let s as SetObject) = v { return s.storage.keys }
    return try Sequences.elements(of: v)
  }

  static let methodNames: Set<String> = [
    "insert", "remove", "contains", "union", "intersection", "subtracting", "symmetricDifference",
    "formUnion", "formIntersection", "subtract", "formSymmetricDifference", "isSubset", "isSuperset",
    "isDisjoint", "isStrictSubset", "isStrictSuperset", "removeAll",
  ]
  static let mutatingNames: Set<String> = [
    "insert", "remove", "formUnion", "formIntersection", "subtract", "formSymmetricDifference", "removeAll",
  ]

  /// Runs a `Set` method on `set` (already a unique copy when the method mutates).
  static func call(_ name: String, on set: SetObject, _ args: [Value]) throws(RuntimeFailure) -> Value {
    func other() throws(RuntimeFailure) -> SetObject {
      guard let a = args.first else { throw RuntimeFailure("'\(name)' needs an argument") }
      if case .object(let s as SetObject) = a { return s }
      return try SetObject(elements: try elements(of: a))
    }
    switch (name, args.count) {
    case ("insert", 1):
      let inserted = !set.contains(args[0])
      if inserted { try set.storage.set(args[0], .bool(true)) }
      return .tuple(TupleValue(elements: [.bool(inserted), args[0]], labels: ["inserted", "memberAfterInsert"]))
    case ("remove", 1):
      guard set.contains(args[0]) else { return .none }
      try set.storage.set(args[0], nil)
      return .some(args[0])
    case ("removeAll", 0), ("removeAll", 1):
      set.storage = DictionaryValue()
      return .void
    case ("contains", 1): return .bool(set.contains(args[0]))
    case ("union", 1):
      let result = SetObject(set.storage)
      for e in try other().storage.keys { try result.storage.set(e, .bool(true)) }
      return .object(result)
    case ("formUnion", 1):
      for e in try other().storage.keys { try set.storage.set(e, .bool(true)) }
      return .void
    case ("intersection", 1):
      let o = try other()
      return .object(try SetObject(elements: set.storage.keys.filter(o.contains)))
    case ("formIntersection", 1):
      let o = try other()
      set.storage = try SetObject(elements: set.storage.keys.filter(o.contains)).storage
      return .void
    case ("subtracting", 1):
      let o = try other()
      return .object(try SetObject(elements: set.storage.keys.filter { !o.contains($0) }))
    case ("subtract", 1):
      let o = try other()
      set.storage = try SetObject(elements: set.storage.keys.filter { !o.contains($0) }).storage
      return .void
    case ("symmetricDifference", 1), ("formSymmetricDifference", 1):
      let o = try other()
      let result = try SetObject(
        elements: set.storage.keys.filter { !o.contains($0) } + o.storage.keys.filter { !set.contains($0) })
      if name == "symmetricDifference" { return .object(result) }
      set.storage = result.storage
      return .void
    case ("isSubset", 1): return .bool(set.storage.keys.allSatisfy(try other().contains))
    case ("isSuperset", 1): return .bool(try other().storage.keys.allSatisfy(set.contains))
    case ("isStrictSubset", 1):
      let o = try other()
      return .bool(set.storage.keys.allSatisfy(o.contains) && o.storage.count > set.storage.count)
    case ("isStrictSuperset", 1):
      let o = try other()
      return .bool(o.storage.keys.allSatisfy(set.contains) && set.storage.count > o.storage.count)
    case ("isDisjoint", 1):
      let o = try other()
      return .bool(!set.storage.keys.contains(where: o.contains))
    default:
      throw RuntimeFailure("value of type 'Set' has no method '\(name)' taking \(args.count) argument(s)")
    }
  }
}

/// A method called on a value that may be a `Set`; any other receiver takes the built-in
/// method of the same name (`contains` on an array).
final class SetMethodCallExpr: Expr {
  let base: Expr
  let name: String
  let arguments: [Expr]
  let fallback: Expr?
  init(base: Expr, name: String, arguments: [Expr], fallback: Expr?, _ loc: SourceLoc) {
    self.base = base
    self.name = name
    self.arguments = arguments
    self.fallback = fallback
    super.init(loc)
  }

  override func eval(_ rt: Runtime, _ fp: Frame) throws -> Value {
    let receiver = try base.eval(rt, fp)
    guard case .object(let set as SetObject) = receiver else {
      if let fallback { return try fallback.eval(rt, fp) }
      throw LocatedFailure(
        kind: .runtime, message: "value of type '\(receiver.typeName)' has no member '\(name)'", loc: loc)
    }
    var args: [Value] = []
    for a in arguments { args.append(try a.eval(rt, fp)) }
    do {
      guard SetObject.mutatingNames.contains(name) else { return try SetObject.call(name, on: set, args) }
      guard let target = base as? LValue else {
        throw RuntimeFailure("cannot use mutating member '\(name)' on immutable value")
      }
      var result = Value.void
      try target.modify(rt, fp) { v in
        guard case .object(var s as SetObject) = v else { return }
        v = .void
        // Copy on write: a set another variable shares is copied before it changes.
        if !isKnownUniquelyReferenced(&s) { s = SetObject(s.storage) }
        defer { v = .object(s) }
        result = try SetObject.call(name, on: s, args)
      }
      return result
    } catch let failure as RuntimeFailure {
      throw rt.located(failure, loc)
    }
  }
}
