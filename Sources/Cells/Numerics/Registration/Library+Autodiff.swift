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
    for n in 1...Library.maxGradientInputs {
      let inputs = String(repeating: "_:", count: n - 1)
      // `gradient(at: x) { ... }` and Swift's spelling `gradient(at: x, in: f)`.
      for closureLabel in ["_:", "in:"] where n == 1 || closureLabel == "_:" {
        function("gradient(at:\(inputs)\(closureLabel))") { rt, a in
          let (_, gradients) = try Gradient.valueWithGradient(
            at: Array(a.dropLast()), of: a[n], rt, operation: "gradient")
          return Library.packed(gradients)
        }
        function("valueWithGradient(at:\(inputs)\(closureLabel))") { rt, a in
          let (value, gradients) = try Gradient.valueWithGradient(
            at: Array(a.dropLast()), of: a[n], rt, operation: "valueWithGradient")
          return .tuple(TupleValue(elements: [value, Library.packed(gradients)], labels: ["value", "gradient"]))
        }
      }
      function("gradientCheck(at:\(inputs)epsilon:_:)", defaults: ["epsilon": .double(1e-6)]) { rt, a in
        let epsilon = try TensorArguments.number(a[n], "gradientCheck", "epsilon")
        return .double(try Gradient.check(at: Array(a.prefix(n)), of: a[n + 1], epsilon: epsilon, rt))
      }
    }
    function("derivative(of:at:)") { rt, a in
      let point: Value
      if case .array = a[1] { point = .object(try TensorArguments.tensor(a[1], "derivative")) } else { point = a[1] }
      let (_, gradients) = try Gradient.valueWithGradient(
        at: [point], of: a[0], elementwise: true, rt, operation: "derivative")
      return gradients[0]
    }
  }

  /// One gradient as itself; several as a tuple, in the order of the inputs.
  static func packed(_ gradients: [Value]) -> Value {
    gradients.count == 1 ? gradients[0] : .tuple(TupleValue(elements: gradients, labels: gradients.map { _ in nil }))
  }
}
