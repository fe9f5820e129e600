import ArgumentParser
import Cells
import Foundation
import Notebook

struct Clear: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "clear",
    abstract: "Remove every output region from lessons, giving back the lessons as written.",
    discussion: """
      Nothing is run. The figure files the regions pointed at are removed (and the \
      lesson's _files folder, once empty), as are the pages 'nnbook run' writes next to the \
      lesson by default (LESSON.html, LESSON.out.md, LESSON.ipynb). Files a cell saved \
      (a model's weights) stay. A lesson 'nnbook update' wrote comes back byte for byte.
      """
  )

  @OptionGroup var arguments: LessonArguments

  func run() throws {
    let console = Console()
    var status = ExitStatus()
    for lesson in arguments.lessons {
      let document: Document
      do {
        document = try Document.parse(contentsOf: lesson)
      } catch let error as DocumentError {
        console.error(error.description)
        if error.line == nil { status.badUsage() } else { status.lessonFailed() }
        continue
      } catch {
        console.error("\(lesson): error: \(error)")
        status.badUsage()
        continue
      }
      do {
        let cleared = try Splicer.clear(document)
        if cleared.changesText { try writeAtomically(cleared.text, to: lesson) }
        var removed = cleared.removeObsoleteFiles(nextTo: lesson)
        for format in Run.Format.allCases {
          let page = Run.defaultOutputPath(for: lesson, format: format)
          if page != lesson, (try? FileManager.default.removeItem(atPath: page)) != nil { removed.append(page) }
        }
        if !cleared.changesText && removed.isEmpty {
          console.info("\(lesson) has no outputs")
        } else {
          console.info(
            "cleared \(lesson)"
              + (removed.isEmpty ? "" : " (\(removed.count) generated file\(removed.count == 1 ? "" : "s") removed)"))
        }
      } catch let error as FileWriteError {
        console.error(error.description)
        status.badUsage()
      } catch {
        console.error("\(lesson): error: cannot write: \(error)")
        status.badUsage()
      }
    }
    try status.finish()
  }
}
