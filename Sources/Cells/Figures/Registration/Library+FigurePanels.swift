/// Combining figures: panels in a grid, charts overlaid on one pair of axes, and `show`.
extension Library {
  func registerPanels() {
    // figure(rows: 2, columns: 2) { plot(a); plot(b); ... }, or with an array of figures;
    // width: and height: in SVG units, about CSS pixels (a wide figure breaks out of the page column).
    let figure = ValueType.object("Figure")
    let figures = Parameter.positional("figures", .function)
    let grid: [Parameter] = [.optional("rows", .int), .optional("columns", .int)]
    let size: [Parameter] = [.optional("width", .double), .optional("height", .double)]
    let title = [Parameter.optional("title", .string)]
    for parameters in [grid + title + size, grid + size + title] {
      function(
        Signature(
          "figure", parameters + [figures], figure,
          help: "The figures the closure lists (or an array of figures) as panels of a grid, width by height units"),
        builder: true, result: .named("Figure")
      ) { a in
        let charts = try Self.annotationsMerged(Self.charts(in: try Self.collected(&a, 5, "figure"), "figure"))
        guard !charts.isEmpty else { throw RuntimeFailure("figure: the closure made no figures to arrange") }
        let (rows, columns) = try Self.grid(rows: a.positiveInt(0), columns: a.positiveInt(1), count: charts.count)
        return .object(
          FigureObject(
            panels: charts, rows: rows, columns: columns, title: try a.optionalString(a.index(of: "title")!),
            width: try a.figureSize(a.index(of: "width")!), height: try a.figureSize(a.index(of: "height")!)))
      }
    }

    // axes { plot(x, a, label: "a"); scatter(px, py) }: one pair of axes, one legend.
    function(
      Signature(
        "axes", Parameter.chartLabels + Parameter.chartStyle + [figures], figure,
        help: "The plots the closure lists drawn on one pair of axes, with one legend"),
      builder: true, result: .named("Figure")
    ) { a in
      let charts = try Self.charts(in: try Self.collected(&a, a.count - 1, "axes"), "axes")
      guard var combined = charts.first?.content as? CartesianPlot else {
        throw RuntimeFailure(
          charts.isEmpty
            ? "axes: the closure made no plots to overlay"
            : "axes: only line plots, scatter plots, histograms and bar charts can share axes, not a \(charts[0].kind)")
      }
      var series = charts[0].series
      for chart in charts.dropFirst() {
        guard let plot = chart.content as? CartesianPlot else {
          throw RuntimeFailure("axes: a \(chart.kind) cannot share axes with other plots")
        }
        combined.overlay(plot)
        series += chart.series
      }
      let labels = ChartLabels(
        title: try a.optionalString(0), xLabel: try a.optionalString(1), yLabel: try a.optionalString(2))
      combined.xLabel = labels.xLabel ?? combined.xLabel
      combined.yLabel = labels.yLabel ?? combined.yLabel
      let title = labels.title ?? charts.compactMap(\.title).first
      // Reference lines and text do not change what the figure is called ("line plot").
      let drawn = charts.filter { !$0.isAnnotation }
      let kinds = Set(drawn.map(\.kind))
      let kind = kinds.count == 1 ? drawn[0].kind : kinds.isEmpty ? charts[0].kind : "plot"
      return try Library.styledFigure(
        Chart(kind: kind, title: title, content: combined, series: Self.uniqueNames(series)), a)
    }

    registerAnnotations()

    // show(figure): display now, so one cell can show several figures.
    function(
      Signature(
        "show", [.positional("figure", .object("Figure"))],
        help: "Displays a figure (or a table) now, so one cell can show several")
    ) { a in
      guard case .object(let object as any DisplayableObject) = a.unwrapped(0) else {
        throw RuntimeFailure("show: expects a figure (or a table), got a value of type '\(a.unwrapped(0).typeName)'")
      }
      a.runtime.emit(object.output)
      return .void
    }
  }

  /// The values a builder closure listed, or an array passed instead of a closure.
  private static func collected(_ a: inout Arguments, _ index: Int, _ function: String) throws -> [Value] {
    switch a.unwrapped(index) {
    case .function:
      let result = try a.call(index, [])
      guard case .array(let values) = result else {
        throw RuntimeFailure("\(function): the closure must list figures, one per line")
      }
      return values
    case .array(let values):
      return values
    default:
      throw RuntimeFailure("\(function): expects figures in a closure, { plot(a); plot(b) }, or an array of figures")
    }
  }

  private static func charts(in values: [Value], _ function: String) throws -> [Chart] {
    try values.enumerated().map { index, value in
      guard case .object(let figure as FigureObject) = value else {
        throw RuntimeFailure("\(function): item \(index + 1) is a value of type '\(value.typeName)', not a figure")
      }
      guard figure.panels.count == 1 else {
        throw RuntimeFailure(
          "\(function): item \(index + 1) already has \(figure.panels.count) panels; panels cannot be nested")
      }
      return figure.panels[0]
    }
  }

  /// Annotation-only charts (`hline`, `vline`, `text`) listed in `figure { }` join the panel before them.
  static func annotationsMerged(_ charts: [Chart]) throws -> [Chart] {
    var result: [Chart] = []
    for chart in charts {
      guard chart.isAnnotation, let annotation = chart.content as? CartesianPlot else {
        result.append(chart)
        continue
      }
      guard var previous = result.last?.content as? CartesianPlot else {
        throw RuntimeFailure(
          "figure: a \(chart.kind) annotates the plot listed before it, and there is none with axes; put it inside axes { ... }"
        )
      }
      previous.overlay(annotation)
      result[result.count - 1].content = previous
    }
    return result
  }

  /// The grid for `count` panels: as given, or filled in from the other side (one row for up to three).
  static func grid(rows: Int?, columns: Int?, count: Int) throws -> (rows: Int, columns: Int) {
    let r: Int
    let c: Int
    switch (rows, columns) {
    case (let given?, let other?):
      (r, c) = (given, other)
    case (let given?, nil):
      (r, c) = (given, (count + given - 1) / given)
    case (nil, let given?):
      (r, c) = ((count + given - 1) / given, given)
    case (nil, nil):
      let side = count <= 3 ? count : Int(Double(count).squareRoot().rounded(.up))
      (r, c) = ((count + side - 1) / side, side)
    }
    guard count <= r * c else {
      throw RuntimeFailure("figure: \(r) rows × \(c) columns have room for \(r * c) panels, got \(count)")
    }
    return (r, c)
  }

  /// Series of overlaid plots, renamed where two would share a name ("x", "x 2").
  private static func uniqueNames(_ series: [Figure.Series]) -> [Figure.Series] {
    var seen: [String: Int] = [:]
    return series.map { item in
      seen[item.name, default: 0] += 1
      let count = seen[item.name]!
      return count == 1 ? item : Figure.Series(name: "\(item.name) \(count)", values: item.values)
    }
  }
}
