/// Builds an SVG document as text, one element per line.
///
/// Every attribute value and text node goes through XML escaping here, so no
/// caller can produce invalid XML with a title like `loss < 0.1 & "done"`.
/// Coordinates are formatted by `SVGNumber`, which keeps the output deterministic.
struct SVGWriter {
  private(set) var text = ""
  private var openElements: [String] = []
  private var idCount = 0

  /// Whether any element got an id (most figures need none).
  var hasIDs: Bool { idCount > 0 }

  /// Starts every `id` in the document. Ids are global in an HTML page that inlines several
  /// figures, so the figure renderer derives this from the figure's content: ids differ
  /// between different figures, and the same figure always gets the same ones.
  let idPrefix: String

  init(idPrefix: String = "nnbook") {
    self.idPrefix = idPrefix
  }

  /// A new id for an element other elements refer to (a gradient).
  mutating func makeID(_ kind: String) -> String {
    idCount += 1
    return "\(idPrefix)-\(kind)\(idCount)"
  }

  /// An attribute: name and already chosen value (numbers are formatted when the attribute is made).
  struct Attribute {
    let name: String
    let value: String

    init(_ name: String, _ value: String) {
      self.name = name
      self.value = value
    }

    init(_ name: String, _ value: Double) {
      self.init(name, SVGNumber.format(value))
    }
  }

  /// An element with no children: `<rect x="1" .../>`.
  mutating func element(_ name: String, _ attributes: [Attribute]) {
    text += "<" + name + Self.attributeText(attributes) + "/>\n"
  }

  /// An element holding text: `<text ...>label</text>`.
  mutating func element(_ name: String, _ attributes: [Attribute], content: String) {
    text +=
      "<" + name + Self.attributeText(attributes) + ">" + Self.escaped(content, quotes: false) + "</" + name + ">\n"
  }

  /// An element holding several lines of text, each escaped (the embedded data, one series a line).
  mutating func element(_ name: String, _ attributes: [Attribute], lines: [String]) {
    text += "<" + name + Self.attributeText(attributes) + ">\n"
    for line in lines { text += Self.escaped(line, quotes: false) + "\n" }
    text += "</" + name + ">\n"
  }

  /// Opens an element whose children follow; close it with `close()`.
  mutating func open(_ name: String, _ attributes: [Attribute] = []) {
    text += "<" + name + Self.attributeText(attributes) + ">\n"
    openElements.append(name)
  }

  mutating func close() {
    let name = openElements.removeLast()
    text += "</" + name + ">\n"
  }

  /// Writes `body` inside a `<g>` with the given attributes.
  mutating func group(_ attributes: [Attribute], _ body: (inout SVGWriter) -> Void) {
    open("g", attributes)
    body(&self)
    close()
  }

  private static func attributeText(_ attributes: [Attribute]) -> String {
    var result = ""
    for attribute in attributes {
      result += " " + attribute.name + "=\"" + escaped(attribute.value) + "\""
    }
    return result
  }

  /// Escapes XML's special characters and drops control characters XML 1.0 forbids.
  ///
  /// Quotes matter only inside attribute values; text content keeps them, so the
  /// embedded JSON stays readable.
  static func escaped(_ text: String, quotes: Bool = true) -> String {
    // Most text (numbers, path data, plain labels) has nothing to escape: one pass over
    // its bytes instead of a copy scalar by scalar. 0xEF starts U+FFFE and U+FFFF.
    let plain = text.utf8.allSatisfy { b in
      b >= 0x20 && b != 0x26 && b != 0x3C && b != 0x3E && b != 0x22 && b != 0x27 && b != 0xEF
    }
    if plain { return text }
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"" where quotes: result += "&quot;"
      case "'" where quotes: result += "&apos;"
      case "\t", "\n", "\r": result += " "
      default:
        if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}
