import Testing

@testable import Cells

/// Layers against PyTorch's numbers, and their gradients against finite differences.
@Suite("Layers compute what PyTorch computes")
struct LayerFixtureTests {
  let fixture: PyTorchFixture
  let context = Context()

  init() throws { fixture = try PyTorchFixture("layers.json") }

  @Test func linear() throws {
    let layer = Linear(inputs: 3, outputs: 2, random: NNRandom(seed: 1))
    let model = try layer.replacing([
      "weight": try fixture.tensor("linear", "weight"), "bias": try fixture.tensor("linear", "bias"),
    ])
    let y = try model.forward(try fixture.tensor("linear", "x"), context: context)
    expectClose(y, try fixture.tensor("linear", "y"), rtol: 1e-9, atol: 1e-12, "Linear")
  }

  @Test func batchNormTrainsAndInfersAsPyTorch() throws {
    let f = "batchnorm1d"
    var bn: Module = BatchNorm(featureCount: 3)
    bn = try bn.replacing(["weight": try fixture.tensor(f, "weight"), "bias": try fixture.tensor(f, "bias")])
    bn = bn.settingTraining(true)
    let y = try bn.forward(try fixture.tensor(f, "x"), context: context)
    expectClose(y, try fixture.tensor(f, "y_train"), "training output")
    expectClose(bn.buffer("runningMean")!, try fixture.tensor(f, "running_mean"), "running mean")
    expectClose(bn.buffer("runningVariance")!, try fixture.tensor(f, "running_var"), "running variance (unbiased)")
    let inference = bn.settingTraining(false)
    expectClose(
      try inference.forward(try fixture.tensor(f, "x_eval"), context: context), try fixture.tensor(f, "y_eval"),
      rtol: 1e-6, "inference output")
  }

  @Test func batchNormPerChannelOnImages() throws {
    let f = "batchnorm2d"
    let bn = BatchNorm(featureCount: 3).settingTraining(true)
    let y = try bn.forward(try fixture.tensor(f, "x"), context: context)
    expectClose(y, try fixture.tensor(f, "y"), "BatchNorm2d output")
    expectClose(bn.buffer("runningVariance")!, try fixture.tensor(f, "running_var"), rtol: 1e-6, "running variance")
  }

  @Test func layerNorm() throws {
    let f = "layernorm"
    let ln = try LayerNorm(dimensions: 4).replacing([
      "weight": try fixture.tensor(f, "weight"), "bias": try fixture.tensor(f, "bias"),
    ])
    expectClose(try ln.forward(try fixture.tensor(f, "x"), context: context), try fixture.tensor(f, "y"), "LayerNorm")
  }

  @Test(arguments: [
    ("relu", ActivationLayer.Kind.relu), ("leaky_relu", .leakyRelu), ("elu", .elu), ("gelu", .gelu),
    ("silu", .silu), ("sigmoid", .sigmoid), ("tanh", .tanh), ("softplus", .softplus),
  ])
  func activation(_ name: String, _ kind: ActivationLayer.Kind) throws {
    let parameter = kind == .leakyRelu ? 0.01 : kind == .elu ? 1 : 0
    let layer = ActivationLayer(kind, parameter: parameter)
    let y = try layer.forward(try fixture.tensor("activations", "x"), context: context)
    expectClose(y, try fixture.tensor("activations", name), rtol: 1e-12, name)
  }
}

@Suite("Layer gradients match finite differences (float64)")
struct LayerGradientTests {
  /// Largest relative error between autodiff and central differences of
  /// `sum(layer(x) * weights)` over the layer's parameters and its input.
  static func worstError(_ layer: Module, input shape: [Int]) throws -> Double {
    try worstError(layer, input: Tensor.randomNormal(shape, dtype: .float64, using: NNRandom(seed: 11)))
  }

  /// The same for a given input; with `differentiatingInput: false` (token ids) only the
  /// parameters are checked.
  static func worstError(_ layer: Module, input x: Tensor, differentiatingInput: Bool = true) throws -> Double {
    let random = NNRandom(seed: 7)
    let context = Context()
    var model: Module = try layer.replacing(
      Dictionary(uniqueKeysWithValues: layer.namedParameters.map { ($0.name, $0.tensor.converted(to: .float64)) }))
    model = model.settingTraining(layer.isTraining)
    let probe = try model.forward(x, context: context)
    let weights = Tensor.randomNormal(probe.shape, dtype: .float64, using: random)
    let names = model.namedParameters.map(\.name)

    func loss(_ tensors: [Tensor]) throws -> Tensor {
      let m = try model.replacing(Dictionary(uniqueKeysWithValues: zip(names, tensors.dropLast())))
      return try m.forward(tensors.last!, context: context).multiplying(weights).sum()
    }
    let inputs = model.namedParameters.map(\.tensor) + [x]
    let (_, gradients) = try Gradient.valueWithGradient(at: inputs, loss)
    var worst = 0.0
    let h = 1e-6
    for (k, input) in inputs.enumerated() where differentiatingInput || k < inputs.count - 1 {
      for i in 0..<input.count {
        func shifted(_ delta: Double) throws -> Double {
          let t = Tensor(shape: input.shape, storage: input.storage.copy())
          t.storage.set(input.storage.double(at: i) + delta, at: i)
          var all = inputs
          all[k] = t
          return try loss(all).item()
        }
        let numeric = (try shifted(h) - (try shifted(-h))) / (2 * h)
        let analytic = gradients[k].storage.double(at: i)
        worst = max(worst, abs(numeric - analytic) / max(1, abs(numeric), abs(analytic)))
      }
    }
    return worst
  }

