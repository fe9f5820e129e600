import Cells
import Foundation

/// A lesson's new text after `update`, and the figure files its regions point at.
public struct SplicedLesson: Equatable, Sendable {
  /// The lesson with every output region brought up to date; all other bytes as they were.
  public var text: String
  /// Figure files to write, relative to the lesson's folder.
  public var files: [GeneratedFile]
  /// Whether `text` differs from the lesson as it was read.
  public var changesText: Bool
  /// The execution's failure messages with the line numbers of `text`: once the regions
  /// above a failed cell are rewritten, the cell is no longer where the run saw it.
  public var failures: [String]

  public init(text: String, files: [GeneratedFile], changesText: Bool, failures: [String] = []) {
    self.text = text
    self.files = files
    self.changesText = changesText
    self.failures = failures
  }

  /// Writes the figure files next to `lessonPath` (creating the `_files` folder), then
  /// the lesson itself, each atomically. Files whose contents are unchanged are not touched.
  /// - Returns: the paths written (figure files, then the lesson), empty when all was up to date.
  @discardableResult
  public func write(to lessonPath: String) throws -> [String] {
    let folder = lessonPath.lastIndex(of: "/").map { String(lessonPath[...$0]) } ?? ""
    var written: [String] = []
    for file in files {
      let path = folder + file.relativePath
      if let slash = path.lastIndex(of: "/") {
        let directory = String(path[..<slash])
        try Self.checkStaysInside(directory, lessonFolder: folder)
      }
      if FileManager.default.contents(atPath: path) == Data(file.contents.utf8) { continue }
      if let slash = path.lastIndex(of: "/") {
        let directory = String(path[..<slash])
        do {
          try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
          throw FileWriteError(path: directory, reason: "cannot create the folder (\(error.localizedDescription))")
        }
      }
      try writeAtomically(file.contents, to: path)
      written.append(path)
    }
    if changesText || FileManager.default.contents(atPath: lessonPath) == nil {
      try writeAtomically(text, to: lessonPath)
      written.append(lessonPath)
    }
    return written
  }

  /// Refuses a `_files` folder that is a symbolic link leading outside the lesson's
  /// folder: figures would land wherever the link points.
  static func checkStaysInside(_ directory: String, lessonFolder: String) throws {
    guard let resolvedFolder = realpath(lessonFolder.isEmpty ? "." : lessonFolder, nil) else { return }
    defer { free(resolvedFolder) }
    // A folder not made yet is made inside; one that exists must resolve inside.
    guard let resolvedDirectory = realpath(directory, nil) else { return }
    defer { free(resolvedDirectory) }
    let inside = String(cString: resolvedFolder)
    let target = String(cString: resolvedDirectory)
    guard target.hasPrefix(inside.hasSuffix("/") ? inside : inside + "/") else {
      throw FileWriteError(
        path: directory,
        reason: "is a symbolic link leading outside the lesson's folder (to \(target)); nnbook does not write there")
    }
  }
}
