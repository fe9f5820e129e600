import Foundation
import Notebook

/// Messages to the user: errors to standard error, a transient progress line on a terminal.
struct Console {
  let showsProgress: Bool = isatty(STDERR_FILENO) == 1
  private var hasProgressLine = false

  func error(_ message: String) {
    clearProgress()
    FileHandle.standardError.write(Data((message + "\n").utf8))
  }

  func info(_ message: String) {
    clearProgress()
    FileHandle.standardOutput.write(Data((message + "\n").utf8))
  }

  /// One line per cell, overwritten in place; nothing when standard error is not a terminal.
  func progress(_ event: ExecutionProgress, file: String) {
    guard showsProgress else { return }
    switch event.event {
    case .started:
      let line = "\(file) \(event)"
      FileHandle.standardError.write(Data("\r\u{1B}[2K\(line)".utf8))
    case .finished:
      break
    }
  }

  func clearProgress() {
    guard showsProgress else { return }
    FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
  }
}
