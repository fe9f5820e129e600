/// A matrix drawn as coloured cells, row 0 at the top, with a colour bar:
/// weights, attention, confusion matrices.
struct HeatmapPlot: ChartContent {
  var rows: Int
  var columns: Int
  /// Row-major.
  var values: [Double]
  var rowLabels: [String]?
  var columnLabels: [String]?
  /// Write each cell's value in it (counts in a confusion matrix).
  var annotate = false
  var colorBar: ColorBar
  var xLabel: String?
  var yLabel: String?

  /// Cells larger than this look like a table with padding rather than a map; a small
  /// matrix (a confusion matrix of two or three classes) may fill more of its panel.
  var maxCellSize: Double { rows <= 4 && columns <= 4 ? 84 : 56 }

  func value(row: Int, column: Int) -> Double { values[row * columns + column] }

  var preferredFigureWidth: Double {
    min(
      Theme.pageWidth,
      HeatmapRenderer.margins(self, width: Theme.pageWidth, height: 300).horizontal + Double(columns) * maxCellSize
        + 24)
  }

  func preferredHeight(forWidth width: Double) -> Double {
    let margins = HeatmapRenderer.margins(self, width: width, height: width)
    let cell = min(maxCellSize, max(2, (width - margins.horizontal) / Double(columns)))
    // Tall matrices (many rows) are capped so a figure fits on a screen; cells then get wider than tall.
    return min(max(width, 520) * 1.1, cell * Double(rows) + margins.vertical)
  }

  func render(in frame: Rect, to svg: inout SVGWriter) {
    HeatmapRenderer(self, frame: frame).render(self, to: &svg)
  }
}
