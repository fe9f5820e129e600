/// Builds a `Document` from cmark's top-level blocks and the lesson's own lines.
struct DocumentParser {
  let text: String
  let lines: LineTable
  let path: String

  init(text: String, bytes: [UInt8], path: String) {
    self.text = text
    self.lines = LineTable(bytes)
    self.path = path
  }

  func parse() throws -> Document {
    var blocks = CommonMark.blocks(in: lines.bytes)
    var cells: [Cell] = []
    var orphans: [OutputRegion] = []
    var labels: [String: Int] = [:]
    // Blocks up to this line belong to a region already read.
    var consumedThrough = 0
    var previousBlockWasCell = false

    var next = 0
    while next < blocks.count {
      let block = blocks[next]
      next += 1
      guard block.startLine > consumedThrough else { continue }
      if case .htmlBlock = block.kind, RegionMarker.key(inOpeningLine: lines.content(ofLine: block.startLine)) != nil {
        let region = try RegionParser.region(startingAt: block.startLine, in: lines, path: path)
        consumedThrough = region.endLine
        // What a region holds must not decide what follows it: an output with an
        // unclosed fence (a damaged region) would otherwise hide the next cells from
        // cmark until `update` rewrote the region, and a second update would then find
        // them. When the end marker is not a block of its own, read the rest of the
        // lesson as cmark reads it after a clean region.
        if !blocks.contains(where: { $0.startLine == region.endLine && $0.kind == .htmlBlock }) {
          blocks = blocksAfter(line: region.endLine)
          next = 0
        }
        if previousBlockWasCell, let cell = cells.last, cell.isClosed, cell.region == nil,
          (cell.lastLine + 1..<region.startLine).allSatisfy(lines.isBlank)
        {
          cells[cells.count - 1].region = region
        } else {
          orphans.append(region)
        }
        previousBlockWasCell = false
        continue
      }
      guard let cell = try cell(from: block, index: cells.count) else {
        previousBlockWasCell = false
        continue
      }
      if let label = cell.options.label {
        if let line = labels[label] {
          throw DocumentError(
            path: path, line: cell.fenceLine, column: 1,
            message: "cell label '\(label)' is already used by the cell at line \(line)")
        }
        labels[label] = cell.fenceLine
      }
      cells.append(cell)
      previousBlockWasCell = true
    }

    var previousKey = ""
    for index in cells.indices {
      cells[index].inputKey = InputKey.compute(for: cells[index], previousKey: previousKey)
      previousKey = cells[index].inputKey
    }
    return Document(path: path, text: text, cells: cells, orphanRegions: orphans, lines: lines)
  }

  /// cmark's top-level blocks of the lines after `line`, numbered as in the whole lesson.
  private func blocksAfter(line: Int) -> [MarkdownBlock] {
    guard line < lines.count else { return [] }
    let rest = Array(lines.bytes[lines[line + 1].start...])
    func shifted(_ block: MarkdownBlock) -> MarkdownBlock {
      var block = block
      block.startLine += line
      block.endLine += line
      block.children = block.children.map(shifted)
      return block
    }
    return CommonMark.blocks(in: rest).map(shifted)
  }

  /// The cell a block is, or `nil` if it is prose.
  private func cell(from block: MarkdownBlock, index: Int) throws -> Cell? {
    guard case .codeBlock(_, let literal) = block.kind, block.startLine >= 1, block.startLine <= lines.count,
      let fence = Fence(openingLine: lines.content(ofLine: block.startLine)), fence.language == "swift"
    else { return nil }

    let lastLine = min(max(block.endLine, block.startLine), lines.count)
    let isClosed = lastLine > block.startLine && fence.isClosed(by: lines.content(ofLine: lastLine))
    let lastCodeLine = isClosed ? lastLine - 1 : lastLine
    let codeLines = lastCodeLine > block.startLine ? Array(block.startLine + 1...lastCodeLine) : []
    let options = try CellOptions.parse(
      codeLines.map { CellOptions.SourceLine(number: $0, text: lines.content(ofLine: $0)) }, path: path)
    return Cell(
      index: index, source: literal, fenceLine: block.startLine, lastLine: lastLine, isClosed: isClosed,
      indentation: fence.indentation, options: options)
  }
}
