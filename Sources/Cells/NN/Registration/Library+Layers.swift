/// Layers and models as cells see them: initializers, the properties and methods
/// every `Module` has, and the activation layers.
extension Library {
  func registerNeuralNetworks() {
    registerModule()
    registerSaveAndLoad()
    registerLayers()
    registerArchitectures()
  }

  private func registerModule() {
    type(
      "Module",
      help: "A layer or model: named parameters (PyTorch's names), children, training mode, frozen parameters")
    property("Module", "parameterCount", .int, help: "How many numbers the model learns (frozen ones included)") {
      .int(try Library.module($0).parameterCount)
    }
    property(
      "Module", "namedParameters", .array(.tuple([("name", .string), ("tensor", .tensor)])),
      help: "(name, tensor) pairs named as PyTorch's state_dict names them: \"0.weight\", \"0.bias\""
    ) { v in
      .array(
        try Library.module(v).namedParameters.map {
          .tuple(TupleValue(elements: [.string($0.name), .object($0.tensor)], labels: ["name", "tensor"]))
        })
    }
    property(
      "Module", "summary", .object("Table"),
      help:
        "Layers, output shapes and parameter counts, as Keras prints (a model that starts with Conv2d shows its shapes once fit has seen its images)"
    ) {
      .object(TableObject(ModelSummary(try Library.module($0)).table))
    }
    property("Module", "layers", .array(.object("Module")), help: "The model's layers (its children), in order") {
      .array(try Library.module($0).children.map { .object($0.module) })
    }
    property(
      "Module", "isTraining", .bool, help: "True while training: Dropout drops and BatchNorm uses batch statistics"
    ) {
      .bool(try Library.module($0).isTraining)
    }

    method("Module", Signature("freeze", help: "Stops every parameter from being updated"), mutating: true) { m, _ in
      m = .object(try Library.module(m).settingFrozen(true))
      return .void
    }
    method(
      "Module",
      Signature(
        "freeze", [.labeled("upTo", .int)],
        help: "Freezes the first k layers (transfer learning: keep the features, train the head)"),
      mutating: true
    ) { m, a in
      m = .object(try Library.module(m).settingFrozen(true, firstChildren: try a.int(0, atLeast: 0)))
      return .void
    }
    method("Module", Signature("unfreeze", help: "Lets every parameter be updated again"), mutating: true) { m, _ in
      m = .object(try Library.module(m).settingFrozen(false))
      return .void
    }
    method(
      "Module",
      Signature("predict", [.positional("x", .tensor)], .tensor, help: "The model's outputs for x, in inference mode")
    ) { m, a in
      .object(try Library.module(m).settingTraining(false).forward(try a.tensor(0), context: a.context).detached())
    }
  }

  private func registerSaveAndLoad() {
    method(
      "Module",
      Signature(
        "save", [.positional("name", .string)], .void,
        help: "Writes the parameters and buffers as safetensors in the lesson's _files folder (PyTorch's names)")
    ) { m, a in
      _ = try ModelFiles.save(try Library.module(m), as: try a.string(0), context: a.context)
      return .void
    }
    method(
      "Module",
      Signature(
        "load", [.positional("name", .string)], .void,
        help: "Reads a safetensors file from the lesson's _files folder; names and shapes must match"),
      mutating: true
    ) { m, a in
      m = .object(try ModelFiles.load(try Library.module(m), from: try a.string(0), context: a.context))
      return .void
    }
  }

