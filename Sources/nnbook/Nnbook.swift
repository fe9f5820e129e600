import ArgumentParser
import Foundation

@main
struct Nnbook: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "nnbook",
    abstract: "Execute Markdown lessons about neural networks written in Swift.",
    discussion: """
      A lesson is a CommonMark file whose ```swift blocks are cells. nnbook runs the
      cells in order, in one shared scope, and puts their outputs back into the lesson.

      Exit codes: 0 success; 1 a lesson failed, is stale, or differs; 2 bad usage or an unreadable file.
      """,
    version: "0.1.0",
    subcommands: [Run.self, Update.self, Check.self, Watch.self, Clear.self, Ops.self, Fuzz.self]
  )

  /// Parses and runs, mapping argument errors to exit code 2 as DESIGN.md specifies.
  static func main() {
    Kernels.restartWithThreadsThatFitIfNeeded()
    Kernels.restartWithBetterKernelsIfNeeded()
    do {
      if try Run.runPlainInvocation(CommandLine.arguments) { return }
      var command = try parseAsRoot()
      try command.run()
    } catch let code as ExitCode {
      Foundation.exit(code.rawValue)
    } catch {
      let code = exitCode(for: error)
      if code == .success {
        exit(withError: error)  // --help, --version
      }
      let message = fullMessage(for: error)
      if !message.isEmpty { FileHandle.standardError.write(Data((message + "\n").utf8)) }
      Foundation.exit(code == .failure ? 1 : 2)
    }
  }
}

/// The exit code of a command over several lessons (DESIGN.md): 0 success, 1 a lesson
/// failed, is stale or differs, 2 bad usage or an unreadable file. The most serious wins.
struct ExitStatus {
  private(set) var code: Int32 = 0

  mutating func lessonFailed() { code = max(code, 1) }
  mutating func badUsage() { code = 2 }
  /// Folds in the exit code of another part of the work (a worker process): 2 outranks 1.
  mutating func record(exitCode: Int32) { code = max(code, exitCode == 0 ? 0 : min(exitCode, 2)) }

  mutating func record(_ failure: LoadFailure) {
    switch failure {
    case .unreadable: badUsage()
    case .malformed: lessonFailed()
    }
  }

  func finish() throws {
    if code != 0 { throw ExitCode(code) }
  }
}
