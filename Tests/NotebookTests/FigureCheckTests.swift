import Cells
import Foundation
import Testing

@testable import Notebook

/// `check` compares figures by the numbers embedded in their stored SVG files.
@Suite("Checking figures by their plotted numbers")
struct FigureCheckTests {
  /// A folder with a lesson whose one cell drew `storedCell`'s figure, written by `update`.
  struct StoredLesson {
    let folder: URL
    let document: Document

    init(cell source: String, drawing storedCell: String, options: String = "") throws {
      folder = FileManager.default.temporaryDirectory.appendingPathComponent("nnbook-figures-\(UUID().uuidString)")
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      let path = folder.appendingPathComponent("lesson.md").path
      let original = try Document.parse(text: "```swift\n\(options)\(source)\n```\n", path: path)
      try Splicer.update(original, with: Self.run(original, drawing: storedCell)).write(to: path)
      document = try Document.parse(contentsOf: path)
    }

    /// An execution in which the lesson's cell drew what `cell` draws in nnbook's engine.
    static func run(_ document: Document, drawing cell: String) -> Execution {
      let result = Session().run(cell)
      precondition(result.error == nil, "the cell failed: \(String(describing: result.error))")
      return Execution(cells: [CellExecution(index: 0, status: .ok, outputs: result.outputs)])
    }

    func differences(drawing cell: String) -> [String] {
      Comparator.compare(document, with: Self.run(document, drawing: cell)).flatMap(\.details)
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }
  }

  static let curves = "lossCurves(train: [0.7, 0.6, 0.5], validation: [0.72, 0.65, 0.61])"

  @Test func theSameFigureMatches() throws {
    let lesson = try StoredLesson(cell: "plot", drawing: Self.curves)
    defer { lesson.remove() }
    #expect(lesson.differences(drawing: Self.curves).isEmpty)
  }

  @Test func numbersWithinTheToleranceMatch() throws {
    let lesson = try StoredLesson(cell: "plot", drawing: Self.curves)
    defer { lesson.remove() }
    #expect(
      lesson.differences(drawing: "lossCurves(train: [0.70000001, 0.6, 0.5], validation: [0.72, 0.65, 0.61])").isEmpty)
  }

  @Test func aMovedValueIsReportedBySeriesAndPosition() throws {
    let lesson = try StoredLesson(cell: "plot", drawing: Self.curves)
    defer { lesson.remove() }
    let details = lesson.differences(drawing: "lossCurves(train: [0.7, 0.6, 0.5], validation: [0.72, 0.65, 0.598])")
    #expect(details == ["figure 1, series \"validation loss\": value 3 moved 0.61 -> 0.598 (rel. diff 2.0e-2)"])
  }

  @Test func panelsAreNamedInTheReport() throws {
    let panels = { (last: Double) in
      "figure(rows: 1, columns: 2) {\n  plot([1.0, 2])\n  lossCurves(train: [0.5, 0.4], validation: [0.6, \(last)])\n}"
    }
    let lesson = try StoredLesson(cell: "panels", drawing: panels(0.512))
    defer { lesson.remove() }
    #expect(lesson.differences(drawing: panels(0.512)).isEmpty)
    #expect(
      lesson.differences(drawing: panels(0.498)) == [
        "figure 1, series \"panel 2 / validation loss\": value 2 moved 0.512 -> 0.498 (rel. diff 2.7e-2)"
      ])
  }

  @Test func manyMovedValuesAreCounted() throws {
    let lesson = try StoredLesson(cell: "plot", drawing: "plot([1.0, 2, 3, 4])")
    defer { lesson.remove() }
    #expect(
      lesson.differences(drawing: "plot([1.0, 2.5, 3.5, 4.5])") == [
        "figure 1, series \"y\": value 2 moved 2 -> 2.5 (rel. diff 2.0e-1); 2 more of 4 values moved"
      ])
  }

  @Test func addedRemovedAndResizedSeriesAreReported() throws {
    let lesson = try StoredLesson(cell: "plot", drawing: "plot([1.0, 2], [[1.0, 2], [3.0, 4]], labels: [\"a\", \"b\"])")
    defer { lesson.remove() }
    let details = lesson.differences(drawing: "plot([1.0, 2, 3], [[1.0, 2, 3], [3.0, 4, 5]], labels: [\"a\", \"c\"])")
    #expect(details.contains("figure 1, series \"b\" is no longer drawn"))
    #expect(details.contains("figure 1, series \"c\" is new"))
    #expect(details.contains("figure 1, series \"a\": 3 values, 2 stored"))
    #expect(details.contains("figure 1, series \"x\": 3 values, 2 stored"))
  }

  @Test func aDifferentDrawingOfTheSameNumbersMatches() throws {
    let lesson = try StoredLesson(cell: "plot", drawing: Self.curves)
    defer { lesson.remove() }
    // Same numbers, other colours and layout: as when nnbook's styling changes between versions.
    var restyled = Session().run(Self.curves).outputs
    guard case .figure(var figure) = restyled[0] else {
      Issue.record("expected a figure")
      return
    }
    figure.svg = figure.svg.replacingOccurrences(of: "#0072b2", with: "#000000")
      .replacingOccurrences(of: "stroke-width=\"2\"", with: "stroke-width=\"3\"")
    restyled[0] = .figure(figure)
    let run = Execution(cells: [CellExecution(index: 0, status: .ok, outputs: restyled)])
    #expect(Comparator.compare(lesson.document, with: run).isEmpty)
  }

  @Test func theCellsToleranceApplies() throws {
    let lesson = try StoredLesson(cell: "plot", drawing: "plot([1.0, 2])", options: "//| tolerance: 0.1\n")
    defer { lesson.remove() }
    #expect(lesson.differences(drawing: "plot([1.05, 2])").isEmpty)
    #expect(lesson.differences(drawing: "plot([1.2, 2])").count == 1)
  }

  @Test func aMissingFileIsReported() throws {
    let lesson = try StoredLesson(cell: "plot", drawing: Self.curves)
    defer { lesson.remove() }
    try FileManager.default.removeItem(at: lesson.folder.appendingPathComponent("lesson_files/fig-1.svg"))
    #expect(
      lesson.differences(drawing: Self.curves) == ["figure 1 (lesson_files/fig-1.svg) is not stored next to the lesson"]
    )
  }

  @Test func nanMatchesNan() {
    let stored = [Figure.Series(name: "y", values: [1, .nan])]
    #expect(FigureComparison.seriesDifferences(stored: stored, now: stored, tolerance: .default).isEmpty)
    let now = [Figure.Series(name: "y", values: [1, 2])]
    #expect(
      FigureComparison.seriesDifferences(stored: stored, now: now, tolerance: .default) == [
        "series \"y\": value 2 moved nan -> 2 (rel. diff inf)"
      ])
  }

  @Test(arguments: [
    (0.512, 0.498, "0.512", "0.498"), (0.51234, 0.51239, "0.5123", "0.5124"),
    (0.512345, 0.512346, "0.512345", "0.512346"), (1e-7, 2e-7, "1e-07", "2e-07"),
  ])
  func movedValuesShowJustEnoughDigits(a: Double, b: Double, shownA: String, shownB: String) {
    #expect(FigureComparison.distinct(a, b) == (shownA, shownB))
  }
}
