/// `base[index]` on arrays, dictionaries and strings; assignable.
final class SubscriptExpr: LValue {
  let base: Expr
  let index: Expr
  /// A base that is a plain variable: its array's element is read and changed in place.
  private let place: DirectPlace
  init(_ base: Expr, _ index: Expr, _ loc: SourceLoc) {
    self.base = base
    self.index = index
    self.place = DirectPlace(base)
    super.init(loc)
  }

  override func eval(_ rt: Runtime, _ fp: Frame) throws -> Value {
    if let p = place.pointer(rt, fp) {
      // Reading a variable has no effect, so the index may go first (as Swift evaluates it
      // before it begins the access).
      let i = try index.eval(rt, fp)
      if case .array(let a) = p.pointee, case .int(let k) = i, k >= 0 && k < a.count { return a[k] }
      do { return try Subscripts.get(p.pointee, i) } catch { throw rt.located(error, loc) }
    }
    let b = try base.eval(rt, fp)
    let i = try index.eval(rt, fp)
    do { return try Subscripts.get(b, i) } catch { throw rt.located(error, loc) }
  }

  override func modify(_ rt: Runtime, _ fp: Frame, _ body: (inout Value) throws -> Void) throws {
    guard let target = base as? LValue else {
      throw LocatedFailure(
        kind: .runtime, message: "cannot assign through subscript: the base is not a variable", loc: loc)
    }
    let i = try index.eval(rt, fp)
    if let p = place.pointer(rt, fp), case .array(var a) = p.pointee, case .int(let k) = i, k >= 0 && k < a.count {
      // The array moved out of the variable and back, as below, without the closures.
      p.pointee = .void
      defer { p.pointee = .array(a) }
      try body(&a[k])
      return
    }
    let loc = self.loc
    try target.modify(rt, fp) { container in
      // `if case` first: a switch over `(container, i)` holds a copy of the container while
      // its case runs, so every `a[i] = x` and `d[k] = v` copied the whole collection.
      if case .array(var a) = container, case .int(let k) = i, k >= 0 && k < a.count {
        container = .void
        defer { container = .array(a) }
        try body(&a[k])
        return
      }
      if case .dictionary(var d) = container {
        container = .void
        defer { container = .dictionary(d) }
        do {
          try d.modify(Subscripts.defaultForm(i)?.key ?? i) { stored in
            if let fallback = Subscripts.defaultForm(i)?.fallback {
              // `d[k, default: v]`: the default when absent, and always stored back.
              var v = stored ?? fallback
              stored = nil
              try body(&v)
              stored = v
            } else {
              var v = stored.map { Value.some($0) } ?? .none
              stored = nil
              try body(&v)
              switch v {
              case .none: stored = nil
              case .some(let x): stored = x
              default: stored = v
              }
            }
          }
        } catch let e as RuntimeFailure {
          throw rt.located(e, loc)
        }
        return
      }
      if ArraySliceObject.isSlice(container) {
        // `slice[k] = x` and `slice[a..<b] = part` at base positions, in place when the
        // variable alone holds the slice.
        do { try ArraySliceObject.modify(&container, at: i, body) } catch let e as RuntimeFailure {
          throw rt.located(e, loc)
        }
        return
      }
      switch (container, i) {
      case (.array(var a), .int(let k)):
        guard k >= 0 && k < a.count else {
          throw LocatedFailure(
            kind: .runtime, message: "index out of range: index \(k), but the array has \(a.count) elements",
            loc: loc)
        }
        container = .void
        defer { container = .array(a) }
        try body(&a[k])
      case (.array(var a), .range(var r)):
        // `xs[..<n] = ys[..<n]`, `xs[1...2] = [7]`: the slice is replaced, and may change length.
        var slice: Value
        do { slice = try Subscripts.get(container, i) } catch let e as RuntimeFailure { throw rt.located(e, loc) }
        if r.upper == Int.max { r = RangeValue(lower: r.lower, upper: a.count, closed: false) }
        try body(&slice)
        if case .object(let o as ArraySliceObject) = slice { slice = .array(o.array) }
        guard case .array(let replacement) = slice, let end = r.end else {
          throw LocatedFailure(
            kind: .runtime, message: "cannot assign a value of type '\(slice.typeName)' to an array slice", loc: loc)
        }
        a.replaceSubrange(r.lower..<end, with: replacement)
        container = .array(a)
      case (.dictionary(var d), .tuple(let t)) where t.labels == [nil, "default"]:
        container = .void
        defer { container = .dictionary(d) }
        var v = d[t.elements[0]] ?? t.elements[1]
        try body(&v)
        do { try d.set(t.elements[0], v) } catch let e as RuntimeFailure { throw rt.located(e, loc) }
      case (.dictionary(var d), _):
        container = .void
        defer { container = .dictionary(d) }
        var v = d[i].map { Value.some($0) } ?? .none
        try body(&v)
        let stored: Value?
        switch v {
        case .none: stored = nil
        case .some(let x): stored = x
        default: stored = v
        }
        do { try d.set(i, stored) } catch let e as RuntimeFailure { throw rt.located(e, loc) }
      case (.object, _):
        var element = try Subscripts.get(container, i)
        try body(&element)
        do {
          if let hook = Library.shared.subscriptSet, try hook(&container, i, element) { return }
        } catch let e as RuntimeFailure {
          throw rt.located(e, loc)
        }
        fallthrough
      default:
        throw LocatedFailure(
          kind: .runtime,
          message: "cannot assign through subscript of a value of type '\(container.typeName)' with '\(i.typeName)'",
          loc: loc)
      }
    }
  }
}

