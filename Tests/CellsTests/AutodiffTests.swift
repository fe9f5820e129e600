import Testing

@testable import Cells

/// One differentiable operation, with the input shapes to check it at.
struct DifferentiableOperation: Sendable, CustomStringConvertible {
  let name: String
  let shapes: [[Int]]
  /// Inputs drawn from (0.5, 2) instead of a normal distribution (for log, sqrt, division...).
  var positive = false
  let apply: @Sendable ([Tensor]) throws -> Tensor

  init(
    _ name: String, _ shapes: [[Int]], positive: Bool = false, _ apply: @escaping @Sendable ([Tensor]) throws -> Tensor
  ) {
    self.name = name
    self.shapes = shapes
    self.positive = positive
    self.apply = apply
  }

  var description: String { name }

  static func region(_ index: Value, _ t: Tensor) throws -> TensorRegion { try TensorRegion(index, shape: t.shape) }

  static let all: [DifferentiableOperation] = [
    .init("add broadcast row", [[3, 4], [4]]) { try $0[0].adding($0[1]) },
    .init("add broadcast outer", [[3, 1], [1, 4]]) { try $0[0].adding($0[1]) },
    .init("subtract broadcast", [[2, 3], [2, 1]]) { try $0[0].subtracting($0[1]) },
    .init("multiply broadcast", [[3, 4], [4]]) { try $0[0].multiplying($0[1]) },
    .init("multiply rank 3 by matrix", [[2, 3, 4], [3, 1]]) { try $0[0].multiplying($0[1]) },
    .init("divide broadcast", [[3, 4], [3, 1]], positive: true) { try $0[0].dividing($0[1]) },
    .init("scalar on the left", [[2, 3]], positive: true) {
      try $0[0].scalar(2).subtracting($0[0]).adding($0[0].scalar(5).dividing($0[0]))
    },
    .init("scalar on the right", [[2, 3]]) { try $0[0].multiplying($0[0].scalar(3)).dividing($0[0].scalar(4)) },
    .init("maximum", [[3, 4], [4]]) { try $0[0].maximum($0[1]) },
    .init("minimum", [[3, 4], [3, 4]]) { try $0[0].minimum($0[1]) },
    .init("pow by number", [[5]], positive: true) { $0[0].raised(to: 2.5) },
    .init("pow by tensor", [[2, 3], [3]], positive: true) { try $0[0].raised(to: $0[1]) },
    .init("negate", [[4]]) { $0[0].negated() },
    .init("exp", [[2, 3]]) { $0[0].exp() },
    .init("log", [[2, 3]], positive: true) { $0[0].log() },
    .init("sqrt", [[2, 3]], positive: true) { $0[0].squareRoot() },
    .init("abs", [[2, 3]], positive: true) { $0[0].negated().absolute() },
    .init("sin", [[5]]) { $0[0].sine() },
    .init("cos", [[5]]) { $0[0].cosine() },
    .init("squared", [[5]]) { $0[0].squared() },
    .init("clip", [[4, 4]]) { $0[0].clipped(min: -0.7, max: 0.7) },
    .init("where", [[2, 3], [3]]) {
      try Tensor.select(tensor64([1, 0, 1, 0, 0, 1], [2, 3]), $0[0], $0[1])
    },
    .init("sum of all", [[3, 4]]) { try $0[0].sum() },
    .init("sum over axis 0", [[3, 4]]) { try $0[0].sum(axis: 0) },
    .init("sum keeping dims", [[2, 3, 4]]) { try $0[0].sum(axis: 1, keepingDims: true) },
    .init("mean over last axis", [[3, 4]]) { try $0[0].mean(axis: -1) },
    .init("mean of all", [[3, 4]]) { try $0[0].mean() },
    .init("max over axis", [[3, 4]]) { try $0[0].max(axis: 1) },
    .init("min of all", [[3, 4]]) { try $0[0].min() },
    .init("variance", [[4, 3]]) { try $0[0].variance(axis: 0) },
    .init("std", [[6]]) { try $0[0].standardDeviation() },
    .init("reshaped", [[2, 6]]) {
      try $0[0].reshaped([3, -1]).multiplying(tensor64(Array(0..<12).map(Double.init), [3, 4]))
    },
    .init("transposed", [[2, 3]]) { try $0[0].transposed().multiplying(tensor64([1, 2, 3, 4, 5, 6], [3, 2])) },
    .init("permuted axes", [[2, 3, 4]]) { try $0[0].transposed([1, 2, 0]).exp() },
    .init("broadcasted", [[3, 1]]) { try $0[0].broadcasted(to: [2, 3, 4]).sine() },
    .init("concatenated", [[2, 3], [2, 2]]) { try Tensor.concatenate([$0[0], $0[1]], axis: 1).squared() },
    .init("stacked", [[3], [3]]) { try Tensor.stack([$0[0], $0[1]], axis: 1).exp() },
    .init("index", [[3, 4]]) { try $0[0][region(.int(1), $0[0])].exp() },
    .init("index and range", [[3, 4]]) {
      try $0[0][
        region(
          .tuple(
            TupleValue(elements: [.range(.init(lower: 0, upper: 2, closed: false)), .int(2)], labels: [nil, nil])),
          $0[0])
      ].squared()
    },
    .init("open range column", [[3, 4, 2]]) {
      try $0[0][region(.tuple(TupleValue(elements: [.range(.unbounded), .int(1)], labels: [nil, nil])), $0[0])].sine()
    },
    .init("subscript assignment", [[3, 4], [4]]) {
      try $0[0].replacingRegion(region(.int(1), $0[0]), with: $0[1]).squared()
    },
    .init("matmul", [[3, 4], [4, 2]]) { try $0[0].matmul($0[1]) },
    .init("matmul vector by matrix", [[4], [4, 2]]) { try $0[0].matmul($0[1]) },
    .init("matmul matrix by vector", [[3, 4], [4]]) { try $0[0].matmul($0[1]) },
    .init("matmul dot", [[4], [4]]) { try $0[0].matmul($0[1]) },
    .init("matmul batched", [[2, 3, 4], [2, 4, 2]]) { try $0[0].matmul($0[1]) },
    .init("matmul batch by matrix", [[2, 3, 4], [4, 2]]) { try $0[0].matmul($0[1]) },
    .init("matmul matrix by batch", [[3, 4], [2, 4, 2]]) { try $0[0].matmul($0[1]) },
    .init("conv2d padded", [[2, 2, 5, 5], [3, 2, 3, 3]]) { try $0[0].convolved2d(with: $0[1], stride: 1, padding: 1) },
    .init("conv2d strided", [[1, 3, 6, 5], [2, 3, 2, 3]]) { try $0[0].convolved2d(with: $0[1], stride: 2, padding: 0) },
    .init("conv2d with bias", [[2, 2, 4, 5], [3, 2, 3, 2], [3]]) {
      try $0[0].convolved2d(with: $0[1], bias: $0[2], stride: 1, padding: 1)
    },
    .init("conv2d strided padded with bias", [[3, 1, 5, 5], [2, 1, 3, 3], [2]]) {
      try $0[0].convolved2d(with: $0[1], bias: $0[2], stride: 2, padding: 1)
    },
    .init("linear with bias", [[2, 3, 4], [5, 4], [5]]) { try $0[0].linear($0[1], bias: $0[2]) },
    .init("layerNormalized", [[2, 3, 5], [5], [5]]) {
      try $0[0].layerNormalized(weight: $0[1], bias: $0[2], epsilon: 1e-5)
    },
    .init("self-attention, packed, masked", [[2, 4, 12]]) {
      try Tensor.selfAttention(packed: $0[0], heads: 2, mask: causalMask(4)).output
    },
    .init("attention of queries over other keys", [[2, 3, 4], [2, 5, 4], [2, 5, 4]]) {
      try Tensor.attention(query: $0[0], key: $0[1], value: $0[2], heads: 2, mask: nil).output
    },
    .init("maxPool2d overlapping", [[2, 3, 5, 5]]) { try $0[0].pooled2d(kernelSize: 3, stride: 2, maximum: true) },
    .init("maxPool2d", [[2, 2, 4, 4]]) { try $0[0].pooled2d(kernelSize: 2, stride: 2, maximum: true) },
    .init("avgPool2d overlapping", [[1, 2, 5, 5]]) { try $0[0].pooled2d(kernelSize: 3, stride: 1, maximum: false) },
    .init("sigmoid", [[2, 3]]) { $0[0].sigmoid() },
    .init("tanh", [[2, 3]]) { $0[0].tanh() },
    .init("relu", [[2, 3]], positive: true) {
      try $0[0].subtracting($0[0].scalar(1.25)).activation(Activation.ReLU(), derivative: Activation.ReLUDerivative())
    },
    .init("leakyRelu", [[2, 3]], positive: true) {
      try $0[0].subtracting($0[0].scalar(1.25))
        .activation(Activation.LeakyReLU(slope: 0.1), derivative: Activation.LeakyReLUDerivative(slope: 0.1))
    },
    .init("elu", [[2, 3]]) {
      $0[0].activation(Activation.ELU(alpha: 1.5), derivative: Activation.ELUDerivative(alpha: 1.5))
    },
    .init("swish", [[2, 3]]) { $0[0].activation(Activation.Swish(), derivative: Activation.SwishDerivative()) },
    .init("gelu", [[2, 3]]) { $0[0].activation(Activation.GELU(), derivative: Activation.GELUDerivative()) },
    .init("softplus", [[2, 3]]) { $0[0].activation(Activation.Softplus(), derivative: Activation.Sigmoid()) },
    .init("softmax last axis", [[3, 4]]) { try $0[0].softmax(axis: -1) },
    .init("softmax first axis", [[3, 4]]) { try $0[0].softmax(axis: 0) },
    .init("logSoftmax", [[3, 4]]) { try $0[0].logSoftmax(axis: 1) },
    .init("float32 constant promoted", [[3]]) {
      try $0[0].multiplying(Tensor.full([3], value: 0.75, dtype: .float32)).exp()
    },
  ]
}