  private func registerLayers() {
    enumeration(
      "WeightInit", WeightInit.self,
      help: "How a layer's weights start: Xavier/Glorot or He/Kaiming, uniform or normal",
      except: ["default"])
    type("Linear", help: "A fully connected layer, y = x weightᵀ + bias; weight is [outputs, inputs]")
    function(
      Signature(
        "Linear",
        [
          .positional("inputs", .int), .positional("outputs", .int), .labeled("bias", .bool, default: .bool(true)),
          .labeled("weightInit", .optional(.object("WeightInit")), default: Value.none, shown: "PyTorch's default"),
        ], .object("Linear"), help: "A fully connected layer from inputs to outputs features")
    ) { a in
      let inputs = try a.int(0, atLeast: 1)
      let outputs = try a.int(1, atLeast: 1)
      try Shape.checkSize([outputs, inputs])
      let initialization = a.isNil(3) ? WeightInit.default : try a.enumCase(3, WeightInit.self, "WeightInit")
      return .object(
        Linear(
          inputs: inputs, outputs: outputs, bias: try a.bool(2), weightInit: initialization, random: a.context.random))
    }

    type("Sequential", help: "Layers applied one after another; children named 0, 1, 2 as in torch.nn.Sequential")
    function(
      Signature(
        "Sequential", [.positional("layers", .function)], .object("Sequential"),
        help: "A model from the layers listed in the closure (for and if work inside it)"), builder: true
    ) { a in
      let listed: [Value]
      switch a.unwrapped(0) {
      case .array(let items): listed = items
      default:
        guard case .array(let items) = try a.call(0, []) else {
          throw RuntimeFailure("Sequential: the closure must list layers, one per line")
        }
        listed = items
      }
      let layers = try listed.enumerated().map { i, v throws(RuntimeFailure) -> Module in
        guard case .object(let m as Module) = v else {
          throw RuntimeFailure("Sequential: item \(i + 1) is a value of type '\(v.typeName)', not a layer")
        }
        return m
      }
      return .object(Sequential(layers))
    }

    type("Flatten", help: "Flattens every axis after the batch axis")
    function(Signature("Flatten", [], .object("Flatten"), help: "[batch, c, h, w] to [batch, c·h·w]")) { _ in
      .object(Flatten())
    }

    type("Dropout", help: "Zeroes inputs with probability p while training (inverted dropout)")
    function(
      Signature(
        "Dropout", [.labeled("p", .double, default: .double(0.5))], .object("Dropout"),
        help: "Drops each input with probability p while training, scaling the rest by 1/(1-p)")
    ) { a in
      let p = try a.double(0)
      guard p >= 0 && p <= 1 else { throw a.invalid(0, "must be between 0 and 1") }
      return .object(Dropout(p: p))
    }

    type("BatchNorm", help: "Batch normalization over the batch (and image positions), per feature or channel")
    function(
      Signature(
        "BatchNorm",
        [
          .labeled("featureCount", .int), .labeled("momentum", .double, default: .double(0.1)),
          .labeled("epsilon", .double, default: .double(1e-5)),
        ], .object("BatchNorm"), help: "Normalizes [batch, features] or [batch, channels, h, w] per feature")
    ) { a in
      let features = try a.int(0, atLeast: 1)
      try Shape.checkSize([features, 4])
      return .object(BatchNorm(featureCount: features, momentum: try a.double(1), epsilon: try a.double(2)))
    }

    type("LayerNorm", help: "Normalizes each example over its last axis")
    function(
      Signature(
        "LayerNorm",
        [.labeled("dimensions", .int), .labeled("epsilon", .double, default: .double(1e-5))],
        .object("LayerNorm"), help: "Normalizes over the last axis, then scales and shifts")
    ) { a in
      let dimensions = try a.int(0, atLeast: 1)
      try Shape.checkSize([dimensions, 2])
      return .object(LayerNorm(dimensions: dimensions, epsilon: try a.double(1)))
    }

    for kind in ActivationLayer.Kind.allCases {
      let name = kind.rawValue
      type(name, help: "The \(name) activation as a layer")
      switch kind {
      case .leakyRelu:
        function(
          Signature(
            name, [.labeled("negativeSlope", .double, default: .double(0.01))], .object(name),
            help: "x for x > 0, negativeSlope·x otherwise")
        ) { a in .object(ActivationLayer(kind, parameter: try a.double(0))) }
      case .elu:
        function(
          Signature(
            name, [.labeled("alpha", .double, default: .double(1))], .object(name),
            help: "x for x > 0, alpha·(eˣ - 1) otherwise")
        ) { a in .object(ActivationLayer(kind, parameter: try a.double(0))) }
      case .softmax, .logSoftmax:
        function(
          Signature(
            name, [.labeled("axis", .int, default: .int(-1))], .object(name),
            help: kind == .softmax ? "Probabilities along the axis" : "Log-probabilities along the axis")
        ) { a in .object(ActivationLayer(kind, parameter: Double(try a.int(0)))) }
      default:
        function(Signature(name, [], .object(name), help: "The \(name) activation as a layer")) { _ in
          .object(ActivationLayer(kind))
        }
      }
    }
  }

  /// The receiver of a `Module` method or property.
  static func module(_ value: Value) throws(RuntimeFailure) -> Module {
    try receiver(value, as: Module.self, "layer or model")
  }
}
