import Foundation

/// How a chart's series and axes look: the `color:`, `lineStyle:`, `marker:`,
/// `xLimits:`, `yLimits:`, `xScale:` and `yScale:` options every kind with axes takes.
///
/// Style never changes the numbers a figure embeds for `check`: a lesson that only
/// restyles a plot stays up to date.
struct ChartStyle {
  var color: RGBColor?
  var lineStyle: LineStyle?
  var marker: MarkerShape?
  var xLimits: ClosedRange<Double>?
  var yLimits: ClosedRange<Double>?
  var xScale: AxisScale = .linear
  var yScale: AxisScale = .linear

  /// This style applied to `chart`'s marks and axes (a chart without axes is returned as it is).
  func applied(to chart: Chart) -> Chart {
    guard var plot = chart.content as? CartesianPlot else { return chart }
    plot.marks = plot.marks.map { mark in
      switch mark {
      case .line(var line):
        line.color = color ?? line.color
        line.lineStyle = lineStyle ?? line.lineStyle
        line.marker = marker ?? line.marker
        return .line(line)
      case .points(var points):
        if let color, case .single = points.coloring { points.coloring = .single(color) }
        points.marker = marker ?? points.marker
        return .points(points)
      case .bars(var bars):
        bars.color = color ?? bars.color
        return .bars(bars)
      case .reference(var reference):
        reference.color = color ?? reference.color
        reference.lineStyle = lineStyle ?? reference.lineStyle
        return .reference(reference)
      case .text(var text):
        text.color = color ?? text.color
        return .text(text)
      case .regions, .contours:
        return mark
      }
    }
    if let xLimits { plot.xAxis.limits = xLimits }
    if let yLimits { plot.yAxis.limits = yLimits }
    if xScale != .linear { plot.xAxis.scale = xScale }
    if yScale != .linear { plot.yAxis.scale = yScale }
    var result = chart
    result.content = plot
    return result
  }
}

/// `.solid`, `.dashed`, `.dotted`.
enum LineStyle: String, CaseIterable {
  case solid, dashed, dotted

  /// The SVG `stroke-dasharray` for a line `width` wide; `nil` for a solid line.
  func dashArray(width: Double) -> String? {
    switch self {
    case .solid: return nil
    case .dashed: return SVGNumber.format(width * 3) + " " + SVGNumber.format(width * 2)
    case .dotted: return "0 " + SVGNumber.format(width * 2)
    }
  }
}

/// The shape drawn at each point: `.circle`, `.square`, `.triangle`, `.diamond`, `.cross`, `.plus`
/// (or matplotlib's letters `"o"`, `"s"`, `"^"`, `"D"`, `"x"`, `"+"`).
enum MarkerShape: String, CaseIterable {
  case circle, square, triangle, diamond, cross, plus

  /// matplotlib's one-letter marker codes, so a reader coming from it can keep them.
  init?(code: String) {
    switch code {
    case "o", ".": self = .circle
    case "s": self = .square
    case "^": self = .triangle
    case "D", "d": self = .diamond
    case "x": self = .cross
    case "+": self = .plus
    default: self.init(rawValue: code)
    }
  }

  /// Whether the shape is drawn with a stroke only (a cross has no inside to fill).
  var isStroked: Bool { self == .cross || self == .plus }

  /// The shape centred on `center`, `radius` from centre to edge, as path data.
  func path(at center: Point, radius r: Double) -> SVGPath {
    var path = SVGPath()
    let (x, y) = (center.x, center.y)
    func polygon(_ points: [(Double, Double)]) {
      path.move(to: Point(x: x + points[0].0, y: y + points[0].1))
      for point in points.dropFirst() { path.line(to: Point(x: x + point.0, y: y + point.1)) }
      path.closeSubpath()
    }
    switch self {
    case .circle:
      // Two arcs would need an arc command; a 12-gon is indistinguishable at marker sizes.
      polygon((0..<12).map { k in (r * cosine(k), r * sine(k)) })
    case .square:
      let s = r * 0.9
      polygon([(-s, -s), (s, -s), (s, s), (-s, s)])
    case .triangle:
      polygon([(0, -r * 1.15), (r * 1.05, r * 0.75), (-r * 1.05, r * 0.75)])
    case .diamond:
      polygon([(0, -r * 1.2), (r, 0), (0, r * 1.2), (-r, 0)])
    case .cross:
      path.move(to: Point(x: x - r, y: y - r))
      path.line(to: Point(x: x + r, y: y + r))
      path.move(to: Point(x: x - r, y: y + r))
      path.line(to: Point(x: x + r, y: y - r))
    case .plus:
      path.move(to: Point(x: x - r * 1.15, y: y))
      path.line(to: Point(x: x + r * 1.15, y: y))
      path.move(to: Point(x: x, y: y - r * 1.15))
      path.line(to: Point(x: x, y: y + r * 1.15))
    }
    return path
  }

  private func cosine(_ k: Int) -> Double { Self.unitCircle[k].0 }
  private func sine(_ k: Int) -> Double { Self.unitCircle[k].1 }

  /// Twelve points on the unit circle, exact to the digits a coordinate keeps.
  private static let unitCircle: [(Double, Double)] = {
    let h = 0.8660254037844386
    return [
      (1, 0), (h, 0.5), (0.5, h), (0, 1), (-0.5, h), (-h, 0.5), (-1, 0), (-h, -0.5), (-0.5, -h), (0, -1),
      (0.5, -h), (h, -0.5),
    ]
  }()
}

/// How an axis maps values to positions: `.linear`, or `.log` (base 10).
enum AxisScale: String, CaseIterable {
  case linear, log

  /// The value in the axis's own coordinate: itself, or its base-10 logarithm
  /// (NaN for values a log axis cannot show: zero and negatives).
  func axisValue(_ value: Double) -> Double {
    switch self {
    case .linear: return value
    case .log: return value > 0 && value.isFinite ? Self.log10(value) : .nan
    }
  }

  /// The inverse of `axisValue`.
  func dataValue(_ axisValue: Double) -> Double {
    switch self {
    case .linear: return axisValue
    case .log: return Foundation.pow(10, axisValue)
    }
  }

  /// `log10` exact at powers of ten (1e-3 gives −3, not −2.9999999999999996).
  static func log10(_ value: Double) -> Double {
    let exponent = value.log10Floor
    let power = TickStep.scaled(1, exponent)
    if value == power { return Double(exponent) }
    return Double(exponent) + Foundation.log10(value / power)
  }
}
