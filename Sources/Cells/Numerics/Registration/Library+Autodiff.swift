/// `gradient`, `valueWithGradient`, `derivative` and `gradientCheck` for cells.
///
/// ```swift
/// let g = gradient(at: w) { w in (x.matmul(w) - y).squared().mean() }
/// let (loss, grads) = valueWithGradient(at: w, b) { w, b in ... }   // grads is a tuple
/// let slope = derivative(of: sigmoid, at: Tensor.linspace(-5, 5, count: 11))
/// gradientCheck(at: w) { w in loss(w) }   // largest error vs finite differences
/// ```
extension Library {
  /// How many inputs `gradient(at: a, b, c) { a, b, c in ... }` may list.
  static let maxGradientInputs = 6

  func registerAutodiff() {
    let differentiable = ValueType.object("Differentiable")
    for n in 1...Library.maxGradientInputs {
      let inputs = (0..<n).map { i in
        Parameter(label: i == 0 ? "at" : nil, name: n == 1 ? "x" : "x\(i + 1)", type: differentiable)
      }
      let gradients: ValueType = n == 1 ? differentiable : .tuple(inputs.map { (nil, $0.type) })
      // `gradient(at: x) { ... }` and Swift's spelling `gradient(at: x, in: f)`.
      for closure in [Parameter.positional("f", .function), .labeled("in", .function)]
      where n == 1 || closure.label == nil {
        function(
          Signature(
            "gradient", inputs + [closure], gradients,
            help: "The gradient of the closure's result (one number) with respect to each input, by autodiff")
        ) { a in
          let (_, gradients) = try Gradient.valueWithGradient(at: Array(a.values.prefix(n)), operation: "gradient") {
            try a.call(n, $0)
          }
          return Library.packed(gradients)
        }
        function(
          Signature(
            "valueWithGradient", inputs + [closure], .tuple([("value", .tensor), ("gradient", gradients)]),
            help: "The closure's result and its gradient with respect to each input, from one backward pass")
        ) { a in
          let (value, gradients) = try Gradient.valueWithGradient(
            at: Array(a.values.prefix(n)), operation: "valueWithGradient"
          ) { try a.call(n, $0) }
          return .tuple(TupleValue(elements: [value, Library.packed(gradients)], labels: ["value", "gradient"]))
        }
      }
      function(
        Signature(
          "gradientCheck",
          inputs + [.labeled("epsilon", .double, default: .double(1e-6)), .positional("f", .function)], .double,
          help: "The largest relative error of autodiff against central finite differences, in float64")
      ) { a in
        let epsilon = try a.double(n)
        return .double(try Gradient.check(at: Array(a.values.prefix(n)), epsilon: epsilon) { try a.call(n + 1, $0) })
      }
    }
    function(
      Signature(
        "derivative", [.labeled("of", .function), .labeled("at", .tensor)], .tensor,
        help: "The derivative of an elementwise function at each point (a number or a tensor of points)")
    ) { a in
      let point: Value
      if case .array = a.unwrapped(1) { point = .object(try a.tensor(1)) } else { point = a.values[1] }
      let (_, gradients) = try Gradient.valueWithGradient(at: [point], elementwise: true, operation: "derivative") {
        try a.call(0, $0)
      }
      return gradients[0]
    }
  }

  /// One gradient as itself; several as a tuple, in the order of the inputs.
  static func packed(_ gradients: [Value]) -> Value {
    gradients.count == 1 ? gradients[0] : .tuple(TupleValue(elements: gradients, labels: gradients.map { _ in nil }))
  }
}
