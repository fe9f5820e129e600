/// Losses, optimizers, schedules and `fit` as cells see them.
extension Library {
  func registerTraining() {
    registerLosses()
    registerOptimizers()
    registerSchedules()
    registerFit()
  }

  private func registerLosses() {
    enumeration(
      "Loss", LossKind.self,
      help: "The loss fit minimizes: .crossEntropy, .binaryCrossEntropy, .meanSquaredError, .huber")
    function(
      Signature(
        "crossEntropy", [.labeled("logits", .tensor), .labeled("labels", .tensor)], .tensor,
        help:
          "Mean -log softmax(logits)[label]; logits [batch, classes] or [batch, time, classes], labels class indices")
    ) { a in .object(try Losses.crossEntropy(logits: try a.tensor(0), labels: try a.tensor(1))) }
    function(
      Signature(
        "binaryCrossEntropy", [.positional("probabilities", .tensor), .positional("targets", .tensor)], .tensor,
        help: "Mean -(y log p + (1-y) log(1-p)), with log clamped at -100 as PyTorch")
    ) { a in
      let p = try a.tensor(0)
      return .object(try Losses.binaryCrossEntropy(p, try LossKind.shaped(try a.tensor(1), like: p)))
    }
    function(
      Signature(
        "meanSquaredError", [.positional("predictions", .tensor), .positional("targets", .tensor)], .tensor,
        help: "Mean of (prediction - target)²")
    ) { a in
      let p = try a.tensor(0)
      return .object(try Losses.meanSquaredError(p, try LossKind.shaped(try a.tensor(1), like: p)))
    }
    function(
      Signature(
        "huberLoss",
        [
          .positional("predictions", .tensor), .positional("targets", .tensor),
          .labeled("delta", .double, default: .double(1)),
        ], .tensor, help: "Quadratic for errors below delta, linear above (PyTorch's HuberLoss)")
    ) { a in
      let p = try a.tensor(0)
      return .object(try Losses.huberLoss(p, try LossKind.shaped(try a.tensor(1), like: p), delta: try a.double(2)))
    }
    type("Regularization", help: "A weight penalty added to the loss: .l1(λ) is λ·Σ|w|, .l2(λ) is λ·Σw²")
    function(
      Signature(".l1", [.positional("strength", .double)], .object("Regularization"), help: "λ·Σ|w| over the weights")
    ) { a in .object(RegularizationObject(.l1(try a.double(0)))) }
    function(
      Signature(".l2", [.positional("strength", .double)], .object("Regularization"), help: "λ·Σw² over the weights")
    ) { a in .object(RegularizationObject(.l2(try a.double(0)))) }
  }

