/// Reference lines, text annotations and contour plots as cells see them.
///
/// ```swift
/// axes(yScale: .log) {
///     lossCurves(history)
///     vline(Double(history.bestEpoch), label: "best epoch")
///     text("overfitting starts", at: (40, 0.3))
/// }
/// axes {
///     contour({ x, y in x * x + 10 * y * y }, x: Tensor.linspace(-2, 2, count: 80), y: Tensor.linspace(-1, 1, count: 60))
///     plot(path.x, path.y, marker: .circle, color: "red")
/// }
/// ```
extension Library {
  func registerAnnotations() {
    let figure = ValueType.object("Figure")
    let lineOptions: [Parameter] = [
      .optional("label", .string), .optional("color", .string), .optional("lineStyle", .object("LineStyle")),
    ]
    for (name, orientation) in [("hline", ReferenceMark.Orientation.horizontal), ("vline", .vertical)] {
      function(
        Signature(
          name, [.positional(orientation == .horizontal ? "y" : "x", .double)] + lineOptions, figure,
          help: orientation == .horizontal
            ? "A horizontal line across the plot at y, to put in axes { } or after a panel"
            : "A vertical line across the plot at x, to put in axes { } or after a panel"),
        result: .named("Figure")
      ) { a in
        let value = try a.double(0)
        guard value.isFinite else { throw a.invalid(0, "must be a finite number") }
        var mark = ReferenceMark(orientation: orientation, value: value, label: try a.optionalString(1))
        mark.color = try a.color(2)
        if !a.isNil(3) { mark.lineStyle = try a.enumCase(3, LineStyle.self, "LineStyle") }
        return Library.figure(Annotation.referenceLine(mark))
      }
    }

    function(
      Signature(
        "text",
        [
          .positional("text", .string), .labeled("at", .tuple([(nil, .double), (nil, .double)])),
          .optional("color", .string),
        ], figure,
        help: "Words at a point (x, y) of the plot, to put in axes { } or after a panel; \\n starts a new line"),
      result: .named("Figure")
    ) { a in
      let point = try a.point(1)
      guard point.x.isFinite, point.y.isFinite else { throw a.invalid(1, "must be two finite numbers") }
      return Library.figure(
        Annotation.text(TextMark(text: try a.string(0), x: point.x, y: point.y, color: try a.color(2))))
    }

    function(
      Signature(
        "contour",
        [
          .positional("f", .function), .labeled("x", .tensor), .labeled("y", .tensor),
          .labeled("levels", .tensor, default: .int(10), shown: "10"),
          .labeled("colormap", .optional(.object("Colormap")), default: Value.none, shown: ".viridis"),
        ] + Parameter.chartLabels + Parameter.chartStyle, figure,
        help:
          "Level lines of f(x, y) over the grid x × y (f a function of two numbers, or a y-by-x matrix of values)"),
      result: .named("Figure")
    ) { a in
      let xs = try Self.gridAxis(a, 1, "x")
      let ys = try Self.gridAxis(a, 2, "y")
      guard xs.count * ys.count <= ContourPlot.largestGrid else {
        throw RuntimeFailure(
          "contour: a \(xs.count)×\(ys.count) grid has more than \(ContourPlot.largestGrid) points; use fewer x or y values"
        )
      }
      let values: [Double]
      switch a.unwrapped(0) {
      case .function, .object(_ as any CallableObject):
        var samples: [DataPoint] = []
        samples.reserveCapacity(xs.count * ys.count)
        for y in ys { for x in xs { samples.append(DataPoint(x: x, y: y)) } }
        let outputs = try ModelEvaluator(model: a.unwrapped(0), argument: "contour").evaluate(samples, a.runtime)
        guard outputs.allSatisfy({ $0.count == 1 }) else {
          throw RuntimeFailure("contour: the function must return one number for each point (x, y)")
        }
        values = outputs.map { $0[0] }
      default:
        let (rows, columns, grid) = try NumericGrid(a.values[0], argument: "contour: f").matrix("contour: f")
        guard rows == ys.count, columns == xs.count else {
          throw RuntimeFailure(
            "contour: the values are \(rows)×\(columns) but the grid is \(ys.count) y by \(xs.count) x values")
        }
        values = grid
      }
      var levels: [Double]?
      var count = 10
      switch a.unwrapped(3) {
      case .int:
        count = try a.int(3, in: 1...100)
      default:
        levels = try NumericGrid(a.values[3], argument: "contour: levels").vector("contour: levels")
        guard levels!.count <= 1000 else { throw a.invalid(3, "must hold at most 1000 levels") }
      }
      let chart = ContourPlot.chart(
        xs: xs, ys: ys, values: values, levels: levels, count: count, colormap: try a.colormap(4) ?? .viridis,
        labels: try a.chartLabels())
      return try Library.styledFigure(chart, a)
    }
  }

  /// A contour grid's coordinates along one axis: at least two, finite, increasing.
  private static func gridAxis(_ a: Arguments, _ index: Int, _ name: String) throws -> [Double] {
    let values = try NumericGrid(a.values[index], argument: "contour: \(name)").vector("contour: \(name)")
    guard values.count >= 2, values.count <= 2000 else {
      throw a.invalid(index, "must hold between 2 and 2000 values")
    }
    guard values.allSatisfy(\.isFinite), zip(values, values.dropFirst()).allSatisfy({ $0 < $1 }) else {
      throw a.invalid(index, "must be finite values in increasing order")
    }
    return values
  }
}

extension Arguments {
  /// `width:` or `height:` of a figure: nil when left out, else a finite size in a drawable range.
  func figureSize(_ index: Int) throws(RuntimeFailure) -> Double? {
    guard let size = try optionalDouble(index) else { return nil }
    let range = FigureRenderer.sizeRange
    guard size.isFinite, range.contains(size) else {
      throw invalid(
        index, "must be between \(Int(range.lowerBound)) and \(Int(range.upperBound)) (units are about CSS pixels)")
    }
    return size
  }
}
