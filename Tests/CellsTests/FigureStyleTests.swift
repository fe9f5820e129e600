import Foundation
import Testing

@testable import Cells

/// The style options, reference lines, annotations, log scales, contours and sizes of issue 16.
@Suite("Figure style, scales, annotations and size")
struct FigureStyleTests {
  /// The texts of an SVG's `<text>` elements, in order.
  static func texts(_ svg: String) -> [String] {
    var result: [String] = []
    var rest = svg[...]
    while let open = rest.range(of: "<text"), let start = rest[open.upperBound...].range(of: ">"),
      let end = rest[start.upperBound...].range(of: "</text>")
    {
      result.append(String(rest[start.upperBound..<end.lowerBound]))
      rest = rest[end.upperBound...]
    }
    return result
  }

  /// The labels of the y axis (texts anchored at their end, left of the plot).
  static func tickLabels(_ svg: String, group: String = "tick-labels") -> [String] {
    guard let start = svg.range(of: "<g class=\"\(group)\""),
      let end = svg[start.upperBound...].range(of: "</g>")
    else { return [] }
    return texts(String(svg[start.lowerBound..<end.upperBound]))
  }

  @Test func colorLineStyleAndMarkerReachTheDrawing() throws {
    let svg = try #require(drawnFigure("plot([1.0, 3, 2], color: \"red\", lineStyle: .dashed, marker: .square)")).svg
    #expect(svg.contains("stroke=\"#d62728\""))
    #expect(svg.contains("stroke-dasharray=\"6 4\""))
    #expect(svg.contains("class=\"markers\""))
    let palette = try #require(drawnFigure("plot([1.0, 3, 2], color: \"C1\", lineStyle: .dotted)")).svg
    #expect(palette.contains("stroke=\"#d55e00\""))
    #expect(palette.contains("stroke-dasharray=\"0 4\""))
    let hex = try #require(drawnFigure("scatter([1.0, 2], [3.0, 4], color: \"#123456\", marker: \"^\")")).svg
    #expect(hex.contains("fill=\"#123456\""))
    #expect(!hex.contains("<circle"))
  }

