/// Token embeddings, positional encodings and multi-head attention, with PyTorch's
/// parameter names and layouts (`Embedding`, `MultiheadAttention` with
/// `batch_first=True`).

/// A lookup table from token ids to vectors, as PyTorch's `Embedding`: `weight`
/// `[embeddingCount, dimensions]` drawn from N(0, 1); integer-valued ids `[batch, time]`
/// become `[batch, time, dimensions]`.
final class Embedding: Module {
  let embeddingCount: Int
  let dimensions: Int

  init(embeddingCount: Int, dimensions: Int, random: NNRandom) {
    self.embeddingCount = embeddingCount
    self.dimensions = dimensions
    super.init()
    addParameter("weight", Tensor.randomNormal([embeddingCount, dimensions], using: random))
  }

  required init(copying other: Module) {
    let o = other as! Embedding
    embeddingCount = o.embeddingCount
    dimensions = o.dimensions
    super.init(copying: other)
  }

  override var typeName: String { "Embedding" }
  override var configuration: String { "embeddingCount: \(embeddingCount), dimensions: \(dimensions)" }

  override func forward(_ input: Tensor, context: Context) throws -> Tensor {
    let ids = try tokenIDs(input)
    let weight = parameter("weight")!
    let out = Tensor(uninitializedShape: input.shape + [dimensions], dtype: weight.dtype)
    let rowBytes = dimensions * weight.dtype.size
    for (k, id) in ids.enumerated() {
      (out.storage.base + k * rowBytes).copyMemory(from: weight.storage.base + id * rowBytes, byteCount: rowBytes)
    }
    if let tape = Tape.active(weight) {
      let d = dimensions
      tape.record(out, weight) { g in
        // Each row's gradient is the sum over the positions that looked it up.
        let dWeight = Tensor.zeros(weight.shape, dtype: weight.dtype)
        let grad = g.converted(to: weight.dtype)
        switch weight.dtype {
        case .float32:
          Embedding.accumulate(ids, d, grad.storage.pointer(Float.self), dWeight.storage.pointer(Float.self))
        case .float64:
          Embedding.accumulate(ids, d, grad.storage.pointer(Double.self), dWeight.storage.pointer(Double.self))
        }
        return [dWeight]
      }
    }
    return out
  }

  /// The ids of `input` as integers, refused unless each is a whole number in range.
  private func tokenIDs(_ input: Tensor) throws -> [Int] {
    var ids = [Int](repeating: 0, count: input.count)
    var bad: Double?
    func read<T: TensorScalar>(_ p: UnsafeMutablePointer<T>) {
      let limit = T(embeddingCount)
      for i in 0..<ids.count {
        let v = p[i]
        guard v >= 0, v < limit, v == v.rounded(.towardZero) else {
          bad = Double(v)
          return
        }
        ids[i] = Int(v)
      }
    }
    switch input.dtype {
    case .float32: read(input.storage.pointer(Float.self))
    case .float64: read(input.storage.pointer(Double.self))
    }
    if let bad {
      throw RuntimeFailure(
        "Embedding(embeddingCount: \(embeddingCount), ...) takes token ids 0..<\(embeddingCount), got \(bad)")
    }
    return ids
  }

  /// `dWeight[id] += g[k]` for every position k that looked up row `id`.
  private static func accumulate<T: TensorScalar>(
    _ ids: [Int], _ d: Int, _ g: UnsafeMutablePointer<T>, _ dWeight: UnsafeMutablePointer<T>
  ) {
    for (k, id) in ids.enumerated() {
      let source = g + k * d
      let target = dWeight + id * d
      for j in 0..<d { target[j] += source[j] }
    }
  }
}

/// The sinusoidal positional encoding of "Attention Is All You Need" (Vaswani et al.,
/// 2017), added to `[batch, time, dimensions]` inputs: position p, column 2i holds
/// sin(p / 10000^(2i/dimensions)) and column 2i + 1 the cosine. No parameters.
final class PositionalEncoding: Module {
  let dimensions: Int
  let maxLength: Int
  /// `[maxLength, dimensions]`, computed once.
  let table: Tensor

  init(dimensions: Int, maxLength: Int) {
    self.dimensions = dimensions
    self.maxLength = maxLength
    table = Tensor(uninitializedShape: [maxLength, dimensions], dtype: .float64)
    super.init()
    for p in 0..<maxLength {
      for c in 0..<dimensions {
        let even = Double(c - c % 2)
        let angle = Double(p) * CMath.exp(-even * CMath.log(10000.0) / Double(dimensions))
        table.storage.set(c % 2 == 0 ? CMath.sin(angle) : CMath.cos(angle), at: p * dimensions + c)
      }
    }
  }

  required init(copying other: Module) {
    let o = other as! PositionalEncoding
    dimensions = o.dimensions
    maxLength = o.maxLength
    table = o.table
    super.init(copying: other)
  }

