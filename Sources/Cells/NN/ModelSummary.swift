/// A model as Keras prints it: one row per layer with its output shape and
/// parameter count, then the totals, trainable and frozen.
struct ModelSummary {
  let model: Module

  init(_ model: Module) { self.model = model }

  /// The layers a summary lists: a `Sequential`'s children, or the model itself.
  private var rows: [(name: String, layer: Module)] {
    if model is Sequential { return model.children.map { ($0.key, $0.module) } }
    return [("", model)]
  }

  /// A one-example input the first layer accepts, when its size is known from the
  /// layer itself (`Linear(2, 10)` takes `[1, 2]`); nil otherwise.
  private func probeInput() -> Tensor? {
    var first: Module = model
    while let s = first as? Sequential, let f = s.layers.first { first = f }
    switch first {
    case let l as Linear: return Tensor.zeros([1, l.inputs])
    case let b as BatchNorm: return Tensor.zeros([2, b.featureCount])
    case let l as LayerNorm: return Tensor.zeros([1, l.dimensions])
    // A sequence's length does not change a last-state output, so one step shows it.
    case let r as Recurrent where !r.returnSequences: return Tensor.zeros([1, 1, r.inputSize])
    default: return nil
    }
  }

  /// Each row's output shape with the batch axis shown as `None`, as Keras does.
  private func outputShapes() -> [String] {
    let rows = self.rows
    guard var x = probeInput() else { return rows.map { _ in "?" } }
    let context = Context()
    var shapes: [String] = []
    for row in rows {
      guard let y = try? row.layer.settingTraining(false).forward(x, context: context) else {
        shapes += Array(repeating: "?", count: rows.count - shapes.count)
        break
      }
      shapes.append("(None, " + y.shape.dropFirst().map(String.init).joined(separator: ", ") + ")")
      x = y
    }
    return shapes
  }

  var table: Table {
    let shapes = outputShapes()
    var body: [[String]] = []
    for (i, row) in rows.enumerated() {
      let name = row.name.isEmpty ? row.layer.typeName : "\(row.name): \(row.layer.typeName)"
      let configured = row.layer.configuration.isEmpty ? name : "\(name)(\(row.layer.configuration))"
      body.append([configured, shapes[i], ModelSummary.grouped(row.layer.parameterCount)])
    }
    let total = model.parameterCount
    let trainable = model.trainableParameterCount
    body.append(["Total", "", ModelSummary.grouped(total)])
    body.append(["Trainable", "", ModelSummary.grouped(trainable)])
    body.append(["Frozen", "", ModelSummary.grouped(total - trainable)])
    return Table(header: ["Layer", "Output shape", "Parameters"], rows: body, alignments: [.left, .left, .right])
  }

  /// `1,234,567`: thousands separated, as Keras prints parameter counts.
  static func grouped(_ n: Int) -> String {
    let digits = String(n)
    var out = ""
    for (i, c) in digits.reversed().enumerated() {
      if i > 0 && i % 3 == 0 { out.append(",") }
      out.append(c)
    }
    return String(out.reversed())
  }
}
