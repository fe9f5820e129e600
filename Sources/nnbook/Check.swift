import ArgumentParser
import Foundation
import Notebook

struct Check: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Re-execute lessons and compare with the outputs stored in them.",
    discussion: """
      Each LESSON may be a file or a folder (searched recursively for .md files). Numbers
      compare with a relative tolerance (set per cell with '//| tolerance:'); cells with
      '//| check: false' are run but not compared. Exits 1 when a lesson fails or differs.
      """
  )

  @OptionGroup var arguments: LessonArguments

  func run() throws {
    var loop = LessonLoop(numbering: .asRead)
    let console = loop.console
    var lessons: [String] = []
    for path in arguments.lessons {
      switch LessonFinder.lessons(at: path) {
      case .success(let found):
        if found.isEmpty { console.error("\(path): warning: no .md lessons found") }
        lessons += found
      case .failure(let error):
        console.error(error.description)
        loop.badUsage()
      }
    }
    loop.run(lessons) { document, execution in
      let differences = Comparator.compare(document, with: execution)
      for difference in differences { console.error(difference.description) }
      guard execution.succeeded && differences.isEmpty else {
        let file = document.path
        console.error(
          "\(file): FAILED"
            + (differences.isEmpty
              ? "" : " (\(differences.count) cell(s) differ; run 'nnbook update \(file)' if the new outputs are right)")
        )
        return .failed
      }
      return .done
    }
    console.info("checked \(lessons.count) lesson(s): \(loop.passed) passed, \(loop.failed) failed")
    try loop.finish()
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
