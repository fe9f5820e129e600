import Foundation

/// A lesson: its original text, its cells, and the output regions stored in it.
///
/// The text is kept byte for byte; every edit nnbook makes replaces whole
/// output regions and leaves the rest alone.
public struct Document: Sendable {
  /// The lesson's path, as the user gave it (used in messages).
  public var path: String
  /// The lesson's text exactly as read.
  public var text: String
  /// The `swift` cells, in order.
  public var cells: [Cell]
  /// Output regions that follow no cell (their cell was deleted); `update` removes them.
  public var orphanRegions: [OutputRegion]
  package var lines: LineTable

  package init(path: String, text: String, cells: [Cell], orphanRegions: [OutputRegion], lines: LineTable) {
    self.path = path
    self.text = text
    self.cells = cells
    self.orphanRegions = orphanRegions
    self.lines = lines
  }

  /// Reads and parses the lesson at `path`.
  public static func parse(contentsOf path: String) throws -> Document {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw DocumentError(path: path, message: "cannot read the file")
    }
    return try parse(bytes: [UInt8](data), path: path)
  }

  /// Parses a lesson held in memory; `path` is used in messages and to name figure files.
  public static func parse(text: String, path: String) throws -> Document {
    try parse(bytes: Array(text.utf8), path: path)
  }

  /// Parses a lesson's bytes, which must be UTF-8 text without NUL bytes.
  public static func parse(bytes: [UInt8], path: String) throws -> Document {
    guard let text = String(validating: bytes, as: UTF8.self), !bytes.contains(0) else {
      throw DocumentError(path: path, message: "not a text file (a lesson must be UTF-8 text without NUL bytes)")
    }
    return try DocumentParser(text: text, bytes: bytes, path: path).parse()
  }

  /// The lesson's file name without folders, as stored outputs mention it.
  public var fileName: String {
    path.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? path
  }

  /// The file name without its extension: figures go to `<baseName>_files/`.
  public var baseName: String { Self.baseName(ofFile: fileName) }

  /// A file name without its extension (`lesson.md` -> `lesson`; `.hidden` stays).
  static func baseName(ofFile name: String) -> String {
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
    return String(name[..<dot])
  }

  /// The folder holding the lesson, or `""` for the current folder.
  var directory: String {
    guard let slash = path.lastIndex(of: "/") else { return "" }
    return String(path[...slash])
  }

  /// The folder, relative to the lesson's own, where figure files go.
  public var filesFolderName: String { baseName + "_files" }

  /// The figure files the stored output regions point at, relative to the lesson's folder, in order.
  public var storedFigurePaths: [String] {
    let regions = (cells.compactMap(\.region) + orphanRegions).sorted { $0.startLine < $1.startLine }
    var seen = Set<String>()
    return regions.flatMap(\.outputs).compactMap { output in
      guard case .figure(_, let path) = output, seen.insert(path).inserted else { return nil }
      return path
    }
  }
}
