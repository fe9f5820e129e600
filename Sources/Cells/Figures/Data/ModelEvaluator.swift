/// Evaluates a model, or a function of two inputs, at many points, for a decision boundary.
///
/// Accepts what a lesson has at hand:
/// - a model (a callable library object), called once with all points as an `N×2` tensor;
/// - a closure of two numbers, `{ x, y in ... }`, called point by point;
/// - a closure of one argument, `{ points in model(points) }`, called once with all points.
///
/// The result holds, per point, one number (a probability or any score) or a row of
/// class probabilities.
struct ModelEvaluator {
  let model: Value
  let argument: String

  /// One row per point: `[p]` for one output, `[p0, p1, ...]` for class probabilities.
  func evaluate(_ points: [DataPoint], _ rt: Runtime) throws -> [[Double]] {
    switch model {
    case .function(let function) where function.parameterCount == 2:
      return try points.map { point in
        let result = try Builtins.invoke(model, [.double(point.x), .double(point.y)], rt)
        return try NumericGrid(result, argument: "\(argument): the function's result").values
      }
    case .function:
      return try outputs(try Builtins.invoke(model, [batch(points, rt)], rt), count: points.count)
    case .object(let object as any CallableObject):
      return try outputs(try object.call(rt, [batch(points, rt)]), count: points.count)
    case .box(let box):
      return try ModelEvaluator(model: box.value, argument: argument).evaluate(points, rt)
    default:
      throw RuntimeFailure(
        "\(argument): expected a model or a function of two inputs, such as { x, y in x * y }, got a value of type '\(model.typeName)'"
      )
    }
  }

  /// All points as one `N×2` input: as a tensor.
  private func batch(_ points: [DataPoint], _ rt: Runtime) throws -> Value {
    let rows = Value.array(points.map { .array([.double($0.x), .double($0.y)]) })
    return .object(try Tensor.from(rows, dtype: .float32))
  }

  /// Splits a batch result (`N`, `N×1` or `N×k`) into one row per point.
  private func outputs(_ result: Value, count: Int) throws -> [[Double]] {
    let grid = try NumericGrid(result, argument: "\(argument): the model's output")
    guard grid.count > 0, grid.count % count == 0, grid.shape.first == count else {
      throw RuntimeFailure(
        "\(argument): the model was given \(count) points and returned \(NumericGrid.describe(grid.shape)); expected \(count) or \(count)×k values"
      )
    }
    let width = grid.count / count
    return (0..<count).map { Array(grid.values[$0 * width..<($0 + 1) * width]) }
  }
}
