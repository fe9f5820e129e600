import Foundation

extension Builtins {
  typealias MethodBody = (Runtime, inout Value, [Value]) throws -> Value

  /// Calls a closure argument; a two-parameter closure given one pair is splatted
  /// (`dict.map { k, v in ... }`, `xs.enumerated().map { i, x in ... }`).
  static func invoke(_ f: Value, _ args: [Value], _ rt: Runtime) throws -> Value {
    if case .object(let o as CallableObject) = f { return try o.call(rt, args) }
    guard case .function(let c) = f else {
      throw RuntimeFailure("expected a closure, got a value of type '\(f.typeName)'")
    }
    if args.count == 1, let n = c.parameterCount, n > 1, case .tuple(let t) = args[0], t.elements.count == n {
      return try c.call(rt, t.elements, at: .unknown)
    }
    return try c.call(rt, args, at: .unknown)
  }

  /// `invoke(f, [x], rt)` without building the array: what `map`, `forEach` and `filter` call.
  static func invoke(_ f: Value, _ x: Value, _ rt: Runtime) throws -> Value {
    guard case .function(let c) = f, !(c.parameterCount.map { $0 > 1 } ?? false) else {
      return try invoke(f, [x], rt)
    }
    return try c.call(rt, x, at: .unknown)
  }

  /// `invoke(f, [x, y], rt)` without building the array: what `reduce` and `sorted(by:)` call.
  static func invoke(_ f: Value, _ x: Value, _ y: Value, _ rt: Runtime) throws -> Value {
    guard case .function(let c) = f else { return try invoke(f, [x, y], rt) }
    return try c.call(rt, x, y, at: .unknown)
  }

  static func predicate(_ f: Value, _ x: Value, _ rt: Runtime) throws -> Bool {
    guard case .bool(let b) = try invoke(f, x, rt) else {
      throw RuntimeFailure("the closure must return a Bool")
    }
    return b
  }

  /// A Fisher–Yates shuffle with the lesson's generator.
  static func shuffledValues(_ values: [Value], _ rt: Runtime) -> [Value] {
    var xs = values
    var i = xs.count - 1
    while i > 0 {
      xs.swapAt(i, rt.context.random.nextInt(below: i + 1))
      i -= 1
    }
    return xs
  }

  static func elements(_ v: Value, _ method: String) throws -> [Value] {
    switch v {
    case .array, .range, .string, .dictionary: return try Sequences.elements(of: v)
    case .object(let o) where o is SequenceObject: return try Sequences.elements(of: v)
    default: throw RuntimeFailure("value of type '\(v.typeName)' has no member '\(method)'")
    }
  }

  /// The text of a sequence of characters (a string, a substring, an array of characters).
  static func charactersText(_ v: Value, _ method: String) throws -> String {
    if case .string(let s) = v { return s }
    return try joined(try elements(v, method), separator: "")
  }

  /// The elements' descriptions joined, refused before joining when the text would pass
  /// the memory limit (many copies of one large string).
  static func joined(_ items: [Value], separator: String) throws -> String {
    let pieces = items.map(\.description)
    var bytes = separator.utf8.count &* Swift.max(0, pieces.count - 1)
    for piece in pieces { bytes &+= piece.utf8.count }
    try Growth.check(bytes, bytesPerElement: 1)
    return pieces.joined(separator: separator)
  }

  /// The length argument of `prefix(_:)` and `suffix(_:)`: Swift traps on a negative one.
  static func length(_ v: Value, _ method: String) throws -> Int {
    guard case .int(let n) = v else { throw RuntimeFailure("\(method) needs an Int") }
    guard n >= 0 else { throw RuntimeFailure("\(method): can't take a \(method.prefix(6)) of negative length \(n)") }
    return n
  }

  static func optional(_ v: Value?) -> Value { v.map { .some($0) } ?? .none }

  /// `xs.dropFirst()`, `xs.prefix(n)`...: the slice of `xs` from `from` to `to`, each bound
  /// kept within the array.
  static func slice(_ xs: [Value], _ from: Int, _ to: Int) -> Value {
    let upper = Swift.min(Swift.max(to, 0), xs.count)
    return .object(ArraySliceObject(xs, Swift.min(Swift.max(from, 0), upper)..<upper))
  }

  /// `s.dropFirst()`, `s.prefix(n)`...: the substring of `s` from character `from` to `to`,
  /// each bound kept within the string.
  static func substring(_ s: String, _ from: Int, _ to: Int) -> Value {
    let count = s.count
    let upper = Swift.min(Swift.max(to, 0), count)
    return .object(SubstringObject(of: s, Swift.min(Swift.max(from, 0), upper), upper))
  }

