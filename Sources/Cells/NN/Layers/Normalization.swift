/// Batch normalization (Ioffe and Szegedy, 2015), as PyTorch's `BatchNorm1d` on
/// `[batch, features]` and `BatchNorm2d` on images `[batch, channels, h, w]` (per channel).
///
/// While training it normalizes with the batch's mean and biased variance and
/// moves the running estimates toward the batch's (momentum 0.1, unbiased variance),
/// as PyTorch does; in inference it uses the running estimates.
final class BatchNorm: Module {
  let featureCount: Int
  let momentum: Double
  let epsilon: Double

  init(featureCount: Int, momentum: Double = 0.1, epsilon: Double = 1e-5) {
    self.featureCount = featureCount
    self.momentum = momentum
    self.epsilon = epsilon
    super.init()
    addParameter("weight", Tensor.ones([featureCount]))
    addParameter("bias", Tensor.zeros([featureCount]))
    addBuffer("runningMean", key: "running_mean", Tensor.zeros([featureCount]))
    addBuffer("runningVariance", key: "running_var", Tensor.ones([featureCount]))
    addBuffer("batchesTracked", key: "num_batches_tracked", Tensor(scalar: 0, dtype: .float64))
  }

  required init(copying other: Module) {
    let o = other as! BatchNorm
    featureCount = o.featureCount
    momentum = o.momentum
    epsilon = o.epsilon
    super.init(copying: other)
  }

  override var typeName: String { "BatchNorm" }
  override var configuration: String { "featureCount: \(featureCount)" }

  override func forward(_ input: Tensor, context: Context) throws -> Tensor {
    guard input.rank == 2 || input.rank == 4, input.shape[1] == featureCount else {
      throw RuntimeFailure(
        "BatchNorm(featureCount: \(featureCount)) expects [batch, \(featureCount)] or [batch, \(featureCount), height, width], got \(Shape.text(input.shape))"
      )
    }
    // Images: channels last and flattened, so one axis holds every value of a channel.
    let rows = input.rank == 4 ? try input.transposed([0, 2, 3, 1]).reshaped([-1, featureCount]) : input
    let weight = parameter("weight")!.converted(to: input.dtype)
    let bias = parameter("bias")!.converted(to: input.dtype)
    let normalized: Tensor
    if isTraining {
      let n = rows.shape[0]
      guard n > 1 else {
        throw RuntimeFailure(
          "BatchNorm: training needs more than one value per channel, got \(Shape.text(input.shape))")
      }
      let mean = try rows.mean(axis: 0)
      let variance = try rows.variance(axis: 0)
      normalized = try rows.subtracting(mean).dividing(variance.adding(rows.scalar(epsilon)).squareRoot())
      let m = momentum
      let unbiased = variance.detached().doubles.map { $0 * Double(n) / Double(n - 1) }
      let batchMean = mean.detached().doubles
      let runningMean = buffer("runningMean")!
      let runningVariance = buffer("runningVariance")!
      let newMean = Tensor(uninitializedShape: [featureCount], dtype: runningMean.dtype)
      let newVariance = Tensor(uninitializedShape: [featureCount], dtype: runningVariance.dtype)
      for c in 0..<featureCount {
        newMean.storage.set((1 - m) * runningMean.storage.double(at: c) + m * batchMean[c], at: c)
        newVariance.storage.set((1 - m) * runningVariance.storage.double(at: c) + m * unbiased[c], at: c)
      }
      // Running statistics are state of this module, updated in place as PyTorch does.
      setTensor("runningMean", newMean)
      setTensor("runningVariance", newVariance)
      let tracked = buffer("batchesTracked")!.storage.double(at: 0)
      setTensor("batchesTracked", Tensor(scalar: tracked + 1, dtype: .float64))
    } else {
      let mean = buffer("runningMean")!.converted(to: input.dtype)
      let variance = buffer("runningVariance")!.converted(to: input.dtype)
      normalized = try rows.subtracting(mean).dividing(variance.adding(rows.scalar(epsilon)).squareRoot())
    }
    let out = try normalized.multiplying(weight).adding(bias)
    guard input.rank == 4 else { return out }
    let (b, h, w) = (input.shape[0], input.shape[2], input.shape[3])
    return try out.reshaped([b, h, w, featureCount]).transposed([0, 3, 1, 2])
  }
}

/// Layer normalization (Ba, Kiros and Hinton, 2016): each example normalized over
/// its last axis (`dimensions` values), then scaled and shifted, as PyTorch's `LayerNorm`.
final class LayerNorm: Module {
  let dimensions: Int
  let epsilon: Double

  init(dimensions: Int, epsilon: Double = 1e-5) {
    self.dimensions = dimensions
    self.epsilon = epsilon
    super.init()
    addParameter("weight", Tensor.ones([dimensions]))
    addParameter("bias", Tensor.zeros([dimensions]))
  }

  required init(copying other: Module) {
    let o = other as! LayerNorm
    dimensions = o.dimensions
    epsilon = o.epsilon
    super.init(copying: other)
  }

  override var typeName: String { "LayerNorm" }
  override var configuration: String { "dimensions: \(dimensions)" }

  override func forward(_ input: Tensor, context: Context) throws -> Tensor {
    guard input.rank >= 1, input.shape[input.rank - 1] == dimensions else {
      throw RuntimeFailure(
        "LayerNorm(dimensions: \(dimensions)) expects a last dimension of \(dimensions), got \(Shape.text(input.shape))"
      )
    }
    return try input.layerNormalized(weight: parameter("weight")!, bias: parameter("bias")!, epsilon: epsilon)
  }
}
