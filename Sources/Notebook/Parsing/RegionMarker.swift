/// The HTML comments that delimit a stored output region.
enum RegionMarker {
  static let end = "<!-- nnbook:end -->"

  static func opening(key: String) -> String { "<!-- nnbook:output \(key) -->" }

  /// The key of an opening comment (`<!-- nnbook:output KEY -->`), or `nil` if the line is not one.
  static func key(inOpeningLine line: some StringProtocol) -> String? {
    guard let inner = commentBody(line), inner.hasPrefix("nnbook:output") else { return nil }
    let rest = inner.dropFirst("nnbook:output".count)
    guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
    return String(rest.trimmingWhitespace())
  }

  /// Whether the line is the closing comment.
  static func isEnd(_ line: some StringProtocol) -> Bool {
    commentBody(line) == "nnbook:end"
  }

  /// The trimmed text between `<!--` and `-->` if the line is exactly one comment.
  private static func commentBody(_ line: some StringProtocol) -> Substring? {
    let trimmed = String(line).trimmingWhitespace()
    guard trimmed.hasPrefix("<!--"), trimmed.hasSuffix("-->"), trimmed.count >= 7 else { return nil }
    return trimmed.dropFirst(4).dropLast(3).trimmingWhitespace()
  }
}
