/// The figure catalog as cells see it.
///
/// ```swift
/// plot(losses, title: "Training loss")
/// plot(x, [sigmoid(x), derivative], labels: ["σ", "σ′"])
/// scatter(data, classNames: ["inner", "outer"])
/// figure(rows: 1, columns: 2) {
///     decisionBoundary(model, test, title: "Decision boundary")
///     lossCurves(history)
/// }
/// ```
/// Every function returns a `Figure`; it is shown when it is a cell's last value or
/// is passed to `show(_:)`.
extension Library {
  func registerFigures() {
    type("Figure", help: "A chart or a grid of charts, shown as SVG when it is a cell's last value")
    type("Colormap", help: "Colors for values: .viridis, .grays, .invertedGrays, .diverging")
    for map in Colormap.all { implicitMember(map.name, .object(ColormapObject(map))) }
    enumeration("LineStyle", LineStyle.self, help: "How a line is drawn: .solid, .dashed, .dotted")
    enumeration(
      "Marker", MarkerShape.self, help: "A shape at each point: .circle, .square, .triangle, .diamond, .cross, .plus")
    enumeration("AxisScale", AxisScale.self, help: "How an axis spaces values: .linear, or .log (powers of ten)")
    registerLinePlots()
    registerPointPlots()
    registerDistributionPlots()
    registerMatrixPlots()
    registerModelPlots()
    registerPanels()
  }

  private func registerLinePlots() {
    let series: [Parameter] = [.optional("label", .string), .optional("labels", .array(.string))]
    let figure = ValueType.object("Figure")
    // plot(y), plot([y1, y2], labels:)
    function(
      Signature(
        "plot", [.positional("y", .tensor)] + series + Parameter.chartLabels + Parameter.chartStyle, figure,
        help: "A line plot of values against their index; a list of lists (or a matrix's columns) is several lines"),
      result: .named("Figure")
    ) { a in
      let lines = try Self.lines(x: nil, y: a.values[0], label: a.optionalString(1), labels: a.names(2))
      return try Library.styledFigure(LinePlot.chart(lines, explicitX: false, labels: try a.chartLabels()), a)
    }
    // plot(x, y, label:), plot(x, [y1, y2], labels:)
    function(
      Signature(
        "plot",
        [.positional("x", .tensor), .positional("y", .tensor)] + series + Parameter.chartLabels + Parameter.chartStyle,
        figure,
        help: "A line plot of y against x; y may hold several series"),
      result: .named("Figure")
    ) { a in
      let lines = try Self.lines(x: a.values[0], y: a.values[1], label: a.optionalString(2), labels: a.names(3))
      return try Library.styledFigure(LinePlot.chart(lines, explicitX: true, labels: try a.chartLabels()), a)
    }
  }

