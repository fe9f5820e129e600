import Testing

@testable import Cells

/// `containsBytes` and `firstByteOffset` find exact UTF-8 byte sequences.
@Suite("byte search") struct ByteSearchTests {
  @Test func findsTheFirstOccurrenceFromAnOffset() {
    let text = "<svg width=\"720\" height=\"400\"><rect width=\"5\"/></svg>"
    #expect(text.firstByteOffset(of: "<svg") == 0)
    #expect(text.firstByteOffset(of: " width=\"") == 4)
    #expect(text.firstByteOffset(of: " width=\"", from: 5) == 35)
    #expect(text.firstByteOffset(of: "</svg>") == text.utf8.count - 6)
    #expect(text.firstByteOffset(of: "circle") == nil)
    #expect(text.firstByteOffset(of: "svg>", from: text.utf8.count) == nil)
  }

  @Test func comparesBytesNotCharacters() {
    // "é" precomposed (C3 A9) and decomposed (65 CC 81) are equal Swift strings but
    // different bytes; the prelude and Markdown checks want the bytes.
    #expect("caf\u{E9} au lait".containsBytes("\u{E9} au"))
    #expect(!"cafe\u{301} au lait".containsBytes("\u{E9} au"))
    #expect("a ~~b~~ c".containsBytes("~~"))
    #expect(!"a ~b~ c".containsBytes("~~"))
    #expect("x".containsBytes(""))
    #expect(!"".containsBytes("x"))
    #expect(Substring("struct S: Collection {}").containsBytes("Collection"))
  }

  /// A search inside a range finds only a match that lies wholly inside it.
  @Test func findsOnlyMatchesInsideTheRange() {
    let bytes = Array("src:url(a) src:url(b)".utf8)
    let pattern = Array("url(".utf8)
    func find(_ range: Range<Int>) -> Int? {
      bytes.withUnsafeBufferPointer { b in
        pattern.withUnsafeBufferPointer { ByteSearch.firstOffset(of: $0, in: b, within: range) }
      }
    }
    #expect(find(0..<bytes.count) == 4)
    #expect(find(5..<bytes.count) == 15)
    #expect(find(0..<7) == nil)
    #expect(find(0..<8) == 4)
    #expect(find(16..<bytes.count) == nil)
    #expect(find(0..<bytes.count + 1) == nil)
  }
}
