import Testing

@testable import Cells

@Suite("Optimizers take the steps torch.optim takes")
struct NNOptimizerTests {
  @Test func fixturesLoad() throws {
    let optimizers = try NNFixtures.load("nn-optimizers.json", as: NNFixtures.File<NNFixtures.OptimizerCase>.self)
    #expect(Set(optimizers.cases.map(\.algorithm)) == ["SGD", "RMSProp", "Adam", "AdamW", "Adagrad"])
  }

  /// The parameters after each of five steps, to 1e-10 relative (float64). At the
  /// third step `b` has no gradient: it must stay put, and its own step count
  /// (which Adam's bias correction uses) must not advance.
  @Test(arguments: NNFixtures.optimizers)
  func agreesWithPyTorch(_ fixture: NNFixtures.OptimizerCase) throws {
    var optimizer = try fixture.makeOptimizer()
    var parameters = fixture.startingParameters
    for (step, (gradients, expected)) in zip(fixture.gradients, fixture.after).enumerated() {
      let before = parameters
      try optimizer.update(parameters: &parameters, gradients: gradients.mapValues(\.tensor))
      #expect(optimizer.step == step + 1)
      for (k, (name, value)) in parameters.enumerated() {
        let difference = largestRelativeDifference(value, try #require(expected[name]).tensor)
        #expect(difference <= 1e-10, "step \(step + 1), \(name): largest relative difference \(difference)")
        #expect(value.tape == nil)
        if gradients[name] == nil { #expect(value === before[k].value, "a frozen parameter keeps its tensor") }
      }
    }
  }

  @Test func defaultsAreTorchs() {
    #expect(SGD().learningRate == 0.01 && SGD().momentum == 0 && !SGD().nesterov && SGD().dampening == 0)
    #expect(RMSProp().learningRate == 0.01 && RMSProp().rho == 0.99 && RMSProp().epsilon == 1e-8)
    let adam = Adam()
    #expect(adam.learningRate == 1e-3 && adam.beta1 == 0.9 && adam.beta2 == 0.999 && adam.epsilon == 1e-8)
    #expect(adam.weightDecay == 0 && AdamW().weightDecay == 0.01)
    #expect(Adagrad().learningRate == 0.01 && Adagrad().epsilon == 1e-10)
  }

  /// Optimizers are values: a copy keeps its own state, even though the state's
  /// buffers are written in place when nobody else holds them.
  @Test func aCopiedOptimizerHasItsOwnState() throws {
    let w = tensor64([1, 2, 3], [3])
    let g = tensor64([0.5, -1, 2], [3])
    var first = Adam(learningRate: 0.1)
    var parameters = [(name: "w", value: w)]
    try first.update(parameters: &parameters, gradients: ["w": g])
    var second = first
    var copied = parameters
    try first.update(parameters: &parameters, gradients: ["w": g])
    try first.update(parameters: &parameters, gradients: ["w": g])
    try second.update(parameters: &copied, gradients: ["w": g])
    try second.update(parameters: &copied, gradients: ["w": g])
    expectClose(copied[0].value, parameters[0].value, rtol: 0, atol: 0)
    #expect(first.step == 3 && second.step == 3)
  }

  /// Adam's whole-buffer loop (constants hoisted, vectorized) gives bit for bit what
  /// its element rule gives, in float32 and float64, for several steps.
  @Test(arguments: [1, 2, 10])
  func adamLoopMatchesItsElementRule(step: Int) {
    let rule = Adam.Rule(
      learningRate: 1e-3, beta1: 0.9, beta2: 0.999, epsilon: 1e-8, step: step, coupledDecay: 0, decoupledDecay: 0)
    func check<T: TensorScalar>(_: T.Type) {
      let n = 37
      var p = (0..<n).map { T(Double($0 % 7) * 0.31 - 1) }
      let g = (0..<n).map { T(Double(($0 * 5) % 11) * 0.07 - 0.3) }
      var m = (0..<n).map { T(Double($0 % 3) * 0.01) }
      var v = (0..<n).map { T(Double($0 % 4) * 0.002) }
      var (m2, v2) = (m, v)
      var expected = [T](repeating: 0, count: n)
      for i in 0..<n { expected[i] = rule(p[i], g[i], &m2[i], &v2[i]) }
      var g2 = g
      var out = [T](repeating: 0, count: n)
      rule.apply(count: n, &p, &g2, &m, &v, into: &out)
      #expect(out == expected && m == m2 && v == v2)
    }
    check(Float.self)
    check(Double.self)
  }

  @Test func float32ParametersStayFloat32() throws {
    let fixture = try #require(NNFixtures.optimizers.first { $0.algorithm == "Adam" })
    var optimizer = try fixture.makeOptimizer()
    var parameters = fixture.startingParameters.map { (name: $0.name, value: $0.value.converted(to: .float32)) }
    for gradients in fixture.gradients {
      // float64 gradients are converted to the parameters' dtype.
      try optimizer.update(parameters: &parameters, gradients: gradients.mapValues(\.tensor))
    }
    for (name, value) in parameters {
      #expect(value.dtype == .float32)
      expectClose(value, try #require(fixture.after.last?[name]).tensor, rtol: 1e-5, atol: 1e-6, name)
    }
  }

  // MARK: Errors

  @Test func mismatchedGradientsAreReported() {
    var optimizer = SGD()
    var parameters = [(name: "0.weight", value: Tensor.zeros([3, 4], dtype: .float64))]
    let shape = errorMessage {
      try optimizer.update(parameters: &parameters, gradients: ["0.weight": Tensor.zeros([4, 3])])
    }
    #expect(shape.contains("'0.weight'") && shape.contains("[4, 3]") && shape.contains("[3, 4]"), "\(shape)")
    let stray = errorMessage {
      try optimizer.update(parameters: &parameters, gradients: ["1.weight": Tensor.zeros([3, 4])])
    }
    #expect(stray.contains("'1.weight'") && stray.contains("0.weight"), "\(stray)")
  }

  @Test func hyperparametersAreChecked() {
    #expect(errorMessage { try SGD(nesterov: true).validate() }.contains("nesterov needs a positive momentum"))
    #expect(errorMessage { try Adam(beta1: 1).validate() }.contains("beta1 must be in 0..<1"))
    #expect(errorMessage { try AdamW(learningRate: -1).validate() }.contains("AdamW: learningRate"))
    #expect(errorMessage { try RMSProp(epsilon: -1).validate() }.contains("epsilon"))
  }
}
