import Foundation
import Testing

private let mathLesson = """
  # Math

  Inline $a_1 + b$ and display:

  $$\\sum_i x_i$$

  ```swift
  print(1)
  ```

  """

/// Whether a page loads anything (script, style sheet, font) from the network.
private func referencesTheNetwork(_ html: String) -> Bool {
  html.contains("src=\"http") || html.contains("href=\"http") || html.contains("url(http")
}

@Suite("run --math")
struct MathTests {
  @Test func embedInlinesKaTeXAndItsFontsFromAnInstalledCopy() throws {
    let h = try Harness()
    try h.write("l.md", mathLesson)
    // A KaTeX laid out as Debian installs it: katex.min.css naming fonts/, contrib/auto-render.js.
    let katex = h.folder.appendingPathComponent("katex")
    try FileManager.default.createDirectory(
      at: katex.appendingPathComponent("contrib"), withIntermediateDirectories: true)
    try FileManager.default.createDirectory(
      at: katex.appendingPathComponent("fonts"), withIntermediateDirectories: true)
    try h.write(
      "katex/katex.min.css",
      "@font-face{font-family:KaTeX_Main;src:url(fonts/KaTeX_Main-Regular.woff2) format('woff2'),url(fonts/KaTeX_Main-Regular.woff) format('woff')}.katex{font:normal 1.21em KaTeX_Main}"
    )
    try h.write("katex/fonts/KaTeX_Main-Regular.woff2", "FONT")
    try h.write("katex/katex.js", "var katex = {render: function () {}}; // </script> inside")
    try h.write("katex/contrib/auto-render.js", "function renderMathInElement(element, options) {}")

    let result = try h.nnbook(
      arguments: ["run", "--math", "embed", "l.md"], environment: ["NNBOOK_KATEX": katex.path])
    #expect(result.status == 0, "\(result.stderr)")
    let html = try h.read("l.html")
    #expect(!referencesTheNetwork(html), "the page must work offline")
    #expect(html.contains("url(data:font/woff2;base64,\(Data("FONT".utf8).base64EncodedString())) format('woff2')"))
    #expect(!html.contains("KaTeX_Main-Regular.woff)"), "one font format is enough")
    #expect(html.contains("<\\/script> inside"), "a script cannot end the tag early")
    #expect(html.contains("addEventListener(\"DOMContentLoaded\", function () { renderMathInElement(document.body"))
    #expect(html.contains("\\(a_1 + b\\)"))
  }

  @Test func embedWithoutKaTeXSaysSoAndFallsBackToTheCDN() throws {
    let h = try Harness()
    try h.write("l.md", mathLesson)
    let result = try h.nnbook(
      arguments: ["run", "--math", "embed", "l.md"],
      environment: ["NNBOOK_KATEX": h.folder.appendingPathComponent("no-katex").path])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.contains("warning: KaTeX not found"), "\(result.stderr)")
    #expect(try h.read("l.html").contains("https://cdn.jsdelivr.net/npm/katex@"))

    let none = try h.nnbook("run", "--math", "none", "l.md")
    #expect(none.status == 0)
    let page = try h.read("l.html")
    #expect(!page.contains("katex") && !referencesTheNetwork(page))
  }

  @Test func debiansKaTeXMakesAnOfflinePageByDefault() throws {
    guard KaTeXInstalled.folder != nil else { return }  // libjs-katex is not installed here
    let h = try Harness()
    try h.write("l.md", mathLesson)
    let result = try h.nnbook(arguments: ["run", "l.md"], environment: ["NNBOOK_KATEX": ""])
    #expect(result.status == 0, "\(result.stderr)")
    let html = try h.read("l.html")
    #expect(!referencesTheNetwork(html))
    #expect(html.contains("data:font/woff2;base64,"))
    #expect(!html.contains("url(fonts/"))
  }
}

enum KaTeXInstalled {
  static var folder: String? {
    let folder = "/usr/share/javascript/katex"
    return FileManager.default.fileExists(atPath: folder + "/katex.min.css") ? folder : nil
  }
}
