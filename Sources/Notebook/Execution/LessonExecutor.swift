import Cells
import Foundation

/// Runs a lesson's cells in order in one shared session.
///
/// ```swift
/// let execution = LessonExecutor().execute(document) { print($0) }
/// if !execution.succeeded { execution.failures.forEach { print($0) } }
/// ```
///
/// `eval: false` cells are skipped; an `error: true` cell must fail; the first
/// unexpected failure stops the run and the cells after it are marked not run.
public final class LessonExecutor {
  /// Runs one cell's source with a time limit.
  package typealias Runner = (_ source: String, _ timeout: Double) -> CellResult

  private let makeRunner: (Document) -> Runner

  /// An executor that gives each lesson a fresh `Cells.Session`, whose `save` and
  /// `load` reach the lesson's `_files` folder only.
  ///
  /// - Parameter printObserver: sees the text cells print as they print it (`--verbose`).
  public init(printObserver: ((String) -> Void)? = nil) {
    makeRunner = { document in
      let folder = URL(fileURLWithPath: document.directory + document.filesFolderName, isDirectory: true)
      let session = Session(filesFolder: folder, moduleName: Session.moduleName(forFile: document.baseName))
      session.printObserver = printObserver
      return { source, timeout in session.run(source, timeout: timeout) }
    }
  }

  /// An executor that runs every lesson in `session` (the authoring loop keeps one alive).
  public init(session: Session) {
    makeRunner = { _ in { source, timeout in session.run(source, timeout: timeout) } }
  }

  /// An executor that runs cells with `runner` instead of the engine (for tests).
  package init(runner: @escaping Runner) {
    makeRunner = { _ in runner }
  }

  public func execute(_ document: Document, progress: ((ExecutionProgress) -> Void)? = nil) -> Execution {
    execute(document, reusing: [], willRun: nil, progress: progress)
  }

  /// Runs the cells after the first `reused.count`, whose executions are taken as they are.
  ///
  /// - Parameters:
  ///   - reused: what the first cells gave last time (their state must already be in the session).
  ///   - willRun: called just before each cell runs (to snapshot the session).
  public func execute(
    _ document: Document, reusing reused: [CellExecution], willRun: ((Cell) -> Void)?,
    progress: ((ExecutionProgress) -> Void)?
  ) -> Execution {
    let run = makeRunner(document)
    let clock = ContinuousClock()
    var cells: [CellExecution] = []
    var failures: [String] = []
    var ranCells: [Cell] = []

    for cell in document.cells {
      if cell.index < reused.count {
        let execution = reused[cell.index]
        if execution.ran { ranCells.append(cell) }
        if execution.status == .failed, let error = execution.failure ?? execution.error {
          failures.append(execution.failure == nil ? error.formattedWithCalls() : error.formatted())
        }
        cells.append(execution)
        continue
      }
      func report(_ event: ExecutionProgress.Event) {
        progress?(
          ExecutionProgress(
            cellIndex: cell.index, cellCount: document.cells.count, label: cell.options.label,
            fenceLine: cell.fenceLine, event: event))
      }

      guard cell.options.evaluates else {
        cells.append(CellExecution(index: cell.index, status: .skipped))
        report(.finished(.skipped, seconds: 0))
        continue
      }
      guard failures.isEmpty else {
        cells.append(CellExecution(index: cell.index, status: .notRun))
        report(.finished(.notRun, seconds: 0))
        continue
      }

      willRun?(cell)
      report(.started)
      ranCells.append(cell)
      var result = CellResult(outputs: [], error: nil)
      let elapsed = clock.measure {
        result = run(cell.source, cell.options.timeout ?? Session.defaultTimeout)
      }
      let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18

      var execution = CellExecution(index: cell.index, status: .ok, outputs: result.outputs, duration: seconds)
      if let error = result.error {
        let located = LessonError(error, ranCells: ranCells, of: document)
        execution.error = located
        if cell.options.expectsError {
          execution.status = .expectedError
        } else {
          execution.status = .failed
          failures.append(located.formattedWithCalls())
        }
      } else if cell.options.expectsError {
        let failure = LessonError(
          path: document.path, line: cell.fenceLine, column: cell.indentation + 1,
          message: "expected an error (the cell has '//| error: true'), but the cell ran without one",
          sourceLine: document.lines.content(ofLine: cell.fenceLine), cellIndex: cell.index)
        execution.status = .failed
        execution.failure = failure
        failures.append(failure.formatted())
      }
      cells.append(execution)
      report(.finished(execution.status, seconds: seconds))
    }
    return Execution(cells: cells, failures: failures)
  }
}
