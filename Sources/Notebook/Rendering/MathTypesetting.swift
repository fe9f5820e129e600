import Cells
import Foundation

/// How a rendered page typesets its `$...$` and `$$...$$` math.
public enum MathTypesetting: Sendable {
  /// KaTeX from a CDN: the page needs a network to show typeset math.
  case cdn
  /// KaTeX inside the page, its fonts as data URIs: the page works offline.
  case embedded(KaTeXBundle)
  /// No typesetting: the TeX stays as written.
  case none
}

/// KaTeX's style sheet (fonts inlined), script and auto-render extension, read from an
/// installed copy such as Debian's `libjs-katex`.
public struct KaTeXBundle: Sendable {
  /// Where Debian's and Ubuntu's `libjs-katex` install KaTeX.
  public static let debianFolder = "/usr/share/javascript/katex"

  /// The folder to read KaTeX from: `NNBOOK_KATEX`, or Debian's.
  public static var defaultFolder: String {
    ProcessInfo.processInfo.environment["NNBOOK_KATEX"].flatMap { $0.isEmpty ? nil : $0 } ?? debianFolder
  }

  /// The style sheet, every font a `data:` URI.
  public let css: String
  public let script: String
  public let autoRender: String
  /// The three as they go into a page, escaped once here: they are large (the fonts make
  /// the style sheet about a megabyte), and `watch` renders a page on every save.
  private let pageHead: String

  public init(css: String, script: String, autoRender: String) {
    self.css = css
    self.script = script
    self.autoRender = autoRender
    // A script's text ends at the first `</script`, wherever it is.
    func safe(_ script: String) -> String { KaTeXBundle.escaping("</script", in: script) }
    pageHead = """
      <style>\(KaTeXBundle.escaping("</style", in: css))</style>
      <script>\(safe(script))</script>
      <script>\(safe(autoRender))</script>
      """
  }

  /// `text` with every `closing` (`</style`) written `<\/style`. KaTeX's megabyte of
  /// style sheet and script has none: a scan of its bytes finds that in a millisecond,
  /// where Foundation's `replacingOccurrences` took about 20.
  static func escaping(_ closing: String, in text: String) -> String {
    let needle = Array(closing.utf8)
    var text = text
    let found = text.withUTF8 { bytes -> Bool in
      guard bytes.count >= needle.count, let base = bytes.baseAddress else { return false }
      // `memchr` to each `<`: a byte-by-byte loop over the megabyte was most of making a bundle.
      var i = 0
      while i <= bytes.count - needle.count,
        let hit = memchr(base + i, Int32(needle[0]), bytes.count - needle.count + 1 - i)
      {
        i = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
        var j = 1
        while j < needle.count && bytes[i + j] == needle[j] { j += 1 }
        if j == needle.count { return true }
        i += 1
      }
      return false
    }
    return found ? text.replacingOccurrences(of: closing, with: "<\\/" + closing.dropFirst(2)) : text
  }

  /// Reads KaTeX from a folder laid out as KaTeX's `dist` (`katex.min.css`, `katex.min.js`
  /// or `katex.js`, `contrib/auto-render[.min].js`, `fonts/`); `nil` when something is missing.
  public static func load(from folder: String) -> KaTeXBundle? {
    func read(_ names: [String]) -> String? {
      for name in names {
        if let data = FileManager.default.contents(atPath: folder + "/" + name) {
          // From contiguous bytes: `String(decoding: data, ...)` took the slow, element by
          // element path, a tenth of a lesson's start-up for KaTeX's megabyte.
          return data.withUnsafeBytes { String(decoding: $0.bindMemory(to: UInt8.self), as: UTF8.self) }
        }
      }
      return nil
    }
    guard let css = read(["katex.min.css", "katex.css"]), let script = read(["katex.min.js", "katex.js"]),
      let autoRender = read(["contrib/auto-render.min.js", "contrib/auto-render.js"])
    else { return nil }
    guard let inlined = inliningFonts(in: css, folder: folder) else { return nil }
    return KaTeXBundle(css: inlined, script: script, autoRender: autoRender)
  }

  /// Replaces each `src:` list of `url(fonts/...) format(...)` with the first font file that
  /// exists (woff2 comes first in KaTeX's lists) as a data URI; `nil` if a font is missing.
  static func inliningFonts(in css: String, folder: String) -> String? {
    // On the style sheet's bytes: Foundation's `range(of:)`, `trimmingCharacters` and
    // `base64EncodedString` over its megabyte of fonts were a tenth of rendering a page.
    let text = Array(css.utf8)
    var result: [UInt8] = []
    result.reserveCapacity(text.count)
    var index = 0
    while let start = text.offset(of: "src:", in: index..<text.count) {
      result += text[index..<start + 4]
      index = start + 4
      let end = text[index...].firstIndex { $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: "}") } ?? text.count
      let sources = index..<end
      index = end
      var chosen = false
      var from = sources.lowerBound
      while from < sources.upperBound, !chosen {
        let source = from..<(text[from..<sources.upperBound].firstIndex(of: UInt8(ascii: ",")) ?? sources.upperBound)
        from = source.upperBound + 1
        guard let open = text.offset(of: "url(", in: source),
          let close = text[(open + 4)..<source.upperBound].firstIndex(of: UInt8(ascii: ")"))
        else { continue }
        var path = text[(open + 4)..<close]
        let quote: (UInt8) -> Bool = { $0 == UInt8(ascii: "'") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: " ") }
        while let first = path.first, quote(first) { path = path.dropFirst() }
        while let last = path.last, quote(last) { path = path.dropLast() }
        let name = String(decoding: path, as: UTF8.self)
        guard !name.hasPrefix("data:"), let data = FileManager.default.contents(atPath: folder + "/" + name) else {
          continue
        }
        let format = Self.pathExtension(name)
        result += Array("url(data:\(format == "ttf" ? "font/ttf" : "font/\(format)");base64,".utf8)
        result += Array(data.base64EncodedString().utf8)
        result += Array(") format('\(format == "ttf" ? "truetype" : format)')".utf8)
        chosen = true
      }
      if !chosen {
        if text.offset(of: "url(", in: sources) != nil { return nil }
        result += text[sources]
      }
    }
    result += text[index...]
    return String(decoding: result, as: UTF8.self)
  }

  /// The extension of a path's last component (`woff2`), or "" when it has none.
  static func pathExtension(_ path: String) -> String {
    let name = path.split(separator: "/", omittingEmptySubsequences: false).last ?? ""
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
    return String(name[name.index(after: dot)...])
  }

  /// The tags that put KaTeX into a page's head and typeset the page once it is parsed.
  func headHTML(renderCall: String) -> String {
    pageHead + "\n<script>document.addEventListener(\"DOMContentLoaded\", function () { \(renderCall) });</script>"
  }
}

extension [UInt8] {
  /// The offset of the first `needle` (ASCII) inside `range`, or `nil`.
  fileprivate func offset(of needle: StaticString, in range: Range<Int>) -> Int? {
    let pattern = UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount)
    return withUnsafeBufferPointer { ByteSearch.firstOffset(of: pattern, in: $0, within: range) }
  }
}