  static func sortedValues(_ xs: [Value], _ rt: Runtime, by f: Value?) throws -> [Value] {
    var failure: Error?
    let result = xs.sorted { a, b in
      if failure != nil { return false }
      do {
        if let f {
          guard case .bool(let r) = try invoke(f, a, b, rt) else {
            throw RuntimeFailure("the sort closure must return a Bool")
          }
          return r
        }
        return try Equality.less(a, b)
      } catch {
        failure = error
        return false
      }
    }
    if let failure { throw failure }
    return result
  }

  /// Built-in methods by `name(labels:)`.
  nonisolated(unsafe) static let methods: [String: BuiltinMethod] = {
    var m: [String: BuiltinMethod] = [:]
    func add(_ key: String, mutating: Bool = false, _ body: @escaping MethodBody) {
      let name = String(key.prefix { $0 != "(" })
      m[key] = BuiltinMethod(name: name, mutating: mutating, body: body)
    }
    // Mutating array methods.
    add("append(_:)", mutating: true) { _, v, a in
      // `if case`, not `switch`: a switch keeps a copy of `v` while its case runs, so the
      // array would not be uniquely referenced and every append would copy it.
      if case .array(var xs) = v {
        v = .void
        xs.append(a[0])
        v = .array(xs)
      } else if case .string(var s) = v {
        let t = a[0].description
        try Growth.check(s, t)
        v = .void
        s += t
        v = .string(s)
      } else {
        throw RuntimeFailure("value of type '\(v.typeName)' has no member 'append'")
      }
      return .void
    }
    // `String.StringInterpolation`'s own methods, which an extension's `appendInterpolation`
    // calls: `self` is the text made so far.
    add("appendLiteral(_:)", mutating: true) { _, v, a in
      guard case .string(let s) = v, case .string(let t) = a[0] else {
        throw RuntimeFailure("appendLiteral(_:) adds a String to the interpolation")
      }
      v = .string(s + t)
      return .void
    }
    add("appendInterpolation(_:)", mutating: true) { _, v, a in
      guard case .string(let s) = v else {
        throw RuntimeFailure("value of type '\(v.typeName)' has no member 'appendInterpolation'")
      }
      if case .string(let t) = a[0] { v = .string(s + t) } else { v = .string(s + a[0].description) }
      return .void
    }
    add("append(contentsOf:)", mutating: true) { _, v, a in
      if case .string(var s) = v {
        // `text.append(contentsOf: "abc")`, or of any sequence of characters.
        let t = try charactersText(a[0], "append(contentsOf:)")
        try Growth.check(s, t)
        v = .void
        s += t
        v = .string(s)
        return .void
      }
      guard case .array(var xs) = v else {
        throw RuntimeFailure("value of type '\(v.typeName)' has no member 'append(contentsOf:)'")
      }
      let more = try elements(a[0], "append")
      try Growth.check(xs, more)
      v = .void
      xs.append(contentsOf: more)
      v = .array(xs)
      return .void
    }
    add("insert(_:at:)", mutating: true) { _, v, a in
      if case .string(var s) = v, case .int(let i) = a[1] {
        guard i >= 0 && i <= s.count else { throw RuntimeFailure("String index is out of bounds") }
        s.insert(contentsOf: a[0].description, at: s.index(s.startIndex, offsetBy: i))
        v = .string(s)
        return .void
      }
      guard case .array(var xs) = v, case .int(let i) = a[1] else {
        throw RuntimeFailure("insert(_:at:) needs an array and an Int index")
      }
      guard i >= 0 && i <= xs.count else {
        throw RuntimeFailure("index out of range: cannot insert at \(i) in an array of \(xs.count) elements")
      }
      v = .void
      xs.insert(a[0], at: i)
      v = .array(xs)
      return .void
    }
    add("insert(contentsOf:at:)", mutating: true) { _, v, a in
      guard case .int(let i) = a[1] else { throw RuntimeFailure("insert(contentsOf:at:) needs an Int index") }
      if case .string(var s) = v {
        guard i >= 0 && i <= s.count else { throw RuntimeFailure("String index is out of bounds") }
        let t = try charactersText(a[0], "insert(contentsOf:at:)")
        try Growth.check(s, t)
        v = .void
        s.insert(contentsOf: t, at: s.index(s.startIndex, offsetBy: i))
        v = .string(s)
        return .void
      }
      guard case .array(var xs) = v else {
        throw RuntimeFailure("value of type '\(v.typeName)' has no member 'insert(contentsOf:at:)'")
      }
      guard i >= 0 && i <= xs.count else {
        throw RuntimeFailure("index out of range: cannot insert at \(i) in an array of \(xs.count) elements")
      }
      let more = try elements(a[0], "insert")
      try Growth.check(xs, more)
      v = .void
      xs.insert(contentsOf: more, at: i)
      v = .array(xs)
      return .void
    }
    add("remove(at:)", mutating: true) { _, v, a in
      if case .string(var s) = v, case .int(let i) = a[0] {
        guard i >= 0 && i < s.count else { throw RuntimeFailure("String index is out of bounds") }
        let removed = s.remove(at: s.index(s.startIndex, offsetBy: i))
        v = .string(s)
        return .string(String(removed))
      }
      guard case .array(var xs) = v, case .int(let i) = a[0] else {
        throw RuntimeFailure("remove(at:) needs an array and an Int index")
      }
      guard i >= 0 && i < xs.count else {
        throw RuntimeFailure("index out of range: index \(i), but the array has \(xs.count) elements")
      }
      v = .void
      let r = xs.remove(at: i)
      v = .array(xs)
      return r
    }
    add("removeLast()", mutating: true) { _, v, _ in
      if case .string(var text) = v {
        guard !text.isEmpty else { throw RuntimeFailure("can't remove last character from an empty string") }
        v = .void
        let c = text.removeLast()
        v = .string(text)
        return .string(String(c))
      }
      guard case .array(var xs) = v else {
        throw RuntimeFailure("value of type '\(v.typeName)' has no member 'removeLast'")
      }
      guard !xs.isEmpty else { throw RuntimeFailure("can't remove last element from an empty collection") }
      v = .void
      let r = xs.removeLast()
      v = .array(xs)
      return r
    }
    add("removeFirst()", mutating: true) { _, v, _ in
      if case .string(var text) = v {
        guard !text.isEmpty else { throw RuntimeFailure("can't remove first character from an empty string") }
        v = .void
        let c = text.removeFirst()
        v = .string(text)
        return .string(String(c))
      }
      guard case .array(var xs) = v else {
        throw RuntimeFailure("value of type '\(v.typeName)' has no member 'removeFirst'")
      }
      guard !xs.isEmpty else { throw RuntimeFailure("can't remove first element from an empty collection") }
      v = .void
      let r = xs.removeFirst()
      v = .array(xs)
      return r
    }
    for (key, fromEnd) in [("removeFirst(_:)", false), ("removeLast(_:)", true)] {
      add(key, mutating: true) { _, v, a in
        // `queue.removeFirst(2)`: k elements (or characters) off one end; more than there are traps.
        let k = try length(a[0], key)
        switch v {
        case .array(var xs):
          guard k <= xs.count else {
            throw RuntimeFailure("can't remove more items from a collection than it contains")
          }
          v = .void
          if fromEnd { xs.removeLast(k) } else { xs.removeFirst(k) }
          v = .array(xs)
        case .string(var text):
          guard k <= text.count else {
            throw RuntimeFailure("can't remove more items from a collection than it contains")
          }
          if fromEnd { text.removeLast(k) } else { text.removeFirst(k) }
          v = .string(text)
        default:
          throw RuntimeFailure("value of type '\(v.typeName)' has no member '\(key)'")
        }
        return .void
      }
    }
    add("popLast()", mutating: true) { _, v, _ in
      guard case .array(var xs) = v else {
        throw RuntimeFailure("value of type '\(v.typeName)' has no member 'popLast'")
      }
      v = .void
      let r = xs.popLast()
      v = .array(xs)
      return optional(r)
    }
    for key in ["removeAll()", "removeAll(keepingCapacity:)"] {
      // Capacity is not observable in cells, so keeping it changes nothing visible.
      add(key, mutating: true) { _, v, _ in
        switch v {
        case .array: v = .array([])
        case .dictionary: v = .dictionary(DictionaryValue())
        case .string: v = .string("")
        default: throw RuntimeFailure("value of type '\(v.typeName)' has no member 'removeAll'")
        }
        return .void
      }
    }
    add("sort()", mutating: true) { rt, v, _ in
      guard case .array(let xs) = v else { throw RuntimeFailure("value of type '\(v.typeName)' has no member 'sort'") }
      v = .array(try sortedValues(xs, rt, by: nil))
      return .void
    }
    add("sort(by:)", mutating: true) { rt, v, a in
      guard case .array(let xs) = v else { throw RuntimeFailure("value of type '\(v.typeName)' has no member 'sort'") }
      v = .array(try sortedValues(xs, rt, by: a[0]))
      return .void
    }
    add("reverse()", mutating: true) { _, v, _ in
      guard case .array(var xs) = v else {
        throw RuntimeFailure("value of type '\(v.typeName)' has no member 'reverse'")
      }
      v = .void
      xs.reverse()
      v = .array(xs)
      return .void
    }
    add("swapAt(_:_:)", mutating: true) { _, v, a in
      guard case .array(var xs) = v, case .int(let i) = a[0], case .int(let j) = a[1] else {
        throw RuntimeFailure("swapAt needs two Int indices")
      }
      guard i >= 0, j >= 0, i < xs.count, j < xs.count else {
        throw RuntimeFailure("index out of range in swapAt(\(i), \(j)) on \(xs.count) elements")
      }
      v = .void
      xs.swapAt(i, j)
      v = .array(xs)
      return .void
    }
    add("partition(by:)", mutating: true) { rt, v, a in
      // Swift's two-ended walk: elements the predicate accepts move behind those it rejects;
      // the result is where the accepted ones start (the order within each part is Swift's).
      guard case .array(var xs) = v else {
        throw RuntimeFailure("value of type '\(v.typeName)' has no member 'partition'")
      }
      v = .void
      defer { v = .array(xs) }
      var low = 0
      var high = xs.count
      while true {
        while true {
          if low == high { return .int(low) }
          if try predicate(a[0], xs[low], rt) { break }
          low += 1
        }
        while true {
          high -= 1
          if low == high { return .int(low) }
          if try !predicate(a[0], xs[high], rt) { break }
        }
        xs.swapAt(low, high)
        low += 1
      }
    }
    add("updateValue(_:forKey:)", mutating: true) { _, v, a in
      guard case .dictionary(var d) = v else {
        throw RuntimeFailure("value of type '\(v.typeName)' has no member 'updateValue'")
      }
      v = .void
      let old = d[a[1]]
      try d.set(a[1], a[0])
      v = .dictionary(d)
      return optional(old)
    }
    add("removeValue(forKey:)", mutating: true) { _, v, a in
      guard case .dictionary(var d) = v else {
        throw RuntimeFailure("value of type '\(v.typeName)' has no member 'removeValue'")
      }
      v = .void
      let old = d[a[0]]
      try d.set(a[0], nil)
      v = .dictionary(d)
      return optional(old)
    }

    // Non-mutating sequence methods.
    add("map(_:)") { rt, v, a in
      // `Optional.map`: nil stays nil, a wrapped value is transformed and stays wrapped.
      switch v {
      case .none: return .none
      case .some(let x): return .some(try invoke(a[0], x, rt))
      default: return .array(try elements(v, "map").map { try invoke(a[0], $0, rt) })
      }
    }
    add("compactMap(_:)") { rt, v, a in
      .array(
        try elements(v, "compactMap").compactMap {
          switch try invoke(a[0], $0, rt) {
          case .none: return nil
          case .some(let x): return x
          case let x: return x
          }
        })
    }
    add("flatMap(_:)") { rt, v, a in
      switch v {
      case .none: return .none
      case .some(let x):
        // The closure's optional, kept as one: `opt.flatMap { $0 > 3 ? $0 : nil }` is `Optional(4)`.
        let r = try invoke(a[0], x, rt)
        switch r {
        case .none, .some: return r
        default: return .some(r)
        }
      default: break
      }
      var flattened: [Value] = []
      for x in try elements(v, "flatMap") {
        switch try invoke(a[0], x, rt) {
        // A closure that returns no sequence is Swift's older `flatMap` for optionals, which
        // `compactMap` now names: nil is left out, any other value kept (`()` of a `print`).
        case .none: continue
        case .some(let kept): flattened.append(kept)
        case let kept where kept.isScalarOrRecord: flattened.append(kept)
        case let r: flattened += try elements(r, "flatMap")
        }
      }
      return .array(flattened)
    }
    add("filter(_:)") { rt, v, a in
      if case .dictionary(let d) = v {
        var out = DictionaryValue()
        for (k, x) in zip(d.keys, d.values) {
          let pair = Value.tuple(TupleValue(elements: [k, x], labels: ["key", "value"]))
          if try predicate(a[0], pair, rt) { try out.set(k, x) }
        }
        return .dictionary(out)
      }
      let kept = try elements(v, "filter").filter { try predicate(a[0], $0, rt) }
      if case .string = v { return .string(kept.map(\.description).joined()) }
      return .array(kept)
    }
    add("forEach(_:)") { rt, v, a in
      for x in try elements(v, "forEach") { _ = try invoke(a[0], x, rt) }
      return .void
    }
    add("reduce(_:_:)") { rt, v, a in
      var acc = a[0]
      if acc.isOptional {
        // `reduce(Optional(0)) { acc, x in acc! + x }`: the result stays an Optional, the
        // closure's plain value wrapped as Swift converts it.
        for x in try elements(v, "reduce") { acc = try invoke(a[1], acc, x, rt).wrappedAsOptional }
        return acc
      }
      for x in try elements(v, "reduce") { acc = try invoke(a[1], acc, x, rt) }
      return acc
    }
    add("reduce(into:_:)") { rt, v, a in
      // The closure's first parameter is `inout`: its final value carries to the next element.
      guard case .function(let f as UserFunction) = a[1], f.code.parameters.count == 2 else {
        throw RuntimeFailure("reduce(into:_:) needs a closure of two parameters, { result, element in ... }")
      }
      var acc = a[0]
      if acc.isOptional {
        for x in try elements(v, "reduce") { acc = try rt.callUpdatingFirst(f, acc, x).wrappedAsOptional }
        return acc
      }
      for x in try elements(v, "reduce") { acc = try rt.callUpdatingFirst(f, acc, x) }
      return acc
    }
    add("max(by:)") { rt, v, a in
      var best: Value?
      for x in try elements(v, "max") {
        if let b = best, case .bool(let less) = try invoke(a[0], b, x, rt), !less { continue }
        best = x
      }
      return optional(best)
    }
    add("min(by:)") { rt, v, a in
      var best: Value?
      for x in try elements(v, "min") {
        if let b = best, case .bool(let less) = try invoke(a[0], x, b, rt), !less { continue }
        best = x
      }
      return optional(best)
    }
    add("removeAll(where:)", mutating: true) { rt, v, a in
      if case .string(let text) = v {
        var kept = ""
        for ch in text where !(try predicate(a[0], .string(String(ch)), rt)) { kept.append(ch) }
        v = .string(kept)
        return .void
      }
      guard case .array(let xs) = v else {
        throw RuntimeFailure("value of type '\(v.typeName)' has no member 'removeAll(where:)'")
      }
      v = .array(try xs.filter { !(try predicate(a[0], $0, rt)) })
      return .void
    }
    add("lastIndex(of:)") { _, v, a in
      optional(try elements(v, "lastIndex").lastIndex { Equality.equal($0, a[0]) }.map { .int($0) })
    }
    add("mapValues(_:)") { rt, v, a in
      guard case .dictionary(let d) = v else {
        throw RuntimeFailure("value of type '\(v.typeName)' has no member 'mapValues'")
      }
      var out = DictionaryValue()
      for (k, x) in zip(d.keys, d.values) { try out.set(k, try invoke(a[0], x, rt)) }
      return .dictionary(out)
    }
    add("compactMapValues(_:)") { rt, v, a in
      guard case .dictionary(let d) = v else {
        throw RuntimeFailure("value of type '\(v.typeName)' has no member 'compactMapValues'")
      }
      // The keys whose transformed value is nil are left out.
      var out = DictionaryValue()
      for (k, x) in zip(d.keys, d.values) {
        switch try invoke(a[0], x, rt) {
        case .none: continue
        case .some(let kept): try out.set(k, kept)
        case let kept: try out.set(k, kept)
        }
      }
      return .dictionary(out)
    }
    add("contains(_:)") { _, v, a in
      switch v {
      case .string(let s):
        guard case .string(let t) = a[0] else { throw RuntimeFailure("contains(_:) on a String needs a String") }
        // `CharacterSet.letters.contains(scalar)`: a character set is a tagged name.
        if let set = characterSet(v) {
          return .bool(!t.unicodeScalars.isEmpty && t.unicodeScalars.allSatisfy(set.contains))
        }
        return .bool(s.contains(t))
      case .range(let r):
        guard case .int(let x) = a[0] else { return .bool(false) }
        return .bool(r.contains(x))
      case .dictionary: throw RuntimeFailure("use dict[key] != nil or dict.keys.contains(key)")
      default: return .bool(try elements(v, "contains").contains { Equality.equal($0, a[0]) })
      }
    }
    add("makeIterator()") { _, v, _ in try makeIterator(v) }
    add("next()", mutating: true) { _, v, _ in try nextElement(v) }
    add("elementsEqual(_:)") { _, v, a in
      let (xs, ys) = (try elements(v, "elementsEqual"), try elements(a[0], "elementsEqual"))
      return .bool(xs.count == ys.count && zip(xs, ys).allSatisfy { Equality.equal($0, $1) })
    }
    add("contains(where:)") { rt, v, a in .bool(try elements(v, "contains").contains { try predicate(a[0], $0, rt) }) }
    add("allSatisfy(_:)") { rt, v, a in .bool(try elements(v, "allSatisfy").allSatisfy { try predicate(a[0], $0, rt) })
    }
    add("first(where:)") { rt, v, a in optional(try elements(v, "first").first { try predicate(a[0], $0, rt) }) }
    add("firstIndex(of:)") { _, v, a in
      optional(try elements(v, "firstIndex").firstIndex { Equality.equal($0, a[0]) }.map { .int($0) })
    }
    add("firstIndex(where:)") { rt, v, a in
      optional(try elements(v, "firstIndex").firstIndex { try predicate(a[0], $0, rt) }.map { .int($0) })
    }
    // Random choices draw from the lesson's seeded generator, so outputs repeat run to run.
    add("shuffled()") { rt, v, _ in .array(shuffledValues(try elements(v, "shuffled"), rt)) }
    add("shuffle()", mutating: true) { rt, v, _ in
      v = .array(shuffledValues(try elements(v, "shuffle"), rt))
      return .void
    }
    add("randomElement()") { rt, v, _ in
      let xs = try elements(v, "randomElement")
      return xs.isEmpty ? .none : .some(xs[rt.context.random.nextInt(below: xs.count)])
    }
    add("sorted()") { rt, v, _ in .array(try sortedValues(try elements(v, "sorted"), rt, by: nil)) }
    add("sorted(by:)") { rt, v, a in .array(try sortedValues(try elements(v, "sorted"), rt, by: a[0])) }
    add("reversed()") { _, v, _ in
      if case .string(let s) = v { return .string(String(s.reversed())) }
      return .array(try elements(v, "reversed").reversed())
    }
    add("min()") { _, v, _ in
      let xs = try elements(v, "min")
      guard var best = xs.first else { return .none }
      for x in xs.dropFirst() where try Equality.less(x, best) { best = x }
      return .some(best)
    }
    add("max()") { _, v, _ in
      let xs = try elements(v, "max")
      guard var best = xs.first else { return .none }
      for x in xs.dropFirst() where try Equality.less(best, x) { best = x }
      return .some(best)
    }
    add("enumerated()") { _, v, _ in
      .array(
        try elements(v, "enumerated").enumerated().map {
          .tuple(TupleValue(elements: [.int($0.offset), $0.element], labels: ["offset", "element"]))
        })
    }
    add("joined()") { _, v, _ in
      let xs = try elements(v, "joined")
      // `[[1, 2], [3]].joined()`: an array of arrays is flattened, not turned into text.
      var flat: [Value] = []
      var arrays = 0
      for x in xs {
        guard case .array(let a) = x else { break }
        flat += a
        arrays += 1
      }
      if !xs.isEmpty, arrays == xs.count { return .array(flat) }
      return .string(try joined(xs, separator: ""))
    }
    add("joined(separator:)") { _, v, a in
      guard case .string(let sep) = a[0] else { throw RuntimeFailure("joined(separator:) needs a String") }
      return .string(try joined(try elements(v, "joined"), separator: sep))
    }
    add("prefix(_:)") { _, v, a in
      let n = try length(a[0], "prefix(_:)")
      if case .string(let s) = v { return substring(s, 0, n) }
      if case .array(let xs) = v { return slice(xs, 0, n) }
      return .array(Array(try elements(v, "prefix").prefix(n)))
    }
    // `prefix(while:)` and `drop(while:)`: split at the first element that fails the test.
    func leading(_ v: Value, _ test: Value, _ rt: Runtime, _ name: String) throws -> ([Value], Int) {
      let xs = try elements(v, name)
      var n = 0
      while n < xs.count, try predicate(test, xs[n], rt) { n += 1 }
      return (xs, n)
    }
    add("prefix(while:)") { rt, v, a in
      let (xs, n) = try leading(v, a[0], rt, "prefix")
      if case .string(let s) = v { return substring(s, 0, n) }
      if case .array = v { return slice(xs, 0, n) }
      return .array(Array(xs[..<n]))
    }
    add("drop(while:)") { rt, v, a in
      let (xs, n) = try leading(v, a[0], rt, "drop")
      if case .string(let s) = v { return substring(s, n, xs.count) }
      if case .array = v { return slice(xs, n, xs.count) }
      return .array(Array(xs[n...]))
    }
    add("suffix(_:)") { _, v, a in
      let n = try length(a[0], "suffix(_:)")
      if case .string(let s) = v { return substring(s, s.count - n, s.count) }
      if case .array(let xs) = v { return slice(xs, xs.count - n, xs.count) }
      return .array(Array(try elements(v, "suffix").suffix(n)))
    }
    add("dropFirst()") { _, v, _ in
      if case .string(let s) = v { return substring(s, 1, s.count) }
      if case .array(let xs) = v { return slice(xs, 1, xs.count) }
      return .array(Array(try elements(v, "dropFirst").dropFirst()))
    }
    add("dropLast()") { _, v, _ in
      if case .string(let s) = v { return substring(s, 0, s.count - 1) }
      if case .array(let xs) = v { return slice(xs, 0, xs.count - 1) }
      return .array(Array(try elements(v, "dropLast").dropLast()))
    }
    add("dropFirst(_:)") { _, v, a in
      let n = try length(a[0], "dropFirst(_:)")
      if case .string(let s) = v { return substring(s, n, s.count) }
      if case .array(let xs) = v { return slice(xs, n, xs.count) }
      return .array(Array(try elements(v, "dropFirst").dropFirst(n)))
    }
    add("dropLast(_:)") { _, v, a in
      let n = try length(a[0], "dropLast(_:)")
      if case .string(let s) = v { return substring(s, 0, s.count - n) }
      if case .array(let xs) = v { return slice(xs, 0, xs.count - n) }
      return .array(Array(try elements(v, "dropLast").dropLast(n)))
    }

    // Strings.
    func string(_ v: Value, _ name: String) throws -> String {
      guard case .string(let s) = v else {
        throw RuntimeFailure("value of type '\(v.typeName)' has no member '\(name)'")
      }
      return s
    }
    add("localizedCaseInsensitiveContains(_:)") { _, v, a in
      .bool(
        try string(v, "localizedCaseInsensitiveContains").range(of: a[0].description, options: .caseInsensitive) != nil)
    }
    add("appending(_:)") { _, v, a in .string(try string(v, "appending") + a[0].description) }
    add("uppercased()") { _, v, _ in .string(try string(v, "uppercased").uppercased()) }
    add("lowercased()") { _, v, _ in .string(try string(v, "lowercased").lowercased()) }
    add("hasPrefix(_:)") { _, v, a in .bool(try string(v, "hasPrefix").hasPrefix(a[0].description)) }
    add("hasSuffix(_:)") { _, v, a in .bool(try string(v, "hasSuffix").hasSuffix(a[0].description)) }
    add("split(separator:)") { _, v, a in
      if case .array(let xs) = v {
        return .array(ArraySliceObject.split(xs[...], from: 0) { Equality.equal($0, a[0]) })
      }
      let sep = a[0].description
      let text = try string(v, "split")
      if sep.count > 1 { return .array(SubstringObject.pieces(split(text, bySeparator: sep), of: text)) }
      guard sep.count == 1 else { throw RuntimeFailure("split(separator:) takes a single character") }
      return .array(SubstringObject.pieces(text.split(separator: sep.first!), of: text))
    }
    add("components(separatedBy:)") { _, v, a in
      if let set = characterSet(a[0]) {
        return .array(try string(v, "components").components(separatedBy: set).map { .string($0) })
      }
      return .array(try string(v, "components").components(separatedBy: a[0].description).map { .string($0) })
    }
    add("replacingOccurrences(of:with:)") { _, v, a in
      .string(try string(v, "replacingOccurrences").replacingOccurrences(of: a[0].description, with: a[1].description))
    }
    add("trimmingCharacters(in:)") { _, v, a in
      .string(
        try string(v, "trimmingCharacters").trimmingCharacters(in: characterSet(a[0]) ?? .whitespacesAndNewlines))
    }

    // Numbers.
    add("isMultiple(of:)") { _, v, a in
      guard case .int(let x) = v, case .int(let y) = a[0] else { throw RuntimeFailure("isMultiple(of:) works on Int") }
      return .bool(x.isMultiple(of: y))
    }
    add("signum()") { _, v, _ in
      guard case .int(let x) = v else { throw RuntimeFailure("signum() works on Int") }
      return .int(x.signum())
    }
    add("distance(to:)") { _, v, a in
      switch (v, a[0]) {
      case (.int(let x), .int(let y)): return .int(x.distance(to: y))
      default: return .double(try number(v).distance(to: try number(a[0])))
      }
    }
    add("advanced(by:)") { _, v, a in
      switch (v, a[0]) {
      case (.int(let x), .int(let y)): return .int(x.advanced(by: y))
      default: return .double(try number(v).advanced(by: try number(a[0])))
      }
    }
    add("quotientAndRemainder(dividingBy:)") { _, v, a in
      guard case .int(let x) = v, case .int(let y) = a[0] else {
        throw RuntimeFailure("quotientAndRemainder(dividingBy:) works on Int")
      }
      guard y != 0 else { throw RuntimeFailure("Division by zero") }
      guard !(x == Int.min && y == -1) else { throw RuntimeFailure("Division results in an overflow") }
      let (q, r) = x.quotientAndRemainder(dividingBy: y)
      return .tuple(TupleValue(elements: [.int(q), .int(r)], labels: ["quotient", "remainder"]))
    }
    add("truncatingRemainder(dividingBy:)") { _, v, a in
      .double(try number(v).truncatingRemainder(dividingBy: try number(a[0])))
    }
    add("rounded()") { _, v, _ in
      if case .float(let f) = v { return .float(f.rounded()) }
      return .double(try number(v).rounded())
    }
    add("squareRoot()") { _, v, _ in
      if case .float(let f) = v { return .float(f.squareRoot()) }
      return .double(try number(v).squareRoot())
    }
    addIndexMethods { key, mutating, body in add(key, mutating: mutating, body) }
    addSlicingMethods { key, mutating, body in add(key, mutating: mutating, body) }
    addOlderNames(&m)
    addReportingOverflow(&m)
    addLexicographic(&m)
    addBoolMethods(&m)
    addMerging(&m)
    addRangeEdits(&m)
    return m
  }()

