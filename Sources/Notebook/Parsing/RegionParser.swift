import Cells

/// Finds where a stored output region ends and reads its body back.
enum RegionParser {
  /// Reads the region whose opening comment is on `startLine`.
  ///
  /// The end comment is searched line by line, skipping fenced blocks, because
  /// cmark sees the opening comment, the outputs and the end comment as separate blocks.
  static func region(startingAt startLine: Int, in lines: LineTable, path: String) throws -> OutputRegion {
    let key = RegionMarker.key(inOpeningLine: lines.content(ofLine: startLine)) ?? ""
    var openFence: Fence?
    var number = startLine + 1
    while number <= lines.count {
      let line = lines.content(ofLine: number)
      if let fence = openFence {
        if fence.isClosed(by: line) { openFence = nil }
      } else if RegionMarker.isEnd(line) {
        let body = (startLine + 1..<number).map { lines.content(ofLine: $0) }
        return OutputRegion(
          key: key, startLine: startLine, endLine: number, bodyLines: body, outputs: outputs(in: body))
      } else if RegionMarker.key(inOpeningLine: line) != nil {
        break
      } else {
        openFence = Fence(openingLine: line)
      }
      number += 1
    }
    throw DocumentError(
      path: path, line: startLine, column: 1,
      message: "output region opened here is never closed; expected '\(RegionMarker.end)'")
  }

  /// Reads a region's body back into outputs.
  static func outputs(in body: [String]) -> [StoredOutput] {
    var outputs: [StoredOutput] = []
    var index = 0
    while index < body.count {
      let line = body[index]
      if line.trimmingWhitespace().isEmpty {
        index += 1
      } else if let fence = Fence(openingLine: line) {
        var content: [String] = []
        index += 1
        while index < body.count, !fence.isClosed(by: body[index]) {
          content.append(String(body[index].dropFirst(min(fence.indentation, leadingSpaces(body[index])))))
          index += 1
        }
        index += 1  // The closing fence.
        let text = content.joined(separator: "\n")
        switch fence.language {
        case "text": outputs.append(.text(text))
        case "error": outputs.append(.error(text))
        default: outputs.append(.unrecognized(([line] + content).joined(separator: "\n")))
        }
      } else if line.trimmingWhitespace().hasPrefix("|") {
        var tableLines: [String] = []
        while index < body.count, body[index].trimmingWhitespace().hasPrefix("|") {
          tableLines.append(body[index])
          index += 1
        }
        if let table = PipeTable(lines: tableLines) {
          outputs.append(.table(table.cellsTable))
        } else {
          outputs.append(contentsOf: tableLines.map { .unrecognized($0) })
        }
      } else if let figure = figure(in: line) {
        outputs.append(figure)
        index += 1
      } else {
        outputs.append(.unrecognized(line))
        index += 1
      }
    }
    return outputs
  }

  private static func leadingSpaces(_ line: String) -> Int {
    line.prefix(while: { $0 == " " }).count
  }

  /// `![caption](path)` as a figure output.
  private static func figure(in line: String) -> StoredOutput? {
    let trimmed = line.trimmingWhitespace()
    guard trimmed.hasPrefix("!["), trimmed.hasSuffix(")") else { return nil }
    var caption = ""
    var index = trimmed.index(trimmed.startIndex, offsetBy: 2)
    while index < trimmed.endIndex, trimmed[index] != "]" {
      if trimmed[index] == "\\", trimmed.index(after: index) < trimmed.endIndex {
        index = trimmed.index(after: index)
      }
      caption.append(trimmed[index])
      index = trimmed.index(after: index)
    }
    let rest = trimmed[index...]
    guard rest.hasPrefix("](") else { return nil }
    let path = rest.dropFirst(2).dropLast()
    return .figure(caption: caption, path: String(path))
  }
}
