import Cells
import Foundation

/// Compares the outputs stored in a lesson with a fresh run (`nnbook check`).
///
/// The new outputs are written out as `update` would write them and compared
/// line by line with the stored region. Numbers (including `nan` and `inf`)
/// match within a tolerance, everything else must match exactly (whitespace
/// between words aside). Figures are compared by the numbers they plot, which
/// their stored SVG files embed (`FigureComparison`). The line of an error's location
/// is not compared: it moves with the cell when prose is added above it, and the input
/// key already says whether the code that raised it changed.
///
/// A stale cell (its stored input key is not its key now) fails even when its outputs
/// come out the same: the lesson no longer says what produced them.
public enum Comparator {
  /// The differences, one per cell, in lesson order, then regions that follow no cell.
  /// Cells with `check: false` or `eval: false` are only checked for staleness; cells
  /// that did not run or failed are left to the execution's report.
  public static func compare(
    _ document: Document, with execution: Execution, tolerance: Tolerance = .default
  ) -> [CellDifference] {
    // What `update` would write, so `check` passes exactly when `update` would change nothing
    // (numbers and error lines aside).
    let changes = Dictionary(
      Splicer.changes(for: document, execution: execution).map { ($0.cell.index, $0) },
      uniquingKeysWith: { first, _ in first })
    let differences = document.cells.compactMap { cell -> CellDifference? in
      guard let cellExecution = execution[cellIndex: cell.index] else { return nil }
      switch cellExecution.status {
      case .failed, .notRun: return nil
      case .skipped: return staleness(of: cell, in: document)
      case .ok, .expectedError: break
      }
      guard cell.options.isChecked, let change = changes[cell.index] else { return staleness(of: cell, in: document) }
      let cellTolerance = Tolerance(
        relative: cell.options.tolerance ?? tolerance.relative, absolute: tolerance.absolute)
      let figures = cellExecution.outputs.compactMap { output -> Figure? in
        if case .figure(let figure) = output { figure } else { nil }
      }
      return difference(for: cell, content: change.content, figures: figures, in: document, tolerance: cellTolerance)
        ?? staleness(of: cell, in: document)
    }
    return differences + orphans(in: document)
  }

  /// What the input keys alone say (`check --no-execute`): every stale cell, then every
  /// region that follows no cell.
  public static func staleCells(in document: Document) -> [CellDifference] {
    document.cells.compactMap { staleness(of: $0, in: document) } + orphans(in: document)
  }

  private static func staleness(of cell: Cell, in document: Document) -> CellDifference? {
    guard cell.isStale else { return nil }
    return CellDifference(
      path: document.path, cellIndex: cell.index, fenceLine: cell.fenceLine, label: cell.options.label, kind: .stale,
      isStale: true, details: [])
  }

  /// Regions left behind by a deleted cell: `update` removes them.
  private static func orphans(in document: Document) -> [CellDifference] {
    document.orphanRegions.map { region in
      CellDifference(
        path: document.path, cellIndex: nil, fenceLine: region.startLine, label: nil, kind: .orphaned,
        isStale: true, details: region.bodyLines.map { "- " + $0 })
    }
  }

  /// - Parameter figures: the cell's new figures, in the order of `content.files`.
  private static func difference(
    for cell: Cell, content: RegionWriter.Content?, figures: [Figure], in document: Document, tolerance: Tolerance
  ) -> CellDifference? {
    func difference(_ kind: CellDifference.Kind, _ details: [String]) -> CellDifference {
      CellDifference(
        path: document.path, cellIndex: cell.index, fenceLine: cell.fenceLine, label: cell.options.label, kind: kind,
        isStale: cell.isStale, details: details)
    }

    switch (cell.region, content) {
    case (nil, nil):
      return nil
    case (nil, let content?):
      return difference(.missing, content.bodyLines.map { "+ " + $0 })
    case (let region?, nil):
      return difference(.unexpected, region.bodyLines.map { "- " + $0 })
    case (let region?, let content?):
      var details = lineDifferences(
        stored: region.bodyLines, firstStoredLine: region.startLine + 1, now: content.bodyLines, tolerance: tolerance,
        fileName: document.fileName)
      // Figures by the numbers they plot (the `![caption](path)` lines were compared above).
      for (index, (file, figure)) in zip(content.files, figures).enumerated() {
        details += FigureComparison.differences(
          number: index + 1, path: file.relativePath, storedSVG: readFile(document.directory + file.relativePath),
          now: figure, tolerance: tolerance)
      }
      return details.isEmpty ? nil : difference(.changed, details)
    }
  }

