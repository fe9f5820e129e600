/// One encoder block of the Transformer (Vaswani et al., 2017), as PyTorch's
/// `TransformerEncoderLayer(batch_first=True)` with its defaults: post-norm and ReLU,
///
///     x = norm1(x + dropout1(self_attn(x, x, x)))
///     x = norm2(x + dropout2(linear2(dropout(relu(linear1(x))))))
///
/// with children named as PyTorch's (`self_attn`, `linear1`, `dropout`, `linear2`,
/// `norm1`, `norm2`, `dropout1`, `dropout2`), so the `state_dict` keys agree.
final class TransformerEncoderLayer: Module {
  let dimensions: Int
  let numHeads: Int
  let mlpDimensions: Int
  let dropout: Double

  init(dimensions: Int, numHeads: Int, mlpDimensions: Int = 2048, dropout: Double = 0.1, random: NNRandom) {
    self.dimensions = dimensions
    self.numHeads = numHeads
    self.mlpDimensions = mlpDimensions
    self.dropout = dropout
    super.init()
    addChild(
      "self_attn", MultiHeadAttention(dimensions: dimensions, numHeads: numHeads, dropout: dropout, random: random))
    addChild("linear1", Linear(inputs: dimensions, outputs: mlpDimensions, random: random))
    addChild("dropout", Dropout(p: dropout))
    addChild("linear2", Linear(inputs: mlpDimensions, outputs: dimensions, random: random))
    addChild("norm1", LayerNorm(dimensions: dimensions))
    addChild("norm2", LayerNorm(dimensions: dimensions))
    addChild("dropout1", Dropout(p: dropout))
    addChild("dropout2", Dropout(p: dropout))
  }

  required init(copying other: Module) {
    let o = other as! TransformerEncoderLayer
    dimensions = o.dimensions
    numHeads = o.numHeads
    mlpDimensions = o.mlpDimensions
    dropout = o.dropout
    super.init(copying: other)
  }

  override var typeName: String { "TransformerEncoderLayer" }
  override var configuration: String {
    "dimensions: \(dimensions), numHeads: \(numHeads), mlpDimensions: \(mlpDimensions), dropout: \(dropout)"
  }

  private func child(_ key: String) -> Module { children.first { $0.key == key }!.module }
  var attention: MultiHeadAttention { child("self_attn") as! MultiHeadAttention }

  override func forward(_ input: Tensor, context: Context) throws -> Tensor {
    try encode(input, mask: nil, context: context)
  }

  /// `layer(x)` or `layer(x, mask: causalMask(t))`.
  override func call(_ rt: Runtime, _ args: [Value], labels: [String?]) throws -> Value {
    let tensors = try MultiHeadAttention.readTensors(typeName, rt, args, labels: labels, positional: [["x"]])
    return .object(try encode(tensors[0], mask: tensors.count == 2 ? tensors[1] : nil, context: rt.context))
  }

  func encode(_ x: Tensor, mask: Tensor?, context: Context) throws -> Tensor {
    let attended = try attention.attend(x, x, x, mask: mask, context: context)
    let h = try child("norm1").forward(
      x.converted(to: attended.dtype).adding(child("dropout1").forward(attended, context: context)), context: context)
    let inner = try child("linear1").forward(h, context: context)
      .activation(Activation.ReLU(), derivative: Activation.ReLUDerivative())
    let mlp = try child("linear2").forward(child("dropout").forward(inner, context: context), context: context)
    return try child("norm2").forward(h.adding(child("dropout2").forward(mlp, context: context)), context: context)
  }

  /// `layer.selfAttention` (its `MultiHeadAttention`) and `layer.attentionWeights`, for figures.
  override func member(_ name: String) -> Value? {
    if name == "selfAttention" { return .object(child("self_attn")) }
    if name == "attentionWeights" { return child("self_attn").member(name) }
    return super.member(name)
  }
}
