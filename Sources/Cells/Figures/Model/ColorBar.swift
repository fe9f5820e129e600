/// A colour scale beside a plot: what the colours of cells or points mean.
struct ColorBar {
  var colormap: Colormap
  /// The values at the two ends of the colormap.
  private(set) var lower: Double
  private(set) var upper: Double
  var label: String?
  /// Colour bands between these values instead of a gradient (filled contours have discrete levels).
  var levels: [Double]?
  /// The colours of the bands between `levels`, when they are not read from the colormap.
  var bandColors: [RGBColor]?

  /// A scale for values in `lower...upper`. A diverging colormap is made symmetric
  /// around zero; a single value is widened so it still has a place on the bar.
  init(colormap: Colormap, lower: Double, upper: Double, label: String? = nil) {
    var lower = lower.isFinite ? lower : 0
    var upper = upper.isFinite ? upper : 1
    if colormap.isDiverging {
      let reach = max(abs(lower), abs(upper))
      lower = -reach
      upper = reach
    }
    if upper <= lower {
      let half = lower == 0 ? 1 : abs(lower) * 0.1
      lower -= half
      upper += half
    }
    self.colormap = colormap
    self.lower = lower
    self.upper = upper
    self.label = label
  }

  /// Where `value` falls on the scale, 0 at `lower` and 1 at `upper`.
  func fraction(_ value: Double) -> Double {
    (value - lower) / (upper - lower)
  }

  func color(for value: Double) -> RGBColor {
    colormap.color(at: fraction(value))
  }
}
