import Cells
import Foundation
import Testing

@testable import Notebook

/// Restyling a figure (issue 16) keeps `check` passing; only moved data makes it differ.
@Suite("Figure style and the data-based check")
struct FigureStyleCheckTests {
  static let plain = "plot([1.0, 10, 100], [0.5, 0.05, 0.005], label: \"loss\")"

  @Test func restyledFiguresOfTheSameDataMatch() throws {
    let lesson = try FigureCheckTests.StoredLesson(cell: "plot", drawing: Self.plain)
    defer { lesson.remove() }
    for restyled in [
      "plot([1.0, 10, 100], [0.5, 0.05, 0.005], label: \"loss\", color: \"red\", lineStyle: .dashed, marker: .circle)",
      "plot([1.0, 10, 100], [0.5, 0.05, 0.005], label: \"loss\", xLimits: (0.5, 200), xScale: .log, yScale: .log)",
      "axes(xLabel: \"epoch\") { plot([1.0, 10, 100], [0.5, 0.05, 0.005], label: \"loss\"); hline(0.01); text(\"a\", at: (5, 0.1)) }",
      "figure(width: 900) { plot([1.0, 10, 100], [0.5, 0.05, 0.005], label: \"loss\") }",
    ] {
      #expect(lesson.differences(drawing: restyled).isEmpty, "\(restyled)")
    }
  }

  @Test func movedDataStillDiffers() throws {
    let lesson = try FigureCheckTests.StoredLesson(cell: "plot", drawing: Self.plain)
    defer { lesson.remove() }
    let details = lesson.differences(
      drawing: "plot([1.0, 10, 100], [0.5, 0.05, 0.006], label: \"loss\", color: \"red\", yScale: .log)")
    #expect(details == ["figure 1, series \"loss\": value 3 moved 0.005 -> 0.006 (rel. diff 1.7e-1)"])
  }

  @Test func wideFiguresLeaveTheColumnAndNarrowOnesStay() throws {
    let wide = Session().run("figure(rows: 2, columns: 3) { for i in 0..<6 { plot([1.0, Double(i)]) } }").outputs
    let narrow = Session().run("plot([1.0, 2])").outputs
    guard case .figure(let grid) = wide.first, case .figure(let single) = narrow.first else {
      Issue.record("expected figures")
      return
    }
    #expect(CellHTML.figureOpeningTag(for: grid.svg).contains("figure-wide\" style=\"--figure-width: 960px\""))
    #expect(CellHTML.figureOpeningTag(for: single.svg) == "<figure class=\"figure\">")
    #expect(CellHTML.svgWidth("<svg width=\"1e999\">") == nil)
    #expect(CellHTML.svgWidth("<svg viewBox=\"0 0 1 1\"><rect width=\"5\"/></svg>") == nil)
    #expect(PageTemplate.css.contains(".figure-wide"))
  }
}