  override var typeName: String { "PositionalEncoding" }
  override var configuration: String { "dimensions: \(dimensions), maxLength: \(maxLength)" }

  override func forward(_ input: Tensor, context: Context) throws -> Tensor {
    guard input.rank == 3, input.shape[2] == dimensions, input.shape[1] <= maxLength else {
      throw RuntimeFailure(
        "PositionalEncoding(dimensions: \(dimensions), maxLength: \(maxLength)) expects [batch, time ≤ \(maxLength), \(dimensions)], got \(Shape.text(input.shape))"
      )
    }
    return try input.adding(table.narrowed(axis: 0, start: 0, length: input.shape[1]).converted(to: input.dtype))
  }
}

/// A `[length, length]` mask for attention that lets each position see itself and
/// earlier positions only: 0 on and below the diagonal, -inf above, as PyTorch's
/// float masks (`nn.Transformer.generate_square_subsequent_mask`); it is added to the scores.
func causalMask(_ length: Int) -> Tensor {
  let mask = Tensor.zeros([length, length])
  for i in 0..<length {
    for j in (i + 1)..<Swift.max(i + 1, length) { mask.storage.set(-.infinity, at: i * length + j) }
  }
  return mask
}

/// Multi-head scaled dot-product attention (Vaswani et al., 2017), as PyTorch's
/// `MultiheadAttention(batch_first=True)`: queries, keys and values are projected by
/// the packed `in_proj_weight` `[3·dimensions, dimensions]` and `in_proj_bias`, split
/// into `numHeads` heads, attended, joined and projected by `out_proj` (a `Linear`).
///
/// `mha(x)` is self-attention; `mha(query, key, value, mask: causalMask(t))` the general
/// form. The last attention weights, `[batch, heads, queries, keys]`, stay readable as
/// `mha.attentionWeights` for figures.
final class MultiHeadAttention: Module {
  let dimensions: Int
  let numHeads: Int
  /// Dropout on the attention weights while training (PyTorch's `dropout`).
  let dropout: Double
  /// The softmax of the last call, before dropout.
  private(set) var attentionWeights: Tensor?

  /// PyTorch's initialization: Xavier-uniform `in_proj_weight`, zero biases, and
  /// `out_proj.weight` U(±1/√dimensions).
  init(dimensions: Int, numHeads: Int, dropout: Double = 0, random: NNRandom) {
    self.dimensions = dimensions
    self.numHeads = numHeads
    self.dropout = dropout
    super.init()
    addParameter(
      "inProjWeight", key: "in_proj_weight",
      WeightInit.xavierUniform.weight(
        [3 * dimensions, dimensions], fanIn: dimensions, fanOut: 3 * dimensions, random: random))
    addParameter("inProjBias", key: "in_proj_bias", Tensor.zeros([3 * dimensions]))
    let projection = Linear(inputs: dimensions, outputs: dimensions, random: random)
    projection.setTensor("bias", Tensor.zeros([dimensions]))
    addChild("out_proj", projection)
  }

  required init(copying other: Module) {
    let o = other as! MultiHeadAttention
    dimensions = o.dimensions
    numHeads = o.numHeads
    dropout = o.dropout
    attentionWeights = o.attentionWeights
    super.init(copying: other)
  }

  override var typeName: String { "MultiHeadAttention" }
  override var configuration: String {
    "dimensions: \(dimensions), numHeads: \(numHeads)" + (dropout == 0 ? "" : ", dropout: \(dropout)")
  }

  override func forward(_ input: Tensor, context: Context) throws -> Tensor {
    try attend(input, input, input, mask: nil, context: context)
  }

  /// `mha(x)`, `mha(x, mask: m)` or `mha(query, key, value, mask: m)`.
  override func call(_ rt: Runtime, _ args: [Value], labels: [String?]) throws -> Value {
    let names = ["query", "key", "value"]
    let tensors = try Self.readTensors(typeName, rt, args, labels: labels, positional: [names[0...0], names[...]])
    let (q, k, v) = tensors.count >= 3 ? (tensors[0], tensors[1], tensors[2]) : (tensors[0], tensors[0], tensors[0])
    return .object(try attend(q, k, v, mask: tensors.count % 2 == 0 ? tensors.last : nil, context: rt.context))
  }

