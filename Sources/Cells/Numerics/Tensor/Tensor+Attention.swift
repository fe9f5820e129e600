/// Multi-head scaled dot-product attention as one differentiable operation:
/// for each example and head, `softmax(Q Kᵀ / √headSize + mask) V`, with the heads
/// side by side in the output `[batch, queries, heads·headSize]`.
///
/// Queries, keys and values are read in place from the projections (a packed
/// `[batch, time, 3·dimensions]` projection for self-attention), so no head is
/// split off or transposed into a tensor of its own, and the whole computation is one
/// node on the tape: the backward pass runs the softmax's and the products' gradients
/// in native loops, from the attention weights the forward pass kept. The sequences
/// of a lesson are short (tens of positions, heads of a few dimensions), where plain
/// loops beat a BLAS call per head.
extension Tensor {
  /// Self-attention over a packed projection `[batch, time, 3·dimensions]` (queries,
  /// then keys, then values, as PyTorch's `in_proj_weight` stacks them). Returns the
  /// attended values `[batch, time, dimensions]` and the attention weights
  /// `[batch, heads, time, time]` (not tracked).
  static func selfAttention(packed: Tensor, heads: Int, mask: Tensor?) throws -> (output: Tensor, weights: Tensor) {
    let (batch, time, d) = (packed.shape[0], packed.shape[1], packed.shape[2] / 3)
    let layout = AttentionLayout(
      batch: batch, queries: time, keys: time, heads: heads, headSize: d / heads,
      queryStride: 3 * d, keyStride: 3 * d, queryOffset: 0, keyOffset: d, valueOffset: 2 * d)
    let m = try layout.fullMask(mask, dtype: packed.dtype)
    let (output, weights) = layout.forward(packed, packed, packed, mask: m)
    if let tape = Tape.active(packed) {
      tape.record(output, packed) { g in
        let gradient = Tensor.zeros(packed.shape, dtype: packed.dtype)
        layout.backward(
          g.converted(to: packed.dtype), weights, packed, packed, packed, into: gradient, gradient, gradient)
        return [gradient]
      }
    }
    return (output, weights.detached())
  }

  /// Attention of `query` `[batch, queries, dimensions]` over `key` and `value`
  /// `[batch, keys, dimensions]` (all of one dtype).
  static func attention(query: Tensor, key: Tensor, value: Tensor, heads: Int, mask: Tensor?) throws -> (
    output: Tensor, weights: Tensor
  ) {
    let d = query.shape[2]
    let layout = AttentionLayout(
      batch: query.shape[0], queries: query.shape[1], keys: key.shape[1], heads: heads, headSize: d / heads,
      queryStride: d, keyStride: d, queryOffset: 0, keyOffset: 0, valueOffset: 0)
    let m = try layout.fullMask(mask, dtype: query.dtype)
    let (output, weights) = layout.forward(query, key, value, mask: m)
    if let tape = Tape.active([query, key, value]) {
      tape.record(output, query, key, value) { g in
        let dq = Tensor.zeros(query.shape, dtype: query.dtype)
        let dk = Tensor.zeros(key.shape, dtype: key.dtype)
        let dv = Tensor.zeros(value.shape, dtype: value.dtype)
        layout.backward(g.converted(to: query.dtype), weights, query, key, value, into: dq, dk, dv)
        return [dq, dk, dv]
      }
    }
    return (output, weights.detached())
  }
}

/// Where each head's queries, keys and values sit: row `t` of example `b` of the
/// queries starts at `(b·queries + t)·queryStride + queryOffset`, and head `h` adds
/// `h·headSize`; keys and values share `keyStride`.
struct AttentionLayout {
  let batch: Int, queries: Int, keys: Int, heads: Int, headSize: Int
  let queryStride: Int, keyStride: Int
  let queryOffset: Int, keyOffset: Int, valueOffset: Int

  var dimensions: Int { heads * headSize }

  /// The mask broadcast to `[batch, heads, queries, keys]`, untracked.
  func fullMask(_ mask: Tensor?, dtype: DType) throws -> Tensor? {
    guard let mask else { return nil }
    let shape = [batch, heads, queries, keys]
    let full = try Shape.broadcast(shape, mask.shape, operation: "attention mask")
    guard full == shape else {
      throw RuntimeFailure(
        "MultiHeadAttention: the mask \(Shape.text(mask.shape)) does not broadcast to the scores \(Shape.text(shape))")
    }
    return try Tensor.combine(
      ElementFunctions.Add(), Tensor.zeros(shape, dtype: dtype), mask.detached().converted(to: dtype))
  }

  func forward(_ q: Tensor, _ k: Tensor, _ v: Tensor, mask: Tensor?) -> (Tensor, Tensor) {
    let output = Tensor(uninitializedShape: [batch, queries, dimensions], dtype: q.dtype)
    let weights = Tensor(uninitializedShape: [batch, heads, queries, keys], dtype: q.dtype)
    switch q.dtype {
    case .float32: forward(q, k, v, mask, output, weights, Float.self)
    case .float64: forward(q, k, v, mask, output, weights, Double.self)
    }
    return (output, weights)
  }