  /// A dotted line is zero-length dashes, which only round caps make visible: every
  /// dotted stroke (a plot, a reference line, a legend swatch) must carry them.
  @Test func dottedStrokesHaveRoundCaps() throws {
    let svg = try #require(
      drawnFigure(
        "axes { plot([1.0, 3, 2], label: \"a\", lineStyle: .dotted); vline(1, lineStyle: .dotted); hline(2, lineStyle: .dotted) }"
      )
    ).svg
    let dotted = svg.components(separatedBy: "<").filter { $0.contains("stroke-dasharray=\"0 ") }
    #expect(dotted.count >= 3, "\(dotted)")
    #expect(dotted.allSatisfy { $0.contains("stroke-linecap=\"round\"") }, "\(dotted)")
  }

  @Test func styleChangesNoEmbeddedNumber() throws {
    let plain = try #require(drawnFigure("plot([1.0, 10, 100])"))
    let styled = try #require(
      drawnFigure(
        "plot([1.0, 10, 100], color: \"gray\", lineStyle: .dashed, marker: .circle, xLimits: (0, 5), yScale: .log)"))
    #expect(plain.series == styled.series)
    #expect(plain.svg != styled.svg)
  }

  @Test func aLogAxisIsLabelledInPowersOfTenWithMinorTicks() throws {
    let svg = try #require(drawnFigure("plot([1.0, 0.1, 0.01, 0.001, 0.0001], yScale: .log)")).svg
    let labels = Self.tickLabels(svg)
    for power in ["10⁰", "10⁻¹", "10⁻²", "10⁻³", "10⁻⁴"] {
      #expect(labels.contains(power), "\(labels)")
    }
    // Eight minor ticks per decade, drawn as short lines: far more tick lines than labels.
    let axes = svg.components(separatedBy: "<g class=\"axes\"")[1].components(separatedBy: "</g>")[0]
    #expect(axes.components(separatedBy: "<line").count - 1 > labels.count + 25)
  }

  @Test func aLogAxisWithinOneDecadeWritesItsTicksOut() throws {
    let svg = try #require(drawnFigure("plot([2.0, 3, 4, 6, 8], yScale: .log)")).svg
    let labels = Self.tickLabels(svg)
    #expect(labels.contains("2") && labels.contains("5"), "\(labels)")
  }

  @Test func zeroAndNegativeValuesOnALogAxisLeaveGaps() throws {
    let svg = try #require(drawnFigure("plot([0.0, -1, 1, 10, 100], yScale: .log)")).svg
    #expect(Self.tickLabels(svg).contains("10²"))
    #expect(!svg.contains("nan"))
  }

  @Test func limitsFixTheRangeAndClipTheMarks() throws {
    let svg = try #require(drawnFigure("plot([0.0, 5, 20], xLimits: (0, 1.5), yLimits: [0, 10])")).svg
    let labels = Self.tickLabels(svg)
    // Whole-number x (indices) up to 1.5: ticks 0 and 1; y up to 10, not to the data's 20.
    #expect(labels.prefix(2) == ["0", "1"], "\(labels)")
    #expect(labels.last == "10", "\(labels)")
    #expect(svg.contains("<clipPath"))
    #expect(svg.contains("clip-path=\"url(#"))
  }

  /// DSL.md gives limits as ranges: a `Double` range draws the same figure as the pair.
  @Test func doubleRangesAreLimits() throws {
    let ranged = try #require(drawnFigure("plot([0.0, 5, 20], xLimits: 0.0...1.5, yLimits: 0.0..<10.0)")).svg
    let paired = try #require(drawnFigure("plot([0.0, 5, 20], xLimits: (0, 1.5), yLimits: (0, 10))")).svg
    #expect(Self.tickLabels(ranged) == Self.tickLabels(paired))
    #expect(Self.tickLabels(ranged).last == "10")
  }

  @Test(arguments: [
    ("plot([1.0, 2], yLimits: (2, 1))", "lower first"),
    ("plot([1.0, 2], xLimits: (0, Double.infinity))", "finite"),
    ("plot([1.0, 2], yLimits: (0, 1), yScale: .log)", "positive on a log axis"),
    ("plot([1.0, 2], color: \"no such colour\")", "color name"),
    ("plot([1.0, 2], marker: \"?\")", "must be a marker"),
    ("plot([1.0, 2], xLimits: (1, 2, 3))", "pair of numbers"),
    ("figure(width: Double.infinity) { plot([1.0]) }", "must be between"),
    ("figure(width: 1e308) { plot([1.0]) }", "must be between"),
    ("figure(rows: 1, columns: 2, height: -3) { plot([1.0]); plot([2.0]) }", "must be between"),
    ("hline(Double.nan)", "finite"),
    ("text(\"a\", at: (Double.infinity, 0))", "finite"),
    ("figure { hline(0) }", "put it inside axes"),
    ("contour({ x, y in x * y }, x: [0.0], y: [0.0, 1])", "between 2 and 2000"),
    ("contour({ x, y in x * y }, x: [1.0, 0], y: [0.0, 1])", "increasing"),
    (
      "contour({ x, y in x * y }, x: Tensor.linspace(0, 1, count: 1000), y: Tensor.linspace(0, 1, count: 1000))",
      "250000"
    ),
    ("contour({ x, y in x * y }, x: [0.0, 1], y: [0.0, 1], levels: Int.max)", "at most 100"),
    ("contour([[1.0, 2], [3, 4]], x: [0.0, 1, 2], y: [0.0, 1])", "2×2"),
  ])
  func badStyleAndSizeGiveALocatedError(_ source: String, _ message: String) {
    guard let e = failure(source) else { return }
    #expect(e.line >= 1 && e.column >= 1, "\(e)")
    #expect(e.message.contains(message), "\(e.message)")
  }

  /// Extreme or missing data draws something sensible: no trap, no NaN in the SVG.
  @Test(arguments: [
    "scatter([1e308, -1e308, 0], [-1e308, 1e308, 1], xScale: .log, yScale: .log)",
    "plot([Double.nan, 1, Double.infinity, 2], yScale: .log)",
    "plot([1e-320, 1e308], yScale: .log)",
    "plot([1.0, 2], yLimits: (1e-300, 1e300), yScale: .log)",
    "plot([-1.0, -2], yScale: .log)",
    "histogram([1e308, -1e308, 0], bins: 10000)",
    "bar(Array(repeating: 1.0, count: 5000))",
    "heatmap(Tensor.ones([1, 3000]))",
    "contour({ x, y in x / y }, x: [-1.0, 0, 1], y: [-1.0, 0, 1])",
    "axes { plot([1.0, 2]); vline(1e308); hline(-1e308); text(\"far\", at: (1e300, 1e300)) }",
    "figure(rows: 10000, columns: 10000) { plot([1.0, 2]) }",
    "plot([0.0, 1e308, -1e308, 1], yLimits: (0, 1))",
    "axes(xLimits: (0, 1)) { plot([0.0, 1], [0.0, 1]); text(\"far\", at: (1e308, 0.5)); scatter([-1e308], [0.5]) }",
  ])
  func extremeInputDrawsWithoutNaN(_ source: String) throws {
    let figure = try #require(drawnFigure(source))
    #expect(!figure.svg.contains("NaN") && !figure.svg.contains("nan") && !figure.svg.contains("inf\""))
    #expect(figure.svg.count < 20_000_000)
  }

  @Test func referenceLinesAndTextJoinTheirAxes() throws {
    let svg = try #require(
      drawnFigure(
        "axes { plot([-1.0, 1, 2]); hline(0, label: \"zero\"); vline(1, color: \"red\", lineStyle: .dashed); text(\"peak\\nhere\", at: (2, 2)) }"
      )
    ).svg
    #expect(svg.components(separatedBy: "class=\"reference\"").count - 1 == 2)
    let texts = Self.texts(svg)
    #expect(texts.contains("peak") && texts.contains("here"))
    #expect(texts.contains("zero"))
    // In a figure, an annotation after a panel joins that panel.
    let panel = try #require(drawnFigure("figure(columns: 2) { plot([1.0, 2]); hline(1.5); plot([3.0, 4]) }"))
    #expect(panel.svg.components(separatedBy: "class=\"panel\"").count - 1 == 2)
    #expect(panel.svg.contains("class=\"reference\""))
  }

  @Test func titlesBreakLinesAtNewlines() throws {
    let svg = try #require(drawnFigure("plot([1.0, 2], title: \"Loss\\n(lower is better)\")")).svg
    let texts = Self.texts(svg)
    #expect(texts.contains("Loss") && texts.contains("(lower is better)"), "\(texts)")
  }

  @Test func contourWithAPathOnTop() throws {
    let figure = try #require(
      drawnFigure(
        """
        axes {
            contour({ x, y in x * x + 4 * y * y }, x: Tensor.linspace(-2, 2, count: 41), y: Tensor.linspace(-1, 1, count: 21), levels: 8)
            plot([1.5, 0.8, 0.3, 0.0], [0.9, 0.4, 0.1, 0.0], color: "red", marker: .circle)
        }
        """))
    #expect(series("z", of: figure).count == 41 * 21)
    #expect(series("z", of: figure)[0] == 8)
    #expect(!series("levels", of: figure).isEmpty)
    let contours = try #require(figure.svg.range(of: "class=\"contours\""))
    let path = try #require(figure.svg.range(of: "stroke=\"#d62728\""))
    #expect(contours.lowerBound < path.lowerBound, "the path is drawn over the contours")
    // A matrix of values works as well as a function.
    let matrix = try #require(drawnFigure("contour([[0.0, 1], [1, 2]], x: [0.0, 1], y: [0.0, 1], levels: [0.5, 1.5])"))
    #expect(series("levels", of: matrix) == [0.5, 1.5])
  }

  @Test func figureSizeIsAsAsked() throws {
    let svg = try #require(
      drawnFigure("figure(rows: 2, columns: 3, width: 1000, height: 640) { for i in 0..<6 { plot([1.0, Double(i)]) } }")
    ).svg
    #expect(svg.contains("width=\"1000\" height=\"640\""))
    // A grid of three columns is wider than the page column by default, so each panel stays legible.
    let grid = try #require(drawnFigure("figure(rows: 2, columns: 3) { for i in 0..<6 { plot([1.0, Double(i)]) } }"))
      .svg
    #expect(grid.contains("width=\"960\""))
    #expect(try #require(drawnFigure("plot([1.0, 2])")).svg.contains("width=\"680\""))
  }

  @Test func heatmapIndexLabelsAreRoundNumbers() throws {
    let svg = try #require(drawnFigure("heatmap(Tensor.ones([4, 100]))")).svg
    let labels = Self.tickLabels(svg).compactMap(Int.init)
    let columns = labels.filter { $0 >= 4 || $0 == 0 }
    #expect(labels.contains(20) && labels.contains(40) && labels.contains(80), "\(labels)")
    #expect(columns.allSatisfy { $0 % 20 == 0 || $0 < 4 }, "\(labels)")
  }

  @Test func aLoneImageHasRoundPixelTicks() throws {
    let svg = try #require(drawnFigure("image(Tensor.ones([28, 100]))")).svg
    let labels = Self.tickLabels(svg).compactMap(Int.init)
    // Columns then rows, each from 0 in a round step (10 or 20 columns, 5 or 10 rows).
    let split = try #require(labels.indices.dropFirst().first { labels[$0] < labels[$0 - 1] })
    let (columns, rows) = (Array(labels[..<split]), Array(labels[split...]))
    #expect(columns.first == 0 && rows.first == 0)
    #expect([10, 20].contains(columns[1]) && columns.allSatisfy { $0 % columns[1] == 0 }, "\(columns)")
    #expect([5, 10].contains(rows[1]) && rows.allSatisfy { $0 % rows[1] == 0 }, "\(rows)")
    #expect((4...11).contains(columns.count), "\(columns)")
    // Images in a grid have none.
    let grid = try #require(drawnFigure("imageGrid(Tensor.ones([3, 8, 8]))")).svg
    #expect(!grid.contains("tick-labels"))
  }

  @Test func curvesStartWhereTheirDataStarts() throws {
    let svg = try #require(drawnFigure("plot([3.0, 4, 5, 6], [1.0, 2, 3, 2])")).svg
    let labels = Self.tickLabels(svg)
    #expect(labels.first == "3", "\(labels)")
  }

  @Test func everyTextIsAtLeastTwelveUnits() throws {
    let svg = try #require(
      drawnFigure(
        "figure(rows: 2, columns: 3) { plot([1.0, 2], title: \"a\"); scatter([1.0, 2], [2.0, 3], colors: [0.5, 1.5]); histogram([1.0, 2, 2]); bar([\"a\", \"b\"], [1.0, 2]); heatmap([[1.0, 2], [3, 4]], annotate: true); lossCurves(train: [1.0, 0.5]) }"
      )
    ).svg
    let sizes = svg.components(separatedBy: "font-size=\"").dropFirst().compactMap { Double($0.prefix { $0 != "\"" }) }
    #expect(!sizes.isEmpty)
    #expect(sizes.allSatisfy { $0 >= 12 }, "\(sizes)")
  }
}
