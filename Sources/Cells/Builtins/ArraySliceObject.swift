/// Swift's `ArraySlice`: what `xs[2...5]`, `xs.dropFirst()` or `xs.prefix(3)` give. It keeps
/// its base's positions, as in Swift: `xs[2...5].startIndex` is 2 and `slice[3]` is `xs[3]`.
///
/// Only those operations make one, so a plain array pays nothing for it. The elements are
/// Swift's own slice of the base array (made without copying); `start` is the position of
/// the first one, which after a change (`removeFirst()`) may differ from the storage's own.
final class ArraySliceObject: NativeObject, SequenceObject, SubscriptableObject {
  var storage: ArraySlice<Value>
  private(set) var start: Int

  init(_ storage: ArraySlice<Value>, start: Int) {
    self.storage = storage
    self.start = start
  }

  /// The slice of `a` within `range` (base positions).
  convenience init(_ a: [Value], _ range: Range<Int>) {
    self.init(a[range], start: range.lowerBound)
  }

  var end: Int { start + storage.count }
  var array: [Value] { Array(storage) }

  override var typeName: String {
    storage.first.map { "ArraySlice<\($0.typeName)>" } ?? "ArraySlice"
  }
  /// Without the element type: the library looks its members up by these names on every
  /// `slice.count`, and the element type would be a new string each time.
  override var typeHierarchy: [String] { ["ArraySlice"] }
  override func describe() -> String { Value.array(array).description }

  func elements() throws(RuntimeFailure) -> [Value] { array }

  override func member(_ name: String) -> Value? {
    switch name {
    case "startIndex": return .int(start)
    case "endIndex": return .int(end)
    case "indices": return .range(RangeValue(lower: start, upper: end, closed: false))
    case "count": return .int(storage.count)
    case "isEmpty": return .bool(storage.isEmpty)
    case "first": return Builtins.optional(storage.first)
    case "last": return Builtins.optional(storage.last)
    default: return nil
    }
  }

  /// Where base position `k` is in `storage`; nil outside the slice.
  func offset(_ k: Int) -> Int? {
    k >= start && k < end ? storage.startIndex + (k - start) : nil
  }

  func outOfBounds(_ k: Int) -> RuntimeFailure {
    RuntimeFailure("Index out of bounds: index \(k), but the slice's indices are \(start)..<\(end)")
  }

  func subscriptGet(_ index: Value) throws(RuntimeFailure) -> Value {
    switch index {
    case .int(let k):
      guard let p = offset(k) else { throw outOfBounds(k) }
      return storage[p]
    case .range(let r):
      return .object(try slice(r))
    default:
      throw RuntimeFailure("cannot subscript a value of type '\(typeName)' with an index of type '\(index.typeName)'")
    }
  }

  /// The positions `r` names in this slice (an open bound is the slice's own).
  func bounds(_ r: RangeValue) throws(RuntimeFailure) -> Range<Int> {
    let lower = r.lowerOpen ? start : r.lower
    let upper = r.upper == Int.max ? end : (r.closed ? r.upper + 1 : r.upper)
    guard lower >= start, upper <= end, lower <= upper else {
      throw RuntimeFailure(
        "Range out of bounds: \(lower)..<\(upper) is not within the slice's indices \(start)..<\(end)")
    }
    return lower..<upper
  }

  /// `slice[a..<b]`: a slice again, with the same positions.
  func slice(_ r: RangeValue) throws(RuntimeFailure) -> ArraySliceObject {
    let b = try bounds(r)
    return sub(b.lowerBound, b.upperBound)
  }

  /// The elements at base positions `from..<to`, within this slice.
  func sub(_ from: Int, _ to: Int) -> ArraySliceObject {
    let base = storage.startIndex - start
    return ArraySliceObject(storage[(from + base)..<(to + base)], start: from)
  }

