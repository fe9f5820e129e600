import Testing

@testable import Notebook

/// The embedded KaTeX cannot end its `<style>` or `<script>` tag early.
@Suite struct KaTeXEscapingTests {
  @Test func closingTagsInsideAreEscapedAndNothingElseChanges() {
    let bundle = KaTeXBundle(
      css: ".a{content:\"</style>\"} .é{x:1}", script: "var s = '</script>'; // ü </scrip", autoRender: "f('</script')")
    let head = bundle.headHTML(renderCall: "go()")
    #expect(head.contains("<style>.a{content:\"<\\/style>\"} .é{x:1}</style>"))
    #expect(head.contains("<script>var s = '<\\/script>'; // ü </scrip</script>"))
    #expect(head.contains("<script>f('<\\/script')</script>"))
  }

  @Test func textWithoutClosingTagIsReturnedAsIs() {
    #expect(KaTeXBundle.escaping("</style", in: "a</styl") == "a</styl")
    #expect(KaTeXBundle.escaping("</style", in: "") == "")
    #expect(KaTeXBundle.escaping("</style", in: "</style</style") == "<\\/style<\\/style")
    #expect(KaTeXBundle.escaping("</style", in: "<</style") == "<<\\/style")
  }
}
