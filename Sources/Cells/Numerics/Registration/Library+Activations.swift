/// Elementwise math and activation functions for cells. Each takes a tensor (and
/// returns one) or a number (and returns a `Double`), so a lesson can plot `sigmoid`
/// over scalars before it applies it to a layer.
///
/// `exp(2.0)` on a number is Swift's own function (`Builtins.scalarMath`); on a tensor
/// the interpreter calls the registration here.
extension Library {
  func registerActivations() {
    let math: [(String, String, (Tensor) -> Tensor, (Double) -> Double)] = [
      ("exp", "e raised to each element", { $0.exp() }, { CMath.exp($0) }),
      ("log", "The natural logarithm of each element", { $0.log() }, { CMath.log($0) }),
      ("sqrt", "The square root of each element", { $0.squareRoot() }, { $0.squareRoot() }),
      ("abs", "The magnitude of each element", { $0.absolute() }, { Swift.abs($0) }),
      ("sin", "The sine of each element (radians)", { $0.sine() }, { CMath.sin($0) }),
      ("cos", "The cosine of each element (radians)", { $0.cosine() }, { CMath.cos($0) }),
      ("tanh", "The hyperbolic tangent of each element, in -1...1", { $0.tanh() }, { CMath.tanh($0) }),
      ("sigmoid", "1 / (1 + exp(-x)), elementwise, in 0...1", { $0.sigmoid() }, { Activation.Sigmoid()($0) }),
    ]
    for (name, help, tensor, number) in math {
      elementwise(name, help: help) { _, _ in (tensor, number) }
    }

    func activation<F: UnaryElementFunction, D: UnaryElementFunction>(
      _ name: String, _ parameters: [Parameter] = [], spelling: Spelling = .function, help: String,
      _ make: @escaping (inout Arguments, Int) throws -> (F, D)
    ) {
      elementwise(name, parameters, spelling: spelling, help: help) { a, k in
        let (f, d) = try make(&a, k)
        return ({ $0.activation(f, derivative: d) }, { f($0) })
      }
    }
    activation("relu", spelling: .both, help: "max(x, 0), elementwise") { _, _ in
      (Activation.ReLU(), Activation.ReLUDerivative())
    }
    activation(
      "leakyRelu", [.labeled("negativeSlope", .double, default: .double(0.01))],
      help: "x where x > 0, negativeSlope * x elsewhere"
    ) { a, k in
      let slope = try a.double(k)
      return (Activation.LeakyReLU(slope: slope), Activation.LeakyReLUDerivative(slope: slope))
    }
    activation(
      "elu", [.labeled("alpha", .double, default: .double(1))], help: "x where x > 0, alpha * (exp(x) - 1) elsewhere"
    ) { a, k in
      let alpha = try a.double(k)
      return (Activation.ELU(alpha: alpha), Activation.ELUDerivative(alpha: alpha))
    }
    for name in ["swish", "silu"] {
      activation(name, help: "x * sigmoid(x), elementwise (swish and silu are one function)") { _, _ in
        (Activation.Swish(), Activation.SwishDerivative())
      }
    }
    activation("gelu", help: "x * Φ(x), the Gaussian error linear unit, elementwise") { _, _ in
      (Activation.GELU(), Activation.GELUDerivative())
    }
    activation("softplus", help: "log(1 + exp(x)), a smooth relu, elementwise") { _, _ in
      (Activation.Softplus(), Activation.Sigmoid())
    }
  }
}
