/// How a layer's weights start.
///
/// `.xavierUniform`/`.xavierNormal` (Glorot and Bengio, 2010) keep the variance of
/// activations and gradients equal across a `tanh` or `sigmoid` layer; `.heUniform`/
/// `.heNormal` (He et al., 2015) double it for ReLU, which zeroes half its inputs.
/// `.default` is PyTorch's own: U(-1/√fanIn, 1/√fanIn) for weight and bias.
enum WeightInit: String, CaseIterable {
  case `default`, xavierUniform, xavierNormal, heUniform, heNormal

  /// A weight tensor of `shape` whose fan-in and fan-out are given.
  func weight(_ shape: [Int], fanIn: Int, fanOut: Int, random: NNRandom) -> Tensor {
    let fanIn = Double(Swift.max(fanIn, 1))
    let fanOut = Double(Swift.max(fanOut, 1))
    switch self {
    case .default:
      let bound = 1 / fanIn.squareRoot()
      return Tensor.randomUniform(shape, low: -bound, high: bound, using: random)
    case .xavierUniform:
      let bound = (6 / (fanIn + fanOut)).squareRoot()
      return Tensor.randomUniform(shape, low: -bound, high: bound, using: random)
    case .xavierNormal:
      return Tensor.randomNormal(shape, std: (2 / (fanIn + fanOut)).squareRoot(), using: random)
    case .heUniform:
      let bound = (6 / fanIn).squareRoot()
      return Tensor.randomUniform(shape, low: -bound, high: bound, using: random)
    case .heNormal:
      return Tensor.randomNormal(shape, std: (2 / fanIn).squareRoot(), using: random)
    }
  }

  /// PyTorch draws biases like its default weights; the named initialisations start them at zero.
  func bias(_ count: Int, fanIn: Int, random: NNRandom) -> Tensor {
    guard self == .default else { return Tensor.zeros([count]) }
    let bound = 1 / Double(Swift.max(fanIn, 1)).squareRoot()
    return Tensor.randomUniform([count], low: -bound, high: bound, using: random)
  }
}

/// A fully connected layer: `y = x weightᵀ + bias`, with `weight` of shape
/// `[outputs, inputs]` as in PyTorch and MLX.
final class Linear: Module {
  let inputs: Int
  let outputs: Int

  init(inputs: Int, outputs: Int, bias: Bool = true, weightInit: WeightInit = .default, random: NNRandom) {
    self.inputs = inputs
    self.outputs = outputs
    super.init()
    addParameter("weight", weightInit.weight([outputs, inputs], fanIn: inputs, fanOut: outputs, random: random))
    if bias { addParameter("bias", weightInit.bias(outputs, fanIn: inputs, random: random)) }
  }

  required init(copying other: Module) {
    let o = other as! Linear
    inputs = o.inputs
    outputs = o.outputs
    super.init(copying: other)
  }

  override var typeName: String { "Linear" }
  override var configuration: String {
    "\(inputs), \(outputs)" + (parameter("bias") == nil ? ", bias: false" : "")
  }

  override func forward(_ input: Tensor, context: Context) throws -> Tensor {
    guard input.rank >= 1, input.shape[input.rank - 1] == inputs else {
      throw RuntimeFailure(
        "Linear(\(inputs), \(outputs)) expects inputs whose last dimension is \(inputs), got shape \(Shape.text(input.shape))"
      )
    }
    let weight = parameter("weight")!
    return try input.converted(to: weight.dtype).linear(weight, bias: parameter("bias"))
  }
}

/// Flattens every axis after the first: `[batch, c, h, w]` to `[batch, c·h·w]`.
final class Flatten: Module {
  override init() { super.init() }
  required init(copying other: Module) { super.init(copying: other) }
  override var typeName: String { "Flatten" }

  override func forward(_ input: Tensor, context: Context) throws -> Tensor {
    guard input.rank >= 2 else { return input }
    return try input.reshaped([input.shape[0], input.count / Swift.max(input.shape[0], 1)])
  }
}
