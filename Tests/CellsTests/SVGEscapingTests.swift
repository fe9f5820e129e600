import Testing

@testable import Cells

/// `SVGWriter.escaped` returns plain text as it is and escapes everything else.
@Suite struct SVGEscapingTests {
  @Test func plainTextIsUnchanged() {
    #expect(SVGWriter.escaped("M 10.5 20 L 30 -4.25 Z") == "M 10.5 20 L 30 -4.25 Z")
    #expect(SVGWriter.escaped("σ(x) — ünïcode") == "σ(x) — ünïcode")
  }

  @Test func specialCharactersAreEscaped() {
    #expect(SVGWriter.escaped("a < b & c > \"d\" 'e'") == "a &lt; b &amp; c &gt; &quot;d&quot; &apos;e&apos;")
    #expect(SVGWriter.escaped("'q' \"r\"", quotes: false) == "'q' \"r\"")
    #expect(SVGWriter.escaped("a\tb\nc\u{1}d") == "a b cd")
    #expect(SVGWriter.escaped("x\u{FFFE}y\u{FFFF}z\u{FFFD}") == "xyz\u{FFFD}")
  }
}
