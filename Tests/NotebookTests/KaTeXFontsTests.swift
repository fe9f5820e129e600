import Foundation
import Testing

@testable import Notebook

/// KaTeX's fonts go into the style sheet as data URIs.
@Suite struct KaTeXFontsTests {
  @Test func firstExistingFontOfEachListIsInlined() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("katex-fonts-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("fonts"), withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data([0xFB, 0xFF, 0x00, 0x41]).write(to: folder.appendingPathComponent("fonts/A.ttf"))
    try Data("hi".utf8).write(to: folder.appendingPathComponent("fonts/B.woff2"))
    let css =
      "@font-face{font-family:A;src:url(fonts/A.woff2) format(\"woff2\"),url( 'fonts/A.ttf' ) format(\"truetype\")}"
      + ".é{src:url(fonts/B.woff2) format(\"woff2\");color:red}.c{src:local(x)}"
    let inlined = try #require(KaTeXBundle.inliningFonts(in: css, folder: folder.path))
    #expect(
      inlined
        == "@font-face{font-family:A;src:url(data:font/ttf;base64,+/8AQQ==) format('truetype')}"
        + ".é{src:url(data:font/woff2;base64,aGk=) format('woff2');color:red}.c{src:local(x)}")
    // A list whose fonts are all missing cannot be inlined.
    #expect(KaTeXBundle.inliningFonts(in: "a{src:url(fonts/C.woff2) format(\"woff2\")}", folder: folder.path) == nil)
    #expect(KaTeXBundle.pathExtension("fonts/x.y/z") == "")
    #expect(KaTeXBundle.pathExtension("a/.hidden") == "")
  }
}
