#if arch(x86_64)
  import _Builtin_intrinsics.intel
#endif

/// Adam, as `torch.optim.Adam`: running averages of the gradient and of its
/// square, both bias-corrected, as in the paper (Kingma and Ba, 2015). On the
/// parameter's step t:
///
///     g = g + weightDecay · p                 (L2 penalty folded into the gradient)
///     m = beta1 · m + (1 - beta1) · g
///     v = beta2 · v + (1 - beta2) · g²
///     p = p - learningRate / (1 - beta1ᵗ) · m / (√v / √(1 - beta2ᵗ) + epsilon)
///
/// For weight decay that does not pass through the averages, use `AdamW`.
struct Adam: Optimizer {
  var learningRate: Double
  var beta1: Double
  var beta2: Double
  var epsilon: Double
  var weightDecay: Double
  private(set) var step = 0
  private(set) var state = OptimizerState()

  init(
    learningRate: Double = 1e-3, beta1: Double = 0.9, beta2: Double = 0.999, epsilon: Double = 1e-8,
    weightDecay: Double = 0
  ) {
    self.learningRate = learningRate
    self.beta1 = beta1
    self.beta2 = beta2
    self.epsilon = epsilon
    self.weightDecay = weightDecay
  }

  func validate() throws {
    try Rule.validate(self, learningRate: learningRate, beta1: beta1, beta2: beta2, epsilon: epsilon)
    try require(weightDecay >= 0, "weightDecay", weightDecay, "0 or more")
  }

  mutating func update(parameters: inout [(name: String, value: Tensor)], gradients: [String: Tensor]) throws {
    try validate()
    step += 1
    try state.apply(to: &parameters, gradients: gradients, bufferCount: 2, operation: "Adam") {
      Rule(
        learningRate: learningRate, beta1: beta1, beta2: beta2, epsilon: epsilon, step: $0,
        coupledDecay: weightDecay, decoupledDecay: 0)
    }
  }

  /// One Adam step on one element; `AdamW` uses it with decoupled decay.
  struct Rule: UpdateRule {
    let beta1, beta2, epsilon: Double
    /// Weight decay added to the gradient (Adam's) and applied to the parameter first (AdamW's).
    let coupledDecay, shrink: Double
    /// `learningRate / (1 - beta1ᵗ)` and `√(1 - beta2ᵗ)`, computed once per parameter.
    let stepSize, correction2Root: Double

    init(
      learningRate: Double, beta1: Double, beta2: Double, epsilon: Double, step: Int, coupledDecay: Double,
      decoupledDecay: Double
    ) {
      self.beta1 = beta1
      self.beta2 = beta2
      self.epsilon = epsilon
      self.coupledDecay = coupledDecay
      shrink = 1 - learningRate * decoupledDecay
      let t = Double(step)
      stepSize = learningRate / (1 - CMath.pow(beta1, t))
      correction2Root = (1 - CMath.pow(beta2, t)).squareRoot()
    }

    @inline(__always)
    func callAsFunction<T: TensorScalar>(_ p: T, _ g: T, _ m: inout T, _ v: inout T) -> T {
      var p = p
      var g = g
      if shrink != 1 { p *= T(shrink) }
      if coupledDecay != 0 { g += T(coupledDecay) * p }
      m = Rule.interpolate(m, g, weight: T(1 - beta1))
      v = v * T(beta2) + T(1 - beta2) * g * g
      return p - T(stepSize) * m / (v.squareRoot() / T(correction2Root) + T(epsilon))
    }

    /// The same values as the element rule, with its constants converted once and, in
    /// the usual case (no weight decay), no branch in the loop, so it vectorizes.
    func apply<T: TensorScalar>(
      count: Int, _ p: UnsafeMutablePointer<T>, _ g: UnsafeMutablePointer<T>, _ first: UnsafeMutablePointer<T>?,
      _ second: UnsafeMutablePointer<T>?, into out: UnsafeMutablePointer<T>
    ) {
      let weight = T(1 - beta1)
      guard let m = first, let v = second, shrink == 1, coupledDecay == 0, weight < 0.5 else {
        applyElementwise(count: count, p, g, first, second, into: out)
        return
      }
      let decay2 = T(beta2)
      let weight2 = T(1 - beta2)
      let size = T(stepSize)
      let root = T(correction2Root)
      let eps = T(epsilon)
      // Several lanes at a time: each rounds as the scalar code does (the scalar
      // square root calls libm for errno, which keeps the compiler from vectorizing).
      let start = Rule.lanes(count, p, g, m, v, out, (weight, decay2, weight2, size, root, eps))
      for i in start..<count {
        let gi = g[i]
        let mi = m[i] + weight * (gi - m[i])
        let vi = v[i] * decay2 + weight2 * gi * gi
        m[i] = mi
        v[i] = vi
        out[i] = p[i] - size * mi / (vi.squareRoot() / root + eps)
      }
    }

