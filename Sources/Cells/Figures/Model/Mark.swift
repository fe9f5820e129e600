/// Something drawn on cartesian axes, in data coordinates.
///
/// Several charts overlaid with `axes { ... }` pool their marks on one plot.
enum Mark {
  case line(LineMark)
  case points(PointMark)
  case bars(BarMark)
  case regions(RegionMark)

  /// The smallest box of data coordinates holding the mark (non-finite values left out).
  var extent: DataExtent {
    var extent = DataExtent()
    switch self {
    case .line(let line):
      for (x, y) in zip(line.xs, line.ys) { extent.include(x: x, y: y) }
    case .points(let points):
      for (x, y) in zip(points.xs, points.ys) { extent.include(x: x, y: y) }
    case .bars(let bars):
      for bar in bars.bars {
        extent.include(x: bar.x0, y: bar.y0)
        extent.include(x: bar.x1, y: bar.y1)
      }
    case .regions(let regions):
      extent.include(x: regions.xRange.lowerBound, y: regions.yRange.lowerBound)
      extent.include(x: regions.xRange.upperBound, y: regions.yRange.upperBound)
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
  var dashed = false
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
