import Cells

/// Writes one cell of the page: its highlighted code, then what this run produced beneath it.
enum CellHTML {
  static func id(forCell index: Int) -> String { "cell-\(index + 1)" }

  /// Whether the page shows the cell's code (`echo: false` hides it; an empty cell has none).
  static func showsCode(of cell: Cell) -> Bool {
    cell.options.echoes && !cell.code.trimmingWhitespaceAndNewlines().isEmpty
  }

  /// The cell's section; `highlighted` is its code as `SwiftHighlighter` writes it, when
  /// that was done ahead.
  static func html(for cell: Cell, highlighted: String? = nil, execution: CellExecution?, in document: Document)
    -> String
  {
    let status = execution?.status ?? .notRun
    var classes = ["cell"]
    switch status {
    case .failed: classes.append("cell-failed")
    case .notRun: classes.append("cell-not-run")
    case .skipped: classes.append("cell-skipped")
    case .ok, .expectedError: break
    }

    var html = "<section class=\"\(classes.joined(separator: " "))\" id=\"\(id(forCell: cell.index))\">\n"
    if showsCode(of: cell) {
      html += "<div class=\"cell-code\">"
      html += tags(for: cell, status: status)
      let code = highlighted ?? SwiftHighlighter.html(for: cell.code)
      html += "<pre><code class=\"language-swift\">\(code)</code></pre></div>\n"
    }
    html += outputs(for: cell, execution: execution, status: status, in: document)
    return html + "</section>"
  }

  /// Small labels in the corner of the code: the cell's label and anything unusual about it.
  private static func tags(for cell: Cell, status: CellStatus) -> String {
    var tags: [String] = []
    if let label = cell.options.label { tags.append("<span class=\"tag\">\(label.htmlEscaped)</span>") }
    switch status {
    case .skipped: tags.append("<span class=\"tag tag-muted\">not evaluated</span>")
    case .notRun: tags.append("<span class=\"tag tag-muted\">not run</span>")
    case .expectedError: tags.append("<span class=\"tag tag-warning\">expected error</span>")
    case .failed: tags.append("<span class=\"tag tag-error\">failed</span>")
    case .ok: break
    }
    return tags.isEmpty ? "" : "<div class=\"cell-tags\">\(tags.joined())</div>"
  }

  private static func outputs(
    for cell: Cell, execution: CellExecution?, status: CellStatus, in document: Document
  ) -> String {
    var parts: [String] = []
    switch status {
    case .notRun:
      parts.append("<div class=\"cell-note\">Not run: an earlier cell failed.</div>")
    case .skipped:
      break
    case .ok, .expectedError, .failed:
      guard let execution else { break }
      if cell.options.keepsOutput {
        for output in execution.outputs {
          switch output {
          case .text(let text):
            parts.append("<pre class=\"output\">\(text.htmlEscaped)</pre>")
          case .table(let table):
            parts.append(TableHTML.html(for: table))
          case .figure(let figure):
            // The figure draws its own title; a caption below is only for `fig-cap`.
            var html = figureOpeningTag(for: figure.svg) + figure.svg
            if let caption = cell.options.figureCaption, !caption.isEmpty {
              html += "<figcaption>\(caption.htmlEscaped)</figcaption>"
            }
            parts.append(html + "</figure>")
          }
        }
      }
      if let error = execution.error, cell.options.keepsOutput || status == .failed {
        let kind = status == .expectedError ? "error expected" : "error"
        parts.append("<pre class=\"\(kind)\">\(error.formatted(path: document.fileName).htmlEscaped)</pre>")
      }
      if let failure = execution.failure {
        parts.append("<pre class=\"error\">\(failure.formatted(path: document.fileName).htmlEscaped)</pre>")
      }
    }
    guard !parts.isEmpty else { return "" }
    let label = status == .notRun ? "" : "<div class=\"output-label\">Output</div>"
    return "<div class=\"cell-output\">\(label)\n" + parts.joined(separator: "\n") + "\n</div>\n"
  }

  /// Figures wider than the page column leave it on wide screens and scroll sideways on
  /// narrow ones, rather than shrinking their text.
  static let columnWidth = 700.0

  /// `<figure class="figure">`, or for a wide figure `<figure class="figure figure-wide"
  /// style="--figure-width: 960px">`, which the page's styles size and place.
  static func figureOpeningTag(for svg: String) -> String {
    guard let width = svgWidth(svg), width > columnWidth else { return "<figure class=\"figure\">" }
    let pixels = String(Int(width.rounded()))
    return "<figure class=\"figure figure-wide\" style=\"--figure-width: \(pixels)px\">"
  }

  /// The `width` attribute of the SVG's root element, in user units.
  static func svgWidth(_ svg: String) -> Double? {
    // Byte offsets, not `range(of:)`: Foundation's would bridge the whole figure to UTF-16.
    guard let open = svg.firstByteOffset(of: "<svg"),
      let close = svg.firstByteOffset(of: ">", from: open + 4),
      let attribute = svg.firstByteOffset(of: " width=\"", from: open + 4), attribute < close,
      let end = svg.firstByteOffset(of: "\"", from: attribute + 8), end < close
    else { return nil }
    let bytes = svg.utf8
    let from = bytes.index(bytes.startIndex, offsetBy: attribute + 8)
    let to = bytes.index(bytes.startIndex, offsetBy: end)
    let text = String(decoding: bytes[from..<to], as: UTF8.self)
    guard let width = Double(text), width.isFinite, width > 0, width < 100_000 else { return nil }
    return width
  }

}