@Suite("Automatic differentiation")
struct AutodiffTests {
  /// Every differentiable operation against central finite differences in float64.
  /// The loss weights each output element differently, so a gradient that is
  /// right only on average fails.
  @Test(arguments: DifferentiableOperation.all)
  func gradientMatchesFiniteDifferences(_ op: DifferentiableOperation) throws {
    let random = NNRandom(seed: UInt64(op.name.utf8.reduce(0) { $0 &* 31 &+ Int($1) }.magnitude))
    let inputs = op.shapes.map { shape in
      op.positive
        ? Tensor.randomUniform(shape, low: 0.5, high: 2, dtype: .float64, using: random)
        : Tensor.randomNormal(shape, dtype: .float64, using: random)
    }
    let outputShape = try op.apply(inputs).shape
    let weights = Tensor.randomNormal(outputShape, dtype: .float64, using: random)
    let loss: ([Tensor]) throws -> Tensor = { try op.apply($0).multiplying(weights).sum() }

    let (_, gradients) = try Gradient.valueWithGradient(at: inputs, loss)
    let h = 1e-6
    for (k, input) in inputs.enumerated() {
      let numeric = Tensor.zeros(input.shape, dtype: .float64)
      for i in 0..<input.count {
        func lossWith(_ delta: Double) throws -> Double {
          var shifted = inputs
          let t = Tensor(shape: input.shape, storage: input.storage.copy())
          t.storage.set(input.storage.double(at: i) + delta, at: i)
          shifted[k] = t
          return try loss(shifted).item()
        }
        numeric.storage.set((try lossWith(h) - lossWith(-h)) / (2 * h), at: i)
      }
      expectClose(gradients[k], numeric, rtol: 1e-6, atol: 1e-7, "\(op.name), input \(k):")
    }
  }

