/// A 2-D convolution over images `[batch, channels, height, width]`, as PyTorch's
/// `Conv2d`: cross-correlation with `weight` `[outputChannels, inputChannels, k, k]`
/// plus `bias` `[outputChannels]`, both drawn from U(±1/√(inputChannels·k·k)).
final class Conv2d: Module {
  let inputChannels: Int
  let outputChannels: Int
  let kernelSize: Int
  let stride: Int
  let padding: Int

  init(
    inputChannels: Int, outputChannels: Int, kernelSize: Int, stride: Int = 1, padding: Int = 0, bias: Bool = true,
    random: NNRandom
  ) {
    self.inputChannels = inputChannels
    self.outputChannels = outputChannels
    self.kernelSize = kernelSize
    self.stride = stride
    self.padding = padding
    super.init()
    let fanIn = inputChannels * kernelSize * kernelSize
    let shape = [outputChannels, inputChannels, kernelSize, kernelSize]
    addParameter("weight", WeightInit.default.weight(shape, fanIn: fanIn, fanOut: outputChannels, random: random))
    if bias { addParameter("bias", WeightInit.default.bias(outputChannels, fanIn: fanIn, random: random)) }
  }

  required init(copying other: Module) {
    let o = other as! Conv2d
    inputChannels = o.inputChannels
    outputChannels = o.outputChannels
    kernelSize = o.kernelSize
    stride = o.stride
    padding = o.padding
    super.init(copying: other)
  }

  override var typeName: String { "Conv2d" }
  override var configuration: String {
    var text = "inputChannels: \(inputChannels), outputChannels: \(outputChannels), kernelSize: \(kernelSize)"
    if stride != 1 { text += ", stride: \(stride)" }
    if padding != 0 { text += ", padding: \(padding)" }
    return text
  }

  override func forward(_ input: Tensor, context: Context) throws -> Tensor {
    guard input.rank == 4, input.shape[1] == inputChannels else {
      throw RuntimeFailure(
        "Conv2d expects images [batch, \(inputChannels), height, width], got \(Shape.text(input.shape))")
    }
    let weight = parameter("weight")!
    return try input.converted(to: weight.dtype).convolved2d(
      with: weight, bias: parameter("bias"), stride: stride, padding: padding)
  }
}

/// Max or average pooling over `kernelSize` x `kernelSize` windows of images, as
/// PyTorch's `MaxPool2d` and `AvgPool2d` (no padding; `stride` defaults to the window).
final class Pool2d: Module {
  enum Kind: String {
    case maximum = "MaxPool2d"
    case average = "AvgPool2d"
  }

  let kind: Kind
  let kernelSize: Int
  let stride: Int

  init(_ kind: Kind, kernelSize: Int, stride: Int? = nil) {
    self.kind = kind
    self.kernelSize = kernelSize
    self.stride = stride ?? kernelSize
    super.init()
  }

  required init(copying other: Module) {
    let o = other as! Pool2d
    kind = o.kind
    kernelSize = o.kernelSize
    stride = o.stride
    super.init(copying: other)
  }

  override var typeName: String { kind.rawValue }
  override var configuration: String {
    "kernelSize: \(kernelSize)" + (stride == kernelSize ? "" : ", stride: \(stride)")
  }

  override func forward(_ input: Tensor, context: Context) throws -> Tensor {
    try input.pooled2d(kernelSize: kernelSize, stride: stride, maximum: kind == .maximum)
  }
}

/// The mean over positions: over time for sequences `[batch, time, features]` (giving
/// `[batch, features]`), over height and width for images `[batch, channels, h, w]`
/// (giving `[batch, channels]`).
final class GlobalAveragePool: Module {
  override init() { super.init() }
  required init(copying other: Module) { super.init(copying: other) }
  override var typeName: String { "GlobalAveragePool" }

  override func forward(_ input: Tensor, context: Context) throws -> Tensor {
    switch input.rank {
    case 3: return try input.mean(axis: 1)
    case 4: return try input.reshaped([input.shape[0], input.shape[1], -1]).mean(axis: 2)
    default:
      throw RuntimeFailure(
        "GlobalAveragePool expects sequences [batch, time, features] or images [batch, channels, height, width], got \(Shape.text(input.shape))"
      )
    }
  }
}