enum Subscripts {
  /// The key and default of an index `key, default: value` (`counts[word, default: 0] += 1`).
  static func defaultForm(_ index: Value) -> (key: Value, fallback: Value)? {
    guard case .tuple(let t) = index, t.labels == [nil, "default"] else { return nil }
    return (t.elements[0], t.elements[1])
  }

  static func get(_ b: Value, _ i: Value) throws(RuntimeFailure) -> Value {
    switch (b, i) {
    case (.array(let a), .int(let k)):
      guard k >= 0 && k < a.count else {
        throw RuntimeFailure("index out of range: index \(k), but the array has \(a.count) elements")
      }
      return a[k]
    case (.array(let a), .range(let r)):
      return try ArraySliceObject.of(a, r)
    case (.dictionary(let d), .tuple(let t)) where t.labels == [nil, "default"]:
      return d[t.elements[0]] ?? t.elements[1]
    case (.dictionary(let d), _):
      return d[i].map { .some($0) } ?? .none
    case (.string(let s), .int(let k)):
      guard k >= 0 && k < s.count else {
        throw RuntimeFailure("index out of range: index \(k), but the string has \(s.count) characters")
      }
      return .string(String(s[s.index(s.startIndex, offsetBy: k)]))
    case (.string(let s), .range(var r)):
      // `s[i..<j]`, `s[..<i]`, `s[i...]` with character offsets (String.Index in cells): a
      // substring, with the string's offsets.
      if r.upper == Int.max { r = RangeValue(lower: r.lower, upper: s.count, closed: false) }
      guard let end = r.end, r.lower >= 0 && end <= s.count else {
        throw RuntimeFailure("String index is out of bounds")
      }
      return .object(SubstringObject(of: s, r.lower, end))
    case (.object(let t as Tensor), _):
      // A class cast: the protocol cast below costs a conformance lookup on every `x[i]`.
      return try t.subscriptGet(i)
    case (.object(let s as ArraySliceObject), _):
      // Before the protocol cast below, which costs a conformance lookup on every `slice[i]`.
      return try s.subscriptGet(i)
    case (.object(let o as SubscriptableObject), _):
      return try o.subscriptGet(i)
    default:
      throw RuntimeFailure("cannot subscript a value of type '\(b.typeName)' with an index of type '\(i.typeName)'")
    }
  }
}

