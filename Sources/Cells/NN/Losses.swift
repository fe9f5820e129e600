/// The loss functions, each computing what the PyTorch function of the same
/// purpose computes (value and gradient), averaged over the examples.
///
/// Every loss returns a rank-0 tensor and records one node on the tape when an
/// input is tracked, so `Gradient.valueWithGradient(at:)` sees through it:
///
/// ```swift
/// let (loss, gradients) = try Gradient.valueWithGradient(at: [logits]) { leaves in
///   try Losses.crossEntropy(logits: leaves[0], labels: labels)
/// }
/// ```
///
/// The inputs must have matching shapes (no broadcasting): predictions `[32, 1]`
/// against targets `[32]` would otherwise broadcast to `[32, 32]` and train on
/// nonsense without a word.
enum Losses {
  /// The mean over examples of `-log softmax(logits)[label]`, as
  /// `torch.nn.functional.cross_entropy`.
  ///
  /// `logits` is `[batch, classes]` or `[batch, time, classes]` (classes last, unlike
  /// PyTorch's `[batch, classes, time]`); `labels` holds class indices as
  /// integer-valued numbers, `[batch]` or `[batch, time]`. With a time axis every
  /// token is one example. Computed with the row maximum subtracted, so logits of
  /// any finite size give a finite loss; the gradient is `(softmax - onehot) / count`.
  static func crossEntropy(logits: Tensor, labels: Tensor) throws -> Tensor {
    let operation = "crossEntropy"
    guard logits.rank == 2 || logits.rank == 3 else {
      throw RuntimeFailure(
        "\(operation): logits must be [batch, classes] or [batch, time, classes], got shape \(Shape.text(logits.shape))"
      )
    }
    let expected = Array(logits.shape.dropLast())
    guard labels.shape == expected else {
      let hint =
        labels.shape == logits.shape
        ? "; labels are class indices, not one-hot rows (labels.argmax(axis: -1) gives the indices)" : ""
      throw RuntimeFailure(
        "\(operation): logits of shape \(Shape.text(logits.shape)) need labels of shape \(Shape.text(expected)) (one class index per example), got labels of shape \(Shape.text(labels.shape))\(hint)"
      )
    }
    let classes = logits.shape[logits.rank - 1]
    let rows = labels.count
    guard rows > 0, classes > 0 else {
      throw RuntimeFailure("\(operation): no examples (logits of shape \(Shape.text(logits.shape)))")
    }
    var indices = [Int](repeating: 0, count: rows)
    for i in 0..<rows {
      let label = labels.storage.double(at: i)
      guard label >= 0, label < Double(classes), label.rounded() == label else {
        let position = labels.rank == 1 ? "\(i)" : "\(i / labels.shape[1]), \(i % labels.shape[1])"
        throw RuntimeFailure(
          "\(operation): labels[\(position)] is \(label), not a class index in 0..<\(classes)")
      }
      indices[i] = Int(label)
    }

    let tape = Tape.active(logits)
    let out = Tensor(uninitializedShape: [], dtype: logits.dtype)
    // (softmax - onehot) / rows, made in the same pass as the loss when a gradient will be taken.
    let gradient = tape == nil ? nil : Tensor(uninitializedShape: logits.shape, dtype: logits.dtype)
    switch logits.dtype {
    case .float32:
      let loss = crossEntropyRows(
        logits.storage.pointer(Float.self), indices, classes, gradient?.storage.pointer(Float.self))
      out.storage.set(loss, at: 0)
    case .float64:
      let loss = crossEntropyRows(
        logits.storage.pointer(Double.self), indices, classes, gradient?.storage.pointer(Double.self))
      out.storage.set(loss, at: 0)
    }
    if let tape, let gradient {
      tape.record(out, logits) { g in
        [try gradient.multiplying(g).reduced(toShape: logits.shape, dtype: logits.dtype)]
      }
    }
    return out
  }