  /// A two-layer network's gradients, derived by hand, agree with autodiff to 1e-12.
  @Test func matchesHandDerivedGradientsOfATwoLayerNetwork() throws {
    let random = NNRandom(seed: 21)
    let x = Tensor.randomNormal([8, 3], dtype: .float64, using: random)
    let y = Tensor.randomUniform([8, 1], dtype: .float64, using: random)
    let w1 = Tensor.randomNormal([3, 5], dtype: .float64, using: random)
    let b1 = Tensor.randomNormal([5], dtype: .float64, using: random)
    let w2 = Tensor.randomNormal([5, 1], dtype: .float64, using: random)

    let (_, g) = try Gradient.valueWithGradient(at: [w1, b1, w2]) { p in
      let h = try x.matmul(p[0]).adding(p[1]).tanh()
      let out = try h.matmul(p[2]).sigmoid()
      return try out.subtracting(y).squared().mean()
    }

    // loss = mean((s - y)^2), s = sigmoid(h W2), h = tanh(x W1 + b1)
    let h = try x.matmul(w1).adding(b1).tanh()
    let s = try h.matmul(w2).sigmoid()
    let n = Double(x.shape[0])
    let dz2 = try s.subtracting(y).multiplying(s.scalar(2 / n)).multiplying(s).multiplying(s.scalar(1).subtracting(s))
    let dW2 = try h.transposed().matmul(dz2)
    let dz1 = try dz2.matmul(w2.transposed()).multiplying(h.scalar(1).subtracting(h.squared()))
    let dW1 = try x.transposed().matmul(dz1)
    let db1 = try dz1.sum(axis: 0)

    expectClose(g[0], dW1, rtol: 0, atol: 1e-12, "dW1")
    expectClose(g[1], db1, rtol: 0, atol: 1e-12, "db1")
    expectClose(g[2], dW2, rtol: 0, atol: 1e-12, "dW2")
  }

