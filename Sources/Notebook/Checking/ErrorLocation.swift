/// The `lesson.md:LINE:COL:` locations that start the messages stored in `error` blocks.
///
/// A stored error names the lesson line it happened on, so that the stored text reads like
/// the compiler's. That line moves whenever prose above the cell grows or shrinks, while
/// the error stays the same; `check` compares the location without it (the column, the
/// source line and the caret below it still pin the place down within the cell).
enum ErrorLocation {
  /// `lines` with the line number of every error location inside an `error` block replaced
  /// by `*`: `lesson.md:150:7: error: ...` becomes `lesson.md:*:7: error: ...`.
  static func maskingLines(in lines: [String], fileName: String) -> [String] {
    var result = lines
    var openFence: Fence?
    for (index, line) in lines.enumerated() {
      if let fence = openFence {
        if fence.isClosed(by: line) {
          openFence = nil
        } else if let masked = masking(line, fileName: fileName) {
          result[index] = masked
        }
      } else if let fence = Fence(openingLine: line), fence.language == "error" {
        openFence = fence
      }
    }
    return result
  }

  /// The line with its location's line number masked, or nil when it does not start with
  /// `fileName:LINE:COLUMN: `.
  static func masking(_ line: String, fileName: String) -> String? {
    guard line.hasPrefix(fileName + ":") else { return nil }
    let afterName = line.utf8.dropFirst(fileName.utf8.count + 1)
    let lineDigits = afterName.prefix(while: isDigit)
    guard !lineDigits.isEmpty else { return nil }
    let afterLine = afterName.dropFirst(lineDigits.count)
    guard afterLine.first == UInt8(ascii: ":") else { return nil }
    let columnDigits = afterLine.dropFirst().prefix(while: isDigit)
    guard !columnDigits.isEmpty, afterLine.dropFirst(1 + columnDigits.count).first == UInt8(ascii: ":") else {
      return nil
    }
    return fileName + ":*" + String(decoding: afterLine, as: UTF8.self)
  }

  private static func isDigit(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
  }
}
