/// Keras's `fit` for nnbook: mini-batch training of a model in native code.
///
/// Each epoch shuffles the training set (with `seed`, so runs repeat), and for
/// each batch computes the loss (plus the weight penalty) in training mode, its
/// gradient with respect to every trainable parameter in one backward pass, and
/// one optimizer step. Frozen parameters are not differentiated. `BatchNorm`'s
/// running statistics carry from batch to batch. After each epoch the validation
/// set is measured in inference mode; early stopping watches the validation loss
/// (the training loss without validation data). The cell's time limit is
/// checked after every batch.
struct Trainer {
  struct EarlyStopping {
    var patience: Int
    var restoreBest: Bool
    /// An improvement smaller than this does not count.
    var minimumDelta: Double = 0
  }

  var loss: LossKind
  var epochs: Int
  var batchSize: Int
  var regularization: Regularization?
  var earlyStopping: EarlyStopping?
  var schedule: (any LearningRateSchedule)?
  var seed: UInt64?
  var shuffle = true

  /// Trains `model` on `train`; returns the trained model (in inference mode) and its history.
  func fit(
    _ model: Module, on train: Dataset, validation: Dataset?, optimizer: inout any Optimizer, context: Context
  ) throws -> (Module, History) {
    guard train.count > 0 else { throw RuntimeFailure("fit: the training set is empty") }
    // A batch larger than the data set is the whole data set (as Keras treats it).
    let batchSize = Swift.min(self.batchSize, train.count)
    let random = seed.map { NNRandom(seed: $0) } ?? context.random
    let history = History()
    let baseRate = optimizer.learningRate
    var current = model.settingTraining(true)
    var best: (loss: Double, model: Module)?
    var epochsWithoutImprovement = 0
    let batchesPerEpoch = (train.count + batchSize - 1) / batchSize
    let progress = TrainingProgress(epochs: epochs, batches: batchesPerEpoch)
    // Names, frozen parameters and layers do not change while training: found once.
    let layout = Layout(model)

    for epoch in 0..<epochs {
      if let schedule { optimizer.learningRate = schedule.learningRate(epoch: epoch, base: baseRate) }
      history.learningRate.append(optimizer.learningRate)
      let order = shuffle ? random.permutation(train.count) : Array(0..<train.count)
      var lossSum = 0.0
      var right = 0
      var total = 0
      var hasAccuracy = false
      var norms: [String: Double] = [:]
      var layerOrder: [String] = []
      for b in 0..<batchesPerEpoch {
        let indices = Array(order[(b * batchSize)..<Swift.min((b + 1) * batchSize, train.count)])
        let x = Dataset.rows(of: train.x, indices)
        let y = Dataset.rows(of: train.y, indices)
        let step = try self.step(current, layout, x, y, optimizer: &optimizer, context: context)
        guard step.loss.isFinite else {
          // Stop, as Keras's TerminateOnNaN does: the history keeps the diverged epoch and
          // the model its last finite weights, and the cell is told why.
          history.loss.append(step.loss)
          history.stoppedEarly = true
          history.divergence =
            "fit: the loss became \(step.loss.isNaN ? "nan" : "\(step.loss)") in epoch \(epoch + 1), batch \(b + 1), so training stopped; the learning rate (\(optimizer.learningRate)) is probably too large for this model: try one ten times smaller"
          progress.finish()
          return (current.settingTraining(false), history)
        }
        current = step.model
        lossSum += step.loss * Double(indices.count)
        if let counts = step.correct {
          hasAccuracy = true
          right += counts.right
          total += counts.total
        }
        for (layer, norm) in step.gradientNorms {
          if norms[layer] == nil { layerOrder.append(layer) }
          norms[layer, default: 0] += norm / Double(batchesPerEpoch)
        }
        try context.checkLimits()
        progress.update(
          epoch: epoch, batch: b + 1, loss: lossSum / Double((b * batchSize) + indices.count),
          accuracy: total > 0 ? Double(right) / Double(total) : nil)
      }
      history.loss.append(lossSum / Double(train.count))
      if hasAccuracy { history.accuracy.append(Double(right) / Double(Swift.max(total, 1))) }
      for layer in layerOrder {
        if let i = history.gradientNorms.firstIndex(where: { $0.layer == layer }) {
          history.gradientNorms[i].norms.append(norms[layer]!)
        } else {
          history.gradientNorms.append((layer, [norms[layer]!]))
        }
      }
      var monitored = history.loss.last!
      if let validation {
        let measured = try evaluate(current, on: validation, context: context)
        history.validationLoss.append(measured.loss)
        if let accuracy = measured.accuracy { history.validationAccuracy.append(accuracy) }
        monitored = measured.loss
      }
      if best == nil || monitored < best!.loss - (earlyStopping?.minimumDelta ?? 0) {
        best = (monitored, current)
        history.bestEpoch = epoch
        epochsWithoutImprovement = 0
      } else {
        epochsWithoutImprovement += 1
      }
      if let earlyStopping, epochsWithoutImprovement >= earlyStopping.patience, epoch < epochs - 1 {
        history.stoppedEarly = true
        if earlyStopping.restoreBest, let best { current = best.model }
        break
      }
    }
    progress.finish()
    return (current.settingTraining(false), history)
  }

