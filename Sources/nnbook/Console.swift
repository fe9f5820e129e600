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

/// Loads a lesson, reporting unreadable files (exit 2) and malformed lessons (exit 1).
func loadLesson(_ path: String, console: Console) -> Result<Document, LoadFailure> {
  var isDirectory: ObjCBool = false
  guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
    console.error("\(path): error: no such file")
    return .failure(.unreadable)
  }
  if isDirectory.boolValue {
    console.error("\(path): error: is a folder; give a lesson file (or use 'nnbook check' for folders)")
    return .failure(.unreadable)
  }
  do {
    return .success(try Document.parse(contentsOf: path))
  } catch let error as DocumentError {
    console.error(error.description)
    return .failure(error.line == nil ? .unreadable : .malformed)
  } catch {
    console.error("\(path): error: \(error)")
    return .failure(.unreadable)
  }
}

enum LoadFailure: Error {
  /// Not a readable text file: exit 2.
  case unreadable
  /// A lesson with an error in it (a bad cell option, an unclosed region): exit 1.
  case malformed
}

/// Runs a lesson's cells with a progress line, and prints the failures.
func execute(_ document: Document, console: Console, reportingFailures: Bool = true) -> Execution {
  let executor = LessonExecutor()
  let execution = executor.execute(document) { event in
    console.progress(event, file: document.path)
  }
  console.clearProgress()
  if reportingFailures { report(execution.failures, of: execution, in: document, console: console) }
  return execution
}

/// Prints the failures, then which cells were not run because of them.
func report(_ failures: [String], of execution: Execution, in document: Document, console: Console) {
  for failure in failures { console.error(failure) }
  let notRun = execution.cells.filter { $0.status == .notRun }.map { document.cells[$0.index].fenceLine }
  if !notRun.isEmpty {
    let lines = notRun.map(String.init).joined(separator: ", ")
    console.error(
      "\(document.path): note: \(notRun.count) later cell(s) not run because of the error (line\(notRun.count == 1 ? "" : "s") \(lines))"
    )
  }
}
