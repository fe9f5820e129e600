/// Points with a label each: what `scatter(dataset)` and `decisionBoundary(model, dataset)` plot.
///
/// Datasets adopt this so figures need not know their type. A cell can also pass
/// a tuple `(x: points, y: labels)`, or `(points, labels)`.
protocol LabeledPoints: NativeObject {
  /// The inputs, `N×2` (or `N×d`: figures plot the first two features), as a tensor or nested arrays.
  var plottedInputs: Value { get }
  /// The targets: `N` class indices, `N×k` one-hot rows, or `N` values.
  var plottedLabels: Value { get }
}

/// Two-dimensional points and how to colour them, read from a dataset-like value.
struct PointSet {
  var xs: [Double]
  var ys: [Double]
  var labels: PointLabels

  /// Reads a dataset, an `(x:, y:)` tuple, or a bare `N×2` matrix of points.
  init(_ value: Value, argument: String) throws(RuntimeFailure) {
    switch value {
    case .object(let object as any LabeledPoints):
      try self.init(inputs: object.plottedInputs, labels: object.plottedLabels, argument: argument)
    case .tuple(let tuple) where tuple.elements.count == 2:
      try self.init(inputs: tuple.elements[0], labels: tuple.elements[1], argument: argument)
    case .box(let box):
      try self.init(box.value, argument: argument)
    default:
      let grid = try NumericGrid(value, argument: argument)
      guard grid.rank == 2 else {
        throw RuntimeFailure(
          "\(argument) must be a dataset, an (x:, y:) pair, or N×2 points, got \(value.typeName == "Array" || grid.rank > 0 ? NumericGrid.describe(grid.shape) : "a value of type '\(value.typeName)'")"
        )
      }
      let (xs, ys) = try Self.columns(grid, argument: argument)
      self.init(xs: xs, ys: ys, labels: .none)
    }
  }

  init(xs: [Double], ys: [Double], labels: PointLabels) {
    self.xs = xs
    self.ys = ys
    self.labels = labels
  }

  private init(inputs: Value, labels: Value, argument: String) throws(RuntimeFailure) {
    let grid = try NumericGrid(inputs, argument: "\(argument): x")
    let (xs, ys) = try Self.columns(grid, argument: "\(argument): x")
    let labelGrid = try NumericGrid(labels, argument: "\(argument): y")
    let pointLabels = try PointLabels(labelGrid, argument: "\(argument): y")
    if pointLabels.count != xs.count {
      throw RuntimeFailure("\(argument): x has \(xs.count) points but y has \(pointLabels.count) labels")
    }
    self.init(xs: xs, ys: ys, labels: pointLabels)
  }

  /// The first two columns of an `N×d` matrix.
  private static func columns(_ grid: NumericGrid, argument: String) throws(RuntimeFailure) -> ([Double], [Double]) {
    guard grid.rank == 2, grid.shape[1] >= 2 else {
      throw RuntimeFailure(
        "\(argument) must hold points as rows of two coordinates (N×2), got \(NumericGrid.describe(grid.shape))")
    }
    let width = grid.shape[1]
    let rows = grid.shape[0]
    return ((0..<rows).map { grid.values[$0 * width] }, (0..<rows).map { grid.values[$0 * width + 1] })
  }
}

/// What colours points: class indices, or values on a colour scale.
enum PointLabels: Equatable {
  case none
  case classes([Int])
  case values([Double])

  var count: Int {
    switch self {
    case .none: return 0
    case .classes(let classes): return classes.count
    case .values(let values): return values.count
    }
  }

  /// Classes when the labels look like classes (whole numbers from 0, a handful of them,
  /// as integer or float tensors hold them, or one-hot rows); values otherwise.
  init(_ grid: NumericGrid, argument: String) throws(RuntimeFailure) {
    if grid.rank == 2 && grid.shape[1] > 1 {
      // One-hot (or probability) rows: the class is the largest entry.
      let width = grid.shape[1]
      self = .classes(
        (0..<grid.shape[0]).map { row in
          let slice = grid.values[row * width..<(row + 1) * width]
          return slice.indices.max { slice[$0] < slice[$1] }! - row * width
        })
      return
    }
    let values = try grid.vector(argument)
    self = Self.classify(values)
  }

  init(_ values: [Double]) {
    self = Self.classify(values)
  }

  private static func classify(_ values: [Double]) -> PointLabels {
    let looksLikeClasses = values.allSatisfy { $0.isFinite && $0 >= 0 && $0 == $0.rounded() && $0 < 64 }
    if looksLikeClasses && Set(values).count <= Palette.colors.count {
      return .classes(values.map { Int($0) })
    }
    return .values(values)
  }
}
