/// The parts of GitHub-flavoured Markdown that plain CommonMark lacks, found in the text
/// cmark leaves as text: `~~strikethrough~~`, task-list markers (`- [x] done`) and bare
/// links (`https://example.com`, `www.example.com`). `CommonMark.html` puts what is
/// found here into cmark's tree, so the page shows them as GitHub shows them.
enum GitHubInlines {
  /// A run of a text node, as it should render.
  enum Piece: Equatable {
    case text(String)
    /// Markup written as it is (`<del>`).
    case html(String)
    case link(url: String, text: String)
  }

  // MARK: Strikethrough

  /// The text nodes of one inline container (a paragraph, a heading, an emphasis), in
  /// order, with each pair of `~~` delimiters turned into `<del>` and `</del>`.
  ///
  /// An opening `~~` must be followed, and a closing one preceded, by something other
  /// than white space (GitHub's flanking rule); a delimiter without a partner stays text.
  /// Runs of three or more tildes are text.
  static func strikethrough(_ texts: [String]) -> [[Piece]] {
    // Every candidate delimiter: (text index, offset), whether it can open, whether it can close.
    struct Delimiter {
      var text: Int
      var offset: Int
      var opens: Bool
      var closes: Bool
    }
    var delimiters: [Delimiter] = []
    for (textIndex, text) in texts.enumerated() {
      let characters = Array(text)
      var i = 0
      while i < characters.count {
        guard characters[i] == "~" else {
          i += 1
          continue
        }
        var run = 0
        while i + run < characters.count && characters[i + run] == "~" { run += 1 }
        if run == 2 {
          let before: Character? = i > 0 ? characters[i - 1] : nil
          let after: Character? = i + 2 < characters.count ? characters[i + 2] : nil
          delimiters.append(
            Delimiter(
              text: textIndex, offset: i, opens: after.map { !$0.isWhitespace } ?? false,
              closes: before.map { !$0.isWhitespace } ?? false))
        }
        i += run
      }
    }
    // Pair them left to right: an opener waits for the next delimiter that can close.
    var tags: [Int: [Int: String]] = [:]
    var opener: Delimiter?
    for delimiter in delimiters {
      if let open = opener, delimiter.closes {
        tags[open.text, default: [:]][open.offset] = "<del>"
        tags[delimiter.text, default: [:]][delimiter.offset] = "</del>"
        opener = nil
      } else if delimiter.opens {
        opener = delimiter
      }
    }
    return texts.enumerated().map { textIndex, text in
      guard let marks = tags[textIndex] else { return [.text(text)] }
      var pieces: [Piece] = []
      var current = ""
      let characters = Array(text)
      var i = 0
      while i < characters.count {
        if let tag = marks[i] {
          if !current.isEmpty { pieces.append(.text(current)) }
          current = ""
          pieces.append(.html(tag))
          i += 2
        } else {
          current.append(characters[i])
          i += 1
        }
      }
      if !current.isEmpty { pieces.append(.text(current)) }
      return pieces
    }
  }

  // MARK: Task lists

  /// `(checked, rest)` when a list item's text starts with `[ ]`, `[x]` or `[X]` and a space.
  static func taskMarker(_ text: String) -> (checked: Bool, rest: String)? {
    for (marker, checked) in [("[ ]", false), ("[x]", true), ("[X]", true)] {
      guard text.hasPrefix(marker) else { continue }
      let rest = text.dropFirst(marker.count)
      if rest.isEmpty { return (checked, "") }
      guard let first = rest.first, first == " " || first == "\t" else { return nil }
      return (checked, String(rest.dropFirst()))
    }
    return nil
  }

  /// The checkbox GitHub puts at the start of a task-list item.
  static func checkbox(checked: Bool) -> String {
    "<input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled=\"\"\(checked ? " checked=\"\"" : "") /> "
  }

  // MARK: Autolinks

  /// The text with every bare `http://`, `https://` and `www.` link made a link, as
  /// GitHub's autolink extension does: the link stops at white space or `<`, and trailing
  /// punctuation (`.`, `,`, `:`, `;`, `!`, `?`, quotes, `*`, `_`, `~`) and a `)` without
  /// a partner inside the link are left out of it.
  static func autolinked(_ text: String) -> [Piece] {
    let characters = Array(text)
    var pieces: [Piece] = []
    var plain = ""
    var i = 0
    while i < characters.count {
      if let (length, prefix) = linkStart(characters, at: i) {
        var end = i + length
        while end < characters.count, !characters[end].isWhitespace, characters[end] != "<" { end += 1 }
        end = trimmedEnd(characters, from: i + length, to: end)
        let domainEnd = characters[(i + length)..<end].firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) ?? end
        let domain = String(characters[(i + length)..<domainEnd])
        if isValidDomain(domain, needsDot: prefix == "http://www.") {
          if !plain.isEmpty { pieces.append(.text(plain)) }
          plain = ""
          let linkText = String(characters[i..<end])
          pieces.append(.link(url: prefix == "http://www." ? "http://" + linkText : linkText, text: linkText))
          i = end
          continue
        }
      }
      plain.append(characters[i])
      i += 1
    }
    if !plain.isEmpty { pieces.append(.text(plain)) }
    return pieces
  }

  /// The length of the scheme (or `www.`) starting a link at `i`, and how to complete its URL.
  private static func linkStart(_ characters: [Character], at i: Int) -> (Int, String)? {
    // A link starts a word: at the start, after white space, or after `(`, `*`, `_`, `~`.
    if i > 0 {
      let previous = characters[i - 1]
      guard previous.isWhitespace || "(*_~\"'".contains(previous) else { return nil }
    }
    for prefix in ["https://", "http://", "www."] {
      let prefixCharacters = Array(prefix)
      guard i + prefixCharacters.count <= characters.count else { continue }
      if zip(characters[i...], prefixCharacters).allSatisfy({ $0.lowercased() == $1.lowercased() }) {
        return (prefixCharacters.count, prefix == "www." ? "http://www." : prefix)
      }
    }
    return nil
  }

  /// The end of a link after GitHub's trimming of trailing punctuation and unbalanced `)`.
  private static func trimmedEnd(_ characters: [Character], from start: Int, to end: Int) -> Int {
    var end = end
    while end > start {
      let last = characters[end - 1]
      if "?!.,:*_~'\";".contains(last) {
        end -= 1
      } else if last == ")" {
        let opened = characters[start..<end].count(where: { $0 == "(" })
        let closed = characters[start..<end].count(where: { $0 == ")" })
        guard closed > opened else { break }
        end -= 1
      } else {
        break
      }
    }
    return end
  }

  /// Letters, digits, `-`, `_` and `.`, not empty; for `www.` links at least one more dot.
  private static func isValidDomain(_ domain: String, needsDot: Bool) -> Bool {
    guard !domain.isEmpty, !domain.hasPrefix("."), !domain.hasSuffix(".") else { return false }
    guard domain.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." || $0 == ":" }) else {
      return false
    }
    return !needsDot || domain.contains(".")
  }
}
