/// Activation functions, written to stay finite for any finite input:
/// `sigmoid(1000)` is 1, `softmax([1000, 1001])` is `[0.269, 0.731]`.
///
/// Each is a pair of element functions (the value and its derivative), so the same
/// definitions serve tensors, their gradients and plain `Double`s.
enum Activation {
  struct Sigmoid: UnaryElementFunction {
    @inline(__always) func callAsFunction<T: TensorScalar>(_ x: T) -> T {
      // exp of a negative number only: never overflows. 1 / (1 + e^-x) for x >= 0,
      // e^x / (1 + e^x) below, written without a branch: the sign of a layer's inputs is
      // unpredictable, and the mispredicted branch cost more than the exp.
      let e = T.exp(-abs(x))
      return (x >= 0 ? 1 : e) / (1 + e)
    }
  }
  struct SigmoidDerivative: UnaryElementFunction {
    @inline(__always) func callAsFunction<T: TensorScalar>(_ x: T) -> T {
      let s = Sigmoid()(x)
      return s * (1 - s)
    }
  }
  struct Tanh: UnaryElementFunction {
    @inline(__always) func callAsFunction<T: TensorScalar>(_ x: T) -> T { T.tanh(x) }
  }
  struct TanhDerivative: UnaryElementFunction {
    @inline(__always) func callAsFunction<T: TensorScalar>(_ x: T) -> T {
      let t = T.tanh(x)
      return 1 - t * t
    }
  }
  struct ReLU: UnaryElementFunction {
    @inline(__always) func callAsFunction<T: TensorScalar>(_ x: T) -> T { x > 0 ? x : 0 }
  }
  /// 0 at 0, as PyTorch and TensorFlow define it.
  struct ReLUDerivative: UnaryElementFunction {
    @inline(__always) func callAsFunction<T: TensorScalar>(_ x: T) -> T { x > 0 ? 1 : 0 }
  }
  struct LeakyReLU: UnaryElementFunction {
    let slope: Double
    @inline(__always) func callAsFunction<T: TensorScalar>(_ x: T) -> T { x > 0 ? x : T(slope) * x }
  }
  struct LeakyReLUDerivative: UnaryElementFunction {
    let slope: Double
    @inline(__always) func callAsFunction<T: TensorScalar>(_ x: T) -> T { x > 0 ? 1 : T(slope) }
  }
  struct ELU: UnaryElementFunction {
    let alpha: Double
    @inline(__always) func callAsFunction<T: TensorScalar>(_ x: T) -> T { x > 0 ? x : T(alpha) * T.expm1(x) }
  }
  struct ELUDerivative: UnaryElementFunction {
    let alpha: Double
    @inline(__always) func callAsFunction<T: TensorScalar>(_ x: T) -> T { x > 0 ? 1 : T(alpha) * T.exp(x) }
  }
  /// `x · sigmoid(x)` (swish with β = 1, also called SiLU).
  struct Swish: UnaryElementFunction {
    @inline(__always) func callAsFunction<T: TensorScalar>(_ x: T) -> T { x * Sigmoid()(x) }
  }
  struct SwishDerivative: UnaryElementFunction {
    @inline(__always) func callAsFunction<T: TensorScalar>(_ x: T) -> T {
      let s = Sigmoid()(x)
      return s * (1 + x * (1 - s))
    }
  }
  /// The exact GELU, `x · Φ(x)` with Φ the standard normal CDF (PyTorch's default).
  struct GELU: UnaryElementFunction {
    @inline(__always) func callAsFunction<T: TensorScalar>(_ x: T) -> T {
      x * (1 + T.erf(x * T(0.70710678118654752440))) / 2
    }
  }
  struct GELUDerivative: UnaryElementFunction {
    @inline(__always) func callAsFunction<T: TensorScalar>(_ x: T) -> T {
      let cdf = (1 + T.erf(x * T(0.70710678118654752440))) / 2
      let pdf = T.exp(-x * x / 2) * T(0.39894228040143267794)
      return cdf + x * pdf
    }
  }
  /// `g · f'(x)`: a gradient times an activation's derivative, the backward pass of
  /// every activation in one loop.
  struct TimesDerivative<D: UnaryElementFunction>: BinaryElementFunction {
    let derivative: D
    var name: String { "activation gradient" }
    @inline(__always) func callAsFunction<T: TensorScalar>(_ g: T, _ x: T) -> T { g * derivative(x) }
  }
  /// `log(1 + eˣ)`, without overflow for large `x`.
  struct Softplus: UnaryElementFunction {
    @inline(__always) func callAsFunction<T: TensorScalar>(_ x: T) -> T {
      Swift.max(x, 0) + T.log1p(T.exp(-Swift.abs(x)))
    }
  }
}

