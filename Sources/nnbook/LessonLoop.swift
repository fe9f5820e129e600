import ArgumentParser
import Cells
import Foundation
import Notebook

/// The arguments every lesson command takes.
struct LessonArguments: ParsableArguments {
  @Argument(help: ArgumentHelp("The lessons: Markdown files ('check' also takes folders).", valueName: "lesson"))
  var lessons: [String]
}

/// Options of the commands that run lessons.
struct RunReportOptions: ParsableArguments {
  @Flag(help: "After each lesson, print how long it ran and its slowest cells.")
  var timings = false

  @Flag(help: "Show what cells print on standard error as they print it (a long cell's progress).")
  var verbose = false

  /// The same options for a `check --jobs` worker.
  var childArguments: [String] {
    (timings ? ["--timings"] : []) + (verbose ? ["--verbose"] : [])
  }
}

/// What a command made of a lesson once its cells ran.
enum LessonVerdict {
  /// Written, compared or up to date: the lesson fails only if one of its cells failed.
  case done
  /// The lesson is at fault: it differs from its stored outputs, or its outputs cannot be placed (exit 1).
  case failed
  /// A file could not be written (exit 2).
  case cannotWrite

  /// Runs a command's writing of a lesson's results, and turns what it throws into the
  /// verdict and the message: a lesson the outputs cannot be placed in (an unclosed fence)
  /// is the lesson's fault; a file that cannot be written is exit 2.
  static func writing(to path: String, console: Console, _ write: () throws -> LessonVerdict) -> LessonVerdict {
    do {
      return try write()
    } catch let error as DocumentError {
      console.error(error.description)
      return .failed
    } catch let error as FileWriteError {
      // Already "path: error: reason"; a second prefix would only repeat the path.
      console.error(error.description)
      return .cannotWrite
    } catch {
      console.error("\(path): error: cannot write: \(error)")
      return .cannotWrite
    }
  }
}

/// The one per-lesson loop of `run`, `update` and `check`: loads each lesson, runs its
/// cells with a progress line, prints each cell error once, hands the lesson to the
/// command, and keeps count and the exit status.
struct LessonLoop {
  /// Which line numbers cell errors are given in.
  enum Numbering {
    /// The lesson as it was read (`run`, `check`: the file stays as it was).
    case asRead
    /// The lesson as `update` writes it (regions above a cell may have grown).
    case asUpdated
  }

  let console: Console
  let numbering: Numbering
  /// Whether to print each lesson's slowest cells after it ran (`--timings`).
  var showsTimings = false
  /// Whether to show what cells print as they print it (`--verbose`).
  var streamsPrints = false
  /// Whether a file that is neither Markdown nor has a single cell is refused rather than
  /// rendered (`run`: `nnbook run Package.swift` should not write `Package.html`).
  var refusesNonLessons = false
  /// Called with each lesson just before its cells run (`run` starts preparing the page there).
  var beforeRunning: ((Document) -> Void)?
  private(set) var status = ExitStatus()
  private(set) var passed = 0
  private(set) var failed = 0
  /// The lessons that could not be loaded, with the message printed for each.
  private(set) var unloadable: [String: String] = [:]

  init(console: Console = Console(), numbering: Numbering) {
    self.console = console
    self.numbering = numbering
  }

  /// Records arguments that named no lessons (a missing folder): exit 2, and the loop goes on.
  mutating func badUsage() {
    status.badUsage()
  }

  mutating func run(_ files: [String], finish: (Document, Execution) -> LessonVerdict) {
    for file in files {
      let document: Document
      switch load(file) {
      case .success(let loaded):
        document = loaded
      case .failure(let failure):
        console.error(failure.message)
        unloadable[file] = failure.message
        failed += 1
        status.record(failure.kind)
        continue
      }
      if document.cells.isEmpty && refusesNonLessons && !Self.isMarkdown(document.path) {
        let message =
          "\(document.path): error: not a lesson: no ```swift cells, and not a Markdown (.md) file; nothing written"
        console.error(message)
        unloadable[file] = message
        failed += 1
        status.record(.unreadable)
        continue
      }
      if document.cells.isEmpty { console.error(Self.noCellsWarning(for: document)) }
      // A `kill -9` during an earlier update may have left its temporary file beside the lesson.
      removeStaleTemporaryFiles(of: document.path)
      let console = console
      var observer: ((String) -> Void)?
      if streamsPrints {
        let stream = PrintStream()
        observer = { stream.write($0) }
      }
      let executor = LessonExecutor(printObserver: observer)
      beforeRunning?(document)
      let execution = executor.execute(document) { console.progress($0, file: document.path) }
      console.clearProgress()
      report(execution, of: document)
      let verdict = finish(document, execution)
      if showsTimings { console.info(Self.timings(of: execution, in: document)) }
      switch verdict {
      case .done where execution.succeeded:
        passed += 1
      case .done, .failed:
        failed += 1
        status.lessonFailed()
      case .cannotWrite:
        failed += 1
        status.badUsage()
      }
    }
  }