  /// The mean loss of `labels.count` rows of `classes` logits, and, into `gradient`
  /// if given, each row's `(softmax - onehot) / rows`.
  private static func crossEntropyRows<T: TensorScalar>(
    _ logits: UnsafeMutablePointer<T>, _ labels: [Int], _ classes: Int, _ gradient: UnsafeMutablePointer<T>?
  ) -> Double {
    let rows = labels.count
    var total = 0.0
    for r in 0..<rows {
      let x = logits + r * classes
      var m = x[0]
      for k in 1..<classes where x[k] > m { m = x[k] }
      var sum = 0.0
      if let gradient {
        let d = gradient + r * classes
        for k in 0..<classes {
          let e = T.exp(x[k] - m)
          d[k] = e
          sum += Double(e)
        }
        let scale = 1 / (sum * Double(rows))
        for k in 0..<classes { d[k] = T(Double(d[k]) * scale) }
        d[labels[r]] -= T(1 / Double(rows))
      } else {
        for k in 0..<classes { sum += Double(T.exp(x[k] - m)) }
      }
      // log softmax at the label, x - max - log(sum), in PyTorch's order.
      total -= Double(x[labels[r]] - m) - CMath.log(sum)
    }
    return total / Double(rows)
  }

  /// The mean of `-(t log p + (1 - t) log(1 - p))`, as `torch.nn.BCELoss`.
  ///
  /// `probabilities` must lie in `0...1` (apply `sigmoid` to logits first); `targets`
  /// are usually 0 or 1 but may be any number in between. Each log is clamped at
  /// -100, as PyTorch does, so p = 0 or 1 gives a finite loss (at most 100 per
  /// example). The gradient is PyTorch's too: `(p - t) / max(p (1 - p), ε)` over the
  /// count, with PyTorch's ε (1e-12 rounded to float32), so it stays finite at 0 and 1.
  static func binaryCrossEntropy(_ probabilities: Tensor, _ targets: Tensor) throws -> Tensor {
    let operation = "binaryCrossEntropy"
    try requireSameShape(probabilities, targets, operation: operation)
    for i in 0..<probabilities.count {
      let p = probabilities.storage.double(at: i)
      guard p >= 0 && p <= 1 else {
        throw RuntimeFailure(
          "\(operation): probabilities must lie in 0...1, got \(p) at element \(i); pass sigmoid(logits), not the logits"
        )
      }
    }
    return try elementwiseMean(
      probabilities, targets, BinaryCrossEntropy(), BinaryCrossEntropyProbabilityDerivative(),
      BinaryCrossEntropyTargetDerivative(), operation: operation)
  }

  /// The mean of `(predictions - targets)²`, as `torch.nn.MSELoss`.
  static func meanSquaredError(_ predictions: Tensor, _ targets: Tensor) throws -> Tensor {
    let operation = "meanSquaredError"
    try requireSameShape(predictions, targets, operation: operation)
    return try elementwiseMean(
      predictions, targets, SquaredError(), SquaredErrorDerivative(sign: 1), SquaredErrorDerivative(sign: -1),
      operation: operation)
  }

  /// The mean Huber loss, as `torch.nn.HuberLoss`: with `d = predictions - targets`,
  /// `d² / 2` where `|d| < delta` and `delta (|d| - delta / 2)` elsewhere; quadratic
  /// near the target, linear (so robust to outliers) far from it.
  static func huberLoss(_ predictions: Tensor, _ targets: Tensor, delta: Double = 1) throws -> Tensor {
    let operation = "huberLoss"
    guard delta > 0 else { throw RuntimeFailure("\(operation): delta must be positive, got \(delta)") }
    try requireSameShape(predictions, targets, operation: operation)
    return try elementwiseMean(
      predictions, targets, Huber(delta: delta), HuberDerivative(delta: delta, sign: 1),
      HuberDerivative(delta: delta, sign: -1), operation: operation)
  }

  // MARK: Shared machinery

  static func requireSameShape(_ predictions: Tensor, _ targets: Tensor, operation: String) throws {
    guard predictions.shape != targets.shape else { return }
    throw RuntimeFailure(
      "\(operation): predictions have shape \(Shape.text(predictions.shape)) but targets have shape \(Shape.text(targets.shape)); a loss compares them element by element, so the shapes must match (reshape one, for example targets.reshaped(\(Shape.text(predictions.shape))))"
    )
  }

