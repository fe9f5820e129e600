import Foundation
import SwiftSyntax

/// Pieces of Swift's standard library that tutorials and algorithm books use: `debugPrint`,
/// the empty initialisers (`String()`), and the index-based slicing of arrays and strings.
extension Builtins {
  /// `nnbook ops` help for the methods this file adds (merged into `swiftMethodHelp`).
  static let learnerMethodHelp: [String: (signature: String, help: String)] = [
    "range(of:options:)": (
      "range(of: String, options: String.CompareOptions) -> Range<String.Index>?",
      "Where the text first appears, with options such as .caseInsensitive or .backwards"
    ),
    "range(of:)": (
      "range(of: String) -> Range<String.Index>?", "Where the text first appears in the string, or nil"
    ),
    "trimmingPrefix(_:)": (
      "trimmingPrefix(_ prefix: String) -> String", "The string without that prefix, if it has it"
    ),
    "replacing(_:with:)": (
      "replacing(_ target: String, with: String) -> String", "The string with every occurrence of target replaced"
    ),
    "firstRange(of:)": (
      "firstRange(of: String) -> Range<String.Index>?", "Where the text first appears in the string, or nil"
    ),
    "ranges(of:)": ("ranges(of: String) -> [Range<String.Index>]", "Every place the text appears, left to right"),
    "rounded(_:)": (
      "rounded(_ rule: FloatingPointRoundingRule) -> Double", "Rounded by the rule (.down, .up, .towardZero...)"
    ),
    "remainder(dividingBy:)": (
      "remainder(dividingBy: Double) -> Double", "The IEEE remainder: x minus the nearest multiple of the divisor"
    ),
    "lastIndex(where:)": ("lastIndex(where: (Element) -> Bool) -> Int?", "Where an element last passes, or nil"),
    "last(where:)": ("last(where: (Element) -> Bool) -> Element?", "The last element that passes, or nil"),
    "count(where:)": ("count(where: (Element) -> Bool) -> Int", "How many elements pass"),
    "split(separator:maxSplits:)": (
      "split(separator: Character, maxSplits: Int) -> [Substring]", "Splits at most that many times"
    ),
    "split(separator:omittingEmptySubsequences:)": (
      "split(separator: Character, omittingEmptySubsequences: Bool) -> [Substring]",
      "Splits at each separator, keeping empty parts when false"
    ),
    "split(separator:maxSplits:omittingEmptySubsequences:)": (
      "split(separator: Character, maxSplits: Int, omittingEmptySubsequences: Bool) -> [Substring]",
      "Splits at most that many times, keeping empty parts when false"
    ),
  ]

  /// Foundation's C constants learners write: `M_PI`, `M_E`...
  static let foundationConstants: [String: Double] = [
    "M_PI": Double.pi, "M_E": M_E, "M_PI_2": Double.pi / 2, "M_PI_4": Double.pi / 4, "M_SQRT2": 2.0.squareRoot(),
    "M_LN2": M_LN2, "M_LN10": M_LN10,
  ]

  /// `x.rounded(.down)`: the rules, passed as a tagged name as character sets are.
  /// Foundation's `String.CompareOptions` for `range(of:options:)`, passed as tagged names (a
  /// set of them as an array).
  static let compareOptionTag = "\u{0}String.CompareOptions."
  static let compareOptions: [String: String.CompareOptions] = [
    "caseInsensitive": .caseInsensitive, "backwards": .backwards, "anchored": .anchored, "literal": .literal,
    "diacriticInsensitive": .diacriticInsensitive, "numeric": .numeric,
  ]

  static func compareOptions(_ v: Value) throws(RuntimeFailure) -> String.CompareOptions {
    var tags: [Value] = [v]
    if case .array(let xs) = v { tags = xs }
    var options: String.CompareOptions = []
    for t in tags {
      guard case .string(let s) = t, s.hasPrefix(compareOptionTag),
        let option = compareOptions[String(s.dropFirst(compareOptionTag.count))]
      else { throw RuntimeFailure("options: takes String.CompareOptions such as .caseInsensitive") }
      options.insert(option)
    }
    return options
  }

  static let roundingRuleTag = "\u{0}FloatingPointRoundingRule."
  static let roundingRules: [String: FloatingPointRoundingRule] = [
    "down": .down, "up": .up, "towardZero": .towardZero, "awayFromZero": .awayFromZero,
    "toNearestOrEven": .toNearestOrEven, "toNearestOrAwayFromZero": .toNearestOrAwayFromZero,
  ]

  /// `CharacterSet(charactersIn: ".!?")`, tagged as the named sets are: the tag, this, the characters.
  static let characterSetCharactersIn = "charactersIn:"

  /// The value `String()`, `Int()`, `Double()`, `Float()` and `Bool()` make.
  static func emptyValue(of type: String) -> (value: Value, type: TypeHint) {
    switch type {
    case "Int": return (.int(0), .int)
    case "Double": return (.double(0), .double)
    case "Float": return (.float(0), .float)
    case "Bool": return (.bool(false), .bool)
    default: return (.string(""), .string)
    }
  }
}