    /// The whole vectors of `apply`'s loop, four `Float` or two `Double` lanes (SSE's
    /// square root, correctly rounded like the scalar one); returns where the scalar loop
    /// takes over. Elsewhere than x86-64, all of it is left to the scalar loop.
    @inline(__always)
    private static func lanes<T: TensorScalar>(
      _ count: Int, _ p: UnsafeMutablePointer<T>, _ g: UnsafeMutablePointer<T>, _ m: UnsafeMutablePointer<T>,
      _ v: UnsafeMutablePointer<T>, _ out: UnsafeMutablePointer<T>, _ constants: (T, T, T, T, T, T)
    ) -> Int {
      #if arch(x86_64)
        if T.self == Float.self {
          return lanes(SIMD4<Float>.self, count, p, g, m, v, out, constants) { _mm_sqrt_ps($0) }
        }
        if T.self == Double.self {
          return lanes(SIMD2<Double>.self, count, p, g, m, v, out, constants) { _mm_sqrt_pd($0) }
        }
      #endif
      return 0
    }

    @inline(__always)
    private static func lanes<V: SIMD, T: TensorScalar>(
      _: V.Type, _ count: Int, _ p: UnsafeMutablePointer<T>, _ g: UnsafeMutablePointer<T>,
      _ m: UnsafeMutablePointer<T>, _ v: UnsafeMutablePointer<T>, _ out: UnsafeMutablePointer<T>,
      _ constants: (T, T, T, T, T, T), squareRoot: (V) -> V
    ) -> Int where V.Scalar: BinaryFloatingPoint {
      func load(_ x: UnsafeMutablePointer<T>, _ i: Int) -> V {
        UnsafeRawPointer(x + i).loadUnaligned(as: V.self)
      }
      func store(_ value: V, _ x: UnsafeMutablePointer<T>, _ i: Int) {
        UnsafeMutableRawPointer(x + i).storeBytes(of: value, as: V.self)
      }
      func splat(_ x: T) -> V { V(repeating: V.Scalar(x)) }
      let (w, d2, w2, sz, rt, ep) = (
        splat(constants.0), splat(constants.1), splat(constants.2), splat(constants.3), splat(constants.4),
        splat(constants.5)
      )
      let width = V.scalarCount
      var i = 0
      while i + width <= count {
        let gi = load(g, i)
        let mOld = load(m, i)
        let mi = mOld + w * (gi - mOld)
        let vi = load(v, i) * d2 + w2 * gi * gi
        store(mi, m, i)
        store(vi, v, i)
        store(load(p, i) - sz * mi / (squareRoot(vi) / rt + ep), out, i)
        i += width
      }
      return i
    }

    /// `torch.lerp(start, end, weight)`, rounded as PyTorch rounds it:
    /// `start + weight (end - start)` below ½, `end - (end - start)(1 - weight)` from ½.
    @inline(__always)
    static func interpolate<T: TensorScalar>(_ start: T, _ end: T, weight: T) -> T {
      weight < 0.5 ? start + weight * (end - start) : end - (end - start) * (1 - weight)
    }

    static func validate(
      _ optimizer: some Optimizer, learningRate: Double, beta1: Double, beta2: Double, epsilon: Double
    ) throws {
      try optimizer.require(learningRate >= 0, "learningRate", learningRate, "0 or more")
      try optimizer.require(beta1 >= 0 && beta1 < 1, "beta1", beta1, "in 0..<1")
      try optimizer.require(beta2 >= 0 && beta2 < 1, "beta2", beta2, "in 0..<1")
      try optimizer.require(epsilon >= 0, "epsilon", epsilon, "0 or more")
    }
  }
}
