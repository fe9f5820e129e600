import Cells

/// The stored outputs of a cell in the lesson file, between
/// `<!-- nnbook:output KEY -->` and `<!-- nnbook:end -->`.
public struct OutputRegion: Equatable, Sendable {
  /// The input key written when the outputs were stored.
  public var key: String
  /// The line of the opening comment (1-based).
  public var startLine: Int
  /// The line of the closing comment, inclusive.
  public var endLine: Int
  /// The lines between the two comments, without line endings.
  public var bodyLines: [String]
  /// The body read back as outputs.
  public var outputs: [StoredOutput]

  public init(key: String, startLine: Int, endLine: Int, bodyLines: [String], outputs: [StoredOutput]) {
    self.key = key
    self.startLine = startLine
    self.endLine = endLine
    self.bodyLines = bodyLines
    self.outputs = outputs
  }

  /// The lesson lines the region covers.
  public var lines: ClosedRange<Int> { startLine...endLine }
}

/// One output as stored in a lesson file.
public enum StoredOutput: Equatable, Sendable {
  /// A ```` ```text ```` block.
  case text(String)
  /// A ```` ```error ```` block: the formatted, located message.
  case error(String)
  /// A pipe table.
  case table(Table)
  /// An image line pointing at an SVG file next to the lesson.
  case figure(caption: String, path: String)
  /// A line nnbook did not write (the region was edited by hand).
  case unrecognized(String)
}
