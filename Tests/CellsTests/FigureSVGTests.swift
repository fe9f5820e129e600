import Foundation
import Testing

@testable import Cells

/// One cell per figure kind, drawing with arrays (tensors where noted).
let figureKindCells: [(kind: String, cell: String)] = [
  ("plot", "plot([0.9, 0.5, 0.3, 0.25], title: \"Loss\")"),
  (
    "plot x y",
    "let x = [0.0, 0.5, 1.0, 1.5]\nplot(x, x.map { $0 * $0 }, label: \"square\", xLabel: \"x\", yLabel: \"y\")"
  ),
  ("plot series", "plot([1.0, 2, 3], [[1.0, 2, 3], [3.0, 2, 1]], labels: [\"up\", \"down\"])"),
  ("scatter classes", "scatter([0.0, 1, 2, 3], [1.0, 0, 1, 0], colors: [0, 1, 0, 1])"),
  ("scatter values", "scatter([0.0, 1, 2, 3], [1.0, 0, 1, 0], colors: [0.1, 0.7, 2.5, 3.9])"),
  ("scatter dataset", "scatter((x: [[0.0, 1.0], [1.0, 0.0], [0.5, 0.5]], y: [0, 1, 1]), classNames: [\"a\", \"b\"])"),
  ("histogram", "histogram([0.1, 0.2, 0.2, 0.3, 0.9, -0.4], bins: 4)"),
  (
    "heatmap",
    "heatmap([[5, 1], [2, 7]], annotate: true, rowLabels: [\"cat\", \"dog\"], columnLabels: [\"cat\", \"dog\"])"
  ),
  ("image", "image([[0.0, 1, 0], [1, 0, 1], [0, 1, 0]], title: \"X\")"),
  ("image grid", "imageGrid([[[0.0, 1], [1, 0]], [[1.0, 0], [0, 1]], [[1.0, 1], [0, 0]]], columns: 2)"),
  ("bar", "bar([\"SGD\", \"Adam\"], [0.91, 0.96], title: \"Accuracy\")"),
  (
    "decision boundary",
    "decisionBoundary({ x, y in x + y > 1 ? 0.9 : 0.1 }, (x: [[0.0, 0.0], [1.0, 1.0], [0.2, 0.9]], y: [0, 1, 1]), resolution: 12)"
  ),
  ("loss curves", "lossCurves(train: [0.7, 0.5, 0.4], validation: [0.72, 0.6, 0.55])"),
  (
    "panels",
    "figure(rows: 2, columns: 2) {\n  plot([1.0, 2, 3])\n  histogram([1.0, 2, 2, 3])\n  heatmap([[1, 2], [3, 4]])\n  bar([\"a\", \"b\"], [1, 2])\n}"
  ),
]

@Suite("Figure SVG: valid, deterministic, self-describing")
struct FigureSVGTests {
  @Test(arguments: figureKindCells.map(\.cell))
  func svgParsesAsXMLWithTitleAndRole(cell: String) throws {
    let figure = try #require(drawnFigure(cell))
    let document = try XMLElements.parse(figure.svg).get()
    let root = try #require(document.elements.first)
    #expect(root.name == "svg")
    #expect(root.attributes["role"] == "img")
    #expect(root.attributes["viewBox"]?.hasPrefix("0 0 ") == true)
    #expect(root.attributes["style"]?.contains("max-width:100%") == true)
    #expect(document.elements[1].name == "title", "the title comes first, for screen readers")
    #expect(document.texts["title"] == figure.caption)
    #expect(!figure.caption.isEmpty)
  }

  @Test(arguments: figureKindCells.map(\.cell))
  func sameCellGivesTheSameBytes(cell: String) {
    let first = drawnFigure(cell)
    let second = drawnFigure(cell)
    #expect(first != nil)
    #expect(first?.svg == second?.svg)
  }

  @Test(arguments: figureKindCells.map(\.cell))
  func embeddedNumbersAreTheFiguresSeries(cell: String) throws {
    let figure = try #require(drawnFigure(cell))
    let embedded = try #require(Figure.series(embeddedIn: figure.svg))
    #expect(!embedded.isEmpty)
    #expect(embedded.map(\.name) == figure.series.map(\.name))
    for (a, b) in zip(embedded, figure.series) {
      #expect(a.values.count == b.values.count)
      #expect(zip(a.values, b.values).allSatisfy { $0 == $1 || ($0.isNaN && $1.isNaN) }, "series \(a.name)")
    }
  }

  @Test func noFloatNoiseReachesTheFile() throws {
    let figure = try #require(drawnFigure("plot([0.1 + 0.2, 0.30000000000000004, 1.0 / 3])"))
    #expect(!figure.svg.contains("0.30000000000000004"))
    #expect(!figure.svg.contains("0000000001"))
    #expect(series("y", of: figure) == [0.3, 0.3, 0.33333333])
  }

  @Test func textIsEscaped() throws {
    let figure = try #require(drawnFigure("plot([1.0, 2], label: \"a < b & \\\"c\\\"\", title: \"loss < 0.1 & done\")"))
    let document = try XMLElements.parse(figure.svg).get()
    #expect(document.texts["title"] == "loss < 0.1 & done")
    #expect(figure.svg.contains("a &lt; b &amp; &quot;c&quot;") || figure.svg.contains("a &lt; b &amp; \"c\""))
    #expect(Figure.series(embeddedIn: figure.svg)?.first?.name == "a < b & \"c\"")
  }

  @Test func idsDependOnTheFigureSoInlinedFiguresDoNotClash() throws {
    let viridis = try #require(drawnFigure("heatmap([[1, 2], [3, 4]])"))
    let diverging = try #require(drawnFigure("heatmap([[1, 2], [3, 4]], colormap: .diverging)"))
    func ids(_ svg: String) throws -> [String] {
      try XMLElements.parse(svg).get().elements.compactMap { $0.attributes["id"] }
    }
    let first = try ids(viridis.svg)
    let second = try ids(diverging.svg)
    #expect(!first.isEmpty)
    #expect(Set(first).isDisjoint(with: second))
  }

  @Test func panelSeriesNameTheirPanel() throws {
    let figure = try #require(drawnFigure(figureKindCells.last!.cell))
    let names = figure.series.map(\.name)
    #expect(names.contains("panel 1 / y"))
    #expect(names.contains("panel 2 / counts"))
    #expect(names.contains("panel 3 / values"))
    #expect(names.contains("panel 4 / values"))
  }

  @Test func widthIsThePageColumnAndScalesDown() throws {
    let figure = try #require(drawnFigure("plot([1.0, 2, 3])"))
    let root = try #require(try XMLElements.parse(figure.svg).get().elements.first)
    #expect(root.attributes["width"] == "680")
    #expect(root.attributes["viewBox"]?.hasPrefix("0 0 680 ") == true)
  }
}
