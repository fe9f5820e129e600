/// Every activation as a layer (`ReLU()`, `LeakyReLU(negativeSlope: 0.2)`), for
/// `Sequential`: no parameters, the same function as the free function of the
/// same name (`relu(x)`).
final class ActivationLayer: Module {
  enum Kind: String, CaseIterable {
    case sigmoid = "Sigmoid"
    case tanh = "Tanh"
    case relu = "ReLU"
    case leakyRelu = "LeakyReLU"
    case elu = "ELU"
    case swish = "Swish"
    case silu = "SiLU"
    case gelu = "GELU"
    case softmax = "Softmax"
    case logSoftmax = "LogSoftmax"
    case softplus = "Softplus"
  }

  let kind: Kind
  /// `negativeSlope` for LeakyReLU, `alpha` for ELU, the axis for Softmax.
  let parameterValue: Double

  init(_ kind: Kind, parameter: Double = 0) {
    self.kind = kind
    self.parameterValue = parameter
    super.init()
  }

  required init(copying other: Module) {
    let o = other as! ActivationLayer
    kind = o.kind
    parameterValue = o.parameterValue
    super.init(copying: other)
  }

  override var typeName: String { kind.rawValue }

  override var configuration: String {
    switch kind {
    case .leakyRelu: return "negativeSlope: \(parameterValue)"
    case .elu: return "alpha: \(parameterValue)"
    case .softmax, .logSoftmax: return Int(parameterValue) == -1 ? "" : "axis: \(Int(parameterValue))"
    default: return ""
    }
  }

  override func forward(_ x: Tensor, context: Context) throws -> Tensor {
    switch kind {
    case .sigmoid: return x.sigmoid()
    case .tanh: return x.tanh()
    case .relu: return x.activation(Activation.ReLU(), derivative: Activation.ReLUDerivative())
    case .leakyRelu:
      return x.activation(
        Activation.LeakyReLU(slope: parameterValue), derivative: Activation.LeakyReLUDerivative(slope: parameterValue))
    case .elu:
      return x.activation(
        Activation.ELU(alpha: parameterValue), derivative: Activation.ELUDerivative(alpha: parameterValue))
    case .swish, .silu: return x.activation(Activation.Swish(), derivative: Activation.SwishDerivative())
    case .gelu: return x.activation(Activation.GELU(), derivative: Activation.GELUDerivative())
    case .softplus: return x.activation(Activation.Softplus(), derivative: Activation.Sigmoid())
    case .softmax: return try x.softmax(axis: Int(parameterValue))
    case .logSoftmax: return try x.logSoftmax(axis: Int(parameterValue))
    }
  }
}

/// Zeroes each input with probability `p` while training and scales the others by
/// `1 / (1 - p)`, so the expected activation is the same in training and inference
/// (inverted dropout, as PyTorch). The identity when not training.
final class Dropout: Module {
  let p: Double

  init(p: Double) {
    self.p = p
    super.init()
  }

  required init(copying other: Module) {
    p = (other as! Dropout).p
    super.init(copying: other)
  }

  override var typeName: String { "Dropout" }
  override var configuration: String { "p: \(p)" }

  override func forward(_ x: Tensor, context: Context) throws -> Tensor {
    guard isTraining, p > 0 else { return x }
    if p >= 1 { return try x.multiplying(Tensor.zeros(x.shape, dtype: x.dtype)) }
    let mask = Tensor(uninitializedShape: x.shape, dtype: x.dtype)
    let keep = 1 / (1 - p)
    let random = context.random
    for i in 0..<mask.count { mask.storage.set(random.nextUniform() < p ? 0 : keep, at: i) }
    return try x.multiplying(mask)
  }
}
