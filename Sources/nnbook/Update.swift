import ArgumentParser
import Cells
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

  @OptionGroup var arguments: LessonArguments

  func run() throws {
    // Errors with the line numbers of the file as written: regions above may have grown.
    var loop = LessonLoop(numbering: .asUpdated)
    let console = loop.console
    loop.run(arguments.lessons) { document, execution in
      let file = document.path
      do {
        let written = try Splicer.update(document, with: execution).write(to: file)
        if written.isEmpty {
          console.info("\(file) is up to date")
        } else {
          let figures = written.filter { $0 != file }.count
          console.info(
            "updated \(file)" + (figures > 0 ? " (\(figures) figure file\(figures == 1 ? "" : "s") written)" : ""))
        }
        return .done
      } catch let error as DocumentError {
        // A lesson the outputs cannot be placed in (an unclosed fence): the lesson's fault.
        console.error(error.description)
        return .failed
      } catch let error as FileWriteError {
        // Already "path: error: reason"; a second prefix would only repeat the path.
        console.error(error.description)
        return .cannotWrite
      } catch {
        console.error("\(file): error: cannot write: \(error)")
        return .cannotWrite
      }
    }
    try loop.finish()
  }
}
