/// Bar charts: one value per named category (accuracy per model, count per class).
enum BarChart {
  static func chart(names: [String], values: [Double], labels: ChartLabels) -> Chart {
    let bars = values.enumerated().map { index, value in
      BarMark.Bar(x0: Double(index) - 0.4, x1: Double(index) + 0.4, y0: 0, y1: value)
    }
    var plot = CartesianPlot(
      xLabel: labels.xLabel, yLabel: labels.yLabel, marks: [.bars(BarMark(bars: bars, opacity: 0.9))])
    plot.xCategories = names
    plot.yAxis.includesZero = true
    return Chart(
      kind: "bar chart", title: labels.title, content: plot, series: [Figure.Series(name: "values", values: values)])
  }
}
