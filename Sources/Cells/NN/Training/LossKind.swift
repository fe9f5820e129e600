/// The loss `fit` minimizes, written `.crossEntropy` in a cell, and what counts as
/// a correct prediction for the accuracy it reports.
enum LossKind: String, CaseIterable {
  case binaryCrossEntropy, crossEntropy, meanSquaredError, huber

  /// The mean loss of a batch. Targets are read the way the loss needs them: class
  /// indices for cross-entropy (one-hot rows are turned into indices), and the
  /// outputs' own shape for the others (`[n]` targets against `[n, 1]` outputs).
  func loss(_ outputs: Tensor, _ targets: Tensor) throws -> Tensor {
    switch self {
    case .crossEntropy:
      return try Losses.crossEntropy(logits: outputs, labels: try LossKind.classIndices(targets, for: outputs))
    case .binaryCrossEntropy:
      return try Losses.binaryCrossEntropy(outputs, try LossKind.shaped(targets, like: outputs))
    case .meanSquaredError:
      return try Losses.meanSquaredError(outputs, try LossKind.shaped(targets, like: outputs))
    case .huber:
      return try Losses.huberLoss(outputs, try LossKind.shaped(targets, like: outputs))
    }
  }

  /// How many predictions in the batch are right, and out of how many; nil for
  /// regression losses, which have no accuracy.
  func correct(_ outputs: Tensor, _ targets: Tensor) throws -> (right: Int, total: Int)? {
    switch self {
    case .crossEntropy:
      let labels = try LossKind.classIndices(targets, for: outputs)
      let classes = outputs.shape[outputs.rank - 1]
      let values = outputs.doubles
      var right = 0
      for row in 0..<labels.count {
        var best = 0
        for c in 1..<classes where values[row * classes + c] > values[row * classes + best] { best = c }
        if Double(best) == labels.storage.double(at: row) { right += 1 }
      }
      return (right, labels.count)
    case .binaryCrossEntropy:
      let t = try LossKind.shaped(targets, like: outputs)
      let p = outputs.doubles
      var right = 0
      for i in 0..<p.count where (p[i] > 0.5) == (t.storage.double(at: i) > 0.5) { right += 1 }
      return (right, p.count)
    case .meanSquaredError, .huber:
      return nil
    }
  }

  /// Class indices `[batch]` (or `[batch, time]`) from indices or one-hot rows.
  static func classIndices(_ targets: Tensor, for logits: Tensor) throws -> Tensor {
    guard targets.shape == logits.shape else { return targets }
    let classes = logits.shape[logits.rank - 1]
    let rows = targets.count / Swift.max(classes, 1)
    let out = Tensor(uninitializedShape: Array(targets.shape.dropLast()), dtype: .float32)
    for r in 0..<rows {
      var best = 0
      for c in 1..<classes
      where targets.storage.double(at: r * classes + c) > targets.storage.double(at: r * classes + best) {
        best = c
      }
      out.storage.set(Double(best), at: r)
    }
    return out
  }

  /// `targets` in the outputs' shape when only a trailing axis of 1 differs.
  static func shaped(_ targets: Tensor, like outputs: Tensor) throws -> Tensor {
    if targets.shape == outputs.shape || targets.count != outputs.count { return targets.converted(to: outputs.dtype) }
    return try targets.reshaped(outputs.shape).converted(to: outputs.dtype)
  }
}