  static let methodNames: Set<String> = Set(methods.values.map(\.name))

  static func method(_ name: String, labels: [String?], trailing: Int? = nil) -> BuiltinMethod? {
    let exact = methods[name + "(" + labels.map { ($0 ?? "_") + ":" }.joined() + ")"]
    guard let trailing else { return exact }
    // A trailing closure takes the label of the closure parameter it lands on:
    // `xs.contains { $0 > 2 }` is `contains(where:)`, not `contains(_:)`.
    for key in methodSignatures(name) {
      let (_, parameterLabels) = Library.parse(key)
      guard parameterLabels.count == labels.count, let label = parameterLabels[trailing],
        closureLabels.contains(label)
      else { continue }
      if zip(parameterLabels, labels).enumerated().allSatisfy({ $0.offset == trailing || $0.element.0 == $0.element.1 })
      {
        return methods[key]
      }
    }
    return exact
  }

  /// Labels of built-in parameters that take a closure.
  static let closureLabels: Set<String> = ["where", "by", "whereSeparator", "isIncluded", "uniquingKeysWith"]

  static func methodSignatures(_ name: String) -> [String] {
    methods.keys.filter { $0.hasPrefix(name + "(") }.sorted()
  }

  static func methodResultType(_ name: String, baseType: TypeHint) -> TypeHint {
    switch name {
    case "sorted", "reversed", "filter": return baseType
    // A slice of an array or a string (`ArraySlice`, `Substring`), of another sequence an array.
    case "prefix", "suffix", "dropFirst", "dropLast", "drop":
      switch baseType {
      case .array, .string: return .unknown
      default: return baseType
      }
    case "contains", "allSatisfy", "hasPrefix", "hasSuffix", "isMultiple": return .bool
    case "joined", "uppercased", "lowercased", "replacingOccurrences": return .string
    case "min", "max", "first", "popLast":
      if case .array(let e) = baseType { return .optional(e) }
      return .unknown
    case "remove", "removeLast", "removeFirst":
      if case .array(let e) = baseType { return e }
      return .unknown
    case "truncatingRemainder", "squareRoot", "rounded":
      return baseType == .float ? .float : .double
    default: return .unknown
    }
  }

