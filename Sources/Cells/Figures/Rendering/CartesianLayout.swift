import Foundation

/// Where a cartesian plot's parts go inside its frame: the plot area, and the ticks
/// and scales of both axes, chosen so tick labels never overlap.
struct CartesianLayout {
  static let tickFontSize = 12.0
  /// Category labels are turned this far when they do not fit side by side.
  static let categoryAngle = 40.0

  var plotArea: Rect
  var xTicks: AxisTicks
  var yTicks: AxisTicks
  var xScale: LinearScale
  var yScale: LinearScale
  /// How data values become axis coordinates (their logarithms on a log axis).
  var xAxisScale = AxisScale.linear
  var yAxisScale = AxisScale.linear
  /// Category labels at x = 0, 1, 2, ... instead of numbers, possibly turned.
  var categoryLabels: [String]?
  var rotatesCategories = false
  /// Every how many categories a label is written, when turned labels would still overlap.
  var categoryStride = 1
  /// The baseline of the x axis label.
  var xLabelBaseline: Double

  /// Lays out `plot` in `frame`, keeping room free at the right or bottom (for a legend).
  init(plot: CartesianPlot, extent: DataExtent, frame: Rect, reservedRight: Double = 0, reservedBottom: Double = 0) {
    let tickFont = Self.tickFontSize
    let font = Theme.fontSize

    // Vertical: tick labels and the x label below, a little air above for the top tick label.
    var categories: [String]?
    var rotated = false
    var bottom =
      Theme.tickLength + Theme.gap + tickFont + 2 + (plot.xLabel == nil ? 0 : Theme.gap + font) + reservedBottom
    let top = 7.0
    if let names = plot.xCategories {
      let labels = names.map { TextMetrics.truncated($0, toFit: 90, fontSize: tickFont) }
      let slot = (frame.width * 0.8) / Double(max(1, labels.count))
      let widest = labels.map { TextMetrics.width($0, fontSize: tickFont) }.max() ?? 0
      if widest + 6 > slot {
        rotated = true
        bottom += widest * sin(Self.categoryAngle * .pi / 180) + 2
      }
      categories = labels
    }
    let plotHeight = max(20, frame.height - top - bottom)

    let yRange = Self.range(extent.yLower, extent.yUpper, options: plot.yAxis)
    xAxisScale = plot.xAxis.scale
    yAxisScale = plot.yAxis.scale
    let yTicks = Self.yTicks(for: yRange, options: plot.yAxis, height: plotHeight)
    let widestY = yTicks.labels.map { TextMetrics.width($0, fontSize: tickFont) }.max() ?? 0
    let left = (plot.yLabel == nil ? 2 : font + Theme.gap + 2) + widestY + Theme.tickLength + Theme.gap

    var right = 12.0 + reservedRight
    if let colorBar = plot.colorBar { right += colorBar.reservedWidth(length: plotHeight) }

    let xRange: ClosedRange<Double>
    var xOptions = plot.xAxis
    if let categories {
      xRange = -0.5...(Double(categories.count) - 0.5)
      xOptions.fixed = xRange
      xOptions.limits = nil
      xOptions.scale = .linear
    } else {
      xRange = Self.range(extent.xLower, extent.xUpper, options: plot.xAxis)
    }
    var plotWidth = max(20, frame.width - left - right)
    var xTicks = Self.xTicks(for: xRange, options: xOptions, width: plotWidth)
    // The last x label is centred on its tick and may stick out past the plot's right edge.
    if categories == nil, let last = xTicks.labels.last, let position = xTicks.values.last {
      let overhang =
        TextMetrics.width(last, fontSize: tickFont) / 2
        - (right - reservedRight) - plotWidth * (xTicks.upper - position) / max(1e-300, xTicks.upper - xTicks.lower)
      if overhang > 0 {
        plotWidth = max(20, plotWidth - overhang - 2)
        xTicks = Self.xTicks(for: xRange, options: xOptions, width: plotWidth)
      }
    }
    if let categories {
      xTicks.values = categories.indices.map(Double.init)
      if rotated {
        categoryStride = HeatmapRenderer.labelStride(
          count: categories.count, cell: plotWidth / Double(max(1, categories.count)), size: tickFont * 1.5)
      }
    }

    plotArea = Rect(x: frame.minX + left, y: frame.minY + top, width: plotWidth, height: plotHeight)
    self.xTicks = xTicks
    self.yTicks = yTicks
    xScale = LinearScale(ticks: xTicks, from: plotArea.minX, to: plotArea.maxX)
    yScale = LinearScale(ticks: yTicks, from: plotArea.maxY, to: plotArea.minY)
    categoryLabels = categories
    rotatesCategories = rotated
    xLabelBaseline = frame.maxY - reservedBottom - 3
  }

