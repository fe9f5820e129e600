/// Axes with numeric scales and marks on them: lines, points, bars, regions.
struct CartesianPlot: ChartContent {
  var xLabel: String?
  var yLabel: String?
  var marks: [Mark]
  var xAxis = AxisOptions()
  var yAxis = AxisOptions()
  /// Names written under x = 0, 1, 2, ... instead of numbers (bar charts).
  var xCategories: [String]?
  /// A scale for colours that encode values (points by value, probabilities).
  var colorBar: ColorBar?

  func preferredHeight(forWidth width: Double) -> Double {
    // Wide plots read best at about 8:5; small panels need relatively more height for their labels.
    width >= 500 ? width * 0.6 : width * 0.8
  }

  func render(in frame: Rect, to svg: inout SVGWriter) {
    CartesianRenderer(plot: self, frame: frame).render(to: &svg)
  }

  /// Overlays `other`'s marks on these axes, keeping the first labels and options given.
  mutating func overlay(_ other: CartesianPlot) {
    marks += other.marks
    xLabel = xLabel ?? other.xLabel
    yLabel = yLabel ?? other.yLabel
    xAxis.integers = xAxis.integers && other.xAxis.integers
    yAxis.integers = yAxis.integers && other.yAxis.integers
    xAxis.includesZero = xAxis.includesZero || other.xAxis.includesZero
    yAxis.includesZero = yAxis.includesZero || other.yAxis.includesZero
    xAxis.snapping = min(xAxis.snapping, other.xAxis.snapping)
    yAxis.snapping = min(yAxis.snapping, other.yAxis.snapping)
    xAxis.fixed = xAxis.fixed ?? other.xAxis.fixed
    yAxis.fixed = yAxis.fixed ?? other.yAxis.fixed
    xAxis.limits = xAxis.limits ?? other.xAxis.limits
    yAxis.limits = yAxis.limits ?? other.yAxis.limits
    if xAxis.scale == .linear { xAxis.scale = other.xAxis.scale }
    if yAxis.scale == .linear { yAxis.scale = other.yAxis.scale }
    xCategories = xCategories ?? other.xCategories
    colorBar = colorBar ?? other.colorBar
  }
}

/// How one numeric axis chooses its range.
struct AxisOptions {
  /// Whole-number ticks only (epochs, counts, indices).
  var integers = false
  /// The range reaches zero (bar heights and counts are measured from it).
  var includesZero = false
  /// Fraction of the data's span left free on each side.
  var padding = 0.05
  /// How far (a fraction of the span) an end may move out to land on a tick; 0 keeps the data's ends.
  var snapping = 0.1
  /// A range used exactly as given (a decision boundary's grid), no padding or snapping.
  var fixed: ClosedRange<Double>?
  /// The range a cell asked for with `xLimits:` or `yLimits:`; wins over `fixed`.
  var limits: ClosedRange<Double>?
  var scale = AxisScale.linear

  /// The range shown exactly as given, in the axis's own coordinate (logarithms on a log axis).
  var exactRange: ClosedRange<Double>? {
    guard let range = limits ?? fixed else { return nil }
    let lower = scale.axisValue(range.lowerBound)
    let upper = scale.axisValue(range.upperBound)
    guard lower.isFinite, upper.isFinite, lower < upper else { return nil }
    return lower...upper
  }
}
