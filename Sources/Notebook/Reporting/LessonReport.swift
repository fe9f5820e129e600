import Foundation

/// What checking one lesson found, cell by cell: the form `check` hands to a JUnit
/// report and, as JSON, from a worker process to the `check --jobs` that started it.
public struct LessonReport: Codable, Equatable, Sendable {
  /// One cell (or, when the lesson could not be checked at all, the lesson itself).
  public struct Case: Codable, Equatable, Sendable {
    public enum Outcome: String, Codable, Sendable {
      case passed, failed, skipped
    }

    /// `cell 3 (training)`.
    public var name: String
    /// The lesson line of the cell's opening fence (1 for the lesson itself).
    public var line: Int
    public var seconds: Double
    public var outcome: Outcome
    /// One line saying what is wrong, `lesson.md:LINE: error: ...`, or why the case was skipped.
    public var message: String?
    /// The error with its source line and caret, or the diff of the outputs.
    public var details: String?

    public init(
      name: String, line: Int, seconds: Double = 0, outcome: Outcome, message: String? = nil, details: String? = nil
    ) {
      self.name = name
      self.line = line
      self.seconds = seconds
      self.outcome = outcome
      self.message = message
      self.details = details
    }
  }

  /// The lesson's path, as the user gave it.
  public var path: String
  public var cases: [Case]

  public init(path: String, cases: [Case]) {
    self.path = path
    self.cases = cases
  }

  public var seconds: Double { cases.reduce(0) { $0 + $1.seconds } }
  public var failureCount: Int { cases.count(where: { $0.outcome == .failed }) }
  public var skippedCount: Int { cases.count(where: { $0.outcome == .skipped }) }

  /// A report of a lesson that could not be checked (unreadable, malformed, its worker crashed):
  /// one failed case named after the lesson.
  public static func unchecked(path: String, message: String, details: String? = nil) -> LessonReport {
    LessonReport(
      path: path, cases: [Case(name: "lesson", line: 1, outcome: .failed, message: message, details: details)])
  }

  /// The report of a checked lesson: a cell fails when it raised an unexpected error (or
  /// not the one it expected), when its outputs differ from the stored ones, or when it is
  /// stale. A region that follows no cell is a failed case of its own.
  ///
  /// - Parameter execution: the run, or nil when only the input keys were checked
  ///   (`check --no-execute`): then every cell that is not stale passes.
  public init(document: Document, execution: Execution?, differences: [CellDifference]) {
    let path = document.path
    let differing = Dictionary(
      differences.compactMap { difference in difference.cellIndex.map { ($0, difference) } },
      uniquingKeysWith: { first, _ in first })
    func failure(_ difference: CellDifference, into result: inout Case) {
      result.outcome = .failed
      result.message = "\(path):\(difference.fenceLine): error: \(difference.summary)"
      result.details = difference.description
    }
    cases = document.cells.map { cell in
      let name = "cell \(cell.index + 1)" + (cell.options.label.map { " (\($0))" } ?? "")
      var result = Case(name: name, line: cell.fenceLine, outcome: .passed)
      guard let execution else {
        if let difference = differing[cell.index] { failure(difference, into: &result) }
        return result
      }
      guard let run = execution[cellIndex: cell.index] else { return result }
      result.seconds = run.duration
      switch run.status {
      case .skipped:
        result.outcome = .skipped
        result.message = "not evaluated (eval: false)"
        if let difference = differing[cell.index] { failure(difference, into: &result) }
      case .notRun:
        result.outcome = .skipped
        result.message = "not run because an earlier cell failed"
      case .failed:
        result.outcome = .failed
        let error = run.failure ?? run.error
        result.message = error.map { "\(path):\($0.line):\($0.column): error: \($0.message)" }
        result.details = error?.formattedWithCalls()
      case .ok, .expectedError:
        if let difference = differing[cell.index] { failure(difference, into: &result) }
      }
      return result
    }
    for difference in differences where difference.cellIndex == nil {
      var orphan = Case(
        name: "output region at line \(difference.fenceLine)", line: difference.fenceLine, outcome: .passed)
      failure(difference, into: &orphan)
      cases.append(orphan)
    }
    self.path = path
  }
}