extension TypeHint {
  /// What `let r = xs.reversed()` holds in Swift: a `ReversedCollection`, an array or
  /// string here, which `print` shows as Swift does.
  static var reversedCollection: TypeHint { .named("ReversedCollection") }
}

extension Builtins {
  /// `xs.reversed()` with no arguments: Swift's lazy `ReversedCollection` when nothing asks
  /// for an array.
  static func isReversedView(_ e: ExprSyntax) -> Bool {
    guard let c = e.as(FunctionCallExprSyntax.self), c.arguments.isEmpty, c.trailingClosure == nil,
      let m = c.calledExpression.as(MemberAccessExprSyntax.self), m.base != nil
    else { return false }
    return m.declName.baseName.text == "reversed"
  }

  /// An item of `print`: a variable holding a `ReversedCollection` prints as one.
  static func printable(_ item: Typed) -> Expr {
    guard item.type == .reversedCollection else { return item.node }
    // The variable holds the reversed elements; the view shows the collection it reverses.
    return NativeCallExpr(name: "print", arguments: [item.node], item.node.loc) { _, v in
      switch v[0] {
      case .array(let a): return ReversedView.view(of: .array(a.reversed())) ?? v[0]
      case .string(let s): return ReversedView.view(of: .string(String(s.reversed()))) ?? v[0]
      default: return v[0]
      }
    }
  }
}

/// What `debugPrint` shows of an item: its `debugDescription` (strings quoted), and types
/// named with their modules (`Swift.ReversedCollection<Swift.String>`).
enum DebugPrint {
  static func text(of value: Value) -> String {
    if case .object(let view as ReversedView) = value {
      return qualified(view.typeName) + "(_base: \(view.base.debugDescription))"
    }
    return value.debugDescription
  }

  /// `ReversedCollection<Array<Int>>` as `Swift.ReversedCollection<Swift.Array<Swift.Int>>`.
  static func qualified(_ typeName: String) -> String { StructType.qualifiedTypeName(typeName) }
}

extension Builtins {
  /// String and collection methods tutorials call: `trimmingPrefix`, rounding rules,
  /// `lastIndex(where:)`, `count(where:)`, `split` with its options... (`prefix(upTo:)` and
  /// the other index-based cuts are in Builtins+OlderNames.swift).
  static func addSlicingMethods(_ add: (String, Bool, @escaping MethodBody) -> Void) {
    add("trimmingPrefix(_:)", false) { _, v, a in
      guard case .string(let s) = v, case .string(let p) = a[0] else {
        throw RuntimeFailure("trimmingPrefix(_:) needs a String and the prefix to remove")
      }
      return .string(s.hasPrefix(p) ? String(s.dropFirst(p.count)) : s)
    }
    // Swift 5.7's string algorithms: `replacing`, `firstRange(of:)`, `ranges(of:)`.
    add("replacing(_:with:)", false) { _, v, a in
      guard case .string(let s) = v, case .string(let target) = a[0], !target.isEmpty else {
        throw RuntimeFailure("replacing(_:with:) needs a String and the text to replace")
      }
      return .string(s.replacingOccurrences(of: target, with: a[1].description))
    }
    add("firstRange(of:)", false) { _, v, a in
      guard case .string(let s) = v, case .string(let t) = a[0] else {
        throw RuntimeFailure("firstRange(of:) needs a String and the String to look for")
      }
      guard let r = s.range(of: t) else { return .none }
      let lower = s.distance(from: s.startIndex, to: r.lowerBound)
      return .some(.range(RangeValue(lower: lower, upper: lower + s[r].count, closed: false)))
    }
    add("ranges(of:)", false) { _, v, a in
      guard case .string(let s) = v, case .string(let t) = a[0], !t.isEmpty else {
        throw RuntimeFailure("ranges(of:) needs a String and the text to look for")
      }
      return .array(characterRanges(of: t, in: s).map { .range(RangeValue(lower: $0, upper: $1, closed: false)) })
    }
    add("rounded(_:)", false) { _, v, a in
      guard case .string(let tag) = a[0], tag.hasPrefix(roundingRuleTag),
        let rule = roundingRules[String(tag.dropFirst(roundingRuleTag.count))]
      else { throw RuntimeFailure("rounded(_:) needs a rounding rule such as .down or .toNearestOrEven") }
      if case .float(let f) = v { return .float(f.rounded(rule)) }
      return .double(try number(v).rounded(rule))
    }
    add("remainder(dividingBy:)", false) { _, v, a in
      if case .float(let f) = v { return .float(f.remainder(dividingBy: Float(try number(a[0])))) }
      return .double(try number(v).remainder(dividingBy: try number(a[0])))
    }
    add("lastIndex(where:)", false) { rt, v, a in
      optional(try Sequences.elements(of: v).lastIndex { try predicate(a[0], $0, rt) }.map { .int($0) })
    }
    add("last(where:)", false) { rt, v, a in
      optional(try Sequences.elements(of: v).last { try predicate(a[0], $0, rt) })
    }
    add("count(where:)", false) { rt, v, a in
      var n = 0
      for x in try Sequences.elements(of: v) where try predicate(a[0], x, rt) { n += 1 }
      return .int(n)
    }
    // `s.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: false)` on a string.
    func split(_ v: Value, _ separator: Value, maxSplits: Value?, omitting: Value?) throws(RuntimeFailure) -> Value {
      guard case .string(let text) = v else {
        throw RuntimeFailure("split(separator:maxSplits:omittingEmptySubsequences:) works on a String here")
      }
      guard case .string(let sep) = separator, sep.count == 1, let c = sep.first else {
        throw RuntimeFailure("split(separator:) takes a single character")
      }
      var most = Int.max
      if let maxSplits {
        guard case .int(let m) = maxSplits, m >= 0 else {
          throw RuntimeFailure("split(separator:maxSplits:) needs a non-negative number of splits")
        }
        most = m
      }
      var omit = true
      if let omitting {
        guard case .bool(let b) = omitting else {
          throw RuntimeFailure("omittingEmptySubsequences: needs true or false")
        }
        omit = b
      }
      let parts = text.split(separator: c, maxSplits: most, omittingEmptySubsequences: omit)
      return .array(SubstringObject.pieces(parts, of: text))
    }
    add("split(separator:maxSplits:)", false) { _, v, a in try split(v, a[0], maxSplits: a[1], omitting: nil) }
    add("split(separator:omittingEmptySubsequences:)", false) { _, v, a in
      try split(v, a[0], maxSplits: nil, omitting: a[1])
    }
    add("split(separator:maxSplits:omittingEmptySubsequences:)", false) { _, v, a in
      try split(v, a[0], maxSplits: a[1], omitting: a[2])
    }
    // Foundation's `s.range(of: "play")`: the characters of the first match, nil if none.
    add("range(of:)", false) { _, v, a in
      guard case .string(let s) = v, case .string(let t) = a[0] else {
        throw RuntimeFailure("range(of:) needs a String and the String to look for")
      }
      guard let r = s.range(of: t) else { return .none }
      let lower = s.distance(from: s.startIndex, to: r.lowerBound)
      return .some(.range(RangeValue(lower: lower, upper: lower + s[r].count, closed: false)))
    }
    add("range(of:options:)", false) { _, v, a in
      guard case .string(let s) = v, case .string(let t) = a[0] else {
        throw RuntimeFailure("range(of:options:) needs a String and the String to look for")
      }
      guard let r = s.range(of: t, options: try compareOptions(a[1])) else { return .none }
      let lower = s.distance(from: s.startIndex, to: r.lowerBound)
      return .some(.range(RangeValue(lower: lower, upper: lower + s[r].count, closed: false)))
    }
  }
}

