/// Decision boundaries: a model's output over the plane as filled contours, with the data on top.
///
/// Three readings of the output, chosen from what the model returns:
/// - one probability per point (or two, for two classes): bands from one class's colour
///   through white at 0.5 to the other's, with the 0.5 line drawn;
/// - several class probabilities: each class's region in its colour, boundaries drawn;
/// - any other score (`{ x, y in x * x + y * y }`): bands of a colour scale, the zero line drawn.
enum DecisionBoundary {
  static let defaultResolution = 60

  static func chart(
    evaluator: ModelEvaluator, points: PointSet, classNames: [String]?, resolution: Int, labels: ChartLabels,
    _ rt: Runtime
  ) throws -> Chart {
    let (xs, ys) = grid(around: points, resolution: resolution)
    var samples: [DataPoint] = []
    samples.reserveCapacity(xs.count * ys.count)
    for y in ys { for x in xs { samples.append(DataPoint(x: x, y: y)) } }
    let outputs = try evaluator.evaluate(samples, rt)
    let width = outputs.first?.count ?? 0
    guard width > 0, outputs.allSatisfy({ $0.count == width }) else {
      throw RuntimeFailure("\(evaluator.argument): the model must return the same number of outputs for every point")
    }

    var plot = CartesianPlot(xLabel: labels.xLabel, yLabel: labels.yLabel, marks: [])
    plot.xAxis.fixed = xs.first!...xs.last!
    plot.yAxis.fixed = ys.first!...ys.last!
    var series: [Figure.Series]
    if width <= 2 {
      let field = outputs.map { width == 2 ? $0[1] : $0[0] }
      let isProbability = field.allSatisfy { !$0.isFinite || ($0 >= 0 && $0 <= 1) }
      let (mark, colorBar) =
        isProbability
        ? probabilityBands(field, xs: xs, ys: ys, positiveName: classNames.flatMap { $0.count > 1 ? $0[1] : nil })
        : scoreBands(field, xs: xs, ys: ys)
      plot.marks.append(.regions(mark))
      plot.colorBar = colorBar
      series = [Figure.Series(name: isProbability ? "probability" : "score", values: field)]
    } else {
      let (mark, predicted) = classRegions(outputs, xs: xs, ys: ys)
      plot.marks.append(.regions(mark))
      series = [Figure.Series(name: "predicted class", values: predicted.map(Double.init))]
    }

    let coloring: PointMark.Coloring
    switch points.labels {
    case .classes(let classes): coloring = .classes(classes, names: classNames ?? [])
    default: coloring = .single(RGBColor(hex: 0x3D444D))
    }
    plot.marks.append(.points(PointMark(xs: points.xs, ys: points.ys, coloring: coloring, label: nil, outlined: true)))
    series += [Figure.Series(name: "x", values: points.xs), Figure.Series(name: "y", values: points.ys)]
    if case .classes(let classes) = points.labels {
      series.append(Figure.Series(name: "class", values: classes.map(Double.init)))
    }
    return Chart(kind: "decision boundary", title: labels.title, content: plot, series: series)
  }

  /// Sample positions covering the data with a margin, so the boundary is seen around every point.
  static func grid(around points: PointSet, resolution: Int) -> ([Double], [Double]) {
    func axis(_ values: [Double]) -> [Double] {
      let finite = values.filter(\.isFinite)
      var lower = finite.min() ?? -1
      var upper = finite.max() ?? 1
      let margin = upper > lower ? (upper - lower) * 0.08 : 1
      lower -= margin
      upper += margin
      return (0..<resolution).map { lower + (upper - lower) * Double($0) / Double(resolution - 1) }
    }
    return (axis(points.xs), axis(points.ys))
  }

  /// The whole grid as one ring: the first band, under all others.
  private static func background(_ xs: [Double], _ ys: [Double]) -> [DataPoint] {
    [
      DataPoint(x: xs.first!, y: ys.first!), DataPoint(x: xs.last!, y: ys.first!),
      DataPoint(x: xs.last!, y: ys.last!), DataPoint(x: xs.first!, y: ys.last!),
    ]
  }

