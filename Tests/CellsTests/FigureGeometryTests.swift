import Testing

@testable import Cells

@Suite("Figure geometry: contours, layout, legends")
struct FigureGeometryTests {
  /// `count` evenly spaced values from `lower` to `upper`.
  func axis(_ lower: Double, _ upper: Double, _ count: Int) -> [Double] {
    (0..<count).map { lower + (upper - lower) * Double($0) / Double(count - 1) }
  }

  func field(_ xs: [Double], _ ys: [Double], _ f: (Double, Double) -> Double) -> [Double] {
    ys.flatMap { y in xs.map { x in f(x, y) } }
  }

  /// The area a closed ring encloses (shoelace formula).
  func area(_ ring: [DataPoint]) -> Double {
    var sum = 0.0
    for (a, b) in zip(ring, ring.dropFirst() + [ring[0]]) { sum += a.x * b.y - b.x * a.y }
    return abs(sum) / 2
  }

  @Test func levelLineOfADiscIsACircle() throws {
    let xs = axis(-2, 2, 41)
    let tracer = ContourTracer(xs: xs, ys: xs, values: field(xs, xs) { 1 - ($0 * $0 + $1 * $1) })
    let lines = tracer.lines(at: 0)
    #expect(lines.count == 1)
    let circle = try #require(lines.first)
    #expect(circle.first == circle.last, "a contour inside the grid closes on itself")
    for point in circle {
      let radius = (point.x * point.x + point.y * point.y).squareRoot()
      #expect(abs(radius - 1) < 0.02, "point \(point) is off the unit circle")
    }
    #expect(abs(area(circle) - Double.pi) < 0.05)
  }

  @Test func regionReachingTheBorderIsClosedAlongIt() throws {
    let xs = axis(-2, 2, 21)
    let tracer = ContourTracer(xs: xs, ys: xs, values: field(xs, xs) { x, _ in x })
    let rings = tracer.rings(above: 0)
    #expect(rings.count == 1)
    let ring = try #require(rings.first)
    #expect(abs(area(ring) - 8) < 1e-9, "the right half of a 4×4 square")
    #expect(ring.allSatisfy { $0.x >= -1e-12 })
    // The open level line runs from border to border.
    let line = try #require(tracer.lines(at: 0).first)
    #expect(Set([line.first!.y, line.last!.y]) == [-2, 2])
  }

  @Test func nestedLevelsGiveNestedAreas() {
    let xs = axis(-1, 1, 31)
    let tracer = ContourTracer(xs: xs, ys: xs, values: field(xs, xs) { -($0 * $0 + $1 * $1) })
    let outer = tracer.rings(above: -0.5).map(area).reduce(0, +)
    let inner = tracer.rings(above: -0.2).map(area).reduce(0, +)
    #expect(outer > inner && inner > 0)
    #expect(abs(outer - Double.pi * 0.5) < 0.03)
  }

  @Test func twoBlobsGiveTwoRings() {
    let xs = axis(-3, 3, 61)
    let tracer = ContourTracer(
      xs: xs, ys: xs,
      values: field(xs, xs) { x, y in max(1 - ((x - 1.5) * (x - 1.5) + y * y), 1 - ((x + 1.5) * (x + 1.5) + y * y)) })
    #expect(tracer.rings(above: 0).count == 2)
  }

