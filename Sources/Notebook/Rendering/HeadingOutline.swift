/// Gives the headings of rendered prose ids and anchors, and collects them for the table of contents.
struct HeadingOutline {
  struct Entry: Equatable {
    var level: Int
    var id: String
    /// The heading's text as HTML, tags removed (a link inside a heading would nest links).
    var title: String
  }

  private(set) var entries: [Entry] = []
  private var usedIDs: Set<String>

  /// - Parameter reservedIDs: ids other parts of the page use (cells), which headings must not take.
  init(reservedIDs: Set<String> = []) {
    usedIDs = reservedIDs
  }

  /// Adds `id` attributes and anchor links to the `<h1>`…`<h6>` elements cmark wrote.
  mutating func anchoring(_ html: String) -> String {
    var result = ""
    var rest = html[...]
    while let open = rest.firstRange(of: "<h") {
      let afterTag = rest[open.upperBound...]
      guard let levelCharacter = afterTag.first, let level = levelCharacter.wholeNumberValue, (1...6).contains(level),
        afterTag.dropFirst().hasPrefix(">"),
        let close = afterTag.firstRange(of: "</h\(level)>")
      else {
        result += rest[..<open.upperBound]
        rest = afterTag
        continue
      }
      let inner = afterTag[afterTag.index(afterTag.startIndex, offsetBy: 2)..<close.lowerBound]
      let title = Self.removingTags(inner).trimmingWhitespaceAndNewlines()
      let id = uniqueID(for: title)
      entries.append(Entry(level: level, id: id, title: title))
      result += rest[..<open.lowerBound]
      result +=
        "<h\(level) id=\"\(id)\">\(inner)<a class=\"anchor\" href=\"#\(id)\" aria-label=\"Link to this section\">#</a></h\(level)>"
      rest = afterTag[close.upperBound...]
    }
    result += rest
    return result
  }

  /// A lowercase, hyphenated id made from the heading's text, unique on the page.
  private mutating func uniqueID(for title: String) -> String {
    var slug = ""
    var text = title
    for (entity, character) in [("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'")] {
      text = text.replacing(entity, with: character)
    }
    for character in text.lowercased() {
      if character.isLetter || character.isNumber {
        slug.append(character)
      } else if (character == " " || character == "-" || character == "_") && !slug.isEmpty && !slug.hasSuffix("-") {
        slug.append("-")
      }
    }
    while slug.hasSuffix("-") { slug.removeLast() }
    if slug.isEmpty { slug = "section" }
    var id = slug
    var number = 1
    while usedIDs.contains(id) {
      id = "\(slug)-\(number)"
      number += 1
    }
    usedIDs.insert(id)
    return id
  }

  private static func removingTags(_ html: Substring) -> String {
    var text = ""
    var inTag = false
    for character in html {
      if character == "<" {
        inTag = true
      } else if character == ">" && inTag {
        inTag = false
      } else if !inTag {
        text.append(character)
      }
    }
    return text
  }
}
