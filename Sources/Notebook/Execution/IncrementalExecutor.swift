import Cells
import Foundation

/// Re-executes a lesson after an edit from the first cell whose input key changed (`watch`).
///
/// One session lives as long as the executor; a snapshot of it is kept before each cell
/// runs. An edit restores the snapshot before the first changed cell and runs from there,
/// reusing the outputs of every cell above it.
public final class IncrementalExecutor {
  private let filesFolder: URL?
  private var session: Session
  private var executor: LessonExecutor
  /// The session's state just before each cell that ran, by cell index.
  private var snapshots: [Int: Session.Snapshot] = [:]
  /// The state after the last run.
  private var finalSnapshot: Session.Snapshot?
  private var previous: (cells: [Cell], execution: Execution)?

  private let moduleName: String

  public init(filesFolder: URL?, moduleName: String = "main") {
    self.filesFolder = filesFolder
    self.moduleName = moduleName
    session = Session(filesFolder: filesFolder, moduleName: moduleName)
    executor = LessonExecutor(session: session)
  }

  /// What a run did: the execution, and how many leading cells were reused.
  public struct Run {
    public var execution: Execution
    public var reusedCells: Int
  }

  public func execute(_ document: Document, progress: ((ExecutionProgress) -> Void)? = nil) -> Run {
    var reused = reusableCellCount(in: document)
    let start = snapshots.keys.filter { $0 >= reused }.min()
    if let snapshot = start.flatMap({ snapshots[$0] }) ?? finalSnapshot, snapshot.isExact {
      session.restore(snapshot)
    } else if reused > 0 {
      // A snapshot that is not exact (a global holding a captured variable's box, which a
      // later cell may have changed): only a fresh run is right.
      reused = 0
      session = Session(filesFolder: filesFolder, moduleName: moduleName)
      executor = LessonExecutor(session: session)
    }
    snapshots = snapshots.filter { $0.key < reused }
    let session = session
    let execution = executor.execute(
      document, reusing: Array((previous?.execution.cells ?? []).prefix(reused)),
      willRun: { [self] cell in snapshots[cell.index] = session.snapshot() }, progress: progress)
    finalSnapshot = session.snapshot()
    previous = (document.cells, execution)
    return Run(execution: execution, reusedCells: reused)
  }

  /// The leading cells whose input keys are unchanged. A cell whose error names lesson lines
  /// runs again when it moved, so the lines stay right.
  private func reusableCellCount(in document: Document) -> Int {
    guard let previous else { return 0 }
    var count = 0
    for (old, new) in zip(previous.cells, document.cells) {
      guard old.inputKey == new.inputKey else { break }
      let run = previous.execution[cellIndex: old.index]
      if old.fenceLine != new.fenceLine, run?.error != nil || run?.failure != nil { break }
      count += 1
    }
    return count
  }
}
