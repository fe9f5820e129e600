/// A file `update` writes next to the lesson (a figure's SVG).
public struct GeneratedFile: Equatable, Sendable {
  /// The path relative to the lesson's folder: `lesson_files/fig-3.svg`.
  public var relativePath: String
  public var contents: String

  public init(relativePath: String, contents: String) {
    self.relativePath = relativePath
    self.contents = contents
  }
}
