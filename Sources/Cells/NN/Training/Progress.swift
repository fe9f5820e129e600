#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The progress bar `fit` draws on a terminal's standard error: epoch, batch, loss
/// and time left, redrawn at most ten times a second. Nothing is drawn when
/// standard error is not a terminal, and nothing ever reaches the lesson's output.
final class TrainingProgress {
  private let epochs: Int
  private let batches: Int
  private let enabled = isatty(STDERR_FILENO) == 1
  private let start = Context.now()
  private var lastDraw: UInt64 = 0
  private var drawn = false

  init(epochs: Int, batches: Int) {
    self.epochs = epochs
    self.batches = batches
  }

  func update(epoch: Int, batch: Int, loss: Double) {
    guard enabled else { return }
    let now = Context.now()
    guard now - lastDraw > 100_000_000 || (epoch == epochs - 1 && batch == batches) else { return }
    lastDraw = now
    let done = Double(epoch * batches + batch) / Double(Swift.max(epochs * batches, 1))
    let elapsed = Double(now - start) / 1e9
    let left = done > 0 ? elapsed * (1 - done) / done : 0
    let width = 20
    let filled = Int(done * Double(width))
    let bar = String(repeating: "█", count: filled) + String(repeating: "·", count: width - filled)
    let line =
      "fit \(bar) epoch \(epoch + 1)/\(epochs) batch \(batch)/\(batches) loss \(TrainingProgress.fixed(loss)) ~\(Int(left.rounded())) s left"
    draw("\r\u{1B}[2K" + line)
    drawn = true
  }

  func finish() {
    guard enabled, drawn else { return }
    draw("\r\u{1B}[2K")
  }

  private func draw(_ text: String) {
    let bytes = Array(text.utf8)
    _ = bytes.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
  }

  private static func fixed(_ x: Double) -> String {
    guard x.isFinite else { return "\(x)" }
    let scaled = Int((x * 10_000).rounded())
    let whole = scaled / 10_000
    let fraction = String(abs(scaled % 10_000))
    return "\(whole).\(String(repeating: "0", count: 4 - fraction.count))\(fraction)"
  }
}
