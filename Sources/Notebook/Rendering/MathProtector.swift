/// Takes `$...$` and `$$...$$` math out of Markdown before cmark sees it.
///
/// cmark would read `_`, `*` and `\` inside TeX as Markdown; replacing each math
/// span with an inert token, and the token with the TeX after rendering, keeps
/// the TeX exactly as written. Math in code spans and code blocks stays code.
///
/// The rules for inline math follow Pandoc's: the opening `$` is not followed
/// by a space, the closing `$` is not preceded by one nor followed by a digit,
/// so `it costs $5 and $6` is not math.
struct MathProtector {
  struct Span: Equatable {
    var tex: String
    var isDisplay: Bool
  }

  private(set) var spans: [Span] = []

  static let tokenPrefix = "NNBOOKMATH"
  static let tokenSuffix = "X"

  /// Protects the math in `lines`, leaving the lines whose indices are in `codeLines` alone.
  /// Display math spanning several lines becomes one token, so fewer lines may come back.
  mutating func protect(_ lines: [String], codeLines: Set<Int>) -> [String] {
    var result: [String] = []
    var chunk: [String] = []
    func flush() {
      guard !chunk.isEmpty else { return }
      let protected = protect(chunk.joined(separator: "\n"))
      result += protected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      chunk = []
    }
    for (index, line) in lines.enumerated() {
      if codeLines.contains(index) {
        flush()
        result.append(line)
      } else {
        chunk.append(line)
      }
    }
    flush()
    return result
  }

  /// Protects the math in a run of prose.
  mutating func protect(_ text: String) -> String {
    let characters = Array(text)
    var output = ""
    var index = 0
    while index < characters.count {
      let character = characters[index]
      switch character {
      case "\\":
        output.append(character)
        if index + 1 < characters.count { output.append(characters[index + 1]) }
        index += 2
      case "`":
        let end = Self.endOfCodeSpan(in: characters, at: index)
        output += String(characters[index..<end])
        index = end
      case "$":
        if let (tex, end, isDisplay) = Self.math(in: characters, at: index) {
          output += Self.token(spans.count)
          spans.append(Span(tex: tex, isDisplay: isDisplay))
          index = end
        } else {
          let run = characters[index...].prefix(while: { $0 == "$" }).count
          output += String(repeating: "$", count: run)
          index += run
        }
      default:
        output.append(character)
        index += 1
      }
    }
    return output
  }

  static func token(_ number: Int) -> String { "\(tokenPrefix)\(number)\(tokenSuffix)" }

  /// Puts the TeX back into rendered HTML: a display span alone in a paragraph becomes
  /// a `div`, everything else a `span`, each in the delimiters KaTeX's auto-render looks for.
  func restore(in html: String) -> String {
    guard !spans.isEmpty else { return html }
    let blocks = html.replacingPlaceholders(prefix: "<p>" + Self.tokenPrefix, suffix: Self.tokenSuffix + "</p>") {
      number in
      guard number < spans.count, spans[number].isDisplay else { return nil }
      return "<div class=\"math display\">\\[\(spans[number].tex.htmlEscaped)\\]</div>"
    }
    return blocks.replacingPlaceholders(prefix: Self.tokenPrefix, suffix: Self.tokenSuffix) { number in
      guard number < spans.count else { return nil }
      let span = spans[number]
      return span.isDisplay
        ? "<span class=\"math display\">\\[\(span.tex.htmlEscaped)\\]</span>"
        : "<span class=\"math inline\">\\(\(span.tex.htmlEscaped)\\)</span>"
    }
  }

  /// Where the code span opening at `start` ends, or just past its backticks if it never closes.
  private static func endOfCodeSpan(in characters: [Character], at start: Int) -> Int {
    let length = characters[start...].prefix(while: { $0 == "`" }).count
    var index = start + length
    while index < characters.count {
      if characters[index] == "`" {
        let run = characters[index...].prefix(while: { $0 == "`" }).count
        if run == length { return index + run }
        index += run
      } else {
        index += 1
      }
    }
    return start + length
  }

  /// The math starting at the `$` at `start`: its TeX, the index after it, and whether it is display math.
  private static func math(in characters: [Character], at start: Int) -> (String, Int, Bool)? {
    let count = characters.count
    if start + 1 < count, characters[start + 1] == "$" {
      var index = start + 2
      while index + 1 < count {
        if characters[index] == "\\" {
          index += 2
          continue
        }
        if characters[index] == "$" && characters[index + 1] == "$" {
          let tex = String(characters[(start + 2)..<index])
          return tex.allSatisfy(\.isWhitespace) ? nil : (tex, index + 2, true)
        }
        index += 1
      }
      return nil
    }

    guard start + 1 < count, !characters[start + 1].isWhitespace else { return nil }
    var index = start + 1
    while index < count {
      let character = characters[index]
      if character == "\\" {
        index += 2
        continue
      }
      // TeX has no use for backticks; one means a code span starts, which math cannot reach into.
      if character == "`" { return nil }
      if character == "\n" {
        // Inline math may wrap onto the next line, but not past the end of a paragraph.
        let nextLine = characters[(index + 1)...].prefix(while: { $0 != "\n" })
        if nextLine.allSatisfy(\.isWhitespace) { return nil }
      }
      if character == "$" {
        let closes =
          !characters[index - 1].isWhitespace && (index + 1 == count || !characters[index + 1].isNumber)
        if closes { return (String(characters[(start + 1)..<index]), index + 1, false) }
      }
      index += 1
    }
    return nil
  }
}
