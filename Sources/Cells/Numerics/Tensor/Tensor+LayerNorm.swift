/// Layer normalization as one differentiable operation: each row of the last axis
/// normalized to mean 0 and variance 1 (the biased variance, as PyTorch), then scaled
/// by `weight` and shifted by `bias`. One node on the tape instead of the eight of
/// its formula (mean, variance, subtraction, square root, ...), and one pass over the
/// rows each way.
extension Tensor {
  func layerNormalized(weight: Tensor, bias: Tensor, epsilon: Double) throws -> Tensor {
    let d = shape.last ?? 0
    guard rank >= 1, weight.shape == [d], bias.shape == [d] else {
      throw RuntimeFailure(
        "layerNorm: weight and bias must be [\(d)] for an input \(Shape.text(shape)), got \(Shape.text(weight.shape)) and \(Shape.text(bias.shape))"
      )
    }
    let w = weight.converted(to: dtype)
    let b = bias.converted(to: dtype)
    let rows = d == 0 ? 0 : count / d
    let out = Tensor(uninitializedShape: shape, dtype: dtype)
    // The normalized input and each row's 1/σ, for the backward pass.
    let normalized = Tensor(uninitializedShape: shape, dtype: dtype)
    var inverseDeviations = [Double](repeating: 0, count: rows)
    switch dtype {
    case .float32:
      LayerNormKernel<Float>(rows: rows, d: d).forward(
        self, w, b, epsilon: epsilon, out: out, normalized: normalized, &inverseDeviations)
    case .float64:
      LayerNormKernel<Double>(rows: rows, d: d).forward(
        self, w, b, epsilon: epsilon, out: out, normalized: normalized, &inverseDeviations)
    }
    if let tape = Tape.active([self, w, b]) {
      let needsX = tape === self.tape
      tape.record(out, self, w, b) { [dtype] g in
        let grad = g.converted(to: dtype)
        switch dtype {
        case .float32:
          return LayerNormKernel<Float>(rows: rows, d: d).backward(grad, w, normalized, inverseDeviations, needsX)
        case .float64:
          return LayerNormKernel<Double>(rows: rows, d: d).backward(grad, w, normalized, inverseDeviations, needsX)
        }
      }
    }
    return out
  }
}

private struct LayerNormKernel<T: TensorScalar> {
  let rows: Int, d: Int

  func forward(
    _ x: Tensor, _ weight: Tensor, _ bias: Tensor, epsilon: Double, out: Tensor, normalized: Tensor,
    _ inverseDeviations: inout [Double]
  ) {
    let xp = x.storage.pointer(T.self)
    let wp = weight.storage.pointer(T.self)
    let bp = bias.storage.pointer(T.self)
    let op = out.storage.pointer(T.self)
    let np = normalized.storage.pointer(T.self)
    for r in 0..<rows {
      let row = xp + r * d
      var total = 0.0
      for j in 0..<d { total += Double(row[j]) }
      let mean = total / Double(d)
      var squares = 0.0
      for j in 0..<d {
        let c = Double(row[j]) - mean
        squares += c * c
      }
      let inverse = 1 / (squares / Double(d) + epsilon).squareRoot()
      inverseDeviations[r] = inverse
      let (m, s) = (T(mean), T(inverse))
      let n = np + r * d
      let o = op + r * d
      for j in 0..<d {
        let v = (row[j] - m) * s
        n[j] = v
        o[j] = v * wp[j] + bp[j]
      }
    }
  }

  /// dx = (1/σ)·(ĝ - mean(ĝ) - x̂·mean(ĝ·x̂)) with ĝ = g·weight; dweight = Σ g·x̂; dbias = Σ g.
  func backward(_ g: Tensor, _ weight: Tensor, _ normalized: Tensor, _ inverseDeviations: [Double], _ needsX: Bool)
    -> [Tensor?]
  {
    let gp = g.storage.pointer(T.self)
    let wp = weight.storage.pointer(T.self)
    let np = normalized.storage.pointer(T.self)
    let dx = needsX ? Tensor(uninitializedShape: g.shape, dtype: T.dtype) : nil
    var dWeight = [Double](repeating: 0, count: d)
    var dBias = [Double](repeating: 0, count: d)
    for r in 0..<rows {
      let gr = gp + r * d
      let n = np + r * d
      var sumG = 0.0
      var sumGN = 0.0
      for j in 0..<d {
        let gj = Double(gr[j])
        let nj = Double(n[j])
        dWeight[j] += gj * nj
        dBias[j] += gj
        let scaled = gj * Double(wp[j])
        sumG += scaled
        sumGN += scaled * nj
      }
      guard let dx else { continue }
      let (meanG, meanGN) = (sumG / Double(d), sumGN / Double(d))
      let inverse = inverseDeviations[r]
      let out = dx.storage.pointer(T.self) + r * d
      for j in 0..<d {
        out[j] = T(inverse * (Double(gr[j]) * Double(wp[j]) - meanG - Double(n[j]) * meanGN))
      }
    }
    func tensor(_ values: [Double]) -> Tensor {
      let t = Tensor(uninitializedShape: [d], dtype: T.dtype)
      let p = t.storage.pointer(T.self)
      for j in 0..<d { p[j] = T(values[j]) }
      return t
    }
    return [dx, tensor(dWeight), tensor(dBias)]
  }
}
