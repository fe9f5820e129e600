import Cells

/// Writes tables as HTML: pipe tables from prose (cells are Markdown) and tables cells produced (plain text).
enum TableHTML {
  /// A prose pipe table; each cell's inline Markdown is rendered by cmark.
  static func html(for table: PipeTable) -> String {
    html(header: table.header, rows: table.rows, alignments: table.alignments, cell: inlineMarkdown)
  }

  /// A table a cell produced; its cells are text, shown as written.
  static func html(for table: Table) -> String {
    let alignments = table.alignments.map { $0 == .left ? nil : $0 }
    return html(header: table.header, rows: table.rows, alignments: alignments, cell: { $0.htmlEscaped })
  }

  private static func html(
    header: [String], rows: [[String]], alignments: [Table.Alignment?], cell: (String) -> String
  ) -> String {
    func attributes(_ column: Int) -> String {
      switch column < alignments.count ? alignments[column] : nil {
      case .left: " style=\"text-align: left\""
      case .right: " style=\"text-align: right\""
      case .center: " style=\"text-align: center\""
      case nil: ""
      }
    }
    var html = "<div class=\"table-wrap\"><table>\n<thead>\n<tr>"
    for (column, text) in header.enumerated() {
      html += "<th\(attributes(column))>\(cell(text))</th>"
    }
    html += "</tr>\n</thead>\n"
    if !rows.isEmpty {
      html += "<tbody>\n"
      for row in rows {
        html += "<tr>"
        for (column, text) in row.enumerated() {
          html += "<td\(attributes(column))>\(cell(text))</td>"
        }
        html += "</tr>\n"
      }
      html += "</tbody>\n"
    }
    return html + "</table></div>"
  }

  /// A cell's inline Markdown as HTML, without the paragraph cmark wraps it in.
  ///
  /// A word goes in front so that text such as `1. first` or `# 3` stays inline
  /// instead of becoming a list or a heading; it is taken out again after rendering.
  private static func inlineMarkdown(_ text: String) -> String {
    guard !text.isEmpty else { return "" }
    let guardWord = "NNBOOKCELL "
    let html = CommonMark.html(from: guardWord + text).trimmingWhitespaceAndNewlines()
    let prefix = "<p>" + guardWord
    guard html.hasPrefix(prefix), html.hasSuffix("</p>") else { return text.htmlEscaped }
    return String(html.dropFirst(prefix.count).dropLast(4))
  }
}

extension String {
  func trimmingWhitespaceAndNewlines() -> String {
    guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace }) else {
      return ""
    }
    return String(self[first...last])
  }
}
