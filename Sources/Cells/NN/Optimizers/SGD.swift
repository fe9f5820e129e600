/// Stochastic gradient descent, with optional momentum, Nesterov momentum and
/// weight decay, as `torch.optim.SGD`:
///
///     d = g + weightDecay · p
///     buffer = d on the first step, then momentum · buffer + (1 - dampening) · d
///     d = d + momentum · buffer (Nesterov) or buffer (otherwise)
///     p = p - learningRate · d
///
/// With `momentum` 0 there is no buffer and the step is `p - learningRate · d`.
struct SGD: Optimizer {
  var learningRate: Double
  var momentum: Double
  var nesterov: Bool
  var weightDecay: Double
  var dampening: Double
  private(set) var step = 0
  private(set) var state = OptimizerState()

  init(
    learningRate: Double = 0.01, momentum: Double = 0, nesterov: Bool = false, weightDecay: Double = 0,
    dampening: Double = 0
  ) {
    self.learningRate = learningRate
    self.momentum = momentum
    self.nesterov = nesterov
    self.weightDecay = weightDecay
    self.dampening = dampening
  }

  func validate() throws {
    try require(learningRate >= 0, "learningRate", learningRate, "0 or more")
    try require(momentum >= 0, "momentum", momentum, "0 or more")
    try require(weightDecay >= 0, "weightDecay", weightDecay, "0 or more")
    if nesterov && (momentum <= 0 || dampening != 0) {
      throw RuntimeFailure(
        "SGD: nesterov needs a positive momentum and dampening 0, got momentum \(momentum), dampening \(dampening)")
    }
  }

  mutating func update(parameters: inout [(name: String, value: Tensor)], gradients: [String: Tensor]) throws {
    try validate()
    step += 1
    try state.apply(to: &parameters, gradients: gradients, bufferCount: momentum == 0 ? 0 : 1, operation: "SGD") {
      Rule(
        learningRate: learningRate, momentum: momentum, nesterov: nesterov, weightDecay: weightDecay,
        dampening: dampening, isFirstStep: $0 == 1)
    }
  }

  struct Rule: UpdateRule {
    let learningRate, momentum: Double
    let nesterov: Bool
    let weightDecay, dampening: Double
    let isFirstStep: Bool

    @inline(__always)
    func callAsFunction<T: TensorScalar>(_ p: T, _ g: T, _ buffer: inout T, _: inout T) -> T {
      var d = g
      if weightDecay != 0 { d += T(weightDecay) * p }
      if momentum != 0 {
        buffer = isFirstStep ? d : buffer * T(momentum) + T(1 - dampening) * d
        d = nesterov ? d + T(momentum) * buffer : buffer
      }
      return p - T(learningRate) * d
    }
  }
}