  private func registerOptimizers() {
    type("Optimizer", help: "One step of gradient descent per update; computes what torch.optim computes")
    let schedule = Parameter.labeled("schedule", .optional(.object("Schedule")), default: Value.none, shown: "nil")
    func register(
      _ name: String, _ parameters: [Parameter], help: String, _ make: @escaping (Arguments) throws -> any Optimizer
    ) {
      type(name, help: help)
      function(Signature(name, parameters + [schedule], .object(name), help: help)) { a in
        var optimizer = try make(a)
        try optimizer.validate()
        let s = try a.optionalObject(parameters.count, as: ScheduleObject.self, "Schedule")
        if let s { optimizer.learningRate = s.schedule.learningRate(epoch: 0, base: optimizer.learningRate) }
        return .object(OptimizerObject(optimizer, name: name, schedule: s?.schedule))
      }
    }
    register(
      "SGD",
      [
        .labeled("learningRate", .double, default: .double(0.01)), .labeled("momentum", .double, default: .double(0)),
        .labeled("nesterov", .bool, default: .bool(false)), .labeled("weightDecay", .double, default: .double(0)),
      ], help: "Stochastic gradient descent with optional (Nesterov) momentum, as torch.optim.SGD"
    ) { a in
      SGD(
        learningRate: try a.double(0), momentum: try a.double(1), nesterov: try a.bool(2), weightDecay: try a.double(3))
    }
    register(
      "RMSProp",
      [
        .labeled("learningRate", .double, default: .double(0.01)), .labeled("rho", .double, default: .double(0.99)),
        .labeled("epsilon", .double, default: .double(1e-8)),
      ], help: "Divides by a running root mean square of the gradient, as torch.optim.RMSprop"
    ) { a in RMSProp(learningRate: try a.double(0), rho: try a.double(1), epsilon: try a.double(2)) }
    register(
      "Adam",
      [
        .labeled("learningRate", .double, default: .double(1e-3)), .labeled("beta1", .double, default: .double(0.9)),
        .labeled("beta2", .double, default: .double(0.999)), .labeled("epsilon", .double, default: .double(1e-8)),
        .labeled("weightDecay", .double, default: .double(0)),
      ], help: "Bias-corrected moment estimates (Kingma and Ba, 2015), as torch.optim.Adam"
    ) { a in
      Adam(
        learningRate: try a.double(0), beta1: try a.double(1), beta2: try a.double(2), epsilon: try a.double(3),
        weightDecay: try a.double(4))
    }
    register(
      "AdamW",
      [
        .labeled("learningRate", .double, default: .double(1e-3)), .labeled("beta1", .double, default: .double(0.9)),
        .labeled("beta2", .double, default: .double(0.999)), .labeled("epsilon", .double, default: .double(1e-8)),
        .labeled("weightDecay", .double, default: .double(0.01)),
      ], help: "Adam with decoupled weight decay (Loshchilov and Hutter, 2019), as torch.optim.AdamW"
    ) { a in
      AdamW(
        learningRate: try a.double(0), beta1: try a.double(1), beta2: try a.double(2), epsilon: try a.double(3),
        weightDecay: try a.double(4))
    }
    register(
      "Adagrad",
      [
        .labeled("learningRate", .double, default: .double(0.01)),
        .labeled("epsilon", .double, default: .double(1e-10)),
      ], help: "Divides by the root of the summed squared gradients, as torch.optim.Adagrad"
    ) { a in Adagrad(learningRate: try a.double(0), epsilon: try a.double(1)) }

    method(
      "Optimizer",
      Signature(
        "update", [.inout(nil, "model", .object("Module")), .labeled("along", .object("Module"))],
        help: "One step: moves the model's trainable parameters along the gradient (valueWithGradient's)"),
      mutating: true
    ) { receiver, a in
      guard case .object(let o as OptimizerObject) = receiver else { return .void }
      let model = try a.object(0, as: Module.self, "Module")
      let gradient = try a.object(1, as: Module.self, "Module")
      var optimizer = o.optimizer
      let updated = try OptimizerObject.step(&optimizer, model: model, gradient: gradient)
      receiver = .object(OptimizerObject(optimizer, name: o.name, schedule: o.schedule))
      a[0] = .object(updated)
      return .void
    }
    property("Optimizer", "learningRate", .double, help: "The rate the next step uses") { v in
      guard case .object(let o as OptimizerObject) = v else { return .none }
      return .double(o.optimizer.learningRate)
    }
    property("Optimizer", "step", .int, help: "How many updates it has made") { v in
      guard case .object(let o as OptimizerObject) = v else { return .none }
      return .int(o.optimizer.step)
    }
  }

  private func registerSchedules() {
    type("Schedule", help: "How fit changes the learning rate from epoch to epoch")
    func register(
      _ name: String, _ parameters: [Parameter], help: String,
      _ make: @escaping (Arguments) throws -> any LearningRateSchedule
    ) {
      type(name, help: help)
      function(Signature(name, parameters, .object(name), help: help)) { a in
        let schedule = try make(a)
        try schedule.validate()
        return .object(ScheduleObject(schedule, name: name))
      }
    }
    register(
      "StepDecay", [.labeled("every", .int), .labeled("factor", .double, default: .double(0.1))],
      help: "Multiplies the rate by factor every `every` epochs (StepLR)"
    ) { a in StepDecay(every: try a.int(0), factor: try a.double(1)) }
    register(
      "ExponentialDecay", [.labeled("rate", .double)], help: "Multiplies the rate by `rate` every epoch (ExponentialLR)"
    ) { a in
      ExponentialDecay(rate: try a.double(0))
    }
    register(
      "CosineDecay", [.labeled("epochs", .int), .labeled("minimum", .double, default: .double(0))],
      help: "Half a cosine from the base rate to minimum over `epochs` (CosineAnnealingLR)"
    ) { a in CosineDecay(epochs: try a.int(0), minimum: try a.double(1)) }
    register(
      "Warmup",
      [.labeled("epochs", .int), .labeled("then", .optional(.object("Schedule")), default: Value.none, shown: "nil")],
      help: "Rises linearly to the base rate over `epochs`, then follows `then`"
    ) { a in
      // Without a schedule to follow, the rate stays at the base rate after the warm-up.
      Warmup(
        epochs: try a.int(0),
        then: try a.optionalObject(1, as: ScheduleObject.self, "Schedule")?.schedule ?? ExponentialDecay(rate: 1))
    }
    method(
      "Schedule",
      Signature(
        "learningRates", [.labeled("epochs", .int), .labeled("base", .double)], .array(.double),
        help: "The rate at each epoch 0..<epochs for a base rate, for plotting")
    ) { receiver, a in
      guard case .object(let s as ScheduleObject) = receiver else { return .void }
      let base = try a.double(1)
      let epochs = try a.int(0, atLeast: 0)
      try a.context.checkAllocation(count: epochs, bytesPerElement: MemoryLayout<Value>.stride)
      return .array((0..<epochs).map { .double(s.schedule.learningRate(epoch: $0, base: base)) })
    }
  }

