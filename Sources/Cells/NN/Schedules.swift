/// How the learning rate changes from epoch to epoch: `fit` asks the schedule
/// for each epoch's rate before the epoch starts and gives it to the optimizer.
///
/// Epochs count from 0, and epoch 0 runs at `base` (the optimizer's own learning
/// rate) except under `Warmup`. The values are those `torch.optim.lr_scheduler`
/// gives when `scheduler.step()` is called once at the end of every epoch.
protocol LearningRateSchedule: Sendable {
  /// The learning rate during `epoch` (0-based) when the optimizer was made with `base`.
  func learningRate(epoch: Int, base: Double) -> Double

  /// Throws if a setting is out of range; for checking when the schedule is made.
  func validate() throws
}

/// Multiplies the rate by `factor` every `every` epochs, as `StepLR(step_size:gamma:)`:
/// `base · factor^⌊epoch / every⌋`.
struct StepDecay: LearningRateSchedule {
  var every: Int
  var factor: Double

  init(every: Int, factor: Double = 0.1) {
    self.every = every
    self.factor = factor
  }

  func learningRate(epoch: Int, base: Double) -> Double {
    guard every > 0 else { return base }
    return base * CMath.pow(factor, Double(epoch / every))
  }

  func validate() throws {
    guard every > 0 else { throw RuntimeFailure("StepDecay: every must be 1 or more epochs, got \(every)") }
  }
}

/// Multiplies the rate by `rate` every epoch, as `ExponentialLR(gamma:)`: `base · rate^epoch`.
struct ExponentialDecay: LearningRateSchedule {
  var rate: Double

  func learningRate(epoch: Int, base: Double) -> Double {
    base * CMath.pow(rate, Double(epoch))
  }

  func validate() throws {
    guard rate > 0 else { throw RuntimeFailure("ExponentialDecay: rate must be positive, got \(rate)") }
  }
}

/// Half a cosine from `base` down to `minimum` over `epochs` epochs, as
/// `CosineAnnealingLR(T_max:eta_min:)`:
/// `minimum + (base - minimum) · (1 + cos(π · epoch / epochs)) / 2`.
///
/// At `epoch == epochs` the rate is `minimum`; after that, as in PyTorch, the
/// cosine carries on and the rate climbs back towards `base` (so set `epochs` to
/// the length of training).
struct CosineDecay: LearningRateSchedule {
  var epochs: Int
  var minimum: Double

  init(epochs: Int, minimum: Double = 0) {
    self.epochs = epochs
    self.minimum = minimum
  }

  func learningRate(epoch: Int, base: Double) -> Double {
    guard epochs > 0 else { return base }
    return minimum + (base - minimum) * (1 + CMath.cos(Double.pi * Double(epoch) / Double(epochs))) / 2
  }

  func validate() throws {
    guard epochs > 0 else { throw RuntimeFailure("CosineDecay: epochs must be 1 or more, got \(epochs)") }
  }
}

/// A linear ramp up to `base` over the first `epochs` epochs, then `then`:
/// during epoch `e < epochs` the rate is `base · (e + 1) / epochs` (so the last
/// warm-up epoch runs at `base`), and from epoch `epochs` on it is
/// `then.learningRate(epoch: e - epochs, base: base)`: the wrapped schedule
/// starts at its own epoch 0.
///
/// In PyTorch: `SequentialLR([LinearLR(start_factor: 1 / epochs, total_iters:
/// epochs - 1), then], milestones: [epochs])`.
struct Warmup: LearningRateSchedule {
  var epochs: Int
  var then: any LearningRateSchedule

  func learningRate(epoch: Int, base: Double) -> Double {
    if epoch < epochs { return base * Double(epoch + 1) / Double(epochs) }
    return then.learningRate(epoch: epoch - Swift.max(epochs, 0), base: base)
  }

  func validate() throws {
    guard epochs > 0 else { throw RuntimeFailure("Warmup: epochs must be 1 or more, got \(epochs)") }
    try then.validate()
  }
}
