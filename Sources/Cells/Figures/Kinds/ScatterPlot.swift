/// Scatter plots: points in one colour, coloured by class, or by value with a colour bar.
enum ScatterPlot {
  /// - Parameters:
  ///   - classNames: legend names for classes 0, 1, 2...; "class 0" and so on when absent.
  ///   - label: the legend name for uncoloured points.
  static func chart(
    _ points: PointSet, classNames: [String]?, label: String?, colormap: Colormap?, labels: ChartLabels
  ) -> Chart {
    let coloring: PointMark.Coloring
    var colorBar: ColorBar?
    var series = [Figure.Series(name: "x", values: points.xs), Figure.Series(name: "y", values: points.ys)]
    switch points.labels {
    case .none:
      coloring = .single(nil)
    case .classes(let classes):
      coloring = .classes(classes, names: classNames ?? [])
      series.append(Figure.Series(name: "class", values: classes.map(Double.init)))
    case .values(let values):
      let map = colormap ?? .viridis
      coloring = .values(values, map)
      let finite = values.filter(\.isFinite)
      colorBar = ColorBar(colormap: map, lower: finite.min() ?? 0, upper: finite.max() ?? 1)
      series.append(Figure.Series(name: "value", values: values))
    }
    let marks = [Mark.points(PointMark(xs: points.xs, ys: points.ys, coloring: coloring, label: label))]
    var plot = CartesianPlot(xLabel: labels.xLabel, yLabel: labels.yLabel, marks: marks)
    plot.colorBar = colorBar
    return Chart(kind: "scatter plot", title: labels.title, content: plot, series: series)
  }
}
