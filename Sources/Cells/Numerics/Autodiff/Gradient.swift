/// Reverse-mode differentiation of a cell closure: what `gradient(at:)`,
/// `valueWithGradient(at:)`, `derivative(of:at:)` and `gradientCheck` run.
enum Gradient {
  /// The value of `f` at `inputs` and its gradient with respect to each: the
  /// Swift-side entry point (a training loop's backward pass).
  ///
  /// `f` must return a one-element tensor.
  static func valueWithGradient(at inputs: [Tensor], _ f: ([Tensor]) throws -> Tensor) throws -> (Tensor, [Tensor]) {
    let tape = Tape()
    let leaves = inputs.map { tape.leaf($0) }
    let output: Tensor
    do { output = try f(leaves) } catch {
      tape.abandon()
      throw error
    }
    guard output.count == 1 else {
      tape.abandon()
      throw RuntimeFailure(
        "gradient: the function must return one number, got a tensor of shape \(Shape.text(output.shape))")
    }
    let grads = try tape.backward(from: output, seed: Tensor.ones(output.shape, dtype: output.dtype))
    return (
      output.detached(),
      leaves.map { leaf in
        let g = grads[leaf.node] ?? Tensor.zeros(leaf.shape, dtype: leaf.dtype)
        return g.converted(to: leaf.dtype)
      }
    )
  }

  /// The closure's value and the gradient of that value with respect to each input.
  ///
  /// Every tensor and floating-point number inside the inputs becomes a leaf of a
  /// fresh tape; the closure runs on the tracked copies; one backward pass from the
  /// result gives every leaf's gradient, returned in the inputs' own shapes (a
  /// `Double` input gets a `Double`, a struct of tensors a struct of gradients).
  ///
  /// - Parameter elementwise: seed the backward pass with ones of the result's shape
  ///   instead of requiring one number (for `derivative(of:at:)`).
  ///
  /// `function` is the closure to differentiate, as a Swift function of the inputs (the
  /// registration builds it from the cell's closure).
  static func valueWithGradient(
    at inputs: [Value], elementwise: Bool = false, operation: String, of function: ([Value]) throws -> Value
  ) throws -> (value: Value, gradients: [Value]) {
    // `gradient(at: 2) { ... }`: an integer literal where Swift would infer a Double.
    let inputs = inputs.map { input -> Value in
      if case .int(let i) = input { return .double(Double(i)) }
      return input
    }
    let tape = Tape()
    var tracked: [Value] = []
    var leavesPerInput: [[DifferentiableLeaves.Leaf]] = []
    var trackedLeaves: [Tensor] = []
    for input in inputs {
      let leaves = DifferentiableLeaves.collect(input)
      let tensors = leaves.map { tape.leaf($0.tensor) }
      leavesPerInput.append(leaves)
      trackedLeaves += tensors
      tracked.append(DifferentiableLeaves.rebuild(input, with: tensors.map { .object($0) }))
    }
    guard !trackedLeaves.isEmpty else {
      throw RuntimeFailure("\(operation): nothing to differentiate: the inputs hold no Tensor or Double")
    }

    let result: Value
    do {
      result = try function(tracked)
    } catch {
      tape.abandon()
      throw error
    }

    let output: Tensor
    switch result {
    case .object(let t as Tensor):
      output = t
    case .int, .double, .float:
      // A constant: it does not depend on the inputs.
      output = Tensor(scalar: try Tensor.number(result), dtype: .float64)
    default:
      tape.abandon()
      throw RuntimeFailure(
        "\(operation): the closure must return a Tensor or a Double, got a value of type '\(result.typeName)'")
    }
    if !elementwise && output.count != 1 {
      tape.abandon()
      throw RuntimeFailure(
        "\(operation): the closure must return one number, got a tensor of shape \(Shape.text(output.shape)); reduce it first (.sum() or .mean())"
      )
    }
    let nodeGradients = try tape.backward(from: output, seed: Tensor.ones(output.shape, dtype: output.dtype))

    var gradients: [Value] = []
    var k = 0
    for (input, leaves) in zip(inputs, leavesPerInput) {
      var parts: [Value] = []
      for leaf in leaves {
        let t = trackedLeaves[k]
        k += 1
        let g = nodeGradients[t.node] ?? Tensor.zeros(t.shape, dtype: t.dtype)
        parts.append(leaf.value(g.dtype == t.dtype ? g : g.converted(to: t.dtype)))
      }
      gradients.append(DifferentiableLeaves.rebuild(input, with: parts, zeroingOthers: true))
    }

    let value: Value
    let onlyNumbers = leavesPerInput.joined().allSatisfy { if case .tensor = $0 { return false } else { return true } }
    if onlyNumbers && output.rank == 0 {
      value = .double(output.storage.double(at: 0))
    } else {
      value = .object(output.detached())
    }
    return (value, gradients)
  }

  /// Compares autodiff with central finite differences, in float64, and returns
  /// the largest error over all input elements, relative to the size of the
  /// gradient (absolute where the gradient is below 1):
  /// `max |autodiff - numeric| / max(1, |autodiff|, |numeric|)`.
  ///
  /// Correct gradients give about 1e-9 or less; a wrong one, something near 1.
  static func check(at inputs: [Value], epsilon: Double, of function: ([Value]) throws -> Value) throws -> Double {
    // Everything in float64, so the differences measure the gradient, not rounding.
    let inputs64 = inputs.map { input in
      DifferentiableLeaves.rebuild(
        input, with: DifferentiableLeaves.collect(input).map { .object($0.tensor.converted(to: .float64)) })
    }
    let (_, gradients) = try valueWithGradient(at: inputs64, operation: "gradientCheck", of: function)
    let analytic = gradients.flatMap { DifferentiableLeaves.collect($0).map(\.tensor) }
    var leaves = inputs64.flatMap { DifferentiableLeaves.collect($0).map(\.tensor) }

    func evaluate() throws -> Double {
      var k = 0
      var arguments: [Value] = []
      for input in inputs64 {
        let n = DifferentiableLeaves.collect(input).count
        arguments.append(DifferentiableLeaves.rebuild(input, with: leaves[k..<(k + n)].map { .object($0) }))
        k += n
      }
      let r = try function(arguments)
      if case .object(let t as Tensor) = r { return try t.item() }
      return try Tensor.number(r)
    }

    var worst = 0.0
    for (l, leaf) in leaves.enumerated() {
      for i in 0..<leaf.count {
        let original = leaf.storage.double(at: i)
        let plus = Tensor(shape: leaf.shape, storage: leaf.storage.copy())
        plus.storage.set(original + epsilon, at: i)
        leaves[l] = plus
        let fPlus = try evaluate()
        let minus = Tensor(shape: leaf.shape, storage: leaf.storage.copy())
        minus.storage.set(original - epsilon, at: i)
        leaves[l] = minus
        let fMinus = try evaluate()
        leaves[l] = leaf
        let numeric = (fPlus - fMinus) / (2 * epsilon)
        let a = analytic[l].storage.double(at: i)
        let error = Swift.abs(a - numeric) / Swift.max(1, Swift.abs(a), Swift.abs(numeric))
        worst = Swift.max(worst, error.isNaN ? .infinity : error)
      }
    }
    return worst
  }
}
