import Cells

/// A GitHub-flavored Markdown pipe table: a header row, a delimiter row, body rows.
///
/// libcmark is plain CommonMark, so nnbook reads and writes these itself: in
/// prose (rendered to HTML) and in output regions (written and read back).
struct PipeTable: Equatable, Sendable {
  /// Cell texts, still Markdown, with `\|` turned back into `|`.
  var header: [String]
  /// `nil` where the delimiter row gives no colon.
  var alignments: [Table.Alignment?]
  /// Body rows, padded or cut to the header's width.
  var rows: [[String]]

  /// Reads a table from its lines, or returns `nil` if they are not one.
  init?(lines: [some StringProtocol]) {
    guard lines.count >= 2, lines[0].contains("|"), let alignments = Self.alignments(inDelimiterRow: lines[1]) else {
      return nil
    }
    let header = Self.cells(inRow: lines[0])
    guard header.count == alignments.count else { return nil }
    self.header = header
    self.alignments = alignments
    rows = lines.dropFirst(2).map { line in
      let cells = Self.cells(inRow: line)
      return Array(cells.prefix(header.count)) + Array(repeating: "", count: max(0, header.count - cells.count))
    }
  }

  init(_ table: Table) {
    header = table.header
    alignments = table.alignments.map { $0 == .left ? nil : $0 }
    rows = table.rows
  }

  /// The table as nnbook's output value (columns without a colon count as left-aligned).
  var cellsTable: Table {
    Table(header: header, rows: rows, alignments: alignments.map { $0 ?? .left })
  }

  /// The Markdown lines of the table, `|` in cells escaped.
  var lines: [String] {
    let width = max(header.count, rows.map(\.count).max() ?? 0)
    guard width > 0 else { return [] }
    func row(_ cells: [String]) -> String {
      let padded = cells + Array(repeating: "", count: width - min(width, cells.count))
      return "| " + padded.prefix(width).map(Self.escaped).joined(separator: " | ") + " |"
    }
    let delimiters = (0..<width).map { column -> String in
      switch column < alignments.count ? alignments[column] : nil {
      case .left: ":---"
      case .right: "---:"
      case .center: ":---:"
      case nil: "---"
      }
    }
    return [row(header), "| " + delimiters.joined(separator: " | ") + " |"] + rows.map(row)
  }

  /// Whether the line is a delimiter row such as `| --- | :---: |`.
  static func isDelimiterRow(_ line: some StringProtocol) -> Bool {
    alignments(inDelimiterRow: line) != nil
  }

  private static func alignments(inDelimiterRow line: some StringProtocol) -> [Table.Alignment?]? {
    let trimmed = line.trimmingWhitespace()
    // A row of dashes alone is a thematic break or a heading underline, not a table.
    guard trimmed.contains("|") || trimmed.contains(":") else { return nil }
    let cells = cells(inRow: trimmed)
    guard !cells.isEmpty else { return nil }
    var alignments: [Table.Alignment?] = []
    for cell in cells {
      let leftColon = cell.hasPrefix(":")
      let rightColon = cell.hasSuffix(":") && cell.count > 1
      let dashes = cell.dropFirst(leftColon ? 1 : 0).dropLast(rightColon ? 1 : 0)
      guard !dashes.isEmpty, dashes.allSatisfy({ $0 == "-" }) else { return nil }
      switch (leftColon, rightColon) {
      case (true, true): alignments.append(.center)
      case (true, false): alignments.append(.left)
      case (false, true): alignments.append(.right)
      case (false, false): alignments.append(nil)
      }
    }
    return alignments
  }

  /// The cells of a row: split on unescaped `|`, outer pipes dropped, trimmed.
  static func cells(inRow line: some StringProtocol) -> [String] {
    var cells: [String] = []
    var current = ""
    var characters = line.trimmingWhitespace()[...]
    if characters.first == "|" { characters = characters.dropFirst() }
    var escaped = false
    var endedWithPipe = false
    for character in characters {
      endedWithPipe = false
      if escaped {
        if character != "|" { current.append("\\") }
        current.append(character)
        escaped = false
      } else if character == "\\" {
        escaped = true
      } else if character == "|" {
        cells.append(String(current.trimmingWhitespace()))
        current = ""
        endedWithPipe = true
      } else {
        current.append(character)
      }
    }
    if escaped { current.append("\\") }
    if !endedWithPipe || !current.isEmpty || cells.isEmpty {
      cells.append(String(current.trimmingWhitespace()))
    }
    return cells
  }

  /// A cell's text on one line of the table: line endings (`\r\n` and a lone `\r` too,
  /// which split the row on reading back) become spaces, and a NUL, which made the
  /// lesson "not a text file", is shown as `␀`, as in printed text.
  private static func escaped(_ cell: String) -> String {
    var text = ""
    for character in cell {
      switch character {
      case "|": text += "\\|"
      case "\n", "\r", "\r\n": text += " "
      case "\0": text += "\u{2400}"
      default: text.append(character)
      }
    }
    return text
  }
}
