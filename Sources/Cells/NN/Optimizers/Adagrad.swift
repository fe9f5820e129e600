/// Adagrad, as `torch.optim.Adagrad` (no learning-rate decay, accumulator
/// starting at 0): each element's step shrinks with the sum of its squared
/// gradients so far,
///
///     sum = sum + g²
///     p = p - learningRate · g / (√sum + epsilon)
struct Adagrad: Optimizer {
  var learningRate: Double
  var epsilon: Double
  private(set) var step = 0
  private(set) var state = OptimizerState()

  init(learningRate: Double = 0.01, epsilon: Double = 1e-10) {
    self.learningRate = learningRate
    self.epsilon = epsilon
  }

  func validate() throws {
    try require(learningRate >= 0, "learningRate", learningRate, "0 or more")
    try require(epsilon >= 0, "epsilon", epsilon, "0 or more")
  }

  mutating func update(parameters: inout [(name: String, value: Tensor)], gradients: [String: Tensor]) throws {
    try validate()
    step += 1
    let rule = Rule(learningRate: learningRate, epsilon: epsilon)
    try state.apply(to: &parameters, gradients: gradients, bufferCount: 1, operation: "Adagrad") { _ in rule }
  }

  struct Rule: UpdateRule {
    let learningRate, epsilon: Double

    @inline(__always)
    func callAsFunction<T: TensorScalar>(_ p: T, _ g: T, _ sum: inout T, _: inout T) -> T {
      sum += g * g
      return p - T(learningRate) * g / (sum.squareRoot() + T(epsilon))
    }
  }
}
