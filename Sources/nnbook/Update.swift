import ArgumentParser
import Cells
import Foundation
import Notebook

struct Update: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "update",
    abstract: "Execute lessons and rewrite the output regions in the lesson files.",
    discussion: """
      Only the output regions after cells change; every other byte of the lesson stays \
      as it was. Running update twice changes nothing the second time. Figure files in the \
      lesson's _files folder that no cell produces any more are removed.
      """
  )

  @OptionGroup var arguments: LessonArguments

  @OptionGroup var reporting: RunReportOptions

  func run() throws {
    // Errors with the line numbers of the file as written: regions above may have grown.
    var loop = LessonLoop(numbering: .asUpdated)
    loop.showsTimings = reporting.timings
    loop.streamsPrints = reporting.verbose
    let console = loop.console
    loop.run(arguments.lessons) { document, execution in
      let file = document.path
      return LessonVerdict.writing(to: file, console: console) {
        let spliced = try Splicer.update(document, with: execution)
        let written = try spliced.write(to: file)
        // Only once the lesson no longer points at them.
        let removed = spliced.removeObsoleteFiles(nextTo: file)
        if written.isEmpty && removed.isEmpty {
          console.info("\(file) is up to date")
        } else {
          let figures = written.filter { $0 != file }.count
          var notes: [String] = []
          if figures > 0 { notes.append("\(figures) figure file\(figures == 1 ? "" : "s") written") }
          if !removed.isEmpty { notes.append("\(removed.count) no longer produced removed") }
          console.info("updated \(file)" + (notes.isEmpty ? "" : " (" + notes.joined(separator: ", ") + ")"))
        }
        return .done
      }
    }
    try loop.finish()
  }
}
