import Cells
import Foundation

/// Compares the outputs stored in a lesson with a fresh run (`nnbook check`).
///
/// The new outputs are written out as `update` would write them and compared
/// line by line with the stored region. Numbers (including `nan` and `inf`)
/// match within a tolerance, everything else must match exactly (whitespace
/// between words aside). Figures are compared by the numbers they plot, which
/// their stored SVG files embed (`FigureComparison`).
public enum Comparator {
  /// The differences, one per cell, in lesson order. Cells with `check: false` or
  /// `eval: false`, and cells that did not run or failed (the execution reports those), are skipped.
  public static func compare(
    _ document: Document, with execution: Execution, tolerance: Tolerance = .default
  ) -> [CellDifference] {
    // What `update` would write, so `check` passes exactly when `update` would change nothing
    // (numbers aside).
    let changes = Splicer.changes(for: document, execution: execution)
    return changes.compactMap { change in
      let cell = change.cell
      guard cell.options.isChecked, cell.options.evaluates, let cellExecution = execution[cellIndex: cell.index],
        cellExecution.status == .ok || cellExecution.status == .expectedError
      else { return nil }
      let cellTolerance = Tolerance(
        relative: cell.options.tolerance ?? tolerance.relative, absolute: tolerance.absolute)
      let figures = cellExecution.outputs.compactMap { output -> Figure? in
        if case .figure(let figure) = output { figure } else { nil }
      }
      return difference(
        for: cell, content: change.content, figures: figures, in: document, tolerance: cellTolerance)
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
        stored: region.bodyLines, firstStoredLine: region.startLine + 1, now: content.bodyLines, tolerance: tolerance)
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
  static func lineDifferences(stored: [String], firstStoredLine: Int, now: [String], tolerance: Tolerance)
    -> [String]
  {
    let storedText = stored.map(NumericText.init)
    let nowText = now.map(NumericText.init)
    let steps = LineDiff.steps(oldCount: stored.count, newCount: now.count) { old, new in
      stored[old] == now[new] || storedText[old].matches(nowText[new], tolerance: tolerance)
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
