import Foundation

/// `Character` and `String.Index` in cells. A character is a one-character string and a
/// string index is its character offset, so `s[s.index(s.startIndex, offsetBy: 2)]`,
/// `s[..<i]` and `s.firstIndex(of: ",")` mean what they mean in Swift; a `Unicode.Scalar`
/// is a one-scalar string whose `value` is its code point.
extension Builtins {
  static func character(_ v: Value, _ name: String) throws(RuntimeFailure) -> Character {
    guard case .string(let s) = v, s.count == 1, let c = s.first else {
      throw RuntimeFailure("value of type '\(v.typeName)' has no member '\(name)'")
    }
    return c
  }

  /// Character properties by name (`isLetter`, `asciiValue`...), nil for other names.
  static func characterProperty(_ name: String) -> ((Value) throws(RuntimeFailure) -> Value)? {
    let test: ((Character) -> Bool)?
    switch name {
    case "isLetter": test = { $0.isLetter }
    case "isNumber": test = { $0.isNumber }
    case "isWholeNumber": test = { $0.isWholeNumber }
    case "isHexDigit": test = { $0.isHexDigit }
    case "isUppercase": test = { $0.isUppercase }
    case "isLowercase": test = { $0.isLowercase }
    case "isWhitespace": test = { $0.isWhitespace }
    case "isNewline": test = { $0.isNewline }
    case "isPunctuation": test = { $0.isPunctuation }
    case "isSymbol": test = { $0.isSymbol }
    case "isASCII": test = { $0.isASCII }
    case "isCased": test = { $0.isCased }
    default: test = nil
    }
    if let test {
      return { v throws(RuntimeFailure) in .bool(test(try character(v, name))) }
    }
    switch name {
    case "inverted":
      // `CharacterSet.alphanumerics.inverted`: the set's tag, marked as its complement.
      return { v throws(RuntimeFailure) in
        guard case .string(let s) = v, s.hasPrefix(characterSetTag) else {
          throw RuntimeFailure("value of type '\(v.typeName)' has no member 'inverted'")
        }
        let inner = s.dropFirst(characterSetTag.count)
        return .string(
          characterSetTag + (inner.hasPrefix(characterSetInverted) ? inner.dropFirst() : characterSetInverted + inner))
      }
    case "asciiValue":
      return { v throws(RuntimeFailure) in optional(try character(v, name).asciiValue.map { .int(Int($0)) }) }
    case "wholeNumberValue":
      return { v throws(RuntimeFailure) in optional(try character(v, name).wholeNumberValue.map { .int($0) }) }
    case "hexDigitValue":
      return { v throws(RuntimeFailure) in optional(try character(v, name).hexDigitValue.map { .int($0) }) }
    case "value":
      // A `Unicode.Scalar`'s code point (tuples' and pairs' `value` are read before this).
      return { v throws(RuntimeFailure) in
        guard case .string(let s) = v, s.unicodeScalars.count == 1, let u = s.unicodeScalars.first else {
          throw RuntimeFailure("value of type '\(v.typeName)' has no member 'value'")
        }
        return .int(Int(u.value))
      }
    case "unicodeScalars":
      return { v throws(RuntimeFailure) in
        guard case .string(let s) = v else {
          throw RuntimeFailure("value of type '\(v.typeName)' has no member 'unicodeScalars'")
        }
        return .array(s.unicodeScalars.map { .string(String($0)) })
      }
    case "utf8":
      return { v throws(RuntimeFailure) in
        guard case .string(let s) = v else {
          throw RuntimeFailure("value of type '\(v.typeName)' has no member 'utf8'")
        }
        return .array(s.utf8.map { .int(Int($0)) })
      }
    case "utf8CString":
      // The C string's bytes as `CChar` (signed on Linux), ending with its terminating 0.
      return { v throws(RuntimeFailure) in
        guard case .string(let s) = v else {
          throw RuntimeFailure("value of type '\(v.typeName)' has no member 'utf8CString'")
        }
        return .array(s.utf8.map { .int(Int(Int8(bitPattern: $0))) } + [.int(0)])
      }
    case "utf16":
      return { v throws(RuntimeFailure) in
        guard case .string(let s) = v else {
          throw RuntimeFailure("value of type '\(v.typeName)' has no member 'utf16'")
        }
        return .array(s.utf16.map { .int(Int($0)) })
      }
    case "capitalized":
      return { v throws(RuntimeFailure) in
        guard case .string(let s) = v else {
          throw RuntimeFailure("value of type '\(v.typeName)' has no member 'capitalized'")
        }
        return .string(s.capitalized)
      }
    case "startIndex":
      return { v throws(RuntimeFailure) in
        switch v {
        case .string, .array: return .int(0)
        default: throw RuntimeFailure("value of type '\(v.typeName)' has no member 'startIndex'")
        }
      }
    case "endIndex":
      return { v throws(RuntimeFailure) in
        switch v {
        case .string(let s): return .int(s.count)
        case .array(let a): return .int(a.count)
        default: throw RuntimeFailure("value of type '\(v.typeName)' has no member 'endIndex'")
        }
      }
    default:
      return nil
    }
  }

