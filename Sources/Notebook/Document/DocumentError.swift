/// A problem with a lesson file itself, located where it was found.
///
/// Prints the way compilers do, so editors can jump to it:
/// `lesson.md:12:5: error: unknown cell option 'evl'; did you mean 'eval'?`
public struct DocumentError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The lesson's path, as the user gave it.
  public var path: String
  /// 1-based line in the lesson, or `nil` for a problem with the whole file.
  public var line: Int?
  /// 1-based column (in UTF-8 bytes), or `nil` if only the line is known.
  public var column: Int?
  public var message: String

  public init(path: String, line: Int? = nil, column: Int? = nil, message: String) {
    self.path = path
    self.line = line
    self.column = column
    self.message = message
  }

  public var description: String {
    var location = path
    if let line {
      location += ":\(line)"
      if let column { location += ":\(column)" }
    }
    return "\(location): error: \(message)"
  }
}