  @Test func linear() throws {
    #expect(try Self.worstError(Linear(inputs: 3, outputs: 4, random: NNRandom(seed: 1)), input: [5, 3]) < 1e-7)
  }

  @Test func linearOnSequences() throws {
    #expect(try Self.worstError(Linear(inputs: 3, outputs: 2, random: NNRandom(seed: 1)), input: [2, 4, 3]) < 1e-7)
  }

  @Test func batchNormTraining() throws {
    #expect(try Self.worstError(BatchNorm(featureCount: 3).settingTraining(true), input: [6, 3]) < 1e-6)
    #expect(try Self.worstError(BatchNorm(featureCount: 2).settingTraining(true), input: [2, 2, 3, 3]) < 1e-6)
  }

  @Test func batchNormInference() throws {
    #expect(try Self.worstError(BatchNorm(featureCount: 3), input: [4, 3]) < 1e-7)
  }

  @Test func layerNorm() throws {
    #expect(try Self.worstError(LayerNorm(dimensions: 5), input: [3, 5]) < 1e-6)
  }

  @Test(arguments: ActivationLayer.Kind.allCases)
  func activation(_ kind: ActivationLayer.Kind) throws {
    let parameter = kind == .leakyRelu ? 0.1 : kind == .elu ? 1 : kind == .softmax || kind == .logSoftmax ? -1 : 0
    #expect(try Self.worstError(ActivationLayer(kind, parameter: parameter), input: [3, 4]) < 1e-6)
  }

  @Test func sequential() throws {
    let random = NNRandom(seed: 3)
    let model = Sequential([
      Linear(inputs: 4, outputs: 5, random: random), ActivationLayer(.tanh),
      LayerNorm(dimensions: 5), Linear(inputs: 5, outputs: 2, random: random),
    ])
    #expect(try Self.worstError(model, input: [3, 4]) < 1e-6)
  }
}

@Suite("Models as cells see them")
struct ModelCellTests {
  @Test func parametersAreNamedAsPyTorchStateDict() {
    let text = output(
      """
      let model = Sequential {
        Linear(2, 4)
        ReLU()
        BatchNorm(featureCount: 4)
        Linear(4, 1, bias: false)
      }
      for (name, t) in model.namedParameters { print(name, t.shape) }
      print(model.parameterCount)
      """)
    #expect(
      text == "0.weight [4, 2]\n0.bias [4]\n2.weight [4]\n2.bias [4]\n3.weight [1, 4]\n\(8 + 4 + 4 + 4 + 4)")
  }

  @Test func assigningAPartChangesTheCopyOnly() {
    let text = output(
      """
      var model = Sequential { Linear(2, 1) }
      let before = model
      model.layers[0].weight = Tensor([[1.0, 2.0]])
      model.layers[0].bias = Tensor([0.5])
      print(model(Tensor([[1.0, 1.0]])).item(), before.layers[0].weight.scalars == model.layers[0].weight.scalars)
      """)
    #expect(text == "3.5 false")
  }

  @Test func wrongShapeAssignmentIsAnError() {
    let e = failure(
      """
      var model = Sequential { Linear(2, 1) }
      model.layers[0].weight = Tensor([1.0, 2.0])
      """)
    #expect(e?.message.contains("has shape [1, 2]") == true)
    #expect(e?.line == 2)
  }

  @Test func freezingCountsFrozenParameters() {
    let text = output(
      """
      var model = Sequential { Linear(2, 3); ReLU(); Linear(3, 1) }
      model.freeze(upTo: 1)
      let s = model.summary
      print(s)
      model.unfreeze()
      print(model.summary)
      """)
    let rows = text.split(separator: "\n").map { $0.split(separator: " ").joined(separator: " ") }
    #expect(rows.filter { $0.hasPrefix("Trainable") } == ["Trainable 4", "Trainable 13"])
    #expect(rows.filter { $0.hasPrefix("Frozen") } == ["Frozen 9", "Frozen 0"])
  }

  @Test func gradientHasTheModelsStructure() {
    let text = output(
      """
      let model = Sequential { Linear(3, 2); Tanh(); Linear(2, 1) }
      let x = Tensor([[1.0, 2.0, 3.0]])
      let (value, g) = valueWithGradient(at: model) { m in m(x).sum() }
      print(g.layers[0].weight.shape, g.layers[2].bias.shape, g.layers.count)
      """)
    #expect(text == "[2, 3] [1] 3")
  }

  @Test func mutatingALetModelIsAnError() {
    let e = failure("let m = Sequential { Linear(2, 1) }\nm.freeze()")
    #expect(e?.message == "cannot use mutating member 'freeze' on immutable value: 'm' is a 'let' constant")
    #expect(e?.line == 2)
  }

  @Test func argumentErrorsNameTheParameter() {
    let e = failure("let l = Linear(2, 3.5)")
    #expect(e?.message == "Linear(_:_:bias:weightInit:): argument 2 'outputs' must be an Int, got Double")
  }

  @Test func callsKeepTheirLabels() {
    let e = failure("let l = Linear(2, 3)\nl(Tensor([1.0, 2.0]), mask: 1)")
    #expect(e?.message.contains("called with one tensor") == true)
  }
}