  /// Bands every 0.1 from class 0's colour (p near 0) through white to class 1's (p near 1).
  private static func probabilityBands(_ field: [Double], xs: [Double], ys: [Double], positiveName: String?)
    -> (RegionMark, ColorBar)
  {
    let levels = (0...10).map { Double($0) / 10 }
    let colors = (0..<10).map { band -> RGBColor in
      let middle = (levels[band] + levels[band + 1]) / 2
      let strength = abs(middle - 0.5) * 2
      return RGBColor.white.mixed(with: Palette.color(middle < 0.5 ? 0 : 1), 0.1 + 0.5 * strength)
    }
    let tracer = ContourTracer(xs: xs, ys: ys, values: field)
    var areas = [RegionMark.Area(rings: [background(xs, ys)], color: colors[0])]
    for band in 1..<10 {
      areas.append(RegionMark.Area(rings: tracer.rings(above: levels[band]), color: colors[band]))
    }
    let mark = RegionMark(
      areas: areas, outlines: tracer.lines(at: 0.5), xRange: xs.first!...xs.last!, yRange: ys.first!...ys.last!)
    let scale = Colormap(
      name: "probability", anchors: [colors[0], .white, colors[9]], isDiverging: false)
    var colorBar = ColorBar(colormap: scale, lower: 0, upper: 1, label: "P(\(positiveName ?? "class 1"))")
    colorBar.levels = levels
    colorBar.bandColors = colors
    return (mark, colorBar)
  }

  /// Bands at nice values across the score's range, lightened so the points stay visible.
  private static func scoreBands(_ field: [Double], xs: [Double], ys: [Double]) -> (RegionMark, ColorBar) {
    let finite = field.filter(\.isFinite)
    let lower = finite.min() ?? 0
    let upper = finite.max() ?? 1
    let ticks = AxisTicks(covering: lower...upper, count: 8, snapping: 0)
    let inner = ticks.values.filter { $0 > lower && $0 < upper }
    let levels = [lower] + inner + [upper]
    let colorBar0 = ColorBar(colormap: .viridis, lower: lower, upper: upper, label: "value")
    let colors = (0..<(levels.count - 1)).map { band in
      colorBar0.color(for: (levels[band] + levels[band + 1]) / 2).mixed(with: .white, 0.35)
    }
    let tracer = ContourTracer(xs: xs, ys: ys, values: field)
    var areas = [RegionMark.Area(rings: [background(xs, ys)], color: colors[0])]
    for band in 1..<max(1, levels.count - 1) {
      areas.append(RegionMark.Area(rings: tracer.rings(above: levels[band]), color: colors[band]))
    }
    let outlines = lower < 0 && upper > 0 ? tracer.lines(at: 0) : []
    var colorBar = colorBar0
    colorBar.levels = levels
    colorBar.bandColors = colors
    return (
      RegionMark(areas: areas, outlines: outlines, xRange: xs.first!...xs.last!, yRange: ys.first!...ys.last!),
      colorBar
    )
  }

  /// Each class's region (where its probability is the largest) in a tint of its colour.
  private static func classRegions(_ outputs: [[Double]], xs: [Double], ys: [Double]) -> (RegionMark, [Int]) {
    let classes = outputs[0].count
    let predicted = outputs.map { row in row.indices.max { row[$0] < row[$1] } ?? 0 }
    var areas: [RegionMark.Area] = []
    var outlines: [[DataPoint]] = []
    for c in 0..<classes {
      // Positive where class c beats every other class.
      let margin = outputs.map { row in
        row[c] - (row.indices.filter { $0 != c }.map { row[$0] }.max() ?? 0)
      }
      let tracer = ContourTracer(xs: xs, ys: ys, values: margin)
      areas.append(
        RegionMark.Area(rings: tracer.rings(above: 0), color: RGBColor.white.mixed(with: Palette.color(c), 0.3)))
      outlines += tracer.lines(at: 0)
    }
    return (
      RegionMark(areas: areas, outlines: outlines, xRange: xs.first!...xs.last!, yRange: ys.first!...ys.last!),
      predicted
    )
  }
}
