/// A line of output split into words and numbers, so numbers can be compared with a tolerance.
///
/// ```
/// "epoch 3: loss 0.0312, acc 97.5%"  ->  words ["epoch"], 3, [":", "loss"], 0.0312, [",", "acc"], 97.5, ["%"]
/// ```
/// Whitespace only separates words, so a number that grows a digit and shifts a
/// padded column still matches.
struct NumericText: Equatable {
  enum Token: Equatable {
    case words([Substring])
    case number(Double, text: Substring)
  }

  var tokens: [Token]

  init(_ text: some StringProtocol) {
    let text = Substring(text)
    var tokens: [Token] = []
    var wordsStart = text.startIndex
    var index = text.startIndex

    func flushWords(upTo end: Substring.Index) {
      let words = text[wordsStart..<end].split(whereSeparator: \.isWhitespace)
      if !words.isEmpty { tokens.append(.words(words)) }
    }

    while index < text.endIndex {
      let previous = index > text.startIndex ? text[text.index(before: index)] : nil
      if let end = Self.endOfNumber(in: text, at: index, after: previous),
        let value = Self.value(of: text[index..<end])
      {
        flushWords(upTo: index)
        tokens.append(.number(value, text: text[index..<end]))
        index = end
        wordsStart = end
      } else {
        index = text.index(after: index)
      }
    }
    flushWords(upTo: text.endIndex)
    self.tokens = tokens
  }

  var numbers: [(value: Double, text: Substring)] {
    tokens.compactMap {
      if case .number(let value, let text) = $0 { (value, text) } else { nil }
    }
  }

  /// Whether the two texts have the same words in the same places, numbers aside.
  func hasSameShape(as other: NumericText) -> Bool {
    guard tokens.count == other.tokens.count else { return false }
    return zip(tokens, other.tokens).allSatisfy { pair in
      switch pair {
      case (.words(let a), .words(let b)): a == b
      case (.number, .number): true
      default: false
      }
    }
  }

  /// Whether the texts match: same words, numbers within the tolerance.
  func matches(_ other: NumericText, tolerance: Tolerance) -> Bool {
    guard hasSameShape(as: other) else { return false }
    return zip(numbers, other.numbers).allSatisfy { tolerance.accepts($0.value, $1.value) }
  }

  private static func isWordCharacter(_ character: Character?) -> Bool {
    guard let character else { return false }
    return character.isLetter || character.isNumber || character == "_" || character == "."
  }

  /// The end of the number starting at `start`, if one does: `-1.5e-3`, `42`, `.5`, `nan`, `-inf`.
  private static func endOfNumber(in text: Substring, at start: Substring.Index, after previous: Character?)
    -> Substring.Index?
  {
    guard !isWordCharacter(previous) else { return nil }
    var index = start
    if text[index] == "-" || text[index] == "+" { index = text.index(after: index) }
    guard index < text.endIndex else { return nil }

    // nan, inf, infinity, as whole words.
    for word in ["infinity", "inf", "nan"] {
      let rest = text[index...]
      if rest.lowercased().hasPrefix(word) {
        let end = rest.index(rest.startIndex, offsetBy: word.count)
        if end == text.endIndex || !(text[end].isLetter || text[end].isNumber || text[end] == "_") { return end }
      }
    }

    let digitsStart = index
    while index < text.endIndex, text[index].isASCII, text[index].isNumber { index = text.index(after: index) }
    var sawDigits = index > digitsStart
    // A point belongs to the number only with digits after it: "3." ends a sentence.
    if index < text.endIndex, text[index] == "." {
      let afterPoint = text.index(after: index)
      var fractionEnd = afterPoint
      while fractionEnd < text.endIndex, text[fractionEnd].isASCII, text[fractionEnd].isNumber {
        fractionEnd = text.index(after: fractionEnd)
      }
      if fractionEnd > afterPoint {
        sawDigits = true
        index = fractionEnd
      }
    }
    guard sawDigits else { return nil }
    if index < text.endIndex, text[index] == "e" || text[index] == "E" {
      var exponent = text.index(after: index)
      if exponent < text.endIndex, text[exponent] == "-" || text[exponent] == "+" {
        exponent = text.index(after: exponent)
      }
      let exponentDigits = exponent
      while exponent < text.endIndex, text[exponent].isASCII, text[exponent].isNumber {
        exponent = text.index(after: exponent)
      }
      if exponent > exponentDigits { index = exponent }
    }
    return index
  }

  private static func value(of text: Substring) -> Double? {
    let lowered = text.lowercased()
    let unsigned = lowered.drop(while: { $0 == "-" || $0 == "+" })
    let negative = lowered.hasPrefix("-")
    switch unsigned {
    case "nan": return .nan
    case "inf", "infinity": return negative ? -.infinity : .infinity
    default:
      return Double(lowered)
    }
  }
}