extension Builtins {
  /// Where `target` occurs in `s`, left to right without overlapping, as character offsets.
  static func characterRanges(of target: String, in s: String) -> [(Int, Int)] {
    var out: [(Int, Int)] = []
    var from = s.startIndex
    var offset = 0
    while let r = s.range(of: target, range: from..<s.endIndex) {
      let lower = offset + s.distance(from: from, to: r.lowerBound)
      let upper = lower + s[r].count
      out.append((lower, upper))
      offset = upper
      from = r.upperBound
    }
    return out
  }

  /// `"a--b".split(separator: "--")`: the text between occurrences of a separator of several
  /// characters (Swift 5.7), the empty pieces left out.
  static func split(_ text: String, bySeparator sep: String) -> [Substring] {
    var parts: [Substring] = []
    var from = text.startIndex
    while let r = text.range(of: sep, range: from..<text.endIndex) {
      if r.lowerBound > from { parts.append(text[from..<r.lowerBound]) }
      from = r.upperBound
    }
    if from < text.endIndex { parts.append(text[from...]) }
    return parts
  }
}

extension Lowerer {
  /// `Position(1, 2)` or `Position(row: 1, column: 2)` for `typealias Position = (row: Int, column: Int)`:
  /// the tuple, with the type's labels.
  func tupleAliasInit(_ name: String, _ alias: TypeSyntax, _ args: [Argument], at c: FunctionCallExprSyntax) throws
    -> Typed?
  {
    guard let tuple = alias.as(TupleTypeSyntax.self) else { return nil }
    let labels = tuple.elements.map { $0.firstName?.text }
    guard args.count == labels.count else {
      throw fail("'\(name)' is a tuple of \(labels.count) elements; \(args.count) given", at: c)
    }
    for (a, label) in zip(args, labels) where a.label != nil && a.label != label {
      throw fail(
        "incorrect argument label in call to '\(name)' (have '\(a.label!):', expected '\(label ?? "_"):')", at: c)
    }
    let types = try tuple.elements.map { try typeHint($0.type) }
    let nodes = try zip(args, types).map { try expr($0.expression, expected: $1).node }
    let type: TypeHint = labels.contains { $0 != nil } ? .labeledTuple(labels, types) : .tuple(types)
    return Typed(TupleExpr(nodes, labels: labels, loc(c)), type)
  }
}
