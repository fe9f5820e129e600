/// Readers for the style options every kind with axes takes, after its labels:
/// `color:`, `lineStyle:`, `marker:`, `xLimits:`, `yLimits:`, `xScale:`, `yScale:`.
extension Parameter {
  static var chartStyle: [Parameter] {
    [
      .optional("color", .string), .optional("lineStyle", .object("LineStyle")),
      .optional("marker", .object("Marker")), .optional("xLimits", limits), .optional("yLimits", limits),
      .optional("xScale", .object("AxisScale")), .optional("yScale", .object("AxisScale")),
    ]
  }

  /// `(lower, upper)`; `[lower, upper]` and `lower...upper` are accepted too.
  private static var limits: ValueType { .tuple([(nil, .double), (nil, .double)]) }
}

extension Arguments {
  /// The position of the parameter named `name` (the labels and style options come last,
  /// after each kind's own parameters).
  func index(of name: String) -> Int? {
    signature.parameters.firstIndex { $0.name == name }
  }

  /// The style options, or the default style when the signature has none.
  func chartStyle() throws(RuntimeFailure) -> ChartStyle {
    guard let first = index(of: "color") else { return ChartStyle() }
    var style = ChartStyle()
    style.color = try color(first)
    if !isNil(first + 1) { style.lineStyle = try enumCase(first + 1, LineStyle.self, "LineStyle") }
    style.marker = try marker(first + 2)
    if !isNil(first + 5) { style.xScale = try enumCase(first + 5, AxisScale.self, "AxisScale") }
    if !isNil(first + 6) { style.yScale = try enumCase(first + 6, AxisScale.self, "AxisScale") }
    style.xLimits = try limits(first + 3, scale: style.xScale)
    style.yLimits = try limits(first + 4, scale: style.yScale)
    return style
  }

  /// `"red"`, `"C1"`, `"#1f77b4"`; nil when left out.
  func color(_ index: Int) throws(RuntimeFailure) -> RGBColor? {
    guard let name = try optionalString(index) else { return nil }
    guard let color = RGBColor(named: name) else {
      throw invalid(
        index, "must be a color name (\"red\", \"gray\", ...), \"C0\" to \"C7\" for the palette, or \"#rrggbb\"")
    }
    return color
  }

  /// `.circle`, ... or matplotlib's letter (`"o"`, `"s"`, `"^"`, `"D"`, `"x"`, `"+"`).
  func marker(_ index: Int) throws(RuntimeFailure) -> MarkerShape? {
    if isNil(index) { return nil }
    if case .string(let code) = unwrapped(index) {
      guard let shape = MarkerShape(code: code) else {
        throw invalid(
          index,
          "must be a marker (.circle, .square, .triangle, .diamond, .cross, .plus, or \"o\", \"s\", \"^\", \"D\", \"x\", \"+\")"
        )
      }
      return shape
    }
    return try enumCase(index, MarkerShape.self, "Marker")
  }

  /// Two numbers, lower then upper, both finite, lower below upper, and positive on a log axis.
  func limits(_ index: Int, scale: AxisScale) throws(RuntimeFailure) -> ClosedRange<Double>? {
    if isNil(index) { return nil }
    let pair: (Double, Double)
    switch unwrapped(index) {
    case .range(let range):
      pair = (Double(range.lower), Double(range.closed ? range.upper : range.upper))
    case .object(let range as FloatingRange):
      pair = (range.lower, range.upper)
    case .tuple(let tuple) where tuple.elements.count == 2:
      pair = try (number(tuple.elements[0], index), number(tuple.elements[1], index))
    case .array(let elements) where elements.count == 2:
      pair = try (number(elements[0], index), number(elements[1], index))
    default:
      throw mismatch(index, "a pair of numbers, (lower, upper)")
    }
    guard pair.0.isFinite, pair.1.isFinite, pair.0 < pair.1 else {
      throw invalid(index, "must be two finite numbers, the lower first")
    }
    guard scale == .linear || pair.0 > 0 else { throw invalid(index, "must be positive on a log axis") }
    return pair.0...pair.1
  }

  /// A point in data coordinates: `(x, y)` or `[x, y]`.
  func point(_ index: Int) throws(RuntimeFailure) -> DataPoint {
    switch unwrapped(index) {
    case .tuple(let tuple) where tuple.elements.count == 2:
      return DataPoint(x: try number(tuple.elements[0], index), y: try number(tuple.elements[1], index))
    case .array(let elements) where elements.count == 2:
      return DataPoint(x: try number(elements[0], index), y: try number(elements[1], index))
    default:
      throw mismatch(index, "a point, (x, y)")
    }
  }

  private func number(_ value: Value, _ index: Int) throws(RuntimeFailure) -> Double {
    var value = value
    while case .box(let box) = value { value = box.value }
    switch value {
    case .int(let v): return Double(v)
    case .double(let v): return v
    case .float(let v): return Double(v)
    case .object(let tensor as Tensor) where tensor.count == 1: return tensor.storage.double(at: 0)
    default: throw mismatch(index, "a pair of numbers", got: value)
    }
  }
}

extension Library {
  /// A chart with the call's style options applied, as a cell value.
  static func styledFigure(_ chart: Chart, _ a: Arguments) throws(RuntimeFailure) -> Value {
    figure(try a.chartStyle().applied(to: chart))
  }
}