  /// `xs[2...5]` on an array: the slice, with `xs`'s positions.
  static func of(_ a: [Value], _ r: RangeValue) throws(RuntimeFailure) -> Value {
    let lower = r.lowerOpen ? 0 : r.lower
    let upper = r.upper == Int.max ? a.count : r.end
    guard let upper, lower >= 0, upper <= a.count, lower <= upper else {
      throw RuntimeFailure("range \(Value.range(r).description) out of bounds for an array of \(a.count) elements")
    }
    return .object(ArraySliceObject(a, lower..<upper))
  }

  static func isSlice(_ v: Value) -> Bool {
    guard case .object(let o) = v else { return false }
    return o is ArraySliceObject
  }

  /// The slice `v` holds, taken out of `v` (so that, unless another variable holds it too,
  /// it can be changed in place); nil when `v` is not a slice.
  static func take(_ v: inout Value) -> ArraySliceObject? {
    guard case .object(let o) = v, let s = o as? ArraySliceObject else { return nil }
    v = .void
    return s
  }

  /// `slice[k] = x`, `slice[k] += 1` and `slice[a..<b] = part`, with base positions.
  static func modify(_ container: inout Value, at index: Value, _ body: (inout Value) throws -> Void) throws {
    guard var s = take(&container) else { return }
    defer { container = .object(s) }
    if !isKnownUniquelyReferenced(&s) { s = ArraySliceObject(s.storage, start: s.start) }
    switch index {
    case .int(let k):
      guard let p = s.offset(k) else { throw s.outOfBounds(k) }
      try body(&s.storage[p])
    case .range(let r):
      let b = try s.bounds(r)
      var part = Value.object(s.sub(b.lowerBound, b.upperBound))
      try body(&part)
      let replacement: [Value]
      switch part {
      case .array(let xs): replacement = xs
      case .object(let o as ArraySliceObject): replacement = o.array
      default: throw RuntimeFailure("cannot assign a value of type '\(part.typeName)' to an array slice")
      }
      let base = s.storage.startIndex - s.start
      s.storage.replaceSubrange((b.lowerBound + base)..<(b.upperBound + base), with: replacement)
    default:
      throw RuntimeFailure(
        "cannot assign through subscript of a value of type '\(s.typeName)' with '\(index.typeName)'")
    }
  }

  /// A mutating method of arrays, on a slice variable: `swapAt` in place with base positions,
  /// the others on the elements, the slice keeping its start (past what `removeFirst` removes).
  static func mutate(_ method: BuiltinMethod, _ v: inout Value, _ args: [Value], _ rt: Runtime) throws -> Value {
    guard var s = take(&v) else { return try method.body(rt, &v, args) }
    if !isKnownUniquelyReferenced(&s) { s = ArraySliceObject(s.storage, start: s.start) }
    if method.name == "swapAt", args.count == 2, case .int(let i) = args[0], case .int(let j) = args[1] {
      defer { v = .object(s) }
      guard let p = s.offset(i) else { throw s.outOfBounds(i) }
      guard let q = s.offset(j) else { throw s.outOfBounds(j) }
      s.storage.swapAt(p, q)
      return .void
    }
    var arguments = args
    // `remove(at:)` and `insert(_:at:)` name a base position.
    if method.name == "remove" || method.name == "insert", case .int(let k)? = arguments.last {
      arguments[arguments.count - 1] = .int(k - s.start)
    }
    let before = s.storage.count
    var elements = Value.array(s.array)
    s.storage = []
    defer {
      if case .array(let changed) = elements {
        // Only removing from the front moves the start (`removeFirst()`); `removeAll()` makes
        // a new, empty slice, which starts at 0.
        let removedFront = method.name == "removeFirst" ? before - changed.count : 0
        let start = method.name == "removeAll" && args.isEmpty ? 0 : s.start + removedFront
        v = .object(ArraySliceObject(changed[...], start: start))
      } else {
        v = elements
      }
    }
    return try method.body(rt, &elements, arguments)
  }

