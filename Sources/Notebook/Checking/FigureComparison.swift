import Cells
import Foundation

/// Compares a figure with the one stored next to the lesson by the numbers it plots,
/// not by its bytes: colours, layout and fonts may change between nnbook versions,
/// and BLAS may move the last bits of a loss curve between machines, without the
/// lesson being stale.
///
/// The stored numbers come from the SVG's embedded series (see `Figure.series(embeddedIn:)`);
/// the new ones are the new figure's `series`. A difference reads
/// ```
/// figure 1, series "panel 2 / validation loss": value 14 moved 0.512 -> 0.498 (rel. diff 2.7e-2)
/// ```
enum FigureComparison {
  /// At most this many series are reported per figure; the rest are counted.
  static let seriesLimit = 10

  /// The differences between figure `number` of a cell (1-based) as stored in `storedSVG`
  /// and as drawn now; empty when every plotted number is within the tolerance.
  ///
  /// - Parameters:
  ///   - path: the stored file, relative to the lesson, for messages.
  ///   - storedSVG: the stored file's text, `nil` if there is no such file.
  static func differences(
    number: Int, path: String, storedSVG: String?, now: Figure, tolerance: Tolerance
  ) -> [String] {
    guard let storedSVG else {
      return ["figure \(number) (\(path)) is not stored next to the lesson"]
    }
    guard let stored = Figure.series(embeddedIn: storedSVG) else {
      // Drawn by hand or by an nnbook that did not embed its numbers: the SVG text is all there is.
      return textDifferences(path: path, stored: storedSVG, now: now.svg, tolerance: tolerance)
    }
    let lines = seriesDifferences(stored: stored, now: now.series, tolerance: tolerance).map {
      "figure \(number), " + $0
    }
    guard lines.count > seriesLimit else { return lines }
    return Array(lines.prefix(seriesLimit)) + [
      "figure \(number): ... and \(lines.count - seriesLimit) more series differ"
    ]
  }

  /// One line per series that differs: added, removed, resized, or with values that moved.
  static func seriesDifferences(stored: [Figure.Series], now: [Figure.Series], tolerance: Tolerance) -> [String] {
    let nowNames = Set(now.map(\.name))
    let storedNames = Set(stored.map(\.name))
    var lines: [String] = []
    for series in stored where !nowNames.contains(series.name) {
      lines.append("series \(quoted(series.name)) is no longer drawn")
    }
    for series in now {
      guard storedNames.contains(series.name) else {
        lines.append("series \(quoted(series.name)) is new")
        continue
      }
      let before = stored.first { $0.name == series.name }!.values
      let after = series.values
      guard before.count == after.count else {
        lines.append("series \(quoted(series.name)): \(after.count) values, \(before.count) stored")
        continue
      }
      let moved = before.indices.filter { !tolerance.accepts(before[$0], after[$0]) }
      guard let first = moved.first else { continue }
      let (a, b) = distinct(before[first], after[first])
      let relative = Comparator.formatted(Tolerance.relativeDifference(before[first], after[first]))
      var line = "series \(quoted(series.name)): value \(first + 1) moved \(a) -> \(b) (rel. diff \(relative))"
      if moved.count > 1 { line += "; \(moved.count - 1) more of \(after.count) values moved" }
      lines.append(line)
    }
    return lines
  }

  /// The two numbers with just enough digits to tell them apart (3 to 8 significant digits).
  static func distinct(_ a: Double, _ b: Double) -> (String, String) {
    for digits in 3...8 {
      let (x, y) = (text(a, digits), text(b, digits))
      if x != y { return (x, y) }
    }
    return (text(a, 8), text(b, 8))
  }

  private static func text(_ value: Double, _ digits: Int) -> String {
    guard value.isFinite else { return value.isNaN ? "nan" : (value < 0 ? "-inf" : "inf") }
    return String(format: "%.\(digits)g", value)
  }

  private static func quoted(_ name: String) -> String { "\"\(name)\"" }

  /// The fallback for SVGs without embedded numbers: the numbers in the text, in order.
  private static func textDifferences(path: String, stored: String, now: String, tolerance: Tolerance) -> [String] {
    guard stored != now else { return [] }
    let before = NumericText(stored)
    let after = NumericText(now)
    guard before.hasSameShape(as: after) else {
      return ["figure \(path) changed (its drawing differs, not only its numbers)"]
    }
    let moved = zip(before.numbers, after.numbers).enumerated().filter { !tolerance.accepts($1.0.value, $1.1.value) }
    guard let (position, (first, second)) = moved.first else { return [] }
    let relative = Comparator.formatted(Tolerance.relativeDifference(first.value, second.value))
    return [
      "figure \(path): \(moved.count) of \(before.numbers.count) numbers moved; "
        + "first, number \(position + 1): \(first.text) -> \(second.text) (rel. diff \(relative))"
    ]
  }
}
