/// Adam with decoupled weight decay (Loshchilov and Hutter, 2019), as
/// `torch.optim.AdamW`: each step first shrinks the parameter,
/// `p = p - learningRate · weightDecay · p`, then takes an `Adam` step without
/// weight decay. Unlike Adam's `weightDecay`, the decay does not pass through the
/// running averages, so every weight decays at the same rate.
struct AdamW: Optimizer {
  var learningRate: Double
  var beta1: Double
  var beta2: Double
  var epsilon: Double
  var weightDecay: Double
  private(set) var step = 0
  private(set) var state = OptimizerState()

  init(
    learningRate: Double = 1e-3, beta1: Double = 0.9, beta2: Double = 0.999, epsilon: Double = 1e-8,
    weightDecay: Double = 0.01
  ) {
    self.learningRate = learningRate
    self.beta1 = beta1
    self.beta2 = beta2
    self.epsilon = epsilon
    self.weightDecay = weightDecay
  }

  func validate() throws {
    try Adam.Rule.validate(self, learningRate: learningRate, beta1: beta1, beta2: beta2, epsilon: epsilon)
    try require(weightDecay >= 0, "weightDecay", weightDecay, "0 or more")
  }

  mutating func update(parameters: inout [(name: String, value: Tensor)], gradients: [String: Tensor]) throws {
    try validate()
    step += 1
    try state.apply(to: &parameters, gradients: gradients, bufferCount: 2, operation: "AdamW") {
      Adam.Rule(
        learningRate: learningRate, beta1: beta1, beta2: beta2, epsilon: epsilon, step: $0, coupledDecay: 0,
        decoupledDecay: weightDecay)
    }
  }
}