  private func registerFit() {
    type("Callback", help: "Something fit does between epochs: .earlyStopping(patience:restoreBest:)")
    function(
      Signature(
        ".earlyStopping",
        [.labeled("patience", .int, default: .int(5)), .labeled("restoreBest", .bool, default: .bool(true))],
        .object("Callback"),
        help: "Stops after `patience` epochs without a better validation loss; restores the best weights")
    ) { a in
      .object(
        CallbackObject(.earlyStopping(.init(patience: try a.int(0, atLeast: 0), restoreBest: try a.bool(1)))))
    }
    type("History", help: "Per-epoch loss, accuracy, validation metrics, learning rate and gradient norms from fit")
    let historyFields: [(String, ValueType, String)] = [
      ("loss", .array(.double), "Mean training loss per epoch"),
      ("accuracy", .array(.double), "Training accuracy per epoch (empty for regression)"),
      ("validationLoss", .array(.double), "Validation loss per epoch"),
      ("validationAccuracy", .array(.double), "Validation accuracy per epoch"),
      ("learningRate", .array(.double), "The learning rate of each epoch"),
      (
        "gradientNorms", .dictionary(.string, .array(.double)),
        "Per layer, its gradient's norm averaged over each epoch"
      ),
      ("epochs", .int, "How many epochs ran"),
      ("bestEpoch", .int, "The epoch (0-based) with the lowest monitored loss"),
    ]
    for (name, valueType, help) in historyFields {
      property("History", name, valueType, help: help) { v in
        guard case .object(let h as History) = v, let part = h.member(name) else { return .none }
        return part
      }
    }
    method(
      "Module",
      Signature(
        "fit",
        [
          .positional("data", .object("Dataset")),
          .labeled("validation", .optional(.object("Dataset")), default: Value.none, shown: "nil"),
          .labeled("loss", .object("Loss")), .labeled("optimizer", .object("Optimizer")),
          .labeled("epochs", .int, default: .int(10)), .labeled("batchSize", .int, default: .int(32)),
          .labeled("regularization", .optional(.object("Regularization")), default: Value.none, shown: "nil"),
          .labeled("callbacks", .array(.object("Callback")), default: .array([]), shown: "[]"),
          .labeled("shuffle", .bool, default: .bool(true)),
          .labeled("seed", .optional(.int), default: Value.none, shown: "nil"),
        ], .object("History"), help: "Trains the model in place with mini-batches; returns the History"),
      mutating: true
    ) { receiver, a in
      let model = try Library.module(receiver)
      let train = try a.object(0, as: Dataset.self, "Dataset")
      let validation = try a.optionalObject(1, as: Dataset.self, "Dataset")
      let loss = try a.enumCase(2, LossKind.self, "Loss")
      let optimizerObject = try a.object(3, as: OptimizerObject.self, "Optimizer")
      var trainer = Trainer(
        loss: loss, epochs: try a.int(4, atLeast: 0), batchSize: try a.int(5, atLeast: 1),
        regularization: try a.optionalObject(6, as: RegularizationObject.self, "Regularization")?.regularization,
        earlyStopping: nil, schedule: optimizerObject.schedule, seed: nil, shuffle: try a.bool(8))
      for item in try a.array(7) {
        guard case .object(let c as CallbackObject) = item else {
          throw a.mismatch(7, "an array of callbacks", got: item)
        }
        switch c.callback {
        case .earlyStopping(let e): trainer.earlyStopping = e
        }
      }
      if let seed = try a.optionalInt(9) { trainer.seed = UInt64(bitPattern: Int64(seed)) }
      var optimizer = optimizerObject.optimizer
      let (trained, history) = try trainer.fit(
        model, on: train, validation: validation, optimizer: &optimizer, context: a.context)
      trained.trainingLoss = loss
      trained.exampleShape = Array(train.x.shape.dropFirst())
      receiver = .object(trained)
      if let divergence = history.divergence { try a.runtime.write(divergence + "\n", at: .unknown) }
      return .object(history)
    }
    method(
      "Module",
      Signature(
        "evaluate",
        [
          .positional("data", .object("Dataset")),
          .labeled("loss", .optional(.object("Loss")), default: Value.none, shown: "the loss fit used"),
        ],
        .tuple([("loss", .double), ("accuracy", .optional(.double))]),
        help: "Mean loss and accuracy on a data set, in inference mode")
    ) { receiver, a in
      let model = try Library.module(receiver)
      let data = try a.object(0, as: Dataset.self, "Dataset")
      let loss =
        try a.isNil(1)
        ? (model.trainingLoss ?? (data.classes > 1 ? .crossEntropy : .meanSquaredError))
        : a.enumCase(1, LossKind.self, "Loss")
      let (value, accuracy) = try Trainer.evaluate(model, on: data, loss: loss, context: a.context)
      return .tuple(
        TupleValue(elements: [.double(value), accuracy.map { .double($0) } ?? .none], labels: ["loss", "accuracy"]))
    }
  }
}

