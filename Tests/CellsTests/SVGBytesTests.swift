import Testing

@testable import Cells

/// The byte-writing paths of `SVGWriter`, `SVGNumber`, `SVGPath` and `SeriesJSON` write
/// exactly the text the `String` versions describe.
@Suite struct SVGBytesTests {
  @Test(arguments: [
    (-0.0, "0"), (0.0, "0"), (0.005, "0.01"), (-0.005, "-0.01"), (-3.1, "-3.1"), (1234567.891, "1234567.89"),
    (0.05, "0.05"), (10.0, "10"), (-100.0, "-100"), (1e20, "1e15"), (-1e20, "-1e15"), (Double.nan, "0"),
    (Double.infinity, "0"), (9.999, "10"), (0.1 + 0.2, "0.3"),
  ])
  func coordinateEdgeCases(value: Double, text: String) {
    #expect(SVGNumber.format(value) == text)
    var bytes = Array("x=".utf8)
    SVGNumber.append(value, to: &bytes)
    #expect(String(decoding: bytes, as: UTF8.self) == "x=" + text)
  }

  @Test func coordinatesWithMoreDecimals() {
    #expect(SVGNumber.format(0.5, decimals: 4) == "0.5")
    #expect(SVGNumber.format(1.0 / 3, decimals: 4) == "0.3333")
    #expect(SVGNumber.format(-0.00004, decimals: 4) == "0")
    #expect(SVGNumber.format(2, decimals: 0) == "2")
    #expect(SVGNumber.fixed(5, places: 3, negative: true) == "-0.005")
    #expect(SVGNumber.fixed(0, places: 0, negative: false) == "0")
  }

  @Test func storedValuesEqualTheirTextReadBack() {
    var generator = SystemRandomNumberGenerator()
    var values: [Double] = [0, -0.0, 1e-300, 1e300, -2.5e-9, 0.1, 1 / 3, 99_999_999.7, 123_456_789, 3e15, 1e-20]
    for _ in 0..<2000 {
      let exponent = Double.random(in: -30...30, using: &generator)
      values.append(Double.random(in: -1...1, using: &generator) * pow10Double(exponent))
    }
    for value in values {
      let text = SVGNumber.significant(value)!
      #expect(SVGNumber.storedValue(value) == Double(text), "\(value) written as \(text)")
      var bytes: [UInt8] = []
      #expect(SVGNumber.appendSignificant(value, to: &bytes))
      #expect(String(decoding: bytes, as: UTF8.self) == text)
    }
    #expect(SVGNumber.storedValue(.nan) == nil)
    #expect(SeriesJSON.stored(-.infinity).isNaN)
  }

  private func pow10Double(_ exponent: Double) -> Double {
    var result = 1.0
    let whole = Int(exponent.rounded(.down))
    for _ in 0..<abs(whole) { result = whole < 0 ? result / 10 : result * 10 }
    return result
  }

  @Test func elementsEscapeTextAndWriteNumbersAndColours() {
    var svg = SVGWriter()
    svg.element(
      "text",
      [
        .init("x", -0.0), .init("y", 12.345), .init("fill", RGBColor(hex: 0x0072B2)),
        .init("title", "a<b & \"c\" 'd'"),
      ], content: "x & y < \"z\"")
    svg.open("g", [.init("class", "marks")])
    var path = SVGPath()
    path.move(to: Point(x: 1, y: -2.5))
    path.line(to: Point(x: 3.456, y: 0))
    path.closeSubpath()
    svg.element("path", [.init("d", path)])
    svg.close()
    #expect(
      svg.text == """
        <text x="0" y="12.35" fill="#0072b2" title="a&lt;b &amp; &quot;c&quot; &apos;d&apos;">x &amp; y &lt; "z"</text>
        <g class="marks">
        <path d="M1,-2.5 L3.46,0 Z"/>
        </g>

        """)
    #expect(path.data == "M1,-2.5 L3.46,0 Z")
  }

  @Test func escapingKeepsMultibyteTextAndDropsForbiddenCharacters() {
    #expect(SVGWriter.escaped("\u{EF}\u{FFFD}\u{FEFF}<") == "\u{EF}\u{FFFD}\u{FEFF}&lt;")
    #expect(SVGWriter.escaped("\u{FFFF}") == "")
    #expect(SVGWriter.escaped("") == "")
    #expect(SVGWriter.escaped("&&") == "&amp;&amp;")
  }

  @Test func renamedIDsMatchAWriterWithThatPrefix() {
    func draw(_ svg: inout SVGWriter) {
      let gradient = svg.makeID("gradient")
      let clip = svg.makeID("clip")
      svg.element("linearGradient", [.init("id", gradient)])
      svg.element("clipPath", [.init("id", clip)])
      // Text that looks like an id is not an id, and keeps its prefix.
      svg.element("text", [.init("fill", referenceTo: gradient)], content: "nnbook-gradient1")
      svg.element("rect", [.init("clip-path", referenceTo: clip), .init("class", "nnbook-data")])
    }
    var draft = SVGWriter(idPrefix: "nnbook")
    draw(&draft)
    var final = SVGWriter(idPrefix: "nnb-0123456789abcdef")
    draw(&final)
    #expect(draft.hasIDs)
    #expect(draft.text(idPrefix: "nnb-0123456789abcdef") == final.text)
    #expect(final.text.contains("url(#nnb-0123456789abcdef-gradient1)"))
    #expect(final.text.contains(">nnbook-gradient1<"))
  }

  @Test func seriesJSONLinesMatchTheMetadata() {
    let series = [
      Figure.Series(name: "a<b \"q\"\n", values: [0.1, .nan, -2.5e-9]), Figure.Series(name: "empty", values: []),
    ]
    let lines = SeriesJSON.lines(series)
    #expect(
      lines == [
        "{\"series\":[", "{\"name\":\"a<b \\\"q\\\"\\n\",\"values\":[0.1,null,-2.5e-9]},",
        "{\"name\":\"empty\",\"values\":[]}", "]}",
      ])
    let attributes: [SVGWriter.Attribute] = [.init("class", FigureRenderer.dataClass)]
    var svg = SVGWriter()
    svg.element("metadata", attributes) { bytes in SeriesJSON.write(series, to: &bytes) }
    var expected = SVGWriter()
    expected.element("metadata", attributes, lines: lines)
    #expect(svg.text == expected.text)
    #expect(svg.text.contains("a&lt;b"))
    #expect(SeriesJSON.read(fromSVG: svg.text)?.first?.name == "a<b \"q\"\n")
  }
}