  /// The position of data point `(x, y)`; a value an axis cannot show (zero on a log
  /// axis) lands on that axis's lower end.
  func point(_ x: Double, _ y: Double) -> Point {
    let (ax, ay) = (xAxisScale.axisValue(x), yAxisScale.axisValue(y))
    return Point(
      x: Self.clamped(ax.isNaN ? xScale.rangeStart : xScale.position(ax)),
      y: Self.clamped(ay.isNaN ? yScale.rangeStart : yScale.position(ay)))
  }

  /// How far outside the figure a position may be: data far beyond `xLimits:` (1e308 on an axis
  /// to 1) would otherwise land at infinity; clipped away either way.
  static let farthest = 1e6

  private static func clamped(_ position: Double) -> Double {
    position.isNaN ? 0 : min(farthest, max(-farthest, position))
  }

  /// Whether both coordinates can be shown (lines leave a gap where they cannot).
  func canShow(_ x: Double, _ y: Double) -> Bool {
    xAxisScale.axisValue(x).isFinite && yAxisScale.axisValue(y).isFinite
  }

  /// The range an axis covers before padding, in axis coordinates.
  private static func range(_ lower: Double, _ upper: Double, options: AxisOptions) -> ClosedRange<Double> {
    if let exact = options.exactRange { return exact }
    var lower = lower
    var upper = upper
    if lower > upper {
      // Nothing to show: a decade on a log axis, 0 to 1 on a linear one.
      lower = 0
      upper = 1
    }
    if options.includesZero && options.scale == .linear {
      lower = min(lower, 0)
      upper = max(upper, 0)
    }
    return lower...upper
  }

  private static func ticks(for range: ClosedRange<Double>, options: AxisOptions, count: Int) -> AxisTicks {
    if options.scale == .log {
      return AxisTicks.logarithmic(
        covering: range, count: count, padding: options.padding, snapping: options.snapping,
        exact: options.exactRange != nil)
    }
    if options.exactRange != nil {
      var ticks = AxisTicks(covering: range, count: count, integers: options.integers, snapping: 0)
      ticks.lower = range.lowerBound
      ticks.upper = range.upperBound
      let slack = 1e-9 * (range.upperBound - range.lowerBound)
      ticks.values = ticks.values.filter { $0 >= range.lowerBound - slack && $0 <= range.upperBound + slack }
      return ticks
    }
    // Bars and counts start at zero exactly; padding goes only where the data does not touch zero.
    var padded = AxisTicks(
      covering: range, count: count, padding: options.padding, integers: options.integers, snapping: options.snapping)
    if options.includesZero {
      let exact = AxisTicks(
        covering: range, count: count, padding: 0, integers: options.integers, snapping: options.snapping)
      if range.lowerBound == 0 {
        padded.lower = 0
        padded.upper = max(padded.upper, exact.upper)
      } else if range.upperBound == 0 {
        padded.upper = 0
        padded.lower = min(padded.lower, exact.lower)
      }
      padded.values = padded.values.filter { $0 >= padded.lower - 1e-12 && $0 <= padded.upper + 1e-12 }
    }
    return padded
  }

  /// Y ticks about 38 units apart, at least three when they fit.
  private static func yTicks(for range: ClosedRange<Double>, options: AxisOptions, height: Double) -> AxisTicks {
    let count = max(2, Int(height / 38))
    return finer(ticks(for: range, options: options, count: count), from: count) { candidate in
      let span = candidate.upper - candidate.lower
      return span <= 0 || height * candidate.closestSpacing / span >= 2 * tickFontSize
    } ticks: {
      ticks(for: range, options: options, count: $0)
    }
  }

  /// X ticks as many as fit: fewer whenever two neighbouring labels would touch.
  private static func xTicks(for range: ClosedRange<Double>, options: AxisOptions, width: Double) -> AxisTicks {
    func fits(_ ticks: AxisTicks) -> Bool {
      let span = ticks.upper - ticks.lower
      let spacing = span > 0 ? width * ticks.closestSpacing / span : width
      let widest = ticks.labels.map { TextMetrics.width($0, fontSize: tickFontSize) }.max() ?? 0
      return spacing >= widest + 10
    }
    var count = max(2, Int(width / 50))
    var ticks = Self.ticks(for: range, options: options, count: count)
    while !fits(ticks) && count > 2 {
      count -= 1
      ticks = Self.ticks(for: range, options: options, count: count)
    }
    return finer(ticks, from: count, fits: fits) { Self.ticks(for: range, options: options, count: $0) }
  }

  /// With fewer than three ticks a reader cannot tell the scale: tries finer steps while they still fit.
  private static func finer(
    _ ticks: AxisTicks, from count: Int, fits: (AxisTicks) -> Bool, ticks make: (Int) -> AxisTicks
  ) -> AxisTicks {
    var best = ticks
    var count = count
    while best.values.count < 3 && count < 12 {
      count += 1
      let candidate = make(count)
      if candidate.values.count > best.values.count && fits(candidate) { best = candidate }
    }
    return best
  }
}
