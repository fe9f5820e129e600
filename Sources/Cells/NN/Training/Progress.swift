/// `fit`'s progress on the terminal's status line (`StatusLine`): a bar, epoch,
/// batch, loss, accuracy and time left, redrawn at most ten times a second.
/// Nothing is drawn when standard error is not a terminal, and nothing ever
/// reaches the lesson's output.
final class TrainingProgress {
  private let epochs: Int
  private let batches: Int
  private let status = StatusLine.shared
  private let start = Context.now()
  private var lastDraw: UInt64 = 0

  init(epochs: Int, batches: Int) {
    self.epochs = epochs
    self.batches = batches
  }

  func update(epoch: Int, batch: Int, loss: Double, accuracy: Double?) {
    guard status.isEnabled else { return }
    let now = Context.now()
    guard now - lastDraw > 100_000_000 else { return }
    lastDraw = now
    let done = Double(epoch * batches + batch) / Double(Swift.max(epochs * batches, 1))
    let elapsed = Double(now - start) / 1e9
    let left = done > 0 ? elapsed * (1 - done) / done : 0
    let width = 10
    let filled = Swift.min(width, Int(done * Double(width)))
    let bar = String(repeating: "█", count: filled) + String(repeating: "·", count: width - filled)
    var line = "epoch \(epoch + 1)/\(epochs) \(bar) \(batch)/\(batches) loss \(TrainingProgress.fixed(loss))"
    if let accuracy { line += " acc \(TrainingProgress.fixed(accuracy))" }
    status.setDetail(line + " ~\(Int(left.rounded())) s left")
  }

  func finish() {
    status.setDetail(nil)
  }

  private static func fixed(_ x: Double) -> String {
    // `Int(_:)` below traps past Int.max: a diverging loss of 1e300 is shown as Swift shows it.
    guard x.isFinite, abs(x) < 1e14 else { return "\(x)" }
    let scaled = Int((x * 10_000).rounded())
    let fraction = String(abs(scaled % 10_000))
    return
      "\(scaled < 0 ? "-" : "")\(abs(scaled / 10_000)).\(String(repeating: "0", count: 4 - fraction.count))\(fraction)"
  }
}