  // MARK: Properties

  static func property(_ name: String) -> ((Value) throws(RuntimeFailure) -> Value)? {
    switch name {
    case "count":
      return { v throws(RuntimeFailure) in
        switch v {
        case .array(let a): return .int(a.count)
        case .string(let s): return .int(s.count)
        case .dictionary(let d): return .int(d.count)
        case .range(let r): return .int(try r.count())
        default: throw RuntimeFailure("value of type '\(v.typeName)' has no member 'count'")
        }
      }
    case "lazy":
      // `xs.lazy.filter(...).map(...)`: computed eagerly, which prints the same for the finite
      // collections a cell holds.
      return { v throws(RuntimeFailure) in
        switch v {
        case .array, .string, .dictionary, .range: return v
        default: throw RuntimeFailure("value of type '\(v.typeName)' has no member 'lazy'")
        }
      }
    case "isEmpty":
      return { v throws(RuntimeFailure) in
        switch v {
        case .array(let a): return .bool(a.isEmpty)
        case .string(let s): return .bool(s.isEmpty)
        case .dictionary(let d): return .bool(d.count == 0)
        case .range(let r): return .bool(r.isEmpty)
        default: throw RuntimeFailure("value of type '\(v.typeName)' has no member 'isEmpty'")
        }
      }
    case "first", "last":
      let first = name == "first"
      return { v throws(RuntimeFailure) in
        let xs = try Sequences.elements(of: v)
        return optional(first ? xs.first : xs.last)
      }
    case "keys", "values":
      let keys = name == "keys"
      return { v throws(RuntimeFailure) in
        guard case .dictionary(let d) = v else {
          throw RuntimeFailure("value of type '\(v.typeName)' has no member '\(name)'")
        }
        return .array(keys ? d.keys : d.values)
      }
    case "indices":
      return { v throws(RuntimeFailure) in
        .range(RangeValue(lower: 0, upper: try Sequences.elements(of: v).count, closed: false))
      }
    case "lowerBound", "upperBound":
      return { v throws(RuntimeFailure) in
        guard case .range(let r) = v else {
          throw RuntimeFailure("value of type '\(v.typeName)' has no member '\(name)'")
        }
        return .int(name == "lowerBound" ? r.lower : r.upper)
      }
    case "isNaN", "isFinite", "isInfinite":
      return { v throws(RuntimeFailure) in
        let d = try number(v)
        return .bool(name == "isNaN" ? d.isNaN : name == "isFinite" ? d.isFinite : d.isInfinite)
      }
    case "magnitude":
      return { v throws(RuntimeFailure) in try absolute(v, nil) }
    case "description":
      return { v in .string(v.description) }
    case "key", "offset", "element":
      return nil
    default:
      return characterProperty(name) ?? FixedInt.intProperty(name) ?? compatProperty(name)
    }
  }
}

extension Value {
  /// Whether the value is an Optional (`.some` or `nil`).
  var isOptional: Bool {
    switch self {
    case .some, .none: return true
    default: return false
    }
  }

  /// The value as an Optional: a plain value wrapped in `.some`, an Optional as it is.
  var wrappedAsOptional: Value { isOptional ? self : .some(self) }
}

extension Value {
  /// A value that is no sequence: a number, `()`, a tuple or an instance of a cell's type.
  fileprivate var isScalarOrRecord: Bool {
    switch self {
    case .void, .int, .double, .float, .bool, .tuple, .structInstance: true
    default: false
    }
  }
}