  @Test func handDerivedGradientsInACell() {
    let text = output(
      """
      seed(0)
      let x = Tensor.randomNormal([6, 2], dtype: .float64)
      let W = Tensor.randomNormal([2, 3], dtype: .float64)
      let g = gradient(at: W) { W in sigmoid(x.matmul(W)).sum() }
      let s = sigmoid(x.matmul(W))
      let hand = x.T.matmul(s * (1 - s))
      print((g - hand).abs().max().item() < 1e-12, g.shape)
      """)
    #expect(text == "true [2, 3]")
  }

  @Test func gradientOfADouble() {
    #expect(output("print(gradient(at: 3.0) { x in x * x + 2 * x })") == "8.0")
    #expect(output("print(gradient(at: 0.0) { x in sin(x) })") == "1.0")
    #expect(output("let (v, g) = valueWithGradient(at: 2.0) { x in x * x * x }\nprint(v, g)") == "8.0 12.0")
  }

  @Test func gradientsOfSeveralInputsComeAsATuple() {
    let text = output(
      """
      let x = Tensor([[1, 2], [3, 4]])
      let w = Tensor([[1], [1]])
      let b = Tensor([0.5])
      let (dw, db) = gradient(at: w, b) { w, b in (x.matmul(w) + b).sum() }
      print(dw.scalars, db.scalars)
      let r = valueWithGradient(at: w, b) { w, b in (x.matmul(w) + b).mean() }
      print(r.value.item(), r.gradient.1.scalars)
      let gs = gradient(at: [w, b]) { p in (x.matmul(p[0]) * p[1]).sum() }
      print(gs[1].scalars)
      print(gradient(at: w, in: { w in w.squared().sum() }).scalars)
      """)
    #expect(
      text == """
        [4.0, 6.0] [2.0]
        5.5 [1.0]
        [10.0]
        [2.0, 2.0]
        """)
  }

  @Test func gradientsKeepTheInputsDType() {
    let text = output(
      """
      let g = gradient(at: Tensor([1, 2])) { x in (x * Tensor([3], dtype: .float64)).sum() }
      print(g.dtype, g.scalars)
      """)
    #expect(text == "float32 [3.0, 3.0]")
  }

  @Test func gradientOfAStructOfParameters() {
    let text = output(
      """
      struct Line {
        var slope: Tensor
        var intercept: Double
        var name: String
      }
      let xs = Tensor([1, 2, 3])
      let line = Line(slope: Tensor([2]), intercept: 1.0, name: "fit")
      let g = gradient(at: line) { m in (m.slope * xs + m.intercept).sum() }
      print(g.slope.scalars, g.intercept, g.name)
      """)
    #expect(text == "[6.0] 3.0 fit")
  }

  @Test func derivativeOfElementwiseFunctions() {
    let text = output(
      """
      print(derivative(of: relu, at: Tensor([-1, 2])).scalars)
      print(derivative(of: sigmoid, at: 0.0), derivative(of: tanh, at: 0.0))
      print(derivative(of: { x in x * x }, at: Tensor([1, 2, 3])).scalars)
      print(derivative(of: leakyRelu, at: [-1.0, 1.0]).scalars)
      """)
    #expect(
      text == """
        [0.0, 1.0]
        0.25 1.0
        [2.0, 4.0, 6.0]
        [0.009999999776482582, 1.0]
        """)
  }

  @Test func gradientCheckTellsRightFromWrong() {
    let text = output(
      """
      let x = Tensor([[0.5, -1], [2, 0.25]])
      let good = gradientCheck(at: x) { x in (sigmoid(x) * x).sum() }
      // item() leaves the tape: autodiff misses a term, finite differences do not.
      let bad = gradientCheck(at: x) { x in x.sum() * x.sum().item() }
      print(good < 1e-7, bad > 0.1)
      """)
    #expect(text == "true true")
  }

  @Test func aGradientNeedsOneNumber() {
    let e = failure("let x = Tensor([1, 2])\nlet g = gradient(at: x) { x in x * 2 }")
    #expect(
      e?.message
        == "gradient: the closure must return one number, got a tensor of shape [2]; reduce it first (.sum() or .mean())"
    )
    #expect(e?.line == 2)
  }

  @Test func operationsOutsideAGradientRecordNothing() throws {
    let a = Tensor.ones([3])
    let b = Tensor.ones([3])
    let c = try a.adding(b).exp().sum()
    #expect(c.tape == nil)
    // Inside, the tape records; afterwards, tensors that escaped record nothing more.
    var escaped: Tensor?
    _ = try Gradient.valueWithGradient(at: [a]) { p in
      escaped = p[0].exp()
      #expect(escaped?.tape != nil)
      return try escaped!.sum()
    }
    let later = escaped!.exp()
    #expect(later.tape == nil)
  }
}
