/// Layers applied one after another: `Sequential { Linear(2, 10); ReLU(); Linear(10, 1) }`.
///
/// Its children are named `0`, `1`, ... as in `torch.nn.Sequential`, so its
/// parameters are `0.weight`, `0.bias`, `2.weight`, ...
final class Sequential: Module {
  init(_ layers: [Module]) {
    super.init()
    for (i, layer) in layers.enumerated() { addChild(String(i), layer) }
  }

  required init(copying other: Module) { super.init(copying: other) }

  override var typeName: String { "Sequential" }

  var layers: [Module] { children.map(\.module) }

  override func forward(_ input: Tensor, context: Context) throws -> Tensor {
    var x = input
    for (i, layer) in layers.enumerated() {
      do { x = try layer.forward(x, context: context) } catch let failure as RuntimeFailure {
        throw RuntimeFailure("layer \(i) (\(layer.typeName)): " + failure.message, kind: failure.kind)
      }
    }
    return x
  }
}
