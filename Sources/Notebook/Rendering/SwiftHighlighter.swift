import SwiftIDEUtils
import SwiftParser
import SwiftSyntax

/// Highlights Swift code as HTML, using swift-syntax's own classification of tokens.
enum SwiftHighlighter {
  /// The code HTML-escaped, with classified ranges wrapped in `<span class="...">`.
  static func html(for code: String) -> String {
    let bytes = Array(code.utf8)
    let tree = Parser.parse(source: code)
    var html = ""
    var position = 0

    func text(_ range: Range<Int>) -> String {
      String(decoding: bytes[range], as: UTF8.self).htmlEscaped
    }

    for classified in tree.classifications {
      let start = min(max(classified.range.lowerBound.utf8Offset, position), bytes.count)
      let end = min(classified.range.upperBound.utf8Offset, bytes.count)
      guard start < end else { continue }
      if position < start { html += text(position..<start) }
      // Without type checking, `Linear(2, 3)` is a call of an identifier; a capital
      // first letter is how Swift code says "type", so color it like one.
      let startsWithCapital = bytes[start] >= UInt8(ascii: "A") && bytes[start] <= UInt8(ascii: "Z")
      let cssClass = classified.kind == .identifier && startsWithCapital ? "ty" : cssClass(for: classified.kind)
      if let cssClass {
        html += "<span class=\"\(cssClass)\">\(text(start..<end))</span>"
      } else {
        html += text(start..<end)
      }
      position = end
    }
    if position < bytes.count { html += text(position..<bytes.count) }
    return html
  }

  /// The page's CSS class for a kind of token, or `nil` to leave it plain.
  static func cssClass(for kind: SyntaxClassification) -> String? {
    switch kind {
    case .keyword, .ifConfigDirective: "kw"
    case .type: "ty"
    case .stringLiteral, .regexLiteral: "str"
    case .integerLiteral, .floatLiteral: "num"
    case .lineComment, .blockComment, .docLineComment, .docBlockComment: "com"
    case .attribute: "attr"
    case .argumentLabel: "arg"
    case .operator: "op"
    case .dollarIdentifier: "var"
    case .identifier, .editorPlaceholder, .none: nil
    @unknown default: nil
    }
  }
}