/// `t.0`, `t.label`, `point.x`: tuple elements and struct fields; assignable.
final class FieldExpr: LValue {
  let base: Expr
  let name: String
  /// Used when the base is not a tuple or struct (`xs.count`).
  let property: ((Value) throws(RuntimeFailure) -> Value)?
  /// The struct type this node last found the field in, and the field's index there: a
  /// node sees one type almost always, so the name is looked up (hashed) once, not per
  /// access. Nodes run on their session's thread only.
  private var cachedType: StructType?
  private var cachedIndex = -1
  /// The frame slot of a base that is a plain local (`self.x`, `p.x`): its field is read
  /// in place, without copying the whole struct out of the slot first.
  private let localSlot: Int?
  /// A base that is a plain variable, local or global.
  private let place: DirectPlace

  init(_ base: Expr, name: String, property: ((Value) throws(RuntimeFailure) -> Value)?, _ loc: SourceLoc) {
    self.base = base
    self.name = name
    self.property = property
    self.localSlot = (base as? LocalVar)?.slot
    self.place = DirectPlace(base)
    super.init(loc)
  }

  /// The index of the stored property `name` in `type`, or nil for a computed one.
  @inline(__always)
  func fieldIndex(in type: StructType) -> Int? {
    if type === cachedType { return cachedIndex }
    guard let k = type.fieldIndex[name] else { return nil }
    cachedType = type
    cachedIndex = k
    return k
  }

  /// The field of a local struct or class instance as a number, read in its storage
  /// without copying a `Value` (`x + d` in a method); nil when it is no number or the
  /// field is not the one this node has seen.
  @inline(__always)
  func numberInPlace(_ fp: Frame) -> Number? {
    // The type first: a node that never saw an instance (`xs.count`) stops at one load.
    guard let type = cachedType, let slot = localSlot, case .structInstance(let s) = fp[slot], s.type === type else {
      return nil
    }
    // Through the buffer: `fields[k]` copied the `Value` (an outlined call) to look at it.
    let k = cachedIndex
    let n = s.storage.fields.withUnsafeBufferPointer {
      $0.indices.contains(k) ? Number(at: $0.baseAddress! + k) : .other
    }
    if case .other = n { return nil }
    return n
  }

  override func evalNumber(_ rt: Runtime, _ fp: Frame) throws -> Number {
    if let n = numberInPlace(fp) { return n }
    return rt.number(try eval(rt, fp))
  }

  /// `field op= y` on a local struct or class instance's `Int` or `Double` field, computed
  /// in the storage: a struct's is made unique first (moved out of its slot, so a `self`
  /// held once is not copied). False, with nothing changed, for anything else.
  func updateNumberInPlace(_ fp: Frame, _ op: BinaryOperator, _ y: Number) throws(RuntimeFailure) -> Bool {
    guard let slot = localSlot, case .structInstance(var s) = fp[slot], s.type === cachedType else { return false }
    let k = cachedIndex
    let x = s.storage.fields.withUnsafeBufferPointer {
      $0.indices.contains(k) ? Number(at: $0.baseAddress! + k) : .other
    }
    let result: Value
    switch (x, y) {
    case (.int(let p), .int(let q)): result = try Arithmetic.int(op, p, q)
    case (.double(let p), .double(let q)): result = try Arithmetic.double(op, p, q)
    case (.double(let p), .int(let q)): result = try Arithmetic.double(op, p, Double(q))
    default: return false
    }
    if !s.isClass {
      // The slot's reference dropped, so `s` alone holds the storage unless a copy does.
      // (`switch consume` of the slot copied it instead of moving it.)
      fp[slot] = .void
      s.makeUnique()
    }
    // The old field is a number: overwritten without `Value`'s destroy.
    s.storage.fields.withUnsafeMutableBufferPointer { ($0.baseAddress! + k).initialize(to: result) }
    if !s.isClass { (fp + slot).initialize(to: .structInstance(s)) }
    return true
  }

