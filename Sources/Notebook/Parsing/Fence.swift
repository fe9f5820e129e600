/// A code fence line: up to three spaces, then three or more backticks or tildes.
struct Fence: Equatable, Sendable {
  var character: Character
  var length: Int
  var indentation: Int
  /// The text after the fence characters, trimmed.
  var info: String

  /// Reads an opening fence from a line, or returns `nil` if the line is not one.
  init?(openingLine line: some StringProtocol) {
    let indentation = line.prefix(while: { $0 == " " }).count
    guard indentation <= 3 else { return nil }
    let rest = line.dropFirst(indentation)
    guard let character = rest.first, character == "`" || character == "~" else { return nil }
    let length = rest.prefix(while: { $0 == character }).count
    guard length >= 3 else { return nil }
    let info = rest.dropFirst(length).trimmingWhitespace()
    // A backtick fence's info string may not contain backticks (that line would be inline code).
    if character == "`" && info.contains("`") { return nil }
    self.character = character
    self.length = length
    self.indentation = indentation
    self.info = String(info)
  }

  /// Whether `line` closes this fence: the same character, at least as many, nothing after.
  func isClosed(by line: some StringProtocol) -> Bool {
    let indentation = line.prefix(while: { $0 == " " }).count
    guard indentation <= 3 else { return false }
    let rest = line.dropFirst(indentation)
    let run = rest.prefix(while: { $0 == character }).count
    return run >= length && rest.dropFirst(run).allSatisfy { $0 == " " || $0 == "\t" }
  }

  /// The first word of the info string (`swift` in ```` ```swift title ````).
  var language: Substring {
    info.split(whereSeparator: { $0 == " " || $0 == "\t" }).first ?? ""
  }

  /// A backtick fence long enough to hold `text`: longer than its longest backtick run, at least 3.
  static func backticks(enclosing text: some StringProtocol) -> String {
    var longest = 0
    var current = 0
    for character in text {
      current = character == "`" ? current + 1 : 0
      longest = max(longest, current)
    }
    return String(repeating: "`", count: max(3, longest + 1))
  }
}

extension StringProtocol {
  /// The text without leading and trailing spaces and tabs.
  func trimmingWhitespace() -> SubSequence {
    let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
    guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
      return self[endIndex...]
    }
    return self[first...last]
  }
}
