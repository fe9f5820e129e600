import Cells

/// Turns a cell's outputs into the Markdown lines of its output region.
///
/// `update` writes these lines and `check` compares against them, so the two
/// always agree on what a cell's outputs look like in the file.
enum RegionWriter {
  /// The body of a cell's region and the figure files it points at.
  struct Content: Equatable {
    var bodyLines: [String]
    var files: [GeneratedFile]
  }

  /// The region a cell should have after running, or `nil` if it should have none
  /// (not evaluated, `output: false`, or nothing produced).
  ///
  /// - Parameter lineShifts: how far each cell (by index) moves once the regions above it are
  ///   rewritten; the error message gives the line it will be on.
  static func content(
    for cell: Cell, execution: CellExecution, in document: Document, lineShifts: [Int: Int] = [:]
  ) -> Content? {
    guard cell.options.evaluates, cell.options.keepsOutput, execution.ran else { return nil }
    guard !execution.outputs.isEmpty || execution.error != nil else { return nil }

    var body: [String] = []
    var files: [GeneratedFile] = []
    var figureCount = 0

    /// Tables and figures stand apart with a blank line on each side, so they parse as what they are.
    func appendSeparated(_ lines: [String]) {
      if body.last.map({ !$0.isEmpty }) ?? true { body.append("") }
      body += lines
      body.append("")
    }

    for output in execution.outputs {
      switch output {
      case .text(let text):
        body += fenced(text, info: "text")
      case .table(let table):
        appendSeparated(PipeTable(table).lines)
      case .figure(let figure):
        figureCount += 1
        let path = "\(document.filesFolderName)/\(figureFileName(for: cell, number: figureCount))"
        let caption = cell.options.figureCaption ?? figure.caption
        files.append(GeneratedFile(relativePath: path, contents: figure.svg))
        appendSeparated(["![\(escapedCaption(caption))](\(path))"])
      }
    }
    if let error = execution.error {
      let moved = error.movingLines(by: lineShifts, otherwise: lineShifts[cell.index] ?? 0)
      body += fenced(moved.formatted(path: document.fileName), info: "error")
    }
    return Content(bodyLines: body, files: files)
  }

  /// The whole region: opening comment, body, closing comment.
  static func lines(key: String, content: Content) -> [String] {
    [RegionMarker.opening(key: key)] + content.bodyLines + [RegionMarker.end]
  }

  /// The file name of a cell's `number`th figure: `LABEL.svg`, `LABEL-2.svg`, or `fig-N.svg` by cell number.
  static func figureFileName(for cell: Cell, number: Int) -> String {
    let stem = cell.options.label ?? "fig-\(cell.index + 1)"
    return number == 1 ? "\(stem).svg" : "\(stem)-\(number).svg"
  }

  /// A fenced block holding `text` as the lesson can hold it (see `storable`), with a
  /// fence longer than any backtick run in it.
  static func fenced(_ text: String, info: String) -> [String] {
    let text = storable(text)
    let fence = Fence.backticks(enclosing: text)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    return [fence + info] + lines + [fence]
  }

  /// Printed text in a form the lesson reads back unchanged: every line ending (`\r\n`,
  /// a lone `\r`) becomes `\n`, as CommonMark would read it, and a NUL byte, which no
  /// text file may hold, is shown as `␀`. `update` and `check` both write outputs
  /// through here, so a stored output always equals a fresh one.
  static func storable(_ text: String) -> String {
    var scalars = String.UnicodeScalarView()
    var afterCarriageReturn = false
    for scalar in text.unicodeScalars {
      defer { afterCarriageReturn = scalar == "\r" }
      switch scalar {
      case "\r": scalars.append("\n")
      case "\n" where afterCarriageReturn: continue
      case "\0": scalars.append("\u{2400}")
      default: scalars.append(scalar)
      }
    }
    return String(scalars)
  }

  private static func escapedCaption(_ caption: String) -> String {
    var escaped = ""
    for character in caption {
      switch character {
      case "\\", "[", "]": escaped += "\\\(character)"
      case "\n", "\r", "\r\n": escaped += " "
      // A figure's title with a NUL made the lesson "not a text file" on the next run.
      case "\0": escaped += "\u{2400}"
      default: escaped.append(character)
      }
    }
    return escaped
  }
}
