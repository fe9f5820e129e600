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
      guard bytes.count >= needle.count else { return false }
      for i in 0...(bytes.count - needle.count) where bytes[i] == needle[0] {
        var j = 1
        while j < needle.count && bytes[i + j] == needle[j] { j += 1 }
        if j == needle.count { return true }
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
    var result = ""
    var rest = css[...]
    while let start = rest.range(of: "src:") {
      result += rest[..<start.upperBound]
      rest = rest[start.upperBound...]
      let end = rest.firstIndex { $0 == ";" || $0 == "}" } ?? rest.endIndex
      let sources = rest[..<end]
      rest = rest[end...]
      var chosen: String?
      for source in sources.split(separator: ",") {
        guard let open = source.range(of: "url("), let close = source[open.upperBound...].firstIndex(of: ")")
        else { continue }
        let path = source[open.upperBound..<close].trimmingCharacters(in: CharacterSet(charactersIn: "'\" "))
        guard !path.hasPrefix("data:"), let data = FileManager.default.contents(atPath: folder + "/" + path) else {
          continue
        }
        let format = (path as NSString).pathExtension
        let mime = format == "ttf" ? "font/ttf" : "font/\(format)"
        chosen =
          "url(data:\(mime);base64,\(data.base64EncodedString())) format('\(format == "ttf" ? "truetype" : format)')"
        break
      }
      guard let chosen else {
        if sources.contains("url(") { return nil }
        result += sources
        continue
      }
      result += chosen
    }
    return result + rest
  }

  /// The tags that put KaTeX into a page's head and typeset the page once it is parsed.
  func headHTML(renderCall: String) -> String {
    pageHead + "\n<script>document.addEventListener(\"DOMContentLoaded\", function () { \(renderCall) });</script>"
  }
}