  /// How long the lesson's cells ran, and the slowest of them:
  ///
  /// ```
  /// lesson.md: 12 cell(s) ran in 3.412 s with OpenBLAS's Haswell kernels; the slowest:
  ///    2.310 s  line 40 (training)
  ///    0.520 s  line 88
  /// ```
  static func timings(of execution: Execution, in document: Document, count: Int = 5) -> String {
    let ran = execution.cells.filter(\.ran)
    let total = ran.reduce(0) { $0 + $1.duration }
    var lines = [
      "\(document.path): \(ran.count) cell(s) ran in \(seconds(total)) with OpenBLAS's \(BLASKernels.coreName) kernels"
        + (ran.isEmpty ? "" : "; the slowest:")
    ]
    let slowest = ran.sorted { $0.duration != $1.duration ? $0.duration > $1.duration : $0.index < $1.index }
    for cellRun in slowest.prefix(count) {
      let cell = document.cells[cellRun.index]
      lines.append(
        "  \(seconds(cellRun.duration).leftPadded(to: 9))  line \(cell.fenceLine)"
          + (cell.options.label.map { " (\($0))" } ?? ""))
    }
    return lines.joined(separator: "\n")
  }

  private static func seconds(_ value: Double) -> String {
    String(format: "%.3f s", value)
  }

  /// A file without a single ```` ```swift ```` cell is still a valid page, but it is more often
  /// the wrong file, or a lesson whose fences name another language: say so, without failing.
  static func noCellsWarning(for document: Document) -> String {
    var message = "\(document.path): warning: no ```swift cells: nothing to run"
    if !isMarkdown(document.path) {
      message += " (and this is not a .md file; is it a lesson?)"
    }
    return message
  }

  static func isMarkdown(_ path: String) -> Bool {
    ["md", "markdown"].contains((path as NSString).pathExtension.lowercased())
  }

  /// Exits with the status of the lessons seen: 0, 1 or 2.
  func finish() throws {
    try status.finish()
  }

  /// Loads a lesson; unreadable files are exit 2, malformed lessons exit 1.
  private func load(_ path: String) -> Result<Document, LoadError> {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      return .failure(LoadError(kind: .unreadable, message: "\(path): error: no such file"))
    }
    if isDirectory.boolValue {
      return .failure(
        LoadError(
          kind: .unreadable,
          message: "\(path): error: is a folder; give a lesson file (or use 'nnbook check' for folders)"))
    }
    do {
      return .success(try Document.parse(contentsOf: path))
    } catch let error as DocumentError {
      return .failure(LoadError(kind: error.line == nil ? .unreadable : .malformed, message: error.description))
    } catch {
      return .failure(LoadError(kind: .unreadable, message: "\(path): error: \(error)"))
    }
  }

  /// Prints each failure once, at the lines the user will find it, then which cells were
  /// not run because of it.
  private func report(_ execution: Execution, of document: Document) {
    let failures =
      switch numbering {
      case .asRead: execution.failures
      case .asUpdated: Splicer.failures(of: document, with: execution)
      }
    for failure in failures { console.error(failure) }
    let notRun = execution.cells.filter { $0.status == .notRun }.map { document.cells[$0.index].fenceLine }
    if !notRun.isEmpty {
      let lines = notRun.map(String.init).joined(separator: ", ")
      console.error(
        "\(document.path): note: \(notRun.count) later cell(s) not run because of the error (line\(notRun.count == 1 ? "" : "s") \(lines))"
      )
    }
  }
}

/// Cells' printed text on standard error as it comes (`--verbose`), a line at a time so
/// that it does not mix with the progress line, which is cleared first and redraws itself.
final class PrintStream: @unchecked Sendable {
  private let lock = NSLock()
  private var partial = ""

  func write(_ text: String) {
    lock.withLock {
      partial += text
      guard let lastBreak = partial.lastIndex(of: "\n") else { return }
      let lines = partial[...lastBreak]
      partial = String(partial[partial.index(after: lastBreak)...])
      let clear = isatty(STDERR_FILENO) == 1 ? "\r\u{1B}[2K" : ""
      FileHandle.standardError.write(Data((clear + lines).utf8))
    }
  }
}

extension String {
  fileprivate func leftPadded(to width: Int) -> String {
    String(repeating: " ", count: max(0, width - count)) + self
  }
}

struct LoadError: Error {
  var kind: LoadFailure
  var message: String
}

enum LoadFailure {
  /// Not a readable text file: exit 2.
  case unreadable
  /// A lesson with an error in it (a bad cell option, an unclosed region): exit 1.
  case malformed
}
