/// Activation functions for cells. Each takes a tensor (and returns one) or a
/// number (and returns a `Double`), so a lesson can plot `sigmoid` over scalars
/// before it applies it to a layer.
extension Library {
  func registerActivations() {
    func activation<F: UnaryElementFunction, D: UnaryElementFunction>(
      _ signature: String, defaults: [String: Value] = [:], _ make: @escaping ([Value]) throws -> (F, D)
    ) {
      let name = String(signature.prefix { $0 != "(" })
      let fallback = Library.orderedDefaults(signature, defaults)
      function(signature, defaults: defaults) { _, given in
        let a = Library.filled(given, fallback)
        let (f, d) = try make(a)
        return try Library.elementwise(name, a[0], { $0.activation(f, derivative: d) }, { f($0) })
      }
    }
    function("sigmoid(_:)") { _, a in
      try Library.elementwise("sigmoid", a[0], { $0.sigmoid() }, { Activation.Sigmoid()($0) })
    }
    function("tanh(_:)") { _, a in
      try Library.elementwise("tanh", a[0], { $0.tanh() }, { CMath.tanh($0) })
    }
    activation("relu(_:)") { _ in (Activation.ReLU(), Activation.ReLUDerivative()) }
    activation("leakyRelu(_:negativeSlope:)", defaults: ["negativeSlope": .double(0.01)]) { a in
      let slope = try TensorArguments.number(a[1], "leakyRelu", "negativeSlope")
      return (Activation.LeakyReLU(slope: slope), Activation.LeakyReLUDerivative(slope: slope))
    }
    activation("elu(_:alpha:)", defaults: ["alpha": .double(1)]) { a in
      let alpha = try TensorArguments.number(a[1], "elu", "alpha")
      return (Activation.ELU(alpha: alpha), Activation.ELUDerivative(alpha: alpha))
    }
    activation("swish(_:)") { _ in (Activation.Swish(), Activation.SwishDerivative()) }
    activation("silu(_:)") { _ in (Activation.Swish(), Activation.SwishDerivative()) }
    activation("gelu(_:)") { _ in (Activation.GELU(), Activation.GELUDerivative()) }
    activation("softplus(_:)") { _ in (Activation.Softplus(), Activation.Sigmoid()) }

    function("softmax(_:axis:)", defaults: ["axis": .int(-1)]) { _, given in
      let a = Library.filled(given, [.void, .int(-1)])
      return .object(
        try TensorArguments.tensor(a[0], "softmax").softmax(axis: try TensorArguments.int(a[1], "softmax", "axis")))
    }
    function("logSoftmax(_:axis:)", defaults: ["axis": .int(-1)]) { _, given in
      let a = Library.filled(given, [.void, .int(-1)])
      return .object(
        try TensorArguments.tensor(a[0], "logSoftmax").logSoftmax(
          axis: try TensorArguments.int(a[1], "logSoftmax", "axis")))
    }
  }

  /// A signature's defaults in parameter order (`.void` where there is none).
  static func orderedDefaults(_ signature: String, _ defaults: [String: Value]) -> [Value] {
    Library.parse(signature).1.enumerated().map { k, label in defaults[label ?? "_\(k)"] ?? .void }
  }

  /// The arguments with trailing defaults filled in: a library function passed as
  /// a value (`derivative(of: leakyRelu, at: x)`) is called with its first argument only.
  static func filled(_ arguments: [Value], _ defaults: [Value]) -> [Value] {
    arguments.count >= defaults.count ? arguments : arguments + defaults[arguments.count...]
  }
}