  /// The lines of `plot`: one for a list of numbers, one per row for a list of lists
  /// (or per column of an `N×k` tensor, or whichever side matches x's length).
  private static func lines(x: Value?, y: Value, label single: String?, labels names: [String]?) throws -> [LinePlot
    .Line]
  {
    let grid = try NumericGrid(y, argument: "plot: y")
    let xs = try x.map { try NumericGrid($0, argument: "plot: x").vector("plot: x") }
    var rows: [[Double]]
    if grid.shape.filter({ $0 != 1 }).count <= 1 {
      rows = [grid.values]
    } else if grid.rank == 2 {
      let byRows = try grid.rows("plot: y")
      let byColumns = (0..<grid.shape[1]).map { c in (0..<grid.shape[0]).map { grid.values[$0 * grid.shape[1] + c] } }
      if let xs {
        if grid.shape[1] == xs.count {
          rows = byRows
        } else if grid.shape[0] == xs.count {
          rows = byColumns
        } else {
          throw RuntimeFailure(
            "plot: x has \(xs.count) values but y is \(NumericGrid.describe(grid.shape)); one side of y must match x")
        }
      } else {
        // A list of lists is a list of series; a tensor's columns are its series, as in NumPy.
        if case .array = y { rows = byRows } else { rows = byColumns }
      }
    } else {
      throw RuntimeFailure(
        "plot: y must be a list of numbers or a list of series, got \(NumericGrid.describe(grid.shape))")
    }
    guard rows.contains(where: { !$0.isEmpty }) else { throw RuntimeFailure("plot: y has no values to plot") }
    if let xs, rows.count == 1, xs.count != rows[0].count {
      throw RuntimeFailure("plot: x has \(xs.count) values but y has \(rows[0].count)")
    }
    guard rows.flatMap({ $0 }).contains(where: \.isFinite) else {
      throw RuntimeFailure("plot: y has no finite values (all are NaN or infinite)")
    }

    if let names, names.count != rows.count {
      throw RuntimeFailure("plot: \(names.count) labels for \(rows.count) series")
    }
    if single != nil && rows.count > 1 {
      throw RuntimeFailure("plot: y holds \(rows.count) series; name them with labels: [...], not label:")
    }
    return rows.enumerated().map { index, ys in
      LinePlot.Line(
        xs: xs ?? ys.indices.map(Double.init), ys: ys, label: names?[index] ?? (index == 0 ? single : nil))
    }
  }

  private func registerPointPlots() {
    let options: [Parameter] =
      [
        .optional("colors", .tensor), .optional("classNames", .array(.string)), .optional("label", .string),
        .optional("colormap", .object("Colormap")),
      ] + Parameter.chartLabels + Parameter.chartStyle
    // scatter(x, y, colors:)
    function(
      Signature(
        "scatter", [.positional("x", .tensor), .positional("y", .tensor)] + options, .object("Figure"),
        help: "Points at (x, y); colors: gives each a class (or a value on a colormap)"),
      result: .named("Figure")
    ) { a in
      let xs = try NumericGrid(a.values[0], argument: "scatter: x").vector("scatter: x")
      let ys = try NumericGrid(a.values[1], argument: "scatter: y").vector("scatter: y")
      guard xs.count == ys.count else {
        throw RuntimeFailure("scatter: x has \(xs.count) values but y has \(ys.count)")
      }
      var points = PointSet(xs: xs, ys: ys, labels: .none)
      if let colors = try Self.colors(a.values[2], count: xs.count) { points.labels = colors }
      return try Self.scatterFigure(points, &a, options: 3)
    }
    // scatter(dataset), scatter((x: points, y: labels)), scatter(points)
    function(
      Signature(
        "scatter", [.positional("points", .object("Dataset"))] + options, .object("Figure"),
        help: "The points of a data set (or an N×2 tensor, or (x:, y:) with labels), colored by class"),
      result: .named("Figure")
    ) { a in
      var points = try PointSet(a.values[0], argument: "scatter")
      if let colors = try Self.colors(a.values[1], count: points.xs.count) { points.labels = colors }
      return try Self.scatterFigure(points, &a, options: 2)
    }
  }

  /// `colors:` as classes or values, checked against the number of points.
  private static func colors(_ value: Value, count: Int) throws -> PointLabels? {
    guard case .none = value else {
      let grid = try NumericGrid(value, argument: "scatter: colors")
      let labels = try PointLabels(grid, argument: "scatter: colors")
      guard labels.count == count else {
        throw RuntimeFailure("scatter: there are \(count) points but \(labels.count) colors")
      }
      return labels
    }
    return nil
  }

  /// The scatter figure; `classNames, label, colormap, title, xLabel, yLabel` start at argument `first`.
  private static func scatterFigure(_ points: PointSet, _ a: inout Arguments, options first: Int) throws -> Value {
    try Library.styledFigure(
      ScatterPlot.chart(
        points, classNames: try a.names(first), label: try a.optionalString(first + 1),
        colormap: try a.colormap(first + 2), labels: try a.chartLabels()), a)
  }
}