  /// What `fit` needs to know of a model's parameters, the same for every step.
  struct Layout {
    /// Names of the parameters the optimizer moves (not frozen), in `namedParameters` order.
    let trainable: [String]
    /// Where each of them sits in `namedParameters`.
    let trainableIndices: [Int]
    /// How many parameters the model has, frozen ones included.
    let parameterCount: Int
    /// For each trainable parameter, whether a penalty applies to it.
    let isPenalized: [Bool]
    /// The trainable weights a penalty (`.l1`, `.l2`) applies to: not biases or norm scales.
    let penalized: Set<String>
    /// Every parameter's name; what the state dict has beyond these are buffers.
    let parameters: Set<String>
    /// The layer label (`0: Linear`) of each trainable parameter, for gradient norms.
    let layers: [String]

    init(_ model: Module) {
      let frozen = model.frozenParameterNames
      let all = model.namedParameters.map(\.name)
      trainable = all.filter { !frozen.contains($0) }
      trainableIndices = all.indices.filter { !frozen.contains(all[$0]) }
      parameterCount = all.count
      penalized = Set(
        trainable.filter { $0.hasSuffix("weight") || $0.hasSuffix("weight_ih_l0") || $0.hasSuffix("weight_hh_l0") })
      parameters = Set(all)
      let label = Trainer.layerLabels(model)
      layers = trainable.map(label)
      isPenalized = trainable.map(penalized.contains)
    }
  }

  /// One optimizer step on one batch.
  private func step(
    _ model: Module, _ layout: Layout, _ x: Tensor, _ y: Tensor, optimizer: inout any Optimizer, context: Context
  ) throws -> (model: Module, loss: Double, correct: (right: Int, total: Int)?, gradientNorms: [(String, Double)]) {
    let names = layout.trainable
    let current = model.parameterTensors
    let trainable = layout.trainableIndices.map { current[$0] }
    // The model the forward pass ran on: a private copy, with the tape's leaves as its
    // parameters and the batch's BatchNorm statistics in its buffers.
    var ran = model
    var outputs: Tensor?
    var slots = [Tensor?](repeating: nil, count: layout.parameterCount)
    let (value, gradients) = try Gradient.valueWithGradient(at: trainable) { leaves in
      for (k, i) in layout.trainableIndices.enumerated() { slots[i] = leaves[k] }
      ran = model.replacingParameters(slots)
      let out = try ran.forward(x, context: context)
      outputs = out
      var total = try loss.loss(out, y)
      if let regularization {
        let weights = zip(layout.isPenalized, leaves).filter(\.0).map(\.1)
        total = try total.adding(try regularization.penalty(of: weights).converted(to: total.dtype))
      }
      return total
    }
    var parameters = zip(names, trainable).map { (name: $0, value: $1) }
    try optimizer.update(parameters: &parameters, gradients: Dictionary(uniqueKeysWithValues: zip(names, gradients)))
    for (k, i) in layout.trainableIndices.enumerated() { slots[i] = parameters[k].value }
    // Buffers (running statistics) as the forward pass left them.
    ran.setParametersInPlace(slots)
    let updated = ran

    var norms: [(String, Double)] = []
    for (layer, g) in zip(layout.layers, gradients) {
      let squares = Trainer.sumOfSquares(g)
      if let i = norms.firstIndex(where: { $0.0 == layer }) {
        norms[i].1 = (norms[i].1 * norms[i].1 + squares).squareRoot()
      } else {
        norms.append((layer, squares.squareRoot()))
      }
    }
    return (updated, try value.item(), try outputs.flatMap { try loss.correct($0.detached(), y) }, norms)
  }

  /// Σx² in `Double`, summed in element order (as `g.doubles.reduce`, without the array).
  static func sumOfSquares(_ t: Tensor) -> Double {
    var total = 0.0
    switch t.dtype {
    case .float32:
      let p = t.storage.pointer(Float.self)
      for i in 0..<t.count { total += Double(p[i]) * Double(p[i]) }
    case .float64:
      let p = t.storage.pointer(Double.self)
      for i in 0..<t.count { total += p[i] * p[i] }
    }
    return total
  }

  /// Names layers as a summary does (`0: Linear`) from a parameter's name (`0.weight`).
  static func layerLabels(_ model: Module) -> (String) -> String {
    var types: [String: String] = [:]
    for child in model.children { types[child.key] = child.module.typeName }
    return { name in
      guard let dot = name.firstIndex(of: ".") else { return model.typeName }
      let key = String(name[..<dot])
      return types[key].map { "\(key): \($0)" } ?? key
    }
  }

  /// The mean loss over `data` and the accuracy, in inference mode, in batches.
  func evaluate(_ model: Module, on data: Dataset, context: Context) throws -> (loss: Double, accuracy: Double?) {
    try Trainer.evaluate(model, on: data, loss: loss, batchSize: Swift.max(batchSize, 256), context: context)
  }

  static func evaluate(_ model: Module, on data: Dataset, loss: LossKind, batchSize: Int = 256, context: Context)
    throws -> (loss: Double, accuracy: Double?)
  {
    guard data.count > 0 else { throw RuntimeFailure("evaluate: the data set is empty") }
    let batchSize = Swift.min(batchSize, data.count)
    let inference = model.settingTraining(false)
    var lossSum = 0.0
    var right = 0
    var total = 0
    var hasAccuracy = false
    for start in stride(from: 0, to: data.count, by: batchSize) {
      let indices = Array(start..<Swift.min(start + batchSize, data.count))
      let x = Dataset.rows(of: data.x, indices)
      let y = Dataset.rows(of: data.y, indices)
      let out = try inference.forward(x, context: context)
      lossSum += try loss.loss(out, y).item() * Double(indices.count)
      if let counts = try loss.correct(out, y) {
        hasAccuracy = true
        right += counts.right
        total += counts.total
      }
      try context.checkTime()
    }
    return (lossSum / Double(data.count), hasAccuracy ? Double(right) / Double(Swift.max(total, 1)) : nil)
  }
}