  /// The number of positions of a string or array, for index arithmetic.
  static func indexLimit(_ v: Value, _ name: String) throws(RuntimeFailure) -> Int {
    switch v {
    case .string(let s): return s.count
    case .array(let a): return a.count
    default: throw RuntimeFailure("value of type '\(v.typeName)' has no member '\(name)'")
    }
  }

  static func position(_ v: Value, _ name: String) throws(RuntimeFailure) -> Int {
    guard case .int(let i) = v else { throw RuntimeFailure("\(name) needs an index") }
    return i
  }

  static func addIndexMethods(_ add: (String, Bool, @escaping MethodBody) -> Void) {
    add("index(_:offsetBy:)", false) { _, v, a in
      let limit = try indexLimit(v, "index")
      let i = try position(a[0], "index(_:offsetBy:)") + (try position(a[1], "index(_:offsetBy:)"))
      guard i >= 0 && i <= limit else { throw RuntimeFailure("String index is out of bounds") }
      return .int(i)
    }
    add("index(_:offsetBy:limitedBy:)", false) { _, v, a in
      let limit = try indexLimit(v, "index")
      let start = try position(a[0], "index")
      let n = try position(a[1], "index")
      let bound = try position(a[2], "index")
      let i = start + n
      if (n >= 0 && start <= bound && i > bound) || (n < 0 && start >= bound && i < bound) { return .none }
      guard i >= 0 && i <= limit else { throw RuntimeFailure("String index is out of bounds") }
      return .some(.int(i))
    }
    add("index(after:)", false) { _, v, a in
      let i = try position(a[0], "index(after:)")
      guard i < (try indexLimit(v, "index")) else { throw RuntimeFailure("Can't advance past endIndex") }
      return .int(i + 1)
    }
    add("index(before:)", false) { _, v, a in
      let i = try position(a[0], "index(before:)")
      _ = try indexLimit(v, "index")
      guard i > 0 else { throw RuntimeFailure("Can't move before startIndex") }
      return .int(i - 1)
    }
    add("distance(from:to:)", false) { _, v, a in
      _ = try indexLimit(v, "distance")
      return .int(try position(a[1], "distance") - (try position(a[0], "distance")))
    }
    add("starts(with:)", false) { _, v, a in
      if case .string(let s) = v { return .bool(s.hasPrefix(a[0].description)) }
      let xs = try elements(v, "starts")
      let ys = try elements(a[0], "starts")
      return .bool(xs.count >= ys.count && zip(xs, ys).allSatisfy { Equality.equal($0, $1) })
    }
    add("padding(toLength:withPad:startingAt:)", false) { _, v, a in
      guard case .string(let s) = v, case .int(let n) = a[0], case .string(let pad) = a[1], case .int(let k) = a[2]
      else { throw RuntimeFailure("padding(toLength:withPad:startingAt:) needs a length, a pad string and an index") }
      // Foundation traps on these; Swift programs would too, but a cell gets a located error.
      guard n >= 0 else { throw RuntimeFailure("padding(toLength:withPad:startingAt:): the length \(n) is negative") }
      guard !pad.isEmpty else { throw RuntimeFailure("padding(toLength:withPad:startingAt:): the pad string is empty") }
      guard k >= 0, k < pad.count else {
        throw RuntimeFailure("padding(toLength:withPad:startingAt:): index \(k) is outside the pad string \"\(pad)\"")
      }
      try Runtime.checkAllocation(count: n, bytesPerElement: 4)
      return .string(s.padding(toLength: n, withPad: pad, startingAt: k))
    }
    add("reserveCapacity(_:)", true) { _, v, _ in
      _ = try indexLimit(v, "reserveCapacity")
      return .void
    }
    add("split(whereSeparator:)", false) { rt, v, a in
      if case .array(let all) = v {
        // An array's pieces are `ArraySlice`s that keep their positions, as Swift's are.
        var pieces: [Value] = []
        var runStart = 0
        for (p, x) in all.enumerated() where try predicate(a[0], x, rt) {
          if p > runStart { pieces.append(.object(ArraySliceObject(all[runStart..<p], start: runStart))) }
          runStart = p + 1
        }
        if all.count > runStart { pieces.append(.object(ArraySliceObject(all[runStart...], start: runStart))) }
        return .array(pieces)
      }
      let xs = try elements(v, "split")
      var pieces: [Value] = []
      var current: [Value] = []
      for x in xs {
        if try predicate(a[0], x, rt) {
          if !current.isEmpty { pieces.append(piece(current, of: v)) }
          current = []
        } else {
          current.append(x)
        }
      }
      if !current.isEmpty { pieces.append(piece(current, of: v)) }
      return .array(pieces)
    }
  }

  private static func piece(_ xs: [Value], of v: Value) -> Value {
    if case .string = v { return .string(xs.map(\.description).joined()) }
    return .array(xs)
  }
}
