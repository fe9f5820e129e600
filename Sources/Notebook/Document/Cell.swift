/// A fenced code block whose info string starts with the word `swift`.
public struct Cell: Equatable, Sendable {
  /// The cell's position among the lesson's cells, from 0.
  public var index: Int
  /// The code between the fences, `//|` option lines included, with `\n` line breaks.
  public var source: String
  /// The lesson line of the opening fence (1-based).
  public var fenceLine: Int
  /// The lesson line of the closing fence, or the document's last line if the fence is never closed.
  public var lastLine: Int
  /// Whether a closing fence ends the cell.
  public var isClosed: Bool
  /// Spaces before the opening fence; cmark removes as many from each code line.
  public var indentation: Int
  public var options: CellOptions
  /// The stored outputs that follow the cell, if any.
  public var region: OutputRegion?
  /// The hash of everything that determines the cell's outputs (see `InputKey`).
  public var inputKey: String

  public init(
    index: Int, source: String, fenceLine: Int, lastLine: Int, isClosed: Bool = true,
    indentation: Int = 0, options: CellOptions = CellOptions(), region: OutputRegion? = nil,
    inputKey: String = ""
  ) {
    self.index = index
    self.source = source
    self.fenceLine = fenceLine
    self.lastLine = lastLine
    self.isClosed = isClosed
    self.indentation = indentation
    self.options = options
    self.region = region
    self.inputKey = inputKey
  }

  /// The lesson line of the first code line.
  public var firstCodeLine: Int { fenceLine + 1 }

  /// Whether the stored outputs were made from a different version of the cell (or of a cell before it).
  public var isStale: Bool {
    guard let region else { return false }
    return region.key != inputKey
  }

  /// The number of leading `//|` option lines.
  var optionLineCount: Int {
    var count = 0
    for line in sourceLines {
      guard line.drop(while: { $0 == " " || $0 == "\t" }).hasPrefix("//|") else { break }
      count += 1
    }
    return count
  }

  /// The code without its leading option lines.
  public var code: String {
    sourceLines.dropFirst(optionLineCount).joined(separator: "\n")
  }

  /// How messages and progress lines name the cell: its label, or its line.
  public var displayName: String {
    options.label ?? "cell at line \(fenceLine)"
  }

  var sourceLines: [Substring] {
    var lines = source.split(separator: "\n", omittingEmptySubsequences: false)
    if source.hasSuffix("\n") { lines.removeLast() }
    return lines
  }
}