  /// A unified-style diff of stored and new lines, empty if they match.
  ///
  /// - Parameter fileName: the lesson's file name, which error locations in `error` blocks
  ///   start with; their line numbers are not compared.
  static func lineDifferences(
    stored: [String], firstStoredLine: Int, now: [String], tolerance: Tolerance, fileName: String? = nil
  ) -> [String] {
    let storedCompared = fileName.map { ErrorLocation.maskingLines(in: stored, fileName: $0) } ?? stored
    let nowCompared = fileName.map { ErrorLocation.maskingLines(in: now, fileName: $0) } ?? now
    let storedText = storedCompared.map(NumericText.init)
    let nowText = nowCompared.map(NumericText.init)
    let steps = LineDiff.steps(oldCount: stored.count, newCount: now.count) { old, new in
      storedCompared[old] == nowCompared[new] || storedText[old].matches(nowText[new], tolerance: tolerance)
    }
    let changed = steps.indices.filter {
      if case .same = steps[$0] { false } else { true }
    }
    guard !changed.isEmpty else { return [] }

    // Two lines of context around each change, "..." where lines are left out.
    let context = 2
    var shown = Set<Int>()
    for index in changed {
      shown.formUnion(max(0, index - context)...min(steps.count - 1, index + context))
    }
    var lines: [String] = []
    var removed: [Int] = []
    var added: [Int] = []
    var notes = 0
    let noteLimit = 20

    func flushChange() {
      for (old, new) in zip(removed, added) where storedText[old].hasSameShape(as: nowText[new]) {
        for (position, (before, after)) in zip(storedText[old].numbers, nowText[new].numbers).enumerated()
        where !tolerance.accepts(before.value, after.value) {
          notes += 1
          guard notes <= noteLimit else { continue }
          let relative = formatted(Tolerance.relativeDifference(before.value, after.value))
          lines.append(
            "number \(position + 1) on line \(firstStoredLine + old): \(before.text) -> \(after.text) (rel. diff \(relative))"
          )
        }
      }
      removed = []
      added = []
    }

    var previous = -1
    for index in steps.indices where shown.contains(index) {
      if index != previous + 1 {
        flushChange()
        lines.append("...")
      }
      previous = index
      switch steps[index] {
      case .same(let old, _):
        flushChange()
        lines.append("  " + stored[old])
      case .removed(let old):
        if !added.isEmpty { flushChange() }
        removed.append(old)
        lines.append("- " + stored[old])
      case .added(let new):
        added.append(new)
        lines.append("+ " + now[new])
      }
    }
    flushChange()
    if previous < steps.count - 1 { lines.append("...") }
    if notes > noteLimit { lines.append("... and \(notes - noteLimit) more numbers") }
    return lines
  }

  /// A relative difference in short scientific notation: `1.9e-2`.
  static func formatted(_ value: Double) -> String {
    guard value.isFinite else { return "inf" }
    guard value > 0 else { return "0" }
    var exponent = Int(floor(log10(value)))
    var mantissa = (value / pow10(exponent) * 10).rounded() / 10
    if mantissa >= 10 {
      exponent += 1
      mantissa = (value / pow10(exponent) * 10).rounded() / 10
    }
    return "\(mantissa)e\(exponent)"
  }

  private static func pow10(_ exponent: Int) -> Double {
    pow(10, Double(exponent))
  }

  private static func readFile(_ path: String) -> String? {
    FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
  }
}
