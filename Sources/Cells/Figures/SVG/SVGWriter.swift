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
    startTag(name, attributes)
    text += "/>\n"
  }

  /// An element holding text: `<text ...>label</text>`.
  mutating func element(_ name: String, _ attributes: [Attribute], content: String) {
    startTag(name, attributes)
    text += ">"
    text += Self.escaped(content, quotes: false)
    endTag(name)
  }

  /// An element holding several lines of text, each escaped (the embedded data, one series a line).
  mutating func element(_ name: String, _ attributes: [Attribute], lines: [String]) {
    startTag(name, attributes)
    text += ">\n"
    for line in lines {
      text += Self.escaped(line, quotes: false)
      text += "\n"
    }
    endTag(name)
  }

  /// `<name a="1" b="2"` without its end; written piece by piece into `text` (a figure has
  /// thousands of elements, and concatenating each tag first copied it twice).
  private mutating func startTag(_ name: String, _ attributes: [Attribute]) {
    text += "<"
    text += name
    for attribute in attributes {
      text += " "
      text += attribute.name
      text += "=\""
      text += Self.escaped(attribute.value)
      text += "\""
    }
  }

  private mutating func endTag(_ name: String) {
    text += "</"
    text += name
    text += ">\n"
  }

  /// Opens an element whose children follow; close it with `close()`.
  mutating func open(_ name: String, _ attributes: [Attribute] = []) {
    startTag(name, attributes)
    text += ">\n"
    openElements.append(name)
  }

  mutating func close() {
    endTag(openElements.removeLast())
  }

  /// Writes `body` inside a `<g>` with the given attributes.
  mutating func group(_ attributes: [Attribute], _ body: (inout SVGWriter) -> Void) {
    open("g", attributes)
    body(&self)
    close()
  }

  /// Escapes XML's special characters and drops control characters XML 1.0 forbids.
  ///
  /// Quotes matter only inside attribute values; text content keeps them, so the
  /// embedded JSON stays readable.
  static func escaped(_ text: String, quotes: Bool = true) -> String {
    // Most text (numbers, path data, plain labels, the embedded JSON) has nothing to escape:
    // one pass over its bytes instead of a copy. 0xEF starts U+FFFE and U+FFFF.
    let plain = text.utf8.allSatisfy { b in
      b >= 0x20 && b != 0x26 && b != 0x3C && b != 0x3E && b != 0xEF && (!quotes || (b != 0x22 && b != 0x27))
    }
    if plain { return text }
    let bytes = Array(text.utf8)
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count + 16)
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      index += 1
      switch byte {
      case 0x26: result += "&amp;".utf8
      case 0x3C: result += "&lt;".utf8
      case 0x3E: result += "&gt;".utf8
      case 0x22 where quotes: result += "&quot;".utf8
      case 0x27 where quotes: result += "&apos;".utf8
      case 0x09, 0x0A, 0x0D: result.append(0x20)
      case 0xEF where index + 1 < bytes.count && bytes[index] == 0xBF && (bytes[index + 1] & 0xFE) == 0xBE:
        index += 2  // U+FFFE or U+FFFF, which XML forbids
      default:
        if byte >= 0x20 { result.append(byte) }  // other control characters are dropped
      }
    }
    return String(decoding: result, as: UTF8.self)
  }
}
