import Foundation
import Notebook

/// Checks lessons in child processes, one lesson per child and `jobs` children at a time
/// (`check --jobs`), so a lesson that crashes or exhausts memory fails alone.
///
/// Each child is this same `nnbook` running `check --report-to FILE LESSON`; its output is
/// kept and printed in lesson order, as soon as every lesson before it is done.
struct WorkerPool {
  let jobs: Int
  /// Arguments every child gets after `check` (`--timings`).
  var childArguments: [String] = []

  struct Result: Sendable {
    var lesson: String
    /// The child's exit code (0, 1 or 2); 1 when it was killed by a signal.
    var exitCode: Int32
    var reports: [LessonReport]
    var standardOutput: Data
    var standardError: Data
  }

  /// The program each child runs: `NNBOOK_CHECK_WORKER`, or this executable.
  static var workerExecutable: String {
    if let worker = ProcessInfo.processInfo.environment["NNBOOK_CHECK_WORKER"], !worker.isEmpty { return worker }
    if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return path }
    return Bundle.main.executablePath ?? CommandLine.arguments[0]
  }

  /// The results in the order of `lessons`.
  func check(_ lessons: [String]) -> [Result] {
    guard !lessons.isEmpty else { return [] }
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
      "nnbook-check-\(getpid())-\(UUID().uuidString)", isDirectory: true)
    try? FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }

    let queue = Queue(lessons: lessons, order: Self.longestFirst(lessons))
    let executable = Self.workerExecutable
    let arguments = childArguments
    let group = DispatchGroup()
    for _ in 0..<min(jobs, lessons.count) {
      group.enter()
      Thread {
        while let index = queue.claim() {
          let result = Self.runChild(
            executable, arguments: arguments, on: lessons[index],
            files: scratch.appendingPathComponent("\(index)").path)
          queue.finish(index, with: result)
        }
        group.leave()
      }.start()
    }
    group.wait()
    return queue.results.map { $0! }
  }

  /// The order to start lessons in: the biggest files (the most code and prose, a fair
  /// guess at the longest runs) first, so that a long lesson started last does not keep
  /// every other worker waiting at the end. Output is still printed in lesson order.
  static func longestFirst(_ lessons: [String]) -> [Int] {
    let sizes = lessons.map { lesson in
      ((try? FileManager.default.attributesOfItem(atPath: lesson))?[.size] as? NSNumber)?.intValue ?? 0
    }
    return lessons.indices.sorted { sizes[$0] != sizes[$1] ? sizes[$0] > sizes[$1] : $0 < $1 }
  }

  /// Runs one child, its output going to scratch files (pipes could fill and stall it).
  private static func runChild(
    _ executable: String, arguments: [String], on lesson: String, files: String
  ) -> Result {
    let out = files + ".out"
    let err = files + ".err"
    let report = files + ".json"
    _ = FileManager.default.createFile(atPath: out, contents: nil)
    _ = FileManager.default.createFile(atPath: err, contents: nil)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = ["check"] + arguments + ["--report-to", report, lesson]
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = FileHandle(forWritingAtPath: out)
    process.standardError = FileHandle(forWritingAtPath: err)
    let finished = DispatchSemaphore(value: 0)
    process.terminationHandler = { _ in finished.signal() }
    do {
      try process.run()
    } catch {
      let message = "\(lesson): error: cannot start a worker (\(executable)): \(error)"
      return Result(
        lesson: lesson, exitCode: 2, reports: [.unchecked(path: lesson, message: message)], standardOutput: Data(),
        standardError: Data((message + "\n").utf8))
    }
    finished.wait()
    let standardOutput = FileManager.default.contents(atPath: out) ?? Data()
    var standardError = FileManager.default.contents(atPath: err) ?? Data()

    if process.terminationReason == .uncaughtSignal {
      let signal = process.terminationStatus
      let message = "\(lesson): error: the check of this lesson crashed (signal \(signal): \(signalName(signal)))"
      standardError += Data((message + "\n\(lesson): FAILED\n").utf8)
      let output = String(decoding: standardError, as: UTF8.self)
      return Result(
        lesson: lesson, exitCode: 1, reports: [.unchecked(path: lesson, message: message, details: output)],
        standardOutput: standardOutput, standardError: standardError)
    }
    let code = process.terminationStatus
    if let data = FileManager.default.contents(atPath: report),
      let reports = try? JSONDecoder().decode([LessonReport].self, from: data)
    {
      return Result(
        lesson: lesson, exitCode: code, reports: reports, standardOutput: standardOutput, standardError: standardError)
    }
    let message = "\(lesson): error: the worker exited with status \(code) without a report"
    standardError += Data((message + "\n").utf8)
    return Result(
      lesson: lesson, exitCode: code == 0 ? 1 : code, reports: [.unchecked(path: lesson, message: message)],
      standardOutput: standardOutput, standardError: standardError)
  }

  private static func signalName(_ signal: Int32) -> String {
    guard let name = strsignal(signal) else { return "unknown signal" }
    return String(cString: name)
  }

  /// The lessons still to start, the results so far, and how far the output has been printed.
  private final class Queue: @unchecked Sendable {
    private let lock = NSLock()
    private let count: Int
    /// Lesson indices in the order they start.
    private let order: [Int]
    private var next = 0
    private var printed = 0
    private(set) var results: [Result?]

    init(lessons: [String], order: [Int]) {
      count = lessons.count
      self.order = order
      results = Array(repeating: nil, count: lessons.count)
    }

    func claim() -> Int? {
      lock.withLock {
        guard next < count else { return nil }
        defer { next += 1 }
        return order[next]
      }
    }

    /// Stores a result and prints every result not yet printed whose predecessors are all done.
    func finish(_ index: Int, with result: Result) {
      lock.withLock {
        results[index] = result
        while printed < count, let done = results[printed] {
          FileHandle.standardOutput.write(done.standardOutput)
          FileHandle.standardError.write(done.standardError)
          printed += 1
        }
      }
    }
  }
}
