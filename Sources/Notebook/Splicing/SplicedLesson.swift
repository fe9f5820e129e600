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
  /// Figure files the lesson's regions pointed at that no region points at any more,
  /// relative to the lesson's folder (see `removeObsoleteFiles(nextTo:)`).
  public var obsoleteFiles: [String]

  public init(
    text: String, files: [GeneratedFile], changesText: Bool, failures: [String] = [], obsoleteFiles: [String] = []
  ) {
    self.text = text
    self.files = files
    self.changesText = changesText
    self.failures = failures
    self.obsoleteFiles = obsoleteFiles
  }

  /// Removes the figure files no cell produces any more (after `write(to:)`), and the
  /// `_files` folder if that leaves it empty. Only `.svg` files inside the lesson's own
  /// `_files` folder are touched: what nnbook wrote there, never a file a cell saved.
  /// - Returns: the paths removed.
  @discardableResult
  public func removeObsoleteFiles(nextTo lessonPath: String) -> [String] {
    let folder = lessonPath.lastIndex(of: "/").map { String(lessonPath[...$0]) } ?? ""
    let name = lessonPath.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? lessonPath
    let filesFolder = Document.baseName(ofFile: name) + "_files/"
    var removed: [String] = []
    let filesPath = folder + String(filesFolder.dropLast())
    // A `_files` link leading out of the lesson's folder: nothing there is nnbook's to remove.
    guard (try? Self.checkStaysInside(filesPath, lessonFolder: folder)) != nil else { return [] }
    for file in obsoleteFiles {
      guard file.hasPrefix(filesFolder), file.hasSuffix(".svg"), !file.dropFirst(filesFolder.count).contains("/")
      else { continue }
      let path = folder + file
      if (try? FileManager.default.removeItem(atPath: path)) != nil { removed.append(path) }
    }
    if !removed.isEmpty, (try? FileManager.default.contentsOfDirectory(atPath: filesPath))?.isEmpty == true {
      try? FileManager.default.removeItem(atPath: filesPath)
    }
    return removed
  }

  /// Writes the figure files next to `lessonPath` (creating the `_files` folder), then
  /// the lesson itself, each atomically. Files whose contents are unchanged are not touched.
  /// - Returns: the paths written (figure files, then the lesson), empty when all was up to date.
  @discardableResult
  public func write(to lessonPath: String) throws -> [String] {
    var written = try writeFiles(nextTo: lessonPath)
    if changesText || FileManager.default.contents(atPath: lessonPath) == nil {
      try writeAtomically(text, to: lessonPath)
      written.append(lessonPath)
    }
    return written
  }

  /// Writes only the figure files, into the folder of `lessonPath` (the text goes elsewhere,
  /// to standard output with `run -o -`).
  /// - Returns: the paths written.
  @discardableResult
  public func writeFiles(nextTo lessonPath: String) throws -> [String] {
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
