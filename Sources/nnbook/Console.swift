import Cells
import Foundation
import Notebook

/// Messages to the user: errors to standard error, a transient progress line on a terminal.
struct Console {
  let showsProgress: Bool = isatty(STDERR_FILENO) == 1
  private var hasProgressLine = false
  /// Set when standard output carries the result itself (`run -o -`): then what would be
  /// said there (timings) goes to standard error instead.
  var keepsStandardOutputForResults = false

  func error(_ message: String) {
    clearProgress()
    FileHandle.standardError.write(Data((message + "\n").utf8))
  }

  func info(_ message: String) {
    clearProgress()
    let stream = keepsStandardOutputForResults ? FileHandle.standardError : FileHandle.standardOutput
    stream.write(Data((message + "\n").utf8))
  }

  /// One line per running cell with its elapsed time, overwritten in place (with what
  /// `fit` reports while it trains); nothing when standard error is not a terminal.
  func progress(_ event: ExecutionProgress, file: String) {
    guard showsProgress else { return }
    switch event.event {
    case .started:
      StatusLine.shared.begin("\(file) \(event)")
    case .finished:
      StatusLine.shared.end()
    }
  }

  func clearProgress() {
    guard showsProgress else { return }
    StatusLine.shared.end()
  }
}
