/// Contour plots: the level lines of a function of two variables, such as a loss surface,
/// with an optimizer's path drawn over them in `axes { }`.
enum ContourPlot {
  /// The most grid points a contour samples (a function is called once per point).
  static let largestGrid = 250_000

  /// Level lines of `values` (row `j` at `ys[j]`, column `i` at `xs[i]`), at `levels`,
  /// or at about `count` nice values across their range.
  static func chart(
    xs: [Double], ys: [Double], values: [Double], levels given: [Double]?, count: Int, colormap: Colormap,
    labels: ChartLabels
  ) -> Chart {
    let finite = values.filter(\.isFinite)
    let lower = finite.min() ?? 0
    let upper = finite.max() ?? 1
    let levels: [Double]
    if let given {
      levels = given.filter(\.isFinite).sorted()
    } else if upper > lower {
      // The first nice step that gives at least `count` levels inside the range (or the finest tried).
      var chosen: [Double] = []
      for tried in count...(3 * count + 2) {
        let ticks = AxisTicks(covering: lower...upper, count: tried, snapping: 0)
        chosen = ticks.values.filter { $0 > lower && $0 < upper }
        if chosen.count >= count { break }
      }
      levels = chosen
    } else {
      levels = []
    }
    let tracer = ContourTracer(xs: xs, ys: ys, values: values)
    let scale = ColorBar(colormap: colormap, lower: levels.first ?? lower, upper: levels.last ?? upper)
    let mark = ContourMark(
      levels: levels.map { level in
        // Viridis's yellow end is faint on white: the lightest lines are darkened a little.
        let color = scale.color(for: level)
        return ContourMark.Level(
          value: level, color: color.luminance > 0.5 ? color.mixed(with: .black, 0.15) : color,
          lines: tracer.lines(at: level))
      }, xRange: xs.first!...xs.last!, yRange: ys.first!...ys.last!)
    var plot = CartesianPlot(xLabel: labels.xLabel, yLabel: labels.yLabel, marks: [.contours(mark)])
    plot.xAxis.fixed = xs.first!...xs.last!
    plot.yAxis.fixed = ys.first!...ys.last!
    var colorBar = ColorBar(colormap: colormap, lower: lower, upper: upper, label: nil)
    if levels.count >= 2 {
      colorBar = ColorBar(colormap: colormap, lower: levels.first!, upper: levels.last!)
    }
    plot.colorBar = colorBar
    return Chart(
      kind: "contour plot", title: labels.title, content: plot,
      series: [
        Figure.Series(name: "x", values: xs), Figure.Series(name: "y", values: ys),
        Figure.Series(name: "z", values: values), Figure.Series(name: "levels", values: levels),
      ])
  }
}
