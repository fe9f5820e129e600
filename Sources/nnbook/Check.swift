import ArgumentParser
import Cells
import Foundation
import Notebook

struct Check: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Re-execute lessons and compare with the outputs stored in them.",
    discussion: """
      Each LESSON may be a file or a folder (searched recursively for .md files). Numbers \
      compare with a relative tolerance (set per cell with '//| tolerance:'); cells with \
      '//| check: false' are run but not compared. A cell is stale when its code, or the code \
      of a cell before it, changed since its outputs were stored (the key in its output \
      region says); a stale cell fails even if its outputs come out the same. Exits 1 when a \
      lesson fails, differs or is stale.

      '--no-execute' runs nothing: it reports stale cells from the keys alone, in \
      milliseconds, for a pre-commit hook.

      With --jobs, each lesson is checked by its own nnbook process (the environment \
      variable NNBOOK_CHECK_WORKER names another program to run instead, such as a wrapper \
      that limits memory), so a lesson that crashes fails alone. Output stays in lesson order.

      For a CI matrix of n runners, runner i checks '--shard i/n': the lessons sorted by \
      path, the 1st, (n+1)th, (2n+1)th... going to shard 1, so shards 1...n partition the \
      course. '--junit FILE' writes a JUnit XML report CI engines display and merge.
      """
  )

  @OptionGroup var arguments: LessonArguments

  @OptionGroup var reporting: RunReportOptions

  @Option(help: "Check this many lessons at once, each in its own process.")
  var jobs: Int?

  @Option(help: ArgumentHelp("Check only the i-th of n shares of the lessons (1-based).", valueName: "i/n"))
  var shard: Shard?

  @Option(help: ArgumentHelp("Write a JUnit XML report of every cell to this file.", valueName: "file"))
  var junit: String?

  @Flag(help: "Run nothing: only report cells whose stored outputs are stale (their code changed).")
  var noExecute = false

  /// Worker mode (`--jobs`): write the lessons' reports as JSON here and print no summary.
  @Option(help: .hidden)
  var reportTo: String?

  func validate() throws {
    if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
  }

  func run() throws {
    let console = Console()
    var status = ExitStatus()
    var lessons: [String] = []
    for path in arguments.lessons {
      switch LessonFinder.lessons(at: path) {
      case .success(let found):
        if found.isEmpty { console.error("\(path): warning: no .md lessons found") }
        lessons += found
      case .failure(let error):
        console.error(error.description)
        status.badUsage()
      }
    }
    if let shard { lessons = shard.share(of: lessons) }

    let reports: [LessonReport]
    var passed = 0
    if noExecute {
      var failed = 0
      reports = lessons.map { lesson in
        let report = Self.checkKeys(of: lesson, console: console, status: &status)
        if report.failureCount > 0 { failed += 1 } else { passed += 1 }
        return report
      }
      if failed > 0 { status.lessonFailed() }
    } else if let jobs {
      let results = WorkerPool(jobs: jobs, childArguments: reporting.childArguments).check(lessons)
      for result in results {
        status.record(exitCode: result.exitCode)
        if result.exitCode == 0 { passed += 1 }
      }
      reports = results.flatMap(\.reports)
    } else {
      var loop = LessonLoop(console: console, numbering: .asRead)
      loop.showsTimings = reporting.timings
      loop.streamsPrints = reporting.verbose
      reports = check(lessons, with: &loop)
      passed = loop.passed
      status.record(exitCode: loop.status.code)
    }

    if let reportTo {
      let json = try JSONEncoder().encode(reports)
      try writeAtomically([UInt8](json), to: reportTo)
    } else {
      console.info("checked \(lessons.count) lesson(s): \(passed) passed, \(lessons.count - passed) failed")
    }
    if let junit {
      do {
        try writeAtomically(JUnitReport.xml(reports), to: junit)
      } catch {
        console.error("\(junit): error: cannot write the JUnit report: \(error)")
        status.badUsage()
      }
    }
    try status.finish()
  }

  /// Checks the lessons one after another in this process.
  private func check(_ lessons: [String], with loop: inout LessonLoop) -> [LessonReport] {
    let console = loop.console
    var reports: [String: LessonReport] = [:]
    loop.run(lessons) { document, execution in
      let differences = Comparator.compare(document, with: execution)
      reports[document.path] = LessonReport(document: document, execution: execution, differences: differences)
      Self.printDifferences(differences, console: console)
      guard execution.succeeded && differences.isEmpty else {
        console.error("\(document.path): FAILED" + Self.advice(for: differences, of: document.path))
        return .failed
      }
      return .done
    }
    return lessons.map { lesson in
      reports[lesson]
        ?? .unchecked(path: lesson, message: loop.unloadable[lesson] ?? "\(lesson): error: the lesson was not checked")
    }
  }
}

