/// The lines of a lesson, as byte ranges over its original UTF-8 bytes.
///
/// Lines are split where CommonMark splits them: on `\n`, `\r\n` and a lone `\r`
/// (cmark's source positions count all three, so a table that did not would put cells
/// and regions on the wrong lines); the `\r` of `\r\n` belongs to the line ending. A leading byte order mark is kept out of every line so
/// that no edit can touch it.
package struct LineTable: Sendable {
  /// One line: `start..<contentEnd` is its text, `contentEnd..<end` its line ending.
  package struct Line: Sendable, Equatable {
    package var start: Int
    package var contentEnd: Int
    package var end: Int

    /// Whether the line ends with a line break (the last line may not).
    package var hasEnding: Bool { end > contentEnd }
  }

  package let bytes: [UInt8]
  package let lines: [Line]
  /// 3 if the text starts with a UTF-8 byte order mark, otherwise 0.
  package let byteOrderMarkLength: Int
  /// The line ending most lines use; new lines are written with it.
  package let dominantEnding: LineEnding

  package init(_ bytes: [UInt8]) {
    self.bytes = bytes
    let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
    byteOrderMarkLength = bytes.starts(with: bom) ? 3 : 0

    var lines: [Line] = []
    var crlfCount = 0
    var lfCount = 0
    var start = byteOrderMarkLength
    var index = start
    while index < bytes.count {
      if bytes[index] == UInt8(ascii: "\n") {
        let hasCarriageReturn = index > start && bytes[index - 1] == UInt8(ascii: "\r")
        if hasCarriageReturn { crlfCount += 1 } else { lfCount += 1 }
        lines.append(Line(start: start, contentEnd: hasCarriageReturn ? index - 1 : index, end: index + 1))
        start = index + 1
      } else if bytes[index] == UInt8(ascii: "\r")
        && (index + 1 == bytes.count || bytes[index + 1] != UInt8(ascii: "\n"))
      {
        lines.append(Line(start: start, contentEnd: index, end: index + 1))
        start = index + 1
      }
      index += 1
    }
    if start < bytes.count {
      lines.append(Line(start: start, contentEnd: bytes.count, end: bytes.count))
    }
    self.lines = lines
    dominantEnding = crlfCount > lfCount ? .crlf : .lf
  }

  /// The number of lines.
  package var count: Int { lines.count }

  /// The line with the given 1-based number.
  package subscript(number: Int) -> Line { lines[number - 1] }

  /// The text of the line with the given 1-based number, without its line ending.
  package func content(ofLine number: Int) -> String {
    let line = lines[number - 1]
    return String(decoding: bytes[line.start..<line.contentEnd], as: UTF8.self)
  }

  /// Whether the line holds nothing but spaces and tabs.
  package func isBlank(_ number: Int) -> Bool {
    let line = lines[number - 1]
    return bytes[line.start..<line.contentEnd].allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
  }

  /// Whether the text ends with a line break.
  package var endsWithNewline: Bool { lines.last?.hasEnding ?? false }
}

/// A line break as written in a file.
package enum LineEnding: String, Sendable {
  case lf = "\n"
  case crlf = "\r\n"
}