extension Tensor {
  /// `f` elementwise, with `derivative` for the backward pass.
  func activation<F: UnaryElementFunction, D: UnaryElementFunction>(_ f: F, derivative: D) -> Tensor {
    let out = mapped(f)
    if let tape = Tape.active(self) {
      // g · f'(x) in one pass, without a tensor of the derivatives.
      tape.record(out, self) { [x = self] g in
        [try Tensor.combine(Activation.TimesDerivative(derivative: derivative), g.converted(to: x.dtype), x)]
      }
    }
    return out
  }

  func sigmoid() -> Tensor {
    let out = mapped(Activation.Sigmoid())
    if let tape = Tape.active(self) {
      // s(1 - s), from the output already computed.
      tape.record(out, self) { g in [try g.multiplying(out).multiplying(out.scalar(1).subtracting(out))] }
    }
    return out
  }

  func tanh() -> Tensor {
    let out = mapped(Activation.Tanh())
    if let tape = Tape.active(self) {
      tape.record(out, self) { g in [try g.multiplying(out.scalar(1).subtracting(out.squared()))] }
    }
    return out
  }

  /// Along `axis`: `exp(x - max) / sum(exp(x - max))`, so large logits cannot overflow.
  func softmax(axis: Int = -1) throws -> Tensor {
    let a = try Shape.axis(axis, rank: rank, operation: "softmax")
    let out = normalizedExponentials(axis: a, logarithm: false)
    if let tape = Tape.active(self) {
      tape.record(out, self) { g in
        let gs = try g.multiplying(out)
        return [try gs.subtracting(out.multiplying(gs.sum(axis: a, keepingDims: true)))]
      }
    }
    return out
  }

  /// `x - max - log(sum(exp(x - max)))` along `axis`: the log of `softmax`, without
  /// the underflow that `log(softmax(x))` would hit.
  func logSoftmax(axis: Int = -1) throws -> Tensor {
    let a = try Shape.axis(axis, rank: rank, operation: "logSoftmax")
    let out = normalizedExponentials(axis: a, logarithm: true)
    if let tape = Tape.active(self) {
      tape.record(out, self) { g in
        [try g.subtracting(out.exp().multiplying(g.sum(axis: a, keepingDims: true)))]
      }
    }
    return out
  }

  private func normalizedExponentials(axis: Int, logarithm: Bool) -> Tensor {
    let out = Tensor(uninitializedShape: shape, dtype: dtype)
    guard rank > 0 else {
      out.storage.set(logarithm ? 0 : 1, at: 0)
      return out
    }
    var outer = 1
    var inner = 1
    for i in 0..<axis { outer *= shape[i] }
    for i in (axis + 1)..<rank { inner *= shape[i] }
    switch dtype {
    case .float32:
      Tensor.softmaxLoop(
        storage.pointer(Float.self), out.storage.pointer(Float.self), outer, shape[axis], inner, logarithm)
    case .float64:
      Tensor.softmaxLoop(
        storage.pointer(Double.self), out.storage.pointer(Double.self), outer, shape[axis], inner, logarithm)
    }
    return out
  }

  private static func softmaxLoop<T: TensorScalar>(
    _ x: UnsafeMutablePointer<T>, _ out: UnsafeMutablePointer<T>, _ outer: Int, _ n: Int, _ inner: Int,
    _ logarithm: Bool
  ) {
    guard n > 0 else { return }
    for o in 0..<outer {
      for i in 0..<inner {
        let src = x + o * n * inner + i
        let dst = out + o * n * inner + i
        var m = src[0]
        for k in 1..<n where src[k * inner] > m { m = src[k * inner] }
        var total: T = 0
        for k in 0..<n {
          let e = T.exp(src[k * inner] - m)
          dst[k * inner] = e
          total += e
        }
        if logarithm {
          let logTotal = T.log(total)
          for k in 0..<n { dst[k * inner] = src[k * inner] - m - logTotal }
        } else {
          for k in 0..<n { dst[k * inner] = dst[k * inner] / total }
        }
      }
    }
  }
}
