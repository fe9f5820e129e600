/// Heatmaps: a matrix as coloured cells; a confusion matrix is one with counts written in.
enum HeatmapChart {
  static func chart(
    rows: Int, columns: Int, values: [Double], annotate: Bool, rowLabels: [String]?, columnLabels: [String]?,
    colormap: Colormap, labels: ChartLabels
  ) -> Chart {
    let finite = values.filter(\.isFinite)
    let colorBar = ColorBar(colormap: colormap, lower: finite.min() ?? 0, upper: finite.max() ?? 1)
    let plot = HeatmapPlot(
      rows: rows, columns: columns, values: values, rowLabels: rowLabels, columnLabels: columnLabels,
      annotate: annotate, colorBar: colorBar, xLabel: labels.xLabel, yLabel: labels.yLabel)
    return Chart(
      kind: "heatmap", title: labels.title, content: plot,
      series: [
        Figure.Series(name: "shape", values: [Double(rows), Double(columns)]),
        Figure.Series(name: "values", values: values),
      ])
  }
}
