/// Rewrites the output regions of a lesson and nothing else.
///
/// The text is edited at line ranges of the original bytes, never re-rendered:
/// a BOM, CRLF line endings, tabs, trailing spaces and a missing final newline
/// all survive, and a second `update` with the same outputs changes nothing.
public enum Splicer {
  /// The lesson with each cell's region replaced, inserted or removed to match `execution`.
  ///
  /// Cells that did not run because an earlier cell failed keep their stored region;
  /// regions that follow no cell are removed.
  public static func update(_ document: Document, with execution: Execution) throws -> SplicedLesson {
    let lines = document.lines
    let ending = Array(lines.dominantEnding.rawValue.utf8)
    var edits: [Edit] = []
    var files: [GeneratedFile] = []
    let changes = changes(for: document, execution: execution)
    for change in changes {
      let cell = change.cell
      files += change.content?.files ?? []
      let newLines = change.content.map { RegionWriter.lines(key: cell.inputKey, content: $0) }

      switch (cell.region, newLines) {
      case (let region?, let newLines?):
        let endsWithNewline = lines[region.endLine].hasEnding
        edits.append(
          Edit(
            range: lines[region.startLine].start..<lines[region.endLine].end,
            replacement: joined(newLines, ending: ending, leading: false, trailing: endsWithNewline)))
      case (let region?, nil):
        edits.append(removal(of: region, in: lines))
      case (nil, let newLines?):
        guard cell.isClosed else {
          throw DocumentError(
            path: document.path, line: cell.fenceLine, column: cell.indentation + 1,
            message: "the code fence opened here is never closed, so the cell's outputs cannot be stored after it")
        }
        let fenceLine = lines[cell.lastLine]
        edits.append(
          Edit(
            range: fenceLine.end..<fenceLine.end,
            replacement: joined(
              newLines, ending: ending, leading: !fenceLine.hasEnding, trailing: fenceLine.hasEnding)))
      case (nil, nil):
        break
      }
    }
    edits += document.orphanRegions.map { removal(of: $0, in: lines) }

    let bytes = apply(edits, to: lines)
    let produced = Set(files.map(\.relativePath))
    return SplicedLesson(
      text: String(decoding: bytes, as: UTF8.self), files: files, changesText: bytes != lines.bytes,
      failures: failures(of: execution, after: changes),
      obsoleteFiles: document.storedFigurePaths.filter { !produced.contains($0) })
  }

  /// The lesson as written: every output region removed (`nnbook clear`), and the figure
  /// files they pointed at listed as obsolete. A lesson `update` wrote comes back byte for byte.
  public static func clear(_ document: Document) throws -> SplicedLesson {
    let nothing = Execution(cells: document.cells.map { CellExecution(index: $0.index, status: .skipped) })
    return try update(document, with: nothing)
  }

  /// The execution's failure messages with the line numbers the lesson will have once
  /// `update` rewrote its regions (a failed cell moves down when a region above it grows).
  public static func failures(of document: Document, with execution: Execution) -> [String] {
    failures(of: execution, after: changes(for: document, execution: execution))
  }

  private static func failures(of execution: Execution, after changes: [RegionChange]) -> [String] {
    let shifts = Dictionary(changes.map { ($0.cell.index, $0.lineShift) }, uniquingKeysWith: { first, _ in first })
    return changes.compactMap { change in
      guard let cellExecution = execution[cellIndex: change.cell.index], cellExecution.status == .failed,
        let failure = cellExecution.failure ?? cellExecution.error
      else { return nil }
      return failure.movingLines(by: shifts, otherwise: change.lineShift).formattedWithCalls()
    }
  }

  /// A cell whose region `update` rewrites: the new body, or `nil` to remove the region.
  struct RegionChange {
    var cell: Cell
    var content: RegionWriter.Content?
    /// How many lines the cell moves down (negative: up) once the regions above it are rewritten.
    var lineShift: Int
  }

  /// The regions `update` writes, for every cell that ran, in lesson order.
  ///
  /// Error messages in regions give lesson lines as they will be once the regions above
  /// are rewritten, so that a second `update` finds nothing to change.
  static func changes(for document: Document, execution: Execution) -> [RegionChange] {
    var changes: [RegionChange] = []
    var shift = 0
    var shifts: [Int: Int] = [:]
    var orphans = document.orphanRegions.sorted { $0.startLine < $1.startLine }[...]
    for cell in document.cells {
      while let orphan = orphans.first, orphan.startLine < cell.fenceLine {
        shift -= orphan.lines.count
        orphans.removeFirst()
      }
      guard let cellExecution = execution[cellIndex: cell.index], cellExecution.status != .notRun else { continue }
      shifts[cell.index] = shift
      let content = RegionWriter.content(for: cell, execution: cellExecution, in: document, lineShifts: shifts)
      changes.append(RegionChange(cell: cell, content: content, lineShift: shift))
      let newLineCount = content.map { $0.bodyLines.count + 2 } ?? 0
      shift += newLineCount - (cell.region?.lines.count ?? 0)
    }
    return changes
  }

  /// Replaces `range` of the original bytes.
  private struct Edit {
    var range: Range<Int>
    var replacement: [UInt8] = []
  }

  /// Removes a region's lines, line endings included.
  private static func removal(of region: OutputRegion, in lines: LineTable) -> Edit {
    Edit(range: lines[region.startLine].start..<lines[region.endLine].end)
  }

  private static func joined(_ lines: [String], ending: [UInt8], leading: Bool, trailing: Bool) -> [UInt8] {
    var bytes: [UInt8] = leading ? ending : []
    for (index, line) in lines.enumerated() {
      if index > 0 { bytes += ending }
      bytes += line.utf8
    }
    if trailing { bytes += ending }
    return bytes
  }

  /// Applies edits in order. If the lesson ended without a line break and removing
  /// a final region left one at the end, that line break goes too, so the lesson
  /// still ends the way it did.
  private static func apply(_ edits: [Edit], to lines: LineTable) -> [UInt8] {
    let original = lines.bytes
    var result: [UInt8] = []
    result.reserveCapacity(original.count)
    var position = 0
    for edit in edits.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
      precondition(edit.range.lowerBound >= position, "output regions overlap")
      result += original[position..<edit.range.lowerBound]
      result += edit.replacement
      position = edit.range.upperBound
    }
    result += original[position...]
    if !edits.isEmpty, lines.count > 0, !lines.endsWithNewline, result.last == UInt8(ascii: "\n") {
      result.removeLast()
      if result.last == UInt8(ascii: "\r") { result.removeLast() }
    }
    return result
  }
}
