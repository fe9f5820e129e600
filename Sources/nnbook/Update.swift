import ArgumentParser
import Foundation
import Notebook

struct Update: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Execute lessons and rewrite the output regions in the lesson files.",
    discussion: """
      Only the output regions after cells change; every other byte of the lesson stays
      as it was. Running update twice changes nothing the second time.
      """
  )

  @Argument(help: "The lesson files to update.")
  var files: [String]

  func run() throws {
    let console = Console()
    var status = ExitStatus()
    for file in files {
      let document: Document
      switch loadLesson(file, console: console) {
      case .success(let d): document = d
      case .failure(let failure):
        status.record(failure)
        continue
      }
      let execution = execute(document, console: console, reportingFailures: false)
      do {
        let spliced = try Splicer.update(document, with: execution)
        // Failures with the line numbers of the file as written (regions above may have grown).
        report(spliced.failures, of: execution, in: document, console: console)
        let written = try spliced.write(to: file)
        if written.isEmpty {
          console.info("\(file) is up to date")
        } else {
          let figures = written.filter { $0 != file }.count
          console.info(
            "updated \(file)" + (figures > 0 ? " (\(figures) figure file\(figures == 1 ? "" : "s") written)" : ""))
        }
      } catch let error as DocumentError {
        // A lesson the outputs cannot be placed in (an unclosed fence): the lesson's fault.
        console.error(error.description)
        status.lessonFailed()
        continue
      } catch {
        console.error("\(file): error: cannot write: \(error)")
        status.badUsage()
        continue
      }
      if !execution.succeeded { status.lessonFailed() }
    }
    try status.finish()
  }
}
