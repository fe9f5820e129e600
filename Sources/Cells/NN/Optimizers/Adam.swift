/// Adam, as `torch.optim.Adam`: running averages of the gradient and of its
/// square, both bias-corrected, as in the paper (Kingma and Ba, 2015). On the
/// parameter's step t:
///
///     g = g + weightDecay · p                 (L2 penalty folded into the gradient)
///     m = beta1 · m + (1 - beta1) · g
///     v = beta2 · v + (1 - beta2) · g²
///     p = p - learningRate / (1 - beta1ᵗ) · m / (√v / √(1 - beta2ᵗ) + epsilon)
///
/// For weight decay that does not pass through the averages, use `AdamW`.
struct Adam: Optimizer {
  var learningRate: Double
  var beta1: Double
  var beta2: Double
  var epsilon: Double
  var weightDecay: Double
  private(set) var step = 0
  private(set) var state = OptimizerState()

  init(
    learningRate: Double = 1e-3, beta1: Double = 0.9, beta2: Double = 0.999, epsilon: Double = 1e-8,
    weightDecay: Double = 0
  ) {
    self.learningRate = learningRate
    self.beta1 = beta1
    self.beta2 = beta2
    self.epsilon = epsilon
    self.weightDecay = weightDecay
  }

  func validate() throws {
    try Rule.validate(self, learningRate: learningRate, beta1: beta1, beta2: beta2, epsilon: epsilon)
    try require(weightDecay >= 0, "weightDecay", weightDecay, "0 or more")
  }

  mutating func update(parameters: inout [(name: String, value: Tensor)], gradients: [String: Tensor]) throws {
    try validate()
    step += 1
    try state.apply(to: &parameters, gradients: gradients, bufferCount: 2, operation: "Adam") {
      Rule(
        learningRate: learningRate, beta1: beta1, beta2: beta2, epsilon: epsilon, step: $0,
        coupledDecay: weightDecay, decoupledDecay: 0)
    }
  }

  /// One Adam step on one element; `AdamW` uses it with decoupled decay.
  struct Rule: UpdateRule {
    let beta1, beta2, epsilon: Double
    /// Weight decay added to the gradient (Adam's) and applied to the parameter first (AdamW's).
    let coupledDecay, shrink: Double
    /// `learningRate / (1 - beta1ᵗ)` and `√(1 - beta2ᵗ)`, computed once per parameter.
    let stepSize, correction2Root: Double

    init(
      learningRate: Double, beta1: Double, beta2: Double, epsilon: Double, step: Int, coupledDecay: Double,
      decoupledDecay: Double
    ) {
      self.beta1 = beta1
      self.beta2 = beta2
      self.epsilon = epsilon
      self.coupledDecay = coupledDecay
      shrink = 1 - learningRate * decoupledDecay
      let t = Double(step)
      stepSize = learningRate / (1 - CMath.pow(beta1, t))
      correction2Root = (1 - CMath.pow(beta2, t)).squareRoot()
    }

    @inline(__always)
    func callAsFunction<T: TensorScalar>(_ p: T, _ g: T, _ m: inout T, _ v: inout T) -> T {
      var p = p
      var g = g
      if shrink != 1 { p *= T(shrink) }
      if coupledDecay != 0 { g += T(coupledDecay) * p }
      m = Rule.interpolate(m, g, weight: T(1 - beta1))
      v = v * T(beta2) + T(1 - beta2) * g * g
      return p - T(stepSize) * m / (v.squareRoot() / T(correction2Root) + T(epsilon))
    }

    /// `torch.lerp(start, end, weight)`, rounded as PyTorch rounds it:
    /// `start + weight (end - start)` below ½, `end - (end - start)(1 - weight)` from ½.
    @inline(__always)
    static func interpolate<T: TensorScalar>(_ start: T, _ end: T, weight: T) -> T {
      weight < 0.5 ? start + weight * (end - start) : end - (end - start) * (1 - weight)
    }

    static func validate(
      _ optimizer: some Optimizer, learningRate: Double, beta1: Double, beta2: Double, epsilon: Double
    ) throws {
      try optimizer.require(learningRate >= 0, "learningRate", learningRate, "0 or more")
      try optimizer.require(beta1 >= 0 && beta1 < 1, "beta1", beta1, "in 0..<1")
      try optimizer.require(beta2 >= 0 && beta2 < 1, "beta2", beta2, "in 0..<1")
      try optimizer.require(epsilon >= 0, "epsilon", epsilon, "0 or more")
    }
  }
}