extension Check {
  /// `--no-execute`: the stale cells of one lesson, from the keys in its output regions.
  /// An unreadable file is exit 2, as when executing; a malformed lesson or a stale cell fails it.
  static func checkKeys(of lesson: String, console: Console, status: inout ExitStatus) -> LessonReport {
    let document: Document
    do {
      document = try Document.parse(contentsOf: lesson)
    } catch {
      let documentError = error as? DocumentError
      let message = documentError?.description ?? "\(lesson): error: \(error)"
      console.error(message)
      if documentError?.line == nil { status.badUsage() }
      return .unchecked(path: lesson, message: message)
    }
    let differences = Comparator.staleCells(in: document)
    printDifferences(differences, console: console)
    if !differences.isEmpty {
      console.error("\(lesson): FAILED" + advice(for: differences, of: lesson))
    }
    return LessonReport(document: document, execution: nil, differences: differences)
  }

  /// Prints each difference with its diff; stale cells after the first are one note, since an
  /// edited cell makes every later one stale.
  static func printDifferences(_ differences: [CellDifference], console: Console) {
    var firstStale = true
    var laterStale: [Int] = []
    for difference in differences {
      if difference.kind == .stale {
        if !firstStale {
          laterStale.append(difference.fenceLine)
          continue
        }
        firstStale = false
      }
      console.error(difference.description)
    }
    if let path = differences.first?.path, !laterStale.isEmpty {
      console.error(
        "\(path): note: \(laterStale.count) later cell(s) are stale too (line\(laterStale.count == 1 ? "" : "s") "
          + laterStale.map(String.init).joined(separator: ", ") + ")")
    }
  }

  /// What to do about the differences: `update` when they are all the lesson's outputs.
  static func advice(for differences: [CellDifference], of file: String) -> String {
    guard !differences.isEmpty else { return "" }
    let stale = differences.count(where: { $0.kind == .stale || $0.kind == .orphaned })
    let differing = differences.count - stale
    var parts: [String] = []
    if differing > 0 { parts.append("\(differing) cell(s) differ") }
    if stale > 0 { parts.append("\(stale) stale") }
    let advice =
      differing > 0
      ? "run 'nnbook update \(file)' if the new outputs are right" : "run 'nnbook update \(file)' to store them afresh"
    return " (" + parts.joined(separator: ", ") + "; " + advice + ")"
  }
}

/// `--shard i/n`: the i-th (1-based) of n deterministic shares of the lessons.
struct Shard: ExpressibleByArgument {
  var number: Int
  var count: Int

  init?(argument: String) {
    let parts = argument.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count == 2, let number = Int(parts[0]), let count = Int(parts[1]), count >= 1,
      (1...count).contains(number)
    else { return nil }
    self.number = number
    self.count = count
  }

  /// Every n-th lesson of the sorted, de-duplicated list, starting at the i-th: dealt round
  /// the shards like cards, so lessons that grow longer through a course spread evenly.
  func share(of lessons: [String]) -> [String] {
    Array(Set(lessons)).sorted().enumerated().filter { $0.offset % count == number - 1 }.map(\.element)
  }
}

/// Finds the lessons under a path: the file itself, or every `.md` below a folder
/// (skipping hidden folders and `_files` folders), in a stable order.
enum LessonFinder {
  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  static func lessons(at path: String) -> Result<[String], Failure> {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      return .failure(Failure(description: "\(path): error: no such file or folder"))
    }
    guard isDirectory.boolValue else { return .success([path]) }
    guard let walker = FileManager.default.enumerator(atPath: path) else {
      return .failure(Failure(description: "\(path): error: cannot read folder"))
    }
    var found: [String] = []
    while let entry = walker.nextObject() as? String {
      let name = (entry as NSString).lastPathComponent
      if name.hasPrefix(".") || name.hasSuffix("_files") || name == "node_modules" {
        walker.skipDescendants()
        continue
      }
      if name.hasSuffix(".md") && !name.hasSuffix(".out.md") {
        found.append(path.hasSuffix("/") ? path + entry : path + "/" + entry)
      }
    }
    return .success(found.sorted())
  }
}
