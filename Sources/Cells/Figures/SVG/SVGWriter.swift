/// Builds an SVG document as text, one element per line.
///
/// Every attribute value and text node goes through XML escaping here, so no
/// caller can produce invalid XML with a title like `loss < 0.1 & "done"`.
/// Coordinates are formatted by `SVGNumber`, which keeps the output deterministic.
///
/// The document is kept as UTF-8 bytes and becomes a `String` once, in `text`: a figure
/// has thousands of elements, and appending each piece to a `String` (and making a
/// `String` for each number) cost more than everything else in drawing it.
struct SVGWriter {
  private var bytes: [UInt8] = []
  private var openElements: [String] = []
  private var idCount = 0
  /// Where each id written so far starts in `bytes` (see `text(idPrefix:)`).
  private var idOffsets: [Int] = []

  /// The document written so far.
  var text: String { String(decoding: bytes, as: UTF8.self) }

  /// The document's UTF-8 bytes (what its hash is taken of).
  var utf8: [UInt8] { bytes }

  /// Whether any element got an id (most figures need none).
  var hasIDs: Bool { idCount > 0 }

  /// Starts every `id` in the document. Ids are global in an HTML page that inlines several
  /// figures, so the figure renderer derives this from the figure's content: ids differ
  /// between different figures, and the same figure always gets the same ones.
  let idPrefix: String

  init(idPrefix: String = "nnbook") {
    self.idPrefix = idPrefix
    // Most figures take a few to a few hundred kilobytes; this saves the first regrowths.
    bytes.reserveCapacity(1 << 16)
  }

  /// An element's id, which other elements refer to (a gradient, a clip path).
  struct ID {
    let kind: String
    let number: Int
  }

  /// A new id for an element other elements refer to (a gradient).
  mutating func makeID(_ kind: String) -> ID {
    idCount += 1
    return ID(kind: kind, number: idCount)
  }

