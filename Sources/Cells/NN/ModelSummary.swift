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

  /// One-example inputs the first layer accepts, when their size is known: from the
  /// layer itself (`Linear(2, 10)` takes `[1, 2]`), or from the data the model was
  /// last trained on (a `Conv2d` cannot tell its image size). A layer that takes
  /// sequences of any length (`Embedding`, `LSTM`) gets two lengths, so the summary
  /// can show the time axis as `None`, as Keras does. Empty when nothing is known.
  private func probeInputs() -> [Tensor] {
    var first: Module = model
    while let s = first as? Sequential, let f = s.layers.first { first = f }
    if let example = model.exampleShape { return [Tensor.zeros([1] + example)] }
    switch first {
    case let l as Linear: return [Tensor.zeros([1, l.inputs])]
    case let b as BatchNorm: return [Tensor.zeros([2, b.featureCount])]
    case let l as LayerNorm: return [Tensor.zeros([1, l.dimensions])]
    case let r as Recurrent: return [2, 3].map { Tensor.zeros([1, $0, r.inputSize]) }
    case is Embedding: return [2, 3].map { Tensor.zeros([1, $0]) }
    case let m as MultiHeadAttention: return [2, 3].map { Tensor.zeros([1, $0, m.dimensions]) }
    case let t as TransformerEncoderLayer: return [2, 3].map { Tensor.zeros([1, $0, t.dimensions]) }
    case let p as PositionalEncoding: return [1, 2].map { Tensor.zeros([1, $0, p.dimensions]) }
    default: return []
    }
  }

  /// Each row's output shape with the batch axis shown as `None`, as Keras does (and
  /// an axis that follows the input's length, too); `?` where it is not known.
  private func outputShapes() -> [String] {
    let rows = self.rows
    let context = Context()
    var runs: [[[Int]]] = []
    for input in probeInputs() {
      var x = input
      var shapes: [[Int]] = []
      for row in rows {
        guard let y = try? row.layer.settingTraining(false).forward(x, context: context) else { break }
        shapes.append(y.shape)
        x = y
      }
      runs.append(shapes)
    }
    guard let first = runs.first else { return rows.map { _ in "?" } }
    return rows.indices.map { i in
      guard runs.allSatisfy({ $0.count > i && $0[i].count == first[i].count }) else { return "?" }
      let dimensions = first[i].indices.dropFirst().map { axis in
        runs.allSatisfy { $0[i][axis] == first[i][axis] } ? String(first[i][axis]) : "None"
      }
      return "(" + (["None"] + dimensions).joined(separator: ", ") + ")"
    }
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
