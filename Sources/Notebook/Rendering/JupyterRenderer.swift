import Cells
import Foundation

/// The lesson and this run's outputs as a Jupyter notebook (nbformat 4.5), so it opens in
/// Jupyter, VS Code or Colab (`nnbook run --to ipynb`).
///
/// Prose between cells becomes Markdown cells; each Swift cell becomes a code cell (its
/// `//|` option lines kept, as Quarto keeps them) with its outputs: text as a `stdout`
/// stream, tables as `display_data` with HTML, Markdown and plain text, figures as
/// `display_data` with `image/svg+xml`, and errors as `error` outputs.
public enum JupyterRenderer {
  public static func render(_ document: Document, execution: Execution) -> String {
    var cells: [NotebookCell] = []
    var executionCount = 0
    var prose: [String] = []
    var skippingUntil = 0

    func flushProse() {
      var lines = prose.drop { $0.trimmingCharacters(in: .whitespaces).isEmpty }
      while let last = lines.last, last.trimmingCharacters(in: .whitespaces).isEmpty { lines.removeLast() }
      prose = []
      guard !lines.isEmpty else { return }
      cells.append(.markdown(id: "prose-\(cells.count + 1)", source: lines.joined(separator: "\n")))
    }

    let cellStarting = Dictionary(document.cells.map { ($0.fenceLine, $0) }, uniquingKeysWith: { first, _ in first })
    let orphanLines = Set(document.orphanRegions.flatMap { Array($0.lines) })
    for number in stride(from: 1, through: document.lines.count, by: 1) where number > skippingUntil {
      guard let cell = cellStarting[number] else {
        if !orphanLines.contains(number) { prose.append(document.lines.content(ofLine: number)) }
        continue
      }
      flushProse()
      skippingUntil = cell.region?.endLine ?? cell.lastLine
      let run = execution[cellIndex: cell.index]
      var count: Int?
      if run?.ran == true {
        executionCount += 1
        count = executionCount
      }
      cells.append(
        .code(
          id: "cell-\(cell.index + 1)", source: cell.source, executionCount: count,
          outputs: run.map { outputs(of: $0, cell: cell, in: document) } ?? []
        ))
    }
    flushProse()

    let notebook = NotebookFile(cells: cells)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let data = (try? encoder.encode(notebook)) ?? Data("{}".utf8)
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  private static func outputs(of run: CellExecution, cell: Cell, in document: Document) -> [NotebookOutput] {
    guard cell.options.keepsOutput else { return [] }
    var result: [NotebookOutput] = []
    for output in run.outputs {
      switch output {
      case .text(let text):
        // Consecutive prints form one stream, as Jupyter shows them.
        if case .stream(let previous)? = result.last {
          result[result.count - 1] = .stream(previous + "\n" + text)
        } else {
          result.append(.stream(text))
        }
      case .table(let table):
        result.append(
          .displayData([
            "text/html": TableHTML.html(for: table),
            "text/markdown": PipeTable(table).lines.joined(separator: "\n"),
            "text/plain": PipeTable(table).lines.joined(separator: "\n"),
          ]))
      case .figure(let figure):
        result.append(
          .displayData(["image/svg+xml": figure.svg, "text/plain": cell.options.figureCaption ?? figure.caption]))
      }
    }
    if let error = run.failure ?? run.error {
      let name =
        switch error.kind {
        case .syntax?: "SyntaxError"
        case .unsupported?: "UnsupportedError"
        case .timeout?: "TimeoutError"
        case .runtime?, nil: "Error"
        }
      result.append(
        .error(name: name, value: error.message, traceback: error.formattedWithCalls(path: document.fileName)))
    }
    return result.map {
      if case .stream(let text) = $0 { NotebookOutput.stream(text + "\n") } else { $0 }
    }
  }
}

/// The notebook file's top level (nbformat 4.5).
private struct NotebookFile: Encodable {
  var cells: [NotebookCell]
  var metadata = Metadata()
  var format = 4
  var formatMinor = 5

  private enum CodingKeys: String, CodingKey {
    case cells, metadata
    case format = "nbformat"
    case formatMinor = "nbformat_minor"
  }

  struct Metadata: Encodable {
    var kernel = ["name": "nnbook", "display_name": "nnbook (Swift)", "language": "swift"]
    var language = ["name": "swift", "file_extension": ".swift", "mimetype": "text/x-swift"]

    private enum CodingKeys: String, CodingKey {
      case kernel = "kernelspec"
      case language = "language_info"
    }
  }
}

private enum NotebookCell: Encodable {
  case markdown(id: String, source: String)
  case code(id: String, source: String, executionCount: Int?, outputs: [NotebookOutput])

  private enum Key: String, CodingKey {
    case type = "cell_type"
    case id, metadata, source, outputs
    case executionCount = "execution_count"
  }

  func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: Key.self)
    try container.encode([String: String](), forKey: .metadata)
    switch self {
    case .markdown(let id, let source):
      try container.encode("markdown", forKey: .type)
      try container.encode(id, forKey: .id)
      try container.encode(Self.multiline(source), forKey: .source)
    case .code(let id, let source, let executionCount, let outputs):
      try container.encode("code", forKey: .type)
      try container.encode(id, forKey: .id)
      try container.encode(Self.multiline(source), forKey: .source)
      try container.encode(executionCount, forKey: .executionCount)
      try container.encode(outputs, forKey: .outputs)
    }
  }

  /// nbformat's multi-line string: the text split after each line break.
  static func multiline(_ text: String) -> [String] {
    var lines: [String] = []
    var line = ""
    for scalar in text.unicodeScalars {
      line.unicodeScalars.append(scalar)
      if scalar == "\n" {
        lines.append(line)
        line = ""
      }
    }
    if !line.isEmpty { lines.append(line) }
    return lines
  }
}

private enum NotebookOutput: Encodable {
  case stream(String)
  case displayData([String: String])
  case error(name: String, value: String, traceback: String)

  private enum Key: String, CodingKey {
    case type = "output_type"
    case name, text, data, metadata, traceback
    case errorName = "ename"
    case errorValue = "evalue"
  }

  func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: Key.self)
    switch self {
    case .stream(let text):
      try container.encode("stream", forKey: .type)
      try container.encode("stdout", forKey: .name)
      try container.encode(NotebookCell.multiline(text), forKey: .text)
    case .displayData(let data):
      try container.encode("display_data", forKey: .type)
      try container.encode(data.mapValues(NotebookCell.multiline), forKey: .data)
      try container.encode([String: String](), forKey: .metadata)
    case .error(let name, let value, let traceback):
      try container.encode("error", forKey: .type)
      try container.encode(name, forKey: .errorName)
      try container.encode(value, forKey: .errorValue)
      try container.encode(
        traceback.split(separator: "\n", omittingEmptySubsequences: false).map(String.init), forKey: .traceback)
    }
  }
}
