import Testing

@testable import Cells

@Suite("Figure kinds, from cells")
struct FigureKindTests {
  @Test func plotOfValuesUsesIndicesAndNoLegend() throws {
    let figure = try #require(drawnFigure("plot([3.0, 1, 2])"))
    #expect(series("y", of: figure) == [3, 1, 2])
    #expect(!figure.series.contains { $0.name == "x" })
    #expect(!figure.svg.contains("class=\"legend\""))
    #expect(figure.caption == "line plot of y")
  }

  @Test func plotOfSeveralSeriesHasALegendWithEachName() throws {
    let figure = try #require(
      drawnFigure("plot([0.0, 1, 2], [[0.0, 1, 4], [0.0, 1, 2]], labels: [\"square\", \"identity\"])"))
    #expect(series("x", of: figure) == [0, 1, 2])
    #expect(series("square", of: figure) == [0, 1, 4])
    #expect(series("identity", of: figure) == [0, 1, 2])
    #expect(figure.svg.contains("class=\"legend\""))
    #expect(figure.svg.contains(">square</text>") && figure.svg.contains(">identity</text>"))
    // Two series, two palette colours.
    #expect(figure.svg.contains("stroke=\"#0072b2\"") && figure.svg.contains("stroke=\"#d55e00\""))
  }

  @Test func plotAcceptsTensors() throws {
    let figure = try #require(drawnFigure("let x = Tensor.linspace(0, 1, count: 5)\nplot(x, x * x, label: \"x²\")"))
    #expect(series("x²", of: figure) == [0, 0.0625, 0.25, 0.5625, 1])
    #expect(series("x", of: figure) == [0, 0.25, 0.5, 0.75, 1])
  }

  @Test func tensorColumnsAreSeries() throws {
    let figure = try #require(drawnFigure("plot(Tensor([[1.0, 10], [2, 20], [3, 30]]), labels: [\"a\", \"b\"])"))
    #expect(series("a", of: figure) == [1, 2, 3])
    #expect(series("b", of: figure) == [10, 20, 30])
  }

  @Test func axesOverlayPlotsWithOneLegend() throws {
    let figure = try #require(
      drawnFigure(
        "axes(title: \"Both\") {\n  plot([1.0, 2, 3], label: \"a\")\n  scatter([0.0, 1, 2], [2.0, 1, 0], label: \"b\")\n}"
      ))
    #expect(series("a", of: figure) == [1, 2, 3])
    #expect(series("y", of: figure) == [2, 1, 0])
    #expect(figure.caption == "Both")
    #expect(figure.svg.components(separatedBy: "class=\"legend\"").count == 2)
  }

  @Test func scatterColorsIntegerLabelsByClass() throws {
    let figure = try #require(
      drawnFigure("scatter([0.0, 1, 2, 3], [0.0, 1, 0, 1], colors: [0, 1, 1, 2], classNames: [\"a\", \"b\", \"c\"])"))
    #expect(series("class", of: figure) == [0, 1, 1, 2])
    #expect(figure.svg.contains(">a</text>") && figure.svg.contains(">c</text>"))
    #expect(!figure.svg.contains("color-bar"))
  }

  @Test func scatterColorsValuesWithAColorBar() throws {
    let figure = try #require(drawnFigure("scatter([0.0, 1, 2], [0.0, 1, 0], colors: [0.5, 1.7, 3.2])"))
    #expect(series("value", of: figure) == [0.5, 1.7, 3.2])
    #expect(figure.svg.contains("class=\"color-bar\""))
    #expect(figure.svg.contains("linearGradient"))
  }

  @Test func scatterOfADatasetTupleUsesItsLabels() throws {
    let figure = try #require(drawnFigure("scatter((x: [[0.0, 1.0], [2.0, 3.0]], y: [[1.0, 0.0], [0.0, 1.0]]))"))
    #expect(series("x", of: figure) == [0, 2])
    #expect(series("y", of: figure) == [1, 3])
    #expect(series("class", of: figure) == [0, 1], "one-hot rows are classes")
  }

  @Test func histogramCountsEqualBins() throws {
    let figure = try #require(drawnFigure("histogram([0.0, 0.1, 0.2, 0.5, 0.9, 1.0], bins: 4, xLabel: \"weight\")"))
    #expect(series("bin edges", of: figure) == [0, 0.25, 0.5, 0.75, 1])
    // Bins hold their lower edge; the last also holds the maximum, as NumPy's do.
    #expect(series("counts", of: figure) == [3, 0, 1, 2])
    #expect(figure.svg.contains(">count</text>"), "the y axis is labelled by default")
  }

  @Test func histogramOfTwoDataSetsSharesBins() throws {
    let figure = try #require(
      drawnFigure("histogram([[0.0, 1], [0.5, 0.5]], bins: 2, labels: [\"before\", \"after\"])"))
    #expect(series("before counts", of: figure) == [1, 1])
    #expect(series("after counts", of: figure) == [0, 2])
  }

  @Test func histogramFlattensAMatrix() throws {
    let figure = try #require(drawnFigure("histogram(Tensor([[1.0, 2], [3, 4]]), bins: 2)"))
    #expect(series("counts", of: figure) == [2, 2])
  }

  @Test func heatmapAnnotatesWithReadableColours() throws {
    let figure = try #require(drawnFigure("heatmap([[0, 9], [3, 5]], annotate: true)"))
    #expect(series("values", of: figure) == [0, 9, 3, 5])
    #expect(series("shape", of: figure) == [2, 2])
    let document = try XMLElements.parse(figure.svg).get()
    let annotations = document.elements.filter { $0.name == "text" && $0.attributes["fill"] != nil }
    // 0 is the darkest cell (white text), 9 the lightest (dark text).
    #expect(annotations.contains { $0.attributes["fill"] == "#ffffff" })
    #expect(annotations.contains { $0.attributes["fill"] == Theme.textColor.hexString })
    #expect(figure.svg.contains(">9</text>") && figure.svg.contains(">0</text>"))
  }

  @Test func confusionMatrixNamesRowsAndColumns() throws {
    let figure = try #require(
      drawnFigure(
        "heatmap([[8, 2], [1, 9]], annotate: true, rowLabels: [\"cat\", \"dog\"], columnLabels: [\"cat\", \"dog\"], xLabel: \"predicted\", yLabel: \"true\")"
      ))
    #expect(figure.svg.components(separatedBy: ">cat</text>").count == 3)
    #expect(figure.svg.contains(">predicted</text>") && figure.svg.contains(">true</text>"))
  }

  @Test func imageOfAFlatSquareVectorIsSquare() throws {
    let figure = try #require(drawnFigure("image((0..<64).map { Double($0) })"))
    #expect(series("pixels", of: figure).count == 64)
    let document = try XMLElements.parse(figure.svg).get()
    let pixels = document.elements.filter { $0.name == "rect" && $0.attributes["fill"]?.hasPrefix("#") == true }
    // 64 distinct grays in 8 rows, minus the background.
    #expect(pixels.count == 65)
  }

  @Test func imageGridOfStackedImagesWithCaptions() throws {
    let figure = try #require(
      drawnFigure("imageGrid(Tensor.zeros([3, 4, 4]), columns: 2, captions: [\"a\", \"b\", \"c\"], title: \"Filters\")")
    )
    #expect(figure.series.map(\.name) == ["image 1", "image 2", "image 3"])
    #expect(figure.svg.contains(">b</text>"))
  }

  @Test func barHasOneBarPerLabel() throws {
    let figure = try #require(drawnFigure("bar([\"a\", \"b\", \"c\"], [1.0, -2, 3])"))
    #expect(series("values", of: figure) == [1, -2, 3])
    let bars = try XMLElements.parse(figure.svg).get().elements.filter {
      $0.name == "rect" && $0.attributes["width"] != nil
    }
    #expect(bars.count == 4, "three bars and the background")
  }

  @Test func decisionBoundaryOfAClosureOfTwoInputs() throws {
    let figure = try #require(
      drawnFigure(
        "decisionBoundary({ x, y in 1 / (1 + exp(-(x - y))) }, (x: [[0.0, 0.0], [1.0, 0.0], [0.0, 1.0]], y: [0, 1, 0]), resolution: 10)"
      ))
    let probability = series("probability", of: figure)
    #expect(probability.count == 100)
    #expect(probability.allSatisfy { $0 > 0 && $0 < 1 })
    #expect(series("class", of: figure) == [0, 1, 0])
    #expect(figure.svg.contains("class=\"regions\""))
    #expect(figure.svg.contains(">P(class 1)</text>"))
  }

  @Test func decisionBoundaryOfABatchClosureOnATensor() throws {
    let figure = try #require(
      drawnFigure(
        "let data = (x: Tensor([[0.0, 0.0], [1.0, 1.0]]), y: Tensor([0.0, 1.0]))\ndecisionBoundary({ p in sigmoid(p.matmul(Tensor([[1.0], [1.0]])) - 1) }, data, resolution: 8)"
      ))
    #expect(series("probability", of: figure).count == 64)
    #expect(series("class", of: figure) == [0, 1])
  }

  @Test func decisionBoundaryOfClassProbabilities() throws {
    let figure = try #require(
      drawnFigure(
        "decisionBoundary({ x, y in x > 0 ? [0.8, 0.1, 0.1] : (y > 0 ? [0.1, 0.8, 0.1] : [0.1, 0.1, 0.8]) }, (x: [[1.0, 1.0], [-1.0, 1.0], [-1.0, -1.0]], y: [0, 1, 2]), resolution: 9)"
      ))
    let predicted = series("predicted class", of: figure)
    #expect(Set(predicted) == [0, 1, 2])
  }

  @Test func decisionBoundaryOfAScoreDrawsItsZeroLine() throws {
    let figure = try #require(
      drawnFigure(
        "decisionBoundary({ x, y in x * x + y * y - 1 }, (x: [[-2.0, -2.0], [2.0, 2.0]], y: [0, 1]), resolution: 20)"))
    #expect(series("score", of: figure).contains { $0 < 0 })
    #expect(figure.svg.contains("stroke-opacity"), "the zero contour is drawn")
  }

  @Test func lossCurvesFromLists() throws {
    let figure = try #require(drawnFigure("lossCurves(train: [0.7, 0.5], validation: [0.8, 0.6])"))
    #expect(series("loss", of: figure) == [0.7, 0.5])
    #expect(series("validation loss", of: figure) == [0.8, 0.6])
    #expect(figure.svg.contains(">epoch</text>"))
  }

  @Test func lossCurvesFromADictionaryHistory() throws {
    let figure = try #require(
      drawnFigure("lossCurves([\"loss\": [0.7, 0.5], \"accuracy\": [0.6, 0.8]], metric: \"accuracy\")"))
    #expect(figure.series.map(\.name) == ["accuracy"])
  }

  @Test func showDisplaysSeveralFiguresFromOneCell() {
    let shown = figures("show(plot([1.0, 2]))\nshow(bar([\"a\"], [1]))\nprint(\"done\")")
    #expect(shown.count == 2)
  }

  @Test func figureDescribesItselfWhenPrinted() {
    #expect(output("print(plot([1.0, 2], title: \"Loss\"))") == "<Figure: Loss>")
  }

  @Test(arguments: [(4, 2, 2), (6, 2, 3), (12, 3, 4)])
  func panelGrids(count: Int, rows: Int, columns: Int) throws {
    let plots = (0..<count).map { "  plot([1.0, \(Double($0))], title: \"p\($0)\")" }.joined(separator: "\n")
    let figure = try #require(drawnFigure("figure(rows: \(rows), columns: \(columns), title: \"Grid\") {\n\(plots)\n}"))
    #expect(figure.series.count == count)
    #expect(figure.series.last?.name == "panel \(count) / y")
    #expect(figure.caption == "Grid")
    let document = try XMLElements.parse(figure.svg).get()
    #expect(document.elements.filter { $0.attributes["class"] == "panel" }.count == count)
  }

  @Test func panelsFromAnArray() throws {
    let figure = try #require(drawnFigure("figure(columns: 3, (1...3).map { image([[Double($0), 0], [0, 1]]) })"))
    #expect(figure.series.count == 3)
  }
}