/// A weight penalty as a cell value (`.l2(1e-4)`).
final class RegularizationObject: NativeObject {
  let regularization: Regularization
  init(_ regularization: Regularization) { self.regularization = regularization }
  override var typeName: String { "Regularization" }
  override func describe() -> String {
    switch regularization {
    case .l1(let s): return ".l1(\(s))"
    case .l2(let s): return ".l2(\(s))"
    }
  }
}

/// A callback for `fit` as a cell value.
final class CallbackObject: NativeObject {
  enum Callback { case earlyStopping(Trainer.EarlyStopping) }
  let callback: Callback
  init(_ callback: Callback) { self.callback = callback }
  override var typeName: String { "Callback" }
  override func describe() -> String {
    switch callback {
    case .earlyStopping(let e): return ".earlyStopping(patience: \(e.patience), restoreBest: \(e.restoreBest))"
    }
  }
}

/// A learning-rate schedule as a cell value.
final class ScheduleObject: NativeObject {
  let schedule: any LearningRateSchedule
  let name: String
  init(_ schedule: any LearningRateSchedule, name: String) {
    self.schedule = schedule
    self.name = name
  }
  override var typeName: String { name }
  override var typeHierarchy: [String] { [name, "Schedule"] }
}

/// An optimizer as a cell value: the algorithm with its per-parameter state, and
/// its schedule. Changing it (a step) makes a new value, as for a struct.
final class OptimizerObject: NativeObject {
  let optimizer: any Optimizer
  let name: String
  let schedule: (any LearningRateSchedule)?

  init(_ optimizer: any Optimizer, name: String, schedule: (any LearningRateSchedule)?) {
    self.optimizer = optimizer
    self.name = name
    self.schedule = schedule
  }

  override var typeName: String { name }
  override var typeHierarchy: [String] { [name, "Optimizer"] }
  override func describe() -> String { "\(name)(learningRate: \(optimizer.learningRate))" }

  override func member(_ name: String) -> Value? {
    name == "learningRate" ? .double(optimizer.learningRate) : nil
  }

  override func settingMember(_ name: String, to value: Value) throws(RuntimeFailure) -> NativeObject? {
    guard name == "learningRate" else { return nil }
    let rate: Double
    switch value {
    case .double(let d): rate = d
    case .int(let i): rate = Double(i)
    default: throw RuntimeFailure("cannot assign a value of type '\(value.typeName)' to 'learningRate': it is a Double")
    }
    var changed = optimizer
    changed.learningRate = rate
    return OptimizerObject(changed, name: self.name, schedule: schedule)
  }

  /// One step on `model` along `gradient` (a model-shaped gradient); frozen parameters stay.
  static func step(_ optimizer: inout any Optimizer, model: Module, gradient: Module) throws -> Module {
    let frozen = model.frozenParameterNames
    var parameters = model.namedParameters.filter { !frozen.contains($0.name) }.map {
      (name: $0.name, value: $0.tensor)
    }
    let trainable = Set(parameters.map(\.name))
    let gradients = Dictionary(
      uniqueKeysWithValues: gradient.namedParameters.filter { trainable.contains($0.name) }.map { ($0.name, $0.tensor) }
    )
    for p in parameters where gradients[p.name]?.shape != p.value.shape {
      throw RuntimeFailure(
        "update: the gradient does not have the model's structure (no gradient of shape \(Shape.text(p.value.shape)) for '\(p.name)')"
      )
    }
    try optimizer.update(parameters: &parameters, gradients: gradients)
    return try model.replacing(Dictionary(uniqueKeysWithValues: parameters.map { ($0.name, $0.value) }))
  }
}