  override func eval(_ rt: Runtime, _ fp: Frame) throws -> Value {
    if let p = place.pointer(rt, fp), case .structInstance(let s) = p.pointee, s.type === cachedType {
      // A struct's or a class instance's field, read in its storage.
      return s.storage.fields[cachedIndex]
    }
    let b = try base.eval(rt, fp)
    switch b {
    case .tuple(let t):
      if let k = Fields.tupleIndex(t, name) { return t.elements[k] }
    case .object(let o):
      // A slice's own members (`startIndex`, `count`) first: no library type has them.
      if type(of: o) == ArraySliceObject.self, let part = o.member(name) { return part }
      if let p = Library.shared.property(of: o, name) {
        do { return try p.get(b) } catch let e as RuntimeFailure { throw rt.located(e, loc) }
      }
      if let part = o.member(name) { return part }
      if let property, Slices.isSlice(o) {
        // An array's property on a slice's elements, a string's on a substring's text.
        do { return try property(Slices.plain(b)) } catch { throw rt.located(error, loc) }
      }
    case .structInstance(let s):
      if let k = fieldIndex(in: s.type) { return s.storage.fields[k] }
      if let initial = s.type.lazyInitializers[name], let k = s.type.fieldIndex[StructType.lazyStorageName(name)] {
        return try lazyValue(rt, fp, b, initial, k)
      }
      if let getter = s.type.computed[name] {
        return try rt.callMethod(getter, self: b, [], at: loc).0
      }
      if let method = BoundMethod.make(s.type, name, receiver: b) { return method }
    default:
      break
    }
    if let property {
      do { return try property(b) } catch { throw rt.located(error, loc) }
    }
    throw LocatedFailure(
      kind: .runtime, message: "value of type '\(b.typeName)' has no member '\(name)'", loc: loc)
  }

  /// A `lazy var`: its stored value, or, at the first read, its initializer's, kept in the
  /// instance (a struct's through its variable, as Swift's `mutating get` does).
  private func lazyValue(_ rt: Runtime, _ fp: Frame, _ instance: Value, _ initial: FunctionCode, _ k: Int) throws
    -> Value
  {
    guard case .structInstance(let s) = instance else { return .void }
    switch s.storage.fields[k] {
    case .some(let value): return value
    case .none: break
    case let value: return value
    }
    let value = try rt.callMethod(initial, self: instance, [], at: loc).0
    if let ref = s.ref {
      ref.fields[k] = .some(value)
    } else if let target = base as? LValue {
      try target.modify(rt, fp) { container in
        guard case .structInstance(var changed) = container, changed.type === s.type else { return }
        container = .void
        changed.fields[k] = .some(value)
        container = .structInstance(changed)
      }
    }
    return value
  }

