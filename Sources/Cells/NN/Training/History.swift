/// What `fit` returns: per-epoch metrics, as Keras's `History`.
///
/// `loss` and `accuracy` are the means over the epoch's training batches (with the
/// model in training mode, as Keras reports them); `validationLoss` and
/// `validationAccuracy` are measured after the epoch in inference mode. `accuracy`
/// is empty for regression losses, the validation lists without validation data.
final class History: NativeObject, TrainingHistory {
  var loss: [Double] = []
  var accuracy: [Double] = []
  var validationLoss: [Double] = []
  var validationAccuracy: [Double] = []
  var learningRate: [Double] = []
  /// Per layer (`"0: Linear"`), the norm of its parameters' gradient, averaged over each epoch's batches.
  var gradientNorms: [(layer: String, norms: [Double])] = []
  /// The epoch (0-based) with the lowest monitored loss: validation loss when there is
  /// validation data, training loss otherwise.
  var bestEpoch = 0
  /// True when early stopping, or a loss that stopped being finite, ended training early.
  var stoppedEarly = false
  /// Why training stopped when the loss diverged (nil when it did not).
  var divergence: String?

  var epochs: Int { loss.count }

  override var typeName: String { "History" }

  override func describe() -> String {
    var parts = ["History(\(epochs) epochs", "best epoch \(bestEpoch)"]
    if let last = loss.last { parts.append("loss \(History.short(last))") }
    if let last = validationLoss.last { parts.append("validation loss \(History.short(last))") }
    if let last = accuracy.last { parts.append("accuracy \(History.short(last))") }
    if let last = validationAccuracy.last { parts.append("validation accuracy \(History.short(last))") }
    return parts.joined(separator: ", ") + ")"
  }

  private static func short(_ x: Double) -> String {
    let scaled = (x * 10_000).rounded() / 10_000
    return "\(scaled)"
  }

  var epochMetrics: [(name: String, values: [Double])] {
    [
      ("loss", loss), ("validation loss", validationLoss), ("accuracy", accuracy),
      ("validation accuracy", validationAccuracy),
    ].filter { !$0.values.isEmpty }
  }

  override func member(_ name: String) -> Value? {
    func numbers(_ xs: [Double]) -> Value { .array(xs.map { .double($0) }) }
    switch name {
    case "loss": return numbers(loss)
    case "accuracy": return numbers(accuracy)
    case "validationLoss": return numbers(validationLoss)
    case "validationAccuracy": return numbers(validationAccuracy)
    case "learningRate": return numbers(learningRate)
    case "epochs": return .int(epochs)
    case "bestEpoch": return .int(bestEpoch)
    case "stoppedEarly": return .bool(stoppedEarly)
    case "diverged": return .bool(divergence != nil)
    case "gradientNorms":
      var d = DictionaryValue()
      for (layer, norms) in gradientNorms { try? d.set(.string(layer), numbers(norms)) }
      return .dictionary(d)
    default: return nil
    }
  }
}
