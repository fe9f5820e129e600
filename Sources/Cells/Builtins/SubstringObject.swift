/// Swift's `Substring`: what `s.dropFirst(7)`, `s.prefix(5)` or `s[..<i]` give. A string index
/// is a character offset in cells; a substring keeps its base's, as in Swift, so
/// `s.dropFirst(7).startIndex` is 7 and `s[sub.startIndex]` is the substring's first character.
///
/// Everything else a substring does is what its text does as a `String`: its methods and
/// properties, `+`, `==` and `<`, `Int(sub)`, a dictionary key, `String(sub)`.
final class SubstringObject: NativeObject, SequenceObject, SubscriptableObject {
  let text: String
  /// The offset in the base string of the first character.
  let start: Int

  init(_ text: String, start: Int) {
    self.text = text
    self.start = start
  }

  /// `s[from..<to]` (character offsets) of a string, as a substring.
  convenience init(of s: String, _ from: Int, _ to: Int) {
    let lower = s.index(s.startIndex, offsetBy: from)
    self.init(String(s[lower..<s.index(lower, offsetBy: to - from)]), start: from)
  }

  /// `s.split(...)`'s pieces as substrings of `s`, each with its offset, counted on from the
  /// previous piece's (once over the string, not once per piece).
  static func pieces(_ parts: [Substring], of s: String) -> [Value] {
    var offset = 0
    var index = s.startIndex
    var out: [Value] = []
    out.reserveCapacity(parts.count)
    for part in parts {
      offset += s.distance(from: index, to: part.startIndex)
      index = part.startIndex
      out.append(.object(SubstringObject(String(part), start: offset)))
    }
    return out
  }

  override var typeName: String { "Substring" }
  override var typeHierarchy: [String] { ["Substring"] }
  override func describe() -> String { text }

  func elements() throws(RuntimeFailure) -> [Value] { text.map { .string(String($0)) } }

  override func member(_ name: String) -> Value? {
    switch name {
    case "startIndex": return .int(start)
    case "endIndex": return .int(start + text.count)
    case "indices": return .range(RangeValue(lower: start, upper: start + text.count, closed: false))
    default: return nil
    }
  }

  func subscriptGet(_ index: Value) throws(RuntimeFailure) -> Value {
    let end = start + text.count
    switch index {
    case .int(let k):
      guard k >= start && k < end else {
        throw RuntimeFailure("Substring index \(k) is out of bounds \(start)..<\(end)")
      }
      return .string(String(text[text.index(text.startIndex, offsetBy: k - start)]))
    case .range(let r):
      let lower = r.lowerOpen ? start : r.lower
      let upper = r.upper == Int.max ? end : (r.closed ? r.upper + 1 : r.upper)
      guard lower >= start, upper <= end, lower <= upper else {
        throw RuntimeFailure("Substring index is out of bounds")
      }
      let piece = SubstringObject(of: text, lower - start, upper - start)
      return .object(SubstringObject(piece.text, start: lower))
    default:
      throw RuntimeFailure("cannot subscript a value of type 'Substring' with an index of type '\(index.typeName)'")
    }
  }

  /// The methods whose `Int` arguments and results are positions (`index(after:)`, `firstIndex(of:)`).
  private static let positionMethods: Set<String> = ["index", "firstIndex", "lastIndex"]

  /// A method of strings on the substring's text; positions are the base's, and a piece of
  /// the text (`sub.dropFirst()`) is a substring of the base.
  func call(_ method: BuiltinMethod, _ args: [Value], _ rt: Runtime) throws -> Value {
    var arguments = args
    let positions = SubstringObject.positionMethods.contains(method.name)
    if positions {
      // Every `Int` argument but `offsetBy:`'s distance (`index(i, offsetBy: n, limitedBy: j)`).
      for k in arguments.indices where !(method.name == "index" && k == 1) {
        if case .int(let i) = arguments[k] { arguments[k] = .int(i - start) }
      }
    }
    var v = Value.string(text)
    return shifted(try method.body(rt, &v, arguments), positions: positions)
  }

  /// A result made from the text, in the base's positions.
  private func shifted(_ result: Value, positions: Bool) -> Value {
    switch result {
    case .object(let piece as SubstringObject): return .object(SubstringObject(piece.text, start: piece.start + start))
    case .int(let i) where positions: return .int(i + start)
    case .some(.int(let i)) where positions: return .some(.int(i + start))
    default: return result
    }
  }

  /// A mutating method of strings on a substring variable (`sub.removeFirst()`): the text
  /// changes, and the start moves past what was removed from the front.
  static func mutate(_ method: BuiltinMethod, _ v: inout Value, _ args: [Value], _ rt: Runtime) throws -> Value {
    guard case .object(let s as SubstringObject) = v else { return try method.body(rt, &v, args) }
    var text = Value.string(s.text)
    defer {
      if case .string(let changed) = text {
        let removedFront = method.name == "removeFirst" ? s.text.count - changed.count : 0
        v = .object(SubstringObject(changed, start: s.start + removedFront))
      } else {
        v = text
      }
    }
    return try method.body(rt, &text, args)
  }
}

/// What slices (`ArraySlice`, `Substring`) share: they are their elements, or their text,
/// wherever positions do not matter.
enum Slices {
  static func isSlice(_ v: Value) -> Bool {
    guard case .object(let o) = v else { return false }
    return isSlice(o)
  }

  /// Compared by class, not cast: asked of every tensor a library function reads.
  @inline(__always)
  static func isSlice(_ o: NativeObject) -> Bool {
    let kind = ObjectIdentifier(type(of: o))
    return kind == ObjectIdentifier(ArraySliceObject.self) || kind == ObjectIdentifier(SubstringObject.self)
  }

  /// A slice's elements as an array, a substring's text as a string; other values as they are.
  static func plain(_ v: Value) -> Value {
    guard case .object(let o) = v else { return v }
    if let s = o as? ArraySliceObject { return .array(s.array) }
    if let s = o as? SubstringObject { return .string(s.text) }
    return v
  }

  /// `slice + [x]`, `"a" + sub`, `sub < "m"`: the operator on the plain values; nil when
  /// neither side is a slice.
  static func apply(_ op: BinaryOperator, _ a: Value, _ b: Value) throws(RuntimeFailure) -> Value? {
    guard isSlice(a) || isSlice(b) else { return nil }
    return try Arithmetic.apply(op, plain(a), plain(b))
  }

  /// A built-in method's arguments with each substring as its text: the methods of Swift's
  /// values take a `String` (`s.contains(w)`, `s.hasPrefix(w)`) and read it as one.
  @inline(__always)
  static func textArguments(_ args: inout [Value]) {
    for k in args.indices {
      if case .object(let o as SubstringObject) = args[k] { args[k] = .string(o.text) }
    }
  }

  /// A built-in mutating method on a slice or substring variable.
  static func mutate(_ method: BuiltinMethod, _ v: inout Value, _ args: [Value], _ rt: Runtime) throws -> Value {
    if case .object(let o) = v, o is SubstringObject { return try SubstringObject.mutate(method, &v, args, rt) }
    return try ArraySliceObject.mutate(method, &v, args, rt)
  }
}
