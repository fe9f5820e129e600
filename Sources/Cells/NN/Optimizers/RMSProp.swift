/// RMSProp, as `torch.optim.RMSprop` (not centered, no momentum): divides each
/// step by a running root mean square of the gradients,
///
///     average = rho · average + (1 - rho) · g²
///     p = p - learningRate · g / (√average + epsilon)
///
/// with `epsilon` added outside the square root, as PyTorch does (Keras adds it
/// inside). PyTorch calls `rho` alpha.
struct RMSProp: Optimizer {
  var learningRate: Double
  var rho: Double
  var epsilon: Double
  private(set) var step = 0
  private(set) var state = OptimizerState()

  init(learningRate: Double = 0.01, rho: Double = 0.99, epsilon: Double = 1e-8) {
    self.learningRate = learningRate
    self.rho = rho
    self.epsilon = epsilon
  }

  func validate() throws {
    try require(learningRate >= 0, "learningRate", learningRate, "0 or more")
    try require(rho >= 0, "rho", rho, "0 or more")
    try require(epsilon >= 0, "epsilon", epsilon, "0 or more")
  }

  mutating func update(parameters: inout [(name: String, value: Tensor)], gradients: [String: Tensor]) throws {
    try validate()
    step += 1
    let rule = Rule(learningRate: learningRate, rho: rho, epsilon: epsilon)
    try state.apply(to: &parameters, gradients: gradients, bufferCount: 1, operation: "RMSProp") { _ in rule }
  }

  struct Rule: UpdateRule {
    let learningRate, rho, epsilon: Double

    @inline(__always)
    func callAsFunction<T: TensorScalar>(_ p: T, _ g: T, _ average: inout T, _: inout T) -> T {
      average = average * T(rho) + T(1 - rho) * g * g
      return p - T(learningRate) * g / (average.squareRoot() + T(epsilon))
    }
  }
}
