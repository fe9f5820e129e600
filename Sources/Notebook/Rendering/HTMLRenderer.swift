/// Renders a lesson and this run's outputs as one self-contained HTML page.
///
/// Prose goes through cmark; nnbook adds what plain CommonMark lacks: cells with
/// highlighted code and their outputs, GFM pipe tables, math kept away from the
/// Markdown parser, heading anchors and a table of contents.
public enum HTMLRenderer {
  public static func render(_ document: Document, execution: Execution, math typesetting: MathTypesetting = .cdn)
    -> String
  {
    render(prepare(document), execution: execution, math: typesetting)
  }

  /// What a page needs from the lesson alone, before it runs: the prose as HTML (math
  /// kept from the Markdown parser, tables, heading anchors) with a placeholder for each
  /// cell, and each shown cell's highlighted code. `nnbook run` prepares a page on
  /// another core while the lesson's cells run, which takes this work off the time a
  /// lesson takes from start to written page.
  public struct PreparedPage: Sendable {
    let document: Document
    let body: String
    let outline: [HeadingOutline.Entry]
    /// Highlighted code by cell index, for the cells whose code the page shows.
    let code: [Int: String]
  }

  public static func prepare(_ document: Document) -> PreparedPage {
    var markdown = proseLines(of: document)

    // Math first: a `|` inside `$...$` must not split a table cell.
    var math = MathProtector()
    markdown = math.protect(markdown, codeLines: codeLineIndices(in: markdown))

    var tables: [PipeTable] = []
    markdown = extractingTables(from: markdown, into: &tables)

    var body = CommonMark.html(from: markdown.joined(separator: "\n") + "\n", imageFolder: document.directory)
    body = body.replacingPlaceholders(prefix: tablePlaceholderPrefix, suffix: placeholderSuffix) { number in
      number < tables.count ? TableHTML.html(for: tables[number]) : nil
    }
    body = math.restore(in: body)

    var outline = HeadingOutline(reservedIDs: Set(document.cells.map { CellHTML.id(forCell: $0.index) }))
    body = outline.anchoring(body)

    var code: [Int: String] = [:]
    for cell in document.cells where CellHTML.showsCode(of: cell) {
      code[cell.index] = SwiftHighlighter.html(for: cell.code)
    }
    return PreparedPage(document: document, body: body, outline: outline.entries, code: code)
  }

  /// The page: a prepared lesson with this run's outputs.
  public static func render(_ page: PreparedPage, execution: Execution, math typesetting: MathTypesetting = .cdn)
    -> String
  {
    let document = page.document
    let body = page.body.replacingPlaceholders(prefix: cellPlaceholderPrefix, suffix: placeholderSuffix) { number in
      guard number < document.cells.count else { return nil }
      return CellHTML.html(
        for: document.cells[number], highlighted: page.code[number], execution: execution[cellIndex: number],
        in: document)
    }

    let title = page.outline.first { $0.level == 1 }?.title ?? document.baseName.htmlEscaped
    return PageTemplate(
      title: title, body: body, outline: page.outline, banner: banner(for: document, execution: execution),
      footer: footer(for: document, execution: execution), math: typesetting
    ).html
  }

  private static let cellPlaceholderPrefix = "<div data-nnbook-cell=\""
  private static let tablePlaceholderPrefix = "<div data-nnbook-table=\""
  private static let placeholderSuffix = "\"></div>"

  /// The lesson's lines with each cell and its stored region replaced by a placeholder
  /// block, and stored regions that follow no cell dropped: the page shows this run's outputs.
  static func proseLines(of document: Document) -> [String] {
    let lines = document.lines
    var cellStarting: [Int: Cell] = [:]
    var hidden = Set<Int>()
    for cell in document.cells {
      cellStarting[cell.fenceLine] = cell
      hidden.formUnion(cell.fenceLine...(cell.region?.endLine ?? cell.lastLine))
    }
    for region in document.orphanRegions { hidden.formUnion(region.lines) }

    var result: [String] = []
    for number in stride(from: 1, through: lines.count, by: 1) {
      if let cell = cellStarting[number] {
        result += ["", "\(cellPlaceholderPrefix)\(cell.index)\(placeholderSuffix)", ""]
      } else if !hidden.contains(number) {
        result.append(lines.content(ofLine: number))
      }
    }
    return result
  }

  /// The 0-based indices of lines inside code blocks, at any depth.
  private static func codeLineIndices(in lines: [String]) -> Set<Int> {
    var indices = Set<Int>()
    func visit(_ blocks: [MarkdownBlock]) {
      for block in blocks {
        if case .codeBlock = block.kind, block.startLine >= 1 {
          indices.formUnion((block.startLine - 1)..<max(block.startLine, block.endLine))
        }
        visit(block.children)
      }
    }
    visit(CommonMark.blocks(in: Array(lines.joined(separator: "\n").utf8)))
    return indices
  }

  /// Replaces each top-level paragraph that is (or ends in) a pipe table with a placeholder block.
  private static func extractingTables(from lines: [String], into tables: inout [PipeTable]) -> [String] {
    let blocks = CommonMark.blocks(in: Array(lines.joined(separator: "\n").utf8))
    var result: [String] = []
    var next = 0
    for block in blocks where block.kind == .paragraph {
      let first = block.startLine - 1
      let last = min(block.endLine, lines.count) - 1
      guard first >= next, first < last else { continue }
      // The header is the line just before the first delimiter row that matches it.
      guard
        let header = (first..<last).first(where: { PipeTable(lines: [lines[$0], lines[$0 + 1]]) != nil }),
        let table = PipeTable(lines: Array(lines[header...last]))
      else { continue }
      result += lines[next..<header]
      result += ["", "\(tablePlaceholderPrefix)\(tables.count)\(placeholderSuffix)", ""]
      tables.append(table)
      next = last + 1
    }
    result += lines[next...]
    return result
  }

  /// A notice at the top of the page when the run did not go through.
  private static func banner(for document: Document, execution: Execution) -> String? {
    guard let failed = execution.cells.first(where: { $0.status == .failed }) else { return nil }
    let line = document.cells.indices.contains(failed.index) ? document.cells[failed.index].fenceLine : 0
    let notRun = execution.cells.filter { $0.status == .notRun }.count
    var text = "This lesson did not run to the end: the cell at line \(line) failed"
    text += notRun > 0 ? " and the \(notRun == 1 ? "cell" : "\(notRun) cells") after it did not run." : "."
    return "\(text.htmlEscaped) <a href=\"#\(CellHTML.id(forCell: failed.index))\">Show the error</a>"
  }

  private static func footer(for document: Document, execution: Execution) -> String {
    let ran = execution.cells.filter(\.ran).count
    let seconds = execution.cells.reduce(0) { $0 + $1.duration }
    let cellCount = document.cells.count
    var text = "Generated by nnbook from \(document.fileName) · \(cellCount) \(cellCount == 1 ? "cell" : "cells")"
    if ran > 0 {
      let time = seconds < 10 ? "\((seconds * 10).rounded() / 10)" : "\(Int(seconds.rounded()))"
      text += ", \(ran) run in \(time) s"
    }
    return text.htmlEscaped
  }
}