  /// The mean of `f(a, b)` over the elements, recorded as one node whose gradients
  /// are `da(a, b)` and `db(a, b)` over the count.
  private static func elementwiseMean<F: BinaryElementFunction, DA: BinaryElementFunction, DB: BinaryElementFunction>(
    _ a: Tensor, _ b: Tensor, _ f: F, _ da: DA, _ db: DB, operation: String
  ) throws -> Tensor {
    guard a.count > 0 else {
      throw RuntimeFailure("\(operation): no elements (shape \(Shape.text(a.shape)))")
    }
    let n = Double(a.count)
    let out = try Tensor.combine(f, a, b).reduce(.sum, axis: nil, keepingDims: false, operation: operation)
    out.formCombine(ElementFunctions.Divide(), out.scalar(n))
    if let tape = Tape.active(a, b) {
      let tracksA = a.tape != nil
      let tracksB = b.tape != nil
      tape.record(out, a, b) { g in
        let scale = try g.dividing(g.scalar(n))
        return [
          tracksA ? try Tensor.combine(da, a, b).multiplying(scale).reduced(toShape: a.shape, dtype: a.dtype) : nil,
          tracksB ? try Tensor.combine(db, a, b).multiplying(scale).reduced(toShape: b.shape, dtype: b.dtype) : nil,
        ]
      }
    }
    return out
  }

  // MARK: Element functions (loss, and its derivative in each argument)

  /// PyTorch's floor under `p (1 - p)` in the gradient: the float constant 1e-12.
  static let binaryCrossEntropyEpsilon = Double(Float(1e-12))

  struct BinaryCrossEntropy: BinaryElementFunction {
    var name: String { "binaryCrossEntropy" }
    @inline(__always) func callAsFunction<T: TensorScalar>(_ p: T, _ t: T) -> T {
      (t - 1) * Swift.max(T.log1p(-p), -100) - t * Swift.max(T.log(p), -100)
    }
  }
  struct BinaryCrossEntropyProbabilityDerivative: BinaryElementFunction {
    var name: String { "binaryCrossEntropy" }
    @inline(__always) func callAsFunction<T: TensorScalar>(_ p: T, _ t: T) -> T {
      (p - t) / Swift.max((1 - p) * p, T(Losses.binaryCrossEntropyEpsilon))
    }
  }
  /// `-logit(p)`, unclamped, as PyTorch differentiates with respect to the target.
  struct BinaryCrossEntropyTargetDerivative: BinaryElementFunction {
    var name: String { "binaryCrossEntropy" }
    @inline(__always) func callAsFunction<T: TensorScalar>(_ p: T, _ t: T) -> T { -T.log(p / (1 - p)) }
  }
  struct SquaredError: BinaryElementFunction {
    var name: String { "meanSquaredError" }
    @inline(__always) func callAsFunction<T: TensorScalar>(_ x: T, _ y: T) -> T { (x - y) * (x - y) }
  }
  struct SquaredErrorDerivative: BinaryElementFunction {
    var name: String { "meanSquaredError" }
    let sign: Double
    @inline(__always) func callAsFunction<T: TensorScalar>(_ x: T, _ y: T) -> T { T(2 * sign) * (x - y) }
  }
  struct Huber: BinaryElementFunction {
    var name: String { "huberLoss" }
    let delta: Double
    @inline(__always) func callAsFunction<T: TensorScalar>(_ x: T, _ y: T) -> T {
      let z = Swift.abs(x - y)
      let d = T(delta)
      return z < d ? z * z / 2 : d * (z - d / 2)
    }
  }
  /// `d` clipped to `-delta...delta` (times `sign`: -1 for the targets).
  struct HuberDerivative: BinaryElementFunction {
    var name: String { "huberLoss" }
    let delta: Double
    let sign: Double
    @inline(__always) func callAsFunction<T: TensorScalar>(_ x: T, _ y: T) -> T {
      let d = x - y
      let limit = T(delta)
      return T(sign) * (d < -limit ? -limit : d > limit ? limit : d)
    }
  }
}
