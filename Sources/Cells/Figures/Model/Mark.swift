/// Something drawn on cartesian axes, in data coordinates.
///
/// Several charts overlaid with `axes { ... }` pool their marks on one plot.
enum Mark {
  case line(LineMark)
  case points(PointMark)
  case bars(BarMark)
  case regions(RegionMark)
  case contours(ContourMark)
  /// A horizontal or vertical line across the plot: `hline(0)`, `vline(3)`.
  case reference(ReferenceMark)
  /// Words at a data position: `text("minimum", at: (1, 0))`.
  case text(TextMark)

  /// The smallest box of axis coordinates holding the mark (values an axis cannot
  /// show, such as non-finite ones or zero on a log axis, left out).
  func extent(x: AxisScale = .linear, y: AxisScale = .linear) -> DataExtent {
    var extent = DataExtent()
    func include(_ px: Double, _ py: Double) { extent.include(x: x.axisValue(px), y: y.axisValue(py)) }
    switch self {
    case .line(let line):
      for (px, py) in zip(line.xs, line.ys) { include(px, py) }
    case .points(let points):
      for (px, py) in zip(points.xs, points.ys) { include(px, py) }
    case .bars(let bars):
      for bar in bars.bars {
        include(bar.x0, bar.y0)
        include(bar.x1, bar.y1)
        // A bar's base on a log axis (zero) cannot be shown; its top still counts.
        extent.includeX(x.axisValue(bar.x0))
        extent.includeY(y.axisValue(bar.y1))
      }
    case .regions(let regions):
      include(regions.xRange.lowerBound, regions.yRange.lowerBound)
      include(regions.xRange.upperBound, regions.yRange.upperBound)
    case .contours(let contours):
      include(contours.xRange.lowerBound, contours.yRange.lowerBound)
      include(contours.xRange.upperBound, contours.yRange.upperBound)
    case .reference(let reference):
      switch reference.orientation {
      case .horizontal: extent.includeY(y.axisValue(reference.value))
      case .vertical: extent.includeX(x.axisValue(reference.value))
      }
    case .text(let text):
      include(text.x, text.y)
    }
    return extent
  }
}

/// A series drawn as a line through its points; NaNs leave gaps.
struct LineMark {
  var xs: [Double]
  var ys: [Double]
  var label: String?
  /// `nil`: the next palette colour on the axes, so overlaid plots differ.
  var color: RGBColor?
  var lineStyle: LineStyle?
  /// A shape drawn at every point, besides the line.
  var marker: MarkerShape?

  init(
    xs: [Double], ys: [Double], label: String? = nil, color: RGBColor? = nil, lineStyle: LineStyle? = nil,
    marker: MarkerShape? = nil
  ) {
    self.xs = xs
    self.ys = ys
    self.label = label
    self.color = color
    self.lineStyle = lineStyle
    self.marker = marker
  }
}

/// Points drawn as dots, in one colour, by class, or by value.
struct PointMark {
  enum Coloring {
    case single(RGBColor?)
    /// Class indices, coloured by the palette; names for the legend.
    case classes([Int], names: [String])
    /// Values mapped through a colormap (a colour bar shows the scale).
    case values([Double], Colormap)
  }

  var xs: [Double]
  var ys: [Double]
  var coloring: Coloring
  var label: String?
  /// A thin white ring so points stay visible over filled regions.
  var outlined = false
  /// `nil`: circles.
  var marker: MarkerShape?
}

/// Rectangles from a baseline: histogram bins or bars.
struct BarMark {
  struct Bar {
    var x0: Double
    var x1: Double
    var y0: Double
    var y1: Double
  }

  var bars: [Bar]
  var label: String?
  var color: RGBColor?
  var opacity = 1.0
}

/// Filled areas and outlines traced on a grid of values: a decision boundary.
struct RegionMark {
  struct Area {
    /// Closed rings in data coordinates; holes come out with the even-odd rule.
    var rings: [[DataPoint]]
    var color: RGBColor
  }

  var areas: [Area]
  /// Outlines drawn over the areas (the 0.5 contour).
  var outlines: [[DataPoint]]
  var xRange: ClosedRange<Double>
  var yRange: ClosedRange<Double>
}

/// Level lines of a function of two variables: a loss surface under an optimizer's path.
struct ContourMark {
  struct Level {
    var value: Double
    var color: RGBColor
    var lines: [[DataPoint]]
  }

  var levels: [Level]
  var xRange: ClosedRange<Double>
  var yRange: ClosedRange<Double>
}

/// A line across the whole plot at one value: a zero line, a threshold, a best epoch.
struct ReferenceMark {
  enum Orientation {
    case horizontal
    case vertical
  }

  var orientation: Orientation
  var value: Double
  var label: String?
  /// `nil`: the text colour, thin, so it reads as a reference rather than a series.
  var color: RGBColor?
  var lineStyle: LineStyle?
}

/// An annotation: text whose left end sits at a data position.
struct TextMark {
  var text: String
  var x: Double
  var y: Double
  var color: RGBColor?
}