  private func forward<T: TensorScalar>(
    _ qt: Tensor, _ kt: Tensor, _ vt: Tensor, _ mask: Tensor?, _ output: Tensor, _ weights: Tensor, _: T.Type
  ) {
    let (q, k, v) = (qt.storage.pointer(T.self), kt.storage.pointer(T.self), vt.storage.pointer(T.self))
    let out = output.storage.pointer(T.self)
    let w = weights.storage.pointer(T.self)
    let mp = mask?.storage.pointer(T.self)
    let scale = T(1 / Double(headSize).squareRoot())
    let hs = headSize
    for b in 0..<batch {
      for h in 0..<heads {
        let plane = (b * heads + h) * queries * keys
        for i in 0..<queries {
          let qi = q + (b * queries + i) * queryStride + queryOffset + h * hs
          let row = w + plane + i * keys
          var largest = -T.infinity
          for j in 0..<keys {
            let kj = k + (b * keys + j) * keyStride + keyOffset + h * hs
            var s: T = 0
            for c in 0..<hs { s += qi[c] * kj[c] }
            s *= scale
            if let mp { s += mp[plane + i * keys + j] }
            row[j] = s
            if s > largest { largest = s }
          }
          // A row masked everywhere (all -inf) gives NaN, as PyTorch's softmax does.
          var total: T = 0
          for j in 0..<keys {
            let e = T.exp(row[j] - largest)
            row[j] = e
            total += e
          }
          let o = out + (b * queries + i) * dimensions + h * hs
          for c in 0..<hs { o[c] = 0 }
          for j in 0..<keys {
            let p = row[j] / total
            row[j] = p
            let vj = v + (b * keys + j) * keyStride + valueOffset + h * hs
            for c in 0..<hs { o[c] += p * vj[c] }
          }
        }
      }
    }
  }

  /// Adds the gradients of the queries, keys and values into `dq`, `dk`, `dv` (laid
  /// out as `q`, `k`, `v`; the same tensor for a packed projection), from the output's
  /// gradient `g` and the attention weights of the forward pass.
  func backward(
    _ g: Tensor, _ weights: Tensor, _ q: Tensor, _ k: Tensor, _ v: Tensor, into dq: Tensor, _ dk: Tensor,
    _ dv: Tensor
  ) {
    switch q.dtype {
    case .float32: backward(g, weights, q, k, v, dq, dk, dv, Float.self)
    case .float64: backward(g, weights, q, k, v, dq, dk, dv, Double.self)
    }
  }

  private func backward<T: TensorScalar>(
    _ gt: Tensor, _ weights: Tensor, _ qt: Tensor, _ kt: Tensor, _ vt: Tensor, _ dqt: Tensor, _ dkt: Tensor,
    _ dvt: Tensor, _: T.Type
  ) {
    let (q, k, v) = (qt.storage.pointer(T.self), kt.storage.pointer(T.self), vt.storage.pointer(T.self))
    let (dq, dk, dv) = (dqt.storage.pointer(T.self), dkt.storage.pointer(T.self), dvt.storage.pointer(T.self))
    let g = gt.storage.pointer(T.self)
    let w = weights.storage.pointer(T.self)
    let scale = T(1 / Double(headSize).squareRoot())
    let hs = headSize
    // One row of the scores' gradient at a time.
    var scoreRow = [T](repeating: 0, count: keys)
    scoreRow.withUnsafeMutableBufferPointer { buffer in
      let ds = buffer.baseAddress!
      for b in 0..<batch {
        for h in 0..<heads {
          let plane = (b * heads + h) * queries * keys
          for i in 0..<queries {
            let gi = g + (b * queries + i) * dimensions + h * hs
            let p = w + plane + i * keys
            // dP = dO Vᵀ, dV += Pᵀ dO, then the softmax: dS = P (dP - Σ P dP).
            var dot: T = 0
            for j in 0..<keys {
              let row = (b * keys + j) * keyStride + h * hs
              let vj = v + row + valueOffset
              let dvj = dv + row + valueOffset
              var s: T = 0
              for c in 0..<hs {
                s += gi[c] * vj[c]
                dvj[c] += p[j] * gi[c]
              }
              ds[j] = s
              dot += s * p[j]
            }
            let qRow = (b * queries + i) * queryStride + queryOffset + h * hs
            let qi = q + qRow
            let dqi = dq + qRow
            for j in 0..<keys {
              let d = p[j] * (ds[j] - dot) * scale
              let row = (b * keys + j) * keyStride + keyOffset + h * hs
              let kj = k + row
              let dkj = dk + row
              for c in 0..<hs {
                dqi[c] += d * kj[c]
                dkj[c] += d * qi[c]
              }
            }
          }
        }
      }
    }
  }
}
