import Dispatch
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The one transient line nnbook draws on a terminal's standard error: which cell
/// is running and for how long (redrawn twice a second), and what long work inside
/// it reports (`fit`'s epoch, batch, loss and time left).
///
/// Nothing is drawn when standard error is not a terminal, and nothing here ever
/// reaches a lesson's outputs. The command-line tool sets the cell's text with
/// `begin(_:)` and clears it with `end()`; library code sets the detail.
public final class StatusLine: @unchecked Sendable {
  public static let shared = StatusLine()

  /// False when standard error is not a terminal (CI, pipes): every call does nothing.
  public let isEnabled: Bool = isatty(STDERR_FILENO) == 1

  private let lock = NSLock()
  private var text: String?
  private var detail: String?
  private var started: UInt64 = 0
  private var shown = false
  private var timer: DispatchSourceTimer?

  /// Shows `text` (the running cell) with its elapsed time, until `end()`.
  public func begin(_ text: String) {
    guard isEnabled else { return }
    lock.lock()
    self.text = text
    detail = nil
    started = Context.now()
    drawLocked()
    if timer == nil {
      let t = DispatchSource.makeTimerSource(queue: .global(qos: .utility))
      t.schedule(deadline: .now() + 0.5, repeating: 0.5)
      t.setEventHandler { [weak self] in self?.tick() }
      t.resume()
      timer = t
    }
    lock.unlock()
  }

  /// Clears the line.
  public func end() {
    guard isEnabled else { return }
    lock.lock()
    text = nil
    detail = nil
    timer?.cancel()
    timer = nil
    if shown { StatusLine.write("\r\u{1B}[2K") }
    shown = false
    lock.unlock()
  }

  /// What the running work reports after the cell's text; nil removes it.
  func setDetail(_ detail: String?) {
    guard isEnabled else { return }
    lock.lock()
    self.detail = detail
    drawLocked()
    lock.unlock()
  }

  private func tick() {
    lock.lock()
    if text != nil || detail != nil { drawLocked() }
    lock.unlock()
  }

  private func drawLocked() {
    var parts: [String] = []
    if let text {
      let seconds = Int(Double(Context.now() &- started) / 1e9)
      parts.append("\(text) \(seconds) s")
    }
    if let detail { parts.append(detail) }
    guard !parts.isEmpty else { return }
    var line = parts.joined(separator: " · ")
    let width = StatusLine.terminalWidth()
    if line.count >= width { line = String(line.prefix(Swift.max(1, width - 2))) + "…" }
    StatusLine.write("\r\u{1B}[2K" + line)
    shown = true
  }

  private static func terminalWidth() -> Int {
    var size = winsize()
    if ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
    return 80
  }

  private static func write(_ text: String) {
    let bytes = Array(text.utf8)
    _ = bytes.withUnsafeBytes { Glibc.write(STDERR_FILENO, $0.baseAddress, $0.count) }
  }
}