@Suite("Figure errors name what is wrong")
struct FigureErrorTests {
  @Test(arguments: [
    ("plot([1.0, 2, 3], [1.0, 2])", "plot: x has 3 values but y has 2"),
    ("scatter([1.0, 2, 3], [1.0, 2])", "scatter: x has 3 values but y has 2"),
    ("scatter([1.0, 2], [1.0, 2], colors: [0, 1, 1])", "scatter: there are 2 points but 3 colors"),
    (
      "histogram([1.0, 2], bins: 0)",
      "histogram(_:bins:label:labels:title:xLabel:yLabel:color:lineStyle:marker:xLimits:yLimits:xScale:yScale:): argument 2 'bins' must be positive, got 0"
    ),
    ("bar([\"a\", \"b\"], [1.0])", "bar: 2 labels but 1 values"),
    (
      "heatmap([[1, 2], [3]])",
      "heatmap: rows must all have the same shape, but row 0 has 2 values and row 1 has 1 value"
    ),
    ("heatmap([[1, 2]], rowLabels: [\"a\", \"b\"])", "heatmap: 2 row labels for 1 rows"),
    ("image([1.0, 2, 3])", "image: 3 values do not make a square image; reshape them to height×width first"),
    ("plot([1.0, 2], [[1.0, 2], [3.0, 4]], labels: [\"a\"])", "plot: 1 labels for 2 series"),
    ("plot([\"a\"])", "plot: y must be numbers (an array or a tensor), got a value of type 'String'"),
    (
      "lossCurves(train: [0.5], title: 3)",
      "lossCurves(train:validation:title:xLabel:yLabel:color:lineStyle:marker:xLimits:yLimits:xScale:yScale:): argument 3 'title' must be a String, got Int"
    ),
    (
      "figure(rows: 1, columns: 1) {\n  plot([1.0])\n  plot([2.0])\n}",
      "figure: 1 rows × 1 columns have room for 1 panels, got 2"
    ),
    ("figure { 3 }", "figure: item 1 is a value of type 'Int', not a figure"),
    (
      "decisionBoundary(3, (x: [[0.0, 1.0]], y: [0]))", "decisionBoundary: expected a model or a function of two inputs"
    ),
    ("axes { heatmap([[1]]) }", "axes: only line plots, scatter plots, histograms and bar charts can share axes"),
    ("heatmap([[1]], colormap: .nope)", "'.nope' is not a known option here"),
    ("show(3)", "show: expects a figure (or a table), got a value of type 'Int'"),
  ])
  func badInputFailsWithAMessage(cell: String, message: String) {
    let error = failure(cell)
    #expect(error?.message.hasPrefix(message) == true, "got: \(error?.message ?? "no error")")
  }

  @Test func errorsAreLocatedAtTheCall() {
    let error = failure("let a = [1.0, 2]\nlet b = [1.0]\nplot(a, b)")
    #expect(error?.line == 3)
  }
}