  @Test(arguments: [150.0, 230, 340, 680])
  func xTickLabelsNeverOverlap(width: Double) {
    for range in [0.0...0.97, -1234.5...98765, 0.0001...0.0123, -3...3, 1...100] {
      let plot = CartesianPlot(marks: [.line(LineMark(xs: [range.lowerBound, range.upperBound], ys: [0, 1]))])
      var extent = DataExtent()
      extent.include(x: range.lowerBound, y: 0)
      extent.include(x: range.upperBound, y: 1)
      let layout = CartesianLayout(
        plot: plot, extent: extent, frame: Rect(x: 0, y: 0, width: width, height: width * 0.7))
      let positions = layout.xTicks.values.map(layout.xScale.position)
      let widths = layout.xTicks.labels.map { TextMetrics.width($0, fontSize: CartesianLayout.tickFontSize) }
      #expect(layout.xTicks.values.count >= 2, "range \(range) at width \(width)")
      for i in positions.indices.dropFirst() {
        let gap = positions[i] - positions[i - 1] - (widths[i] + widths[i - 1]) / 2
        #expect(
          gap >= 4, "labels \(layout.xTicks.labels[i - 1]) and \(layout.xTicks.labels[i]) touch at width \(width)")
      }
      // The last label stays inside the frame.
      if let last = positions.last, let lastWidth = widths.last {
        #expect(last + lastWidth / 2 <= width + 0.5)
      }
    }
  }

  @Test func legendTakesAFreeCorner() {
    let legend = Legend(entries: [.init(swatch: .point(Palette.color(0)), label: "class 0")])
    let plot = Rect(x: 0, y: 0, width: 400, height: 300)
    // Data in the top right: the legend goes to the next corner, top left.
    let busy = (0..<20).map { Point(x: 330 + Double($0), y: 10 + Double($0)) }
    let corner = legend.corner(in: plot, avoiding: busy, boxes: [])
    #expect(corner?.x == 6 && corner?.y == 6)
    // Data everywhere: no corner.
    let everywhere = (0..<400).map { Point(x: Double($0 % 20) * 20, y: Double($0 / 20) * 15) }
    #expect(legend.corner(in: plot, avoiding: everywhere, boxes: []) == nil)
  }

  @Test func legendLeavesThePlotWhenDataFillsIt() throws {
    var points: [String] = []
    for i in 0..<15 { for j in 0..<15 { points.append("(\(i), \(j))") } }
    let cell = """
      let grid = [\(points.joined(separator: ", "))]
      scatter(grid.map { Double($0.0) }, grid.map { Double($0.1) }, colors: grid.map { ($0.0 + $0.1) % 2 })
      """
    let figure = try #require(drawnFigure(cell))
    let elements = try XMLElements.parse(figure.svg).get().elements
    let legendBox = try #require(elements.firstIndex { $0.attributes["class"] == "legend" }.map { elements[$0 + 1] })
    // Data points take their colour from their class's group; legend swatches carry their own.
    let circles = elements.filter { $0.name == "circle" && $0.attributes["fill"] == nil }
    #expect(circles.count == 225)
    let legendX = Double(legendBox.attributes["x"]!)!
    let legendY = Double(legendBox.attributes["y"]!)!
    let rightmost = circles.compactMap { Double($0.attributes["cx"]!) }.max()!
    let lowest = circles.compactMap { Double($0.attributes["cy"]!) }.max()!
    #expect(legendX > rightmost || legendY > lowest, "the legend is beside or below the data, not over it")
  }
}

/// A model as the neural-network library will provide one: a callable object taking a batch.
private final class HalfPlaneModel: NativeObject, CallableObject {
  var inputShapes: [[Int]] = []

  func call(_ rt: Runtime, _ args: [Value], labels: [String?]) throws -> Value {
    let batch = try NumericGrid(args[0], argument: "input")
    inputShapes.append(batch.shape)
    let rows = batch.shape[0]
    return .array((0..<rows).map { .array([.double(batch.values[$0 * 2] > 0 ? 0.9 : 0.1)]) })
  }
}

@Suite("Decision boundaries of models")
struct FigureModelTests {
  @Test func aModelIsCalledOnceWithAllGridPointsAsABatch() throws {
    let model = HalfPlaneModel()
    let points = PointSet(xs: [-1, 1], ys: [0, 1], labels: .classes([0, 1]))
    let chart = try DecisionBoundary.chart(
      evaluator: ModelEvaluator(model: .object(model), argument: "decisionBoundary"), points: points,
      classNames: ["left", "right"], resolution: 7, labels: ChartLabels(), Runtime())
    #expect(model.inputShapes == [[49, 2]])
    let probability = try #require(chart.series.first { $0.name == "probability" })
    #expect(Set(probability.values) == [0.1, 0.9])
    #expect(chart.series.first { $0.name == "class" }?.values == [0, 1])
  }

  @Test func aModelReturningTheWrongCountIsReported() {
    final class Broken: NativeObject, CallableObject {
      func call(_ rt: Runtime, _ args: [Value], labels: [String?]) throws -> Value { .array([.double(0.5)]) }
    }
    let points = PointSet(xs: [0, 1], ys: [0, 1], labels: .none)
    #expect(throws: RuntimeFailure.self) {
      try DecisionBoundary.chart(
        evaluator: ModelEvaluator(model: .object(Broken()), argument: "decisionBoundary"), points: points,
        classNames: nil, resolution: 4, labels: ChartLabels(), Runtime())
    }
  }

  @Test func datasetsAdoptLabeledPoints() throws {
    final class Moons: NativeObject, LabeledPoints {
      var plottedInputs: Value { .array([.array([.double(0), .double(1)]), .array([.double(2), .double(3)])]) }
      var plottedLabels: Value { .array([.int(1), .int(0)]) }
    }
    let points = try PointSet(.object(Moons()), argument: "scatter")
    #expect(points.xs == [0, 2] && points.ys == [1, 3])
    #expect(points.labels == .classes([1, 0]))
  }

  @Test func historiesAdoptTrainingHistory() throws {
    final class History: NativeObject, TrainingHistory {
      var epochMetrics: [(name: String, values: [Double])] {
        [("loss", [0.9, 0.5]), ("validation loss", [1.0, 0.7]), ("accuracy", [0.5, 0.8])]
      }
    }
    let chart = try LossCurves.chart(History().epochMetrics, metric: "loss", labels: ChartLabels())
    #expect(chart.series.map(\.name) == ["loss", "validation loss"])
  }
}
