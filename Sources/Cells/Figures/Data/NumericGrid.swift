/// Numbers a figure plots, read from whatever a cell passes: a number, nested
/// arrays of numbers, a range, or any library object holding a grid of numbers
/// (a tensor), with its shape.
///
/// Every figure function reads its data through here, so all of them accept the
/// same things and fail with the same kind of message.
struct NumericGrid: Equatable {
  var shape: [Int]
  /// Row-major.
  var values: [Double]

  var rank: Int { shape.count }
  var count: Int { values.count }

  init(shape: [Int], values: [Double]) {
    self.shape = shape
    self.values = values
  }

  /// Reads `value`; `argument` names it in messages ("plot: y").
  init(_ value: Value, argument: String) throws(RuntimeFailure) {
    switch value {
    case .int(let v): self.init(shape: [], values: [Double(v)])
    case .double(let v): self.init(shape: [], values: [v])
    case .float(let v): self.init(shape: [], values: [Double(v)])
    case .bool(let v): self.init(shape: [], values: [v ? 1 : 0])
    case .some(let inner): try self.init(inner, argument: argument)
    case .box(let box): try self.init(box.value, argument: argument)
    case .range(let range):
      try Context.current.checkAllocation(count: range.count(), bytesPerElement: MemoryLayout<Double>.stride)
      let values = range.last.map { (range.lower...$0).map(Double.init) } ?? []
      self.init(shape: [values.count], values: values)
    case .object(let object as any NumericArrayConvertible):
      self.init(shape: object.numericShape, values: object.numericValues)
    case .array(let elements):
      var inner: [Int]?
      var values: [Double] = []
      for (index, element) in elements.enumerated() {
        let grid = try NumericGrid(element, argument: argument)
        if let inner, inner != grid.shape {
          throw RuntimeFailure(
            "\(argument): rows must all have the same shape, but row 0 has \(Self.describe(inner)) and row \(index) has \(Self.describe(grid.shape))"
          )
        }
        inner = grid.shape
        values += grid.values
      }
      self.init(shape: [elements.count] + (inner ?? []), values: values)
    default:
      throw RuntimeFailure(
        "\(argument) must be numbers (an array or a tensor), got a value of type '\(value.typeName)'")
    }
  }

  /// "8 values" for a vector, "3×4" for a matrix.
  static func describe(_ shape: [Int]) -> String {
    switch shape.count {
    case 0: return "a single number"
    case 1: return "\(shape[0]) value\(shape[0] == 1 ? "" : "s")"
    default: return shape.map(String.init).joined(separator: "×")
    }
  }

  /// The values as one series: a vector, or a matrix with a single row or column (`N×1` predictions).
  func vector(_ argument: String) throws(RuntimeFailure) -> [Double] {
    let longSides = shape.filter { $0 != 1 }
    guard longSides.count <= 1 else {
      throw RuntimeFailure("\(argument) must be a list of numbers, got a \(Self.describe(shape)) grid")
    }
    return values
  }

  /// The values as a matrix; a vector becomes a single row.
  func matrix(_ argument: String) throws(RuntimeFailure) -> (rows: Int, columns: Int, values: [Double]) {
    switch shape.count {
    case 1: return (1, shape[0], values)
    case 2: return (shape[0], shape[1], values)
    case 3 where shape[0] == 1: return (shape[1], shape[2], values)
    default:
      throw RuntimeFailure("\(argument) must be a matrix (rows of numbers), got \(Self.describe(shape))")
    }
  }

  /// The rows of a matrix (or the only row of a vector).
  func rows(_ argument: String) throws(RuntimeFailure) -> [[Double]] {
    let (rows, columns, values) = try matrix(argument)
    return (0..<rows).map { Array(values[$0 * columns..<($0 + 1) * columns]) }
  }
}