  /// A method of arrays on a slice: those that answer or take positions answer base
  /// positions, those that drop or keep a part give a slice; the others see the elements.
  func call(_ method: BuiltinMethod, labels: [String?], _ args: [Value], _ rt: Runtime) throws -> Value {
    let n = storage.count
    func length() throws -> Int { try Builtins.length(args[0], method.name + "(_:)") }
    switch (method.name, args.count) {
    case ("dropFirst", 0): return .object(sub(Swift.min(start + 1, end), end))
    case ("dropLast", 0): return .object(sub(start, Swift.max(end - 1, start)))
    case ("dropFirst", 1) where !args[0].isClosure: return .object(sub(start + Swift.min(try length(), n), end))
    case ("dropLast", 1): return .object(sub(start, end - Swift.min(try length(), n)))
    // `prefix(upTo:)`, `prefix(through:)`, `suffix(from:)` take a base position, not a length
    // (`leftSlice.suffix(from: i)` in a merge).
    case ("prefix", 1) where labels == ["upTo"] || labels == ["through"], ("suffix", 1) where labels == ["from"]:
      guard case .int(let i) = args[0] else { throw RuntimeFailure("\(method.name) needs an index") }
      let past = labels == ["through"] ? i + 1 : i
      guard i >= start, past <= end else { throw outOfBounds(i) }
      return .object(method.name == "prefix" ? sub(start, past) : sub(i, end))
    case ("prefix", 1) where !args[0].isClosure:
      return .object(sub(start, start + Swift.min(try length(), n)))
    case ("suffix", 1) where !args[0].isClosure:
      return .object(sub(end - Swift.min(try length(), n), end))
    case ("prefix", 1), ("drop", 1):
      var k = start
      while k < end, try Builtins.predicate(args[0], storage[offset(k)!], rt) { k += 1 }
      return .object(method.name == "prefix" ? sub(start, k) : sub(k, end))
    case ("split", 1):
      return .array(ArraySliceObject.split(storage, from: start) { Equality.equal($0, args[0]) })
    case ("index", 1) where labels == ["after"] || labels == ["before"]:
      guard case .int(let i) = args[0] else { throw RuntimeFailure("index(\(labels[0]!):) needs an index") }
      let j = labels == ["after"] ? i + 1 : i - 1
      guard j >= start && j <= end else {
        throw RuntimeFailure("Index out of bounds: \(j) is outside \(start)...\(end)")
      }
      return .int(j)
    case ("index", 2) where labels == [nil, "offsetBy"]:
      guard case .int(let i) = args[0], case .int(let d) = args[1] else {
        throw RuntimeFailure("index(_:offsetBy:) needs an index and a distance")
      }
      guard i + d >= start && i + d <= end else {
        throw RuntimeFailure("Index out of bounds: \(i + d) is outside \(start)...\(end)")
      }
      return .int(i + d)
    default: break
    }
    var v = Value.array(array)
    let result = try method.body(rt, &v, args)
    switch method.name {
    case "firstIndex", "lastIndex", "index":
      if case .some(.int(let k)) = result { return .some(.int(k + start)) }
    case "filter":
      if case .array(let xs) = result { return .object(ArraySliceObject(xs[...], start: 0)) }
    default: break
    }
    return result
  }

  /// `xs.split(separator: 0)`: the runs between separators, each a slice with `xs`'s
  /// positions; empty runs are left out, as Swift's default does.
  static func split(_ xs: ArraySlice<Value>, from start: Int, isSeparator: (Value) -> Bool) -> [Value] {
    var pieces: [Value] = []
    let base = start - xs.startIndex
    var runStart = xs.startIndex
    for p in xs.indices where isSeparator(xs[p]) {
      if p > runStart { pieces.append(.object(ArraySliceObject(xs[runStart..<p], start: runStart + base))) }
      runStart = p + 1
    }
    if xs.endIndex > runStart {
      pieces.append(.object(ArraySliceObject(xs[runStart..<xs.endIndex], start: runStart + base)))
    }
    return pieces
  }
}

extension Value {
  fileprivate var isClosure: Bool {
    if case .function = self { return true }
    return false
  }
}