  /// The tensors of a call that takes one of the `positional` lists of tensors and an
  /// optional `mask:`; the mask, when given, comes last.
  static func readTensors(
    _ typeName: String, _ rt: Runtime, _ args: [Value], labels: [String?], positional: [ArraySlice<String>]
  ) throws -> [Tensor] {
    let hasMask = labels.last == "mask"
    let count = labels.count - (hasMask ? 1 : 0)
    guard let names = positional.first(where: { $0.count == count }), labels.prefix(count).allSatisfy({ $0 == nil })
    else {
      let forms = positional.map { "(" + $0.joined(separator: ", ") + ", mask:)" }.joined(separator: " or ")
      throw RuntimeFailure("\(typeName) is called as \(forms), with the mask optional")
    }
    var parameters = names.map { Parameter.positional($0, .tensor) }
    if hasMask { parameters.append(.labeled("mask", .tensor)) }
    let reader = Arguments(
      signature: Signature(typeName, parameters, .tensor, help: ""), values: args, runtime: rt)
    return try (0..<labels.count).map { try reader.tensor($0) }
  }

  /// Attention of `query` `[batch, queries, dimensions]` over `key` and `value`
  /// `[batch, keys, dimensions]`; `mask` (broadcastable to `[batch, heads, queries, keys]`)
  /// is added to the scores before the softmax.
  func attend(_ query: Tensor, _ key: Tensor, _ value: Tensor, mask: Tensor?, context: Context) throws -> Tensor {
    let d = dimensions
    for (name, t) in [("query", query), ("key", key), ("value", value)] {
      guard t.rank == 3, t.shape[2] == d, t.shape[0] == query.shape[0] else {
        throw RuntimeFailure(
          "MultiHeadAttention(dimensions: \(d), ...) expects \(name) [batch, time, \(d)], got \(Shape.text(t.shape))")
      }
    }
    guard key.shape[1] == value.shape[1] else {
      throw RuntimeFailure(
        "MultiHeadAttention: key \(Shape.text(key.shape)) and value \(Shape.text(value.shape)) differ in length")
    }
    guard d % numHeads == 0 else {
      throw RuntimeFailure("MultiHeadAttention: dimensions \(d) is not divisible by numHeads \(numHeads)")
    }
    let weight = parameter("inProjWeight")!
    let bias = parameter("inProjBias")!
    if !(isTraining && dropout > 0) {
      let attended: (output: Tensor, weights: Tensor)
      if query === key && key === value {
        // Self-attention: one product projects queries, keys and values together.
        let packed = try query.converted(to: weight.dtype).linear(weight, bias: bias)
        attended = try Tensor.selfAttention(packed: packed, heads: numHeads, mask: mask)
      } else {
        let (q, k, v) = try (
          projected(query, 0, weight, bias), projected(key, 1, weight, bias), projected(value, 2, weight, bias)
        )
        attended = try Tensor.attention(query: q, key: k, value: v, heads: numHeads, mask: mask)
      }
      attentionWeights = attended.weights
      return try children[0].module.forward(attended.output, context: context)
    }
    // While training with dropout on the weights: the same computation, operation by operation.
    let headSize = d / numHeads
    let batch = query.shape[0]
    // [batch, time, d] to [batch, heads, time, headSize], through rows part·d ..< (part+1)·d.
    func project(_ x: Tensor, _ part: Int) throws -> Tensor {
      let rows = part * d..<(part + 1) * d
      let y = try x.converted(to: weight.dtype).matmulTransposed(weight[TensorRegion(leading: rows, of: weight.shape)])
        .adding(bias[TensorRegion(leading: rows, of: bias.shape)])
      return try y.reshaped([batch, x.shape[1], numHeads, headSize]).transposed([0, 2, 1, 3])
    }
    let q = try project(query, 0)
    let k = try project(key, 1)
    let v = try project(value, 2)
    var scores = try q.matmul(k.transposed([0, 1, 3, 2])).multiplying(q.scalar(1 / Double(headSize).squareRoot()))
    if let mask { scores = try scores.adding(mask.converted(to: scores.dtype)) }
    var weights = try scores.softmax(axis: -1)
    attentionWeights = weights.detached()
    if isTraining && dropout > 0 {
      weights = try Dropout(p: dropout).settingTraining(true).forward(weights, context: context)
    }
    let heads = try weights.matmul(v).transposed([0, 2, 1, 3]).reshaped([batch, query.shape[1], d])
    return try children[0].module.forward(heads, context: context)
  }

  /// `x` `[batch, time, dimensions]` through rows `part·d ..< (part+1)·d` of the packed
  /// projection (0 queries, 1 keys, 2 values).
  private func projected(_ x: Tensor, _ part: Int, _ weight: Tensor, _ bias: Tensor) throws -> Tensor {
    let rows = part * dimensions..<(part + 1) * dimensions
    return try x.converted(to: weight.dtype).linear(
      weight[TensorRegion(leading: rows, of: weight.shape)], bias: bias[TensorRegion(leading: rows, of: bias.shape)])
  }

  override func member(_ name: String) -> Value? {
    if name == "attentionWeights" { return attentionWeights.map { .object($0) } ?? Value.none }
    if name == "outProjection" { return .object(children[0].module) }
    return super.member(name)
  }
}