  /// The document with `prefix` in place of `idPrefix` in every id and reference to one: the
  /// same text a writer made with `idPrefix: prefix` writes, without drawing the figure again.
  func text(idPrefix prefix: String) -> String {
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count + idOffsets.count * max(0, prefix.utf8.count - idPrefix.utf8.count))
    let oldLength = idPrefix.utf8.count
    var copied = 0
    for offset in idOffsets {
      result.append(contentsOf: bytes[copied..<offset])
      result.append(contentsOf: prefix.utf8)
      copied = offset + oldLength
    }
    result.append(contentsOf: bytes[copied...])
    return String(decoding: result, as: UTF8.self)
  }

  /// An attribute: its name and its value, written straight into the document when the
  /// element is (numbers and colours never become a `String`).
  struct Attribute {
    let name: String
    let value: Value

    enum Value {
      case text(String)
      case number(Double)
      case color(RGBColor)
      case path(SVGPath)
      /// `prefix-kindN`, the id itself.
      case id(ID)
      /// `url(#prefix-kindN)`, a reference to an element with that id.
      case reference(ID)
    }

    init(_ name: String, _ value: String) {
      self.name = name
      self.value = .text(value)
    }

    init(_ name: String, _ value: Double) {
      self.name = name
      self.value = .number(value)
    }

    /// A colour as `#rrggbb`.
    init(_ name: String, _ color: RGBColor) {
      self.name = name
      self.value = .color(color)
    }

    /// Path data (`d`).
    init(_ name: String, _ path: SVGPath) {
      self.name = name
      self.value = .path(path)
    }

    /// The element's own id.
    init(_ name: String, _ id: ID) {
      self.name = name
      self.value = .id(id)
    }

    /// A reference to the element with `id`: `url(#...)`.
    init(_ name: String, referenceTo id: ID) {
      self.name = name
      self.value = .reference(id)
    }
  }

  /// An element with no children: `<rect x="1" .../>`.
  mutating func element(_ name: String, _ attributes: [Attribute]) {
    startTag(name, attributes)
    append("/>\n")
  }

  /// An element holding text: `<text ...>label</text>`.
  mutating func element(_ name: String, _ attributes: [Attribute], content: String) {
    startTag(name, attributes)
    bytes.append(UInt8(ascii: ">"))
    Self.appendEscaped(content, quotes: false, to: &bytes)
    endTag(name)
  }

  /// An element holding several lines of text, each escaped (the embedded data, one series a line).
  mutating func element(_ name: String, _ attributes: [Attribute], lines: [String]) {
    startTag(name, attributes)
    append(">\n")
    for line in lines {
      Self.appendEscaped(line, quotes: false, to: &bytes)
      bytes.append(UInt8(ascii: "\n"))
    }
    endTag(name)
  }

  /// An element whose content `write` appends to the bytes it is given, already escaped
  /// (the embedded data, whose numbers need no escaping and so go straight in).
  mutating func element(_ name: String, _ attributes: [Attribute], escapedContent write: (inout [UInt8]) -> Void) {
    startTag(name, attributes)
    append(">\n")
    write(&bytes)
    endTag(name)
  }

  /// `<name a="1" b="2"` without its end, written piece by piece into `bytes`.
  private mutating func startTag(_ name: String, _ attributes: [Attribute]) {
    bytes.append(UInt8(ascii: "<"))
    append(name)
    for attribute in attributes {
      bytes.append(UInt8(ascii: " "))
      append(attribute.name)
      append("=\"")
      switch attribute.value {
      case .text(let text): Self.appendEscaped(text, quotes: true, to: &bytes)
      case .number(let number): SVGNumber.append(number, to: &bytes)
      case .color(let color): color.appendHex(to: &bytes)
      // Path data is only numbers, letters, spaces and commas: nothing to escape.
      case .path(let path): bytes.append(contentsOf: path.utf8)
      case .id(let id): appendID(id)
      case .reference(let id):
        append("url(#")
        appendID(id)
        bytes.append(UInt8(ascii: ")"))
      }
      bytes.append(UInt8(ascii: "\""))
    }
  }

  /// `prefix-kindN`, noting where it starts so `text(idPrefix:)` can change the prefix.
  /// The parts are escaped as any attribute value, though prefixes and kinds are plain.
  private mutating func appendID(_ id: ID) {
    idOffsets.append(bytes.count)
    Self.appendEscaped(idPrefix, quotes: true, to: &bytes)
    bytes.append(UInt8(ascii: "-"))
    Self.appendEscaped(id.kind, quotes: true, to: &bytes)
    SVGNumber.appendFixed(UInt(id.number), places: 0, negative: false, to: &bytes)
  }

  private mutating func endTag(_ name: String) {
    append("</")
    append(name)
    append(">\n")
  }

  /// Appends markup or a name as it is (never text from a lesson: that goes through `appendEscaped`).
  private mutating func append(_ markup: String) {
    bytes.append(contentsOf: markup.utf8)
  }

  /// Opens an element whose children follow; close it with `close()`.
  mutating func open(_ name: String, _ attributes: [Attribute] = []) {
    startTag(name, attributes)
    append(">\n")
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
    var bytes: [UInt8] = []
    appendEscaped(text, quotes: quotes, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Writes `escaped(text, quotes:)` at the end of `bytes`, in one pass over the text's bytes.
  static func appendEscaped(_ text: String, quotes: Bool, to bytes: inout [UInt8]) {
    var text = text
    text.withUTF8 { appendEscaped($0, quotes: quotes, to: &bytes) }
  }

  /// Writes `source` escaped at the end of `bytes`; see `escaped(_:quotes:)`.
  static func appendEscaped(_ source: UnsafeBufferPointer<UInt8>, quotes: Bool, to bytes: inout [UInt8]) {
    var index = 0
    // Runs of plain bytes (most text: numbers, plain labels) are copied at once.
    var plainStart = 0
    while index < source.count {
      let byte = source[index]
      let plain =
        byte >= 0x20 && byte != 0x26 && byte != 0x3C && byte != 0x3E && byte != 0xEF
        && (!quotes || (byte != 0x22 && byte != 0x27))
      if plain {
        index += 1
        continue
      }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[plainStart..<index]))
      index += 1
      switch byte {
      case 0x26: bytes.append(contentsOf: "&amp;".utf8)
      case 0x3C: bytes.append(contentsOf: "&lt;".utf8)
      case 0x3E: bytes.append(contentsOf: "&gt;".utf8)
      case 0x22: bytes.append(contentsOf: "&quot;".utf8)
      case 0x27: bytes.append(contentsOf: "&apos;".utf8)
      case 0x09, 0x0A, 0x0D: bytes.append(0x20)
      case 0xEF where index + 1 < source.count && source[index] == 0xBF && (source[index + 1] & 0xFE) == 0xBE:
        index += 2  // U+FFFE or U+FFFF, which XML forbids
      case 0xEF: bytes.append(byte)  // the start of any other character
      default: break  // other control characters are dropped
      }
      plainStart = index
    }
    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[plainStart..<index]))
  }
}