  override func modify(_ rt: Runtime, _ fp: Frame, _ body: (inout Value) throws -> Void) throws {
    // A class instance in a local (`value += d` in a class's method): its field changes in
    // the shared storage, without moving the reference out of the slot and back.
    if let p = place.pointer(rt, fp), case .structInstance(var s) = p.pointee, s.type === cachedType {
      if let ref = s.ref { return try body(&ref.fields[cachedIndex]) }
      // A struct in a variable: moved out and back, so a uniquely held one is not copied
      // (as the general path below does, without its closures).
      p.pointee = .void
      defer { p.pointee = .structInstance(s) }
      try body(&s.fields[cachedIndex])
      return
    }
    guard let target = base as? LValue else {
      // A class instance's property changes through any reference, even a constant one.
      if case .structInstance(let s) = try base.eval(rt, fp), let ref = s.ref, let k = fieldIndex(in: s.type) {
        return try body(&ref.fields[k])
      }
      throw LocatedFailure(kind: .runtime, message: "cannot assign to property: the base is not a variable", loc: loc)
    }
    let name = self.name
    let loc = self.loc
    try target.modify(rt, fp) { container in
      // A struct's field is changed in its own array, moved out of the container and
      // back, so a uniquely held struct is not copied. (Matched by the `switch` below,
      // the array was held twice and copied on every `p.x += 1`.)
      if case .structInstance(var s) = container, !s.isClass, let k = self.fieldIndex(in: s.type) {
        container = .void
        defer { container = .structInstance(s) }
        try body(&s.fields[k])
        return
      }
      switch container {
      case .tuple(var t):
        guard let k = Fields.tupleIndex(t, name) else { break }
        container = .void
        defer { container = .tuple(t) }
        try body(&t.elements[k])
        return
      case .structInstance(var s):
        if let initial = s.type.lazyInitializers[name],
          let k = s.type.fieldIndex[StructType.lazyStorageName(name)]
        {
          // Kept as an optional; a lazy property changed before it was read starts from its
          // initial value.
          var value: Value
          switch s.storage.fields[k] {
          case .some(let stored): value = stored
          case .none: value = try rt.callMethod(initial, self: container, [], at: loc).0
          case let stored: value = stored
          }
          try body(&value)
          if let ref = s.ref {
            ref.fields[k] = .some(value)
            return
          }
          s.fields[k] = .some(value)
          container = .structInstance(s)
          return
        }
        guard let k = self.fieldIndex(in: s.type) else {
          // A computed property on the way (`list.last?.next = node`, a weak `parent`): its
          // value is read, changed, and given to its setter; without one, a class instance it
          // returns is changed in place, as a reference.
          guard let getter = s.type.computed[name] else { break }
          var value = try rt.callMethod(getter, self: container, [], at: loc).0
          try body(&value)
          if let setter = s.type.setters[name] {
            container = try rt.callMethod(setter, self: container, [value], at: loc).1
          } else if !value.isClassInstance {
            throw LocatedFailure(
              kind: .runtime, message: "cannot assign to property: '\(name)' is a get-only property", loc: loc)
          }
          return
        }
        if let ref = s.ref { return try body(&ref.fields[k]) }
        container = .void
        defer { container = .structInstance(s) }
        try body(&s.fields[k])
        return
      case .object(let o):
        // A library object's named part (`model.layers[0].weight = w`): read it, change
        // it, and put a changed copy of the object in the container, as for a struct.
        guard var part = o.member(name) else { break }
        try body(&part)
        do {
          guard let changed = try o.settingMember(name, to: part) else {
            throw RuntimeFailure("cannot assign to property: '\(name)' of '\(o.typeName)' is read-only")
          }
          container = .object(changed)
        } catch let failure as RuntimeFailure {
          throw rt.located(failure, loc)
        }
        return
      default:
        break
      }
      throw LocatedFailure(
        kind: .runtime, message: "cannot assign to property '\(name)' of a value of type '\(container.typeName)'",
        loc: loc)
    }
  }
}

enum Fields {
  static func tupleIndex(_ t: TupleValue, _ name: String) -> Int? {
    if let k = Int(name), k >= 0, k < t.elements.count { return k }
    return t.labels.firstIndex(of: name)
  }
}

extension RangeValue {
  /// `x[...]`, `x[2...]` and `x[..<3]` leave a bound open: the upper bound is `Int.max`
  /// until the collection being indexed fixes it.
  static let unbounded = RangeValue(lower: 0, upper: Int.max, closed: false, lowerOpen: true)
}

extension Value {
  /// A class instance, or an optional holding one: a reference, changed in place through any copy.
  var isClassInstance: Bool {
    switch self {
    case .structInstance(let s): return s.isClass
    case .some(let inner): return inner.isClassInstance
    default: return false
    }
  }
}
