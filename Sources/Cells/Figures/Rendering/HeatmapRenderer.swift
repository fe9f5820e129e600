import Foundation

/// Lays out and draws a `HeatmapPlot`: square cells, row and column labels, annotations,
/// and the colour bar.
struct HeatmapRenderer {
  static let labelFontSize = 12.0

  /// The room around the cells: labels on the left and below, the colour bar on the right.
  struct Margins {
    var left: Double
    var right: Double
    var top: Double
    var bottom: Double
    /// Column labels too wide for their cells are turned, and need more room below.
    var turnsColumnLabels: Bool
    var horizontal: Double { left + right }
    var vertical: Double { top + bottom }
  }

  let grid: Rect
  let cellWidth: Double
  let cellHeight: Double
  let rotatesColumnLabels: Bool
  let frame: Rect

  init(_ plot: HeatmapPlot, frame: Rect) {
    let margins = Self.margins(plot, width: frame.width, height: frame.height)
    let available = frame.inset(top: margins.top, left: margins.left, bottom: margins.bottom, right: margins.right)
    var width = min(plot.maxCellSize, available.width / Double(plot.columns))
    var height = min(plot.maxCellSize, available.height / Double(plot.rows))
    // Square cells when there is room; a very tall or wide matrix keeps its cells as they fit.
    let side = min(width, height)
    if max(width, height) / max(side, 1e-9) < 3 {
      width = side
      height = side
    }
    cellWidth = width
    cellHeight = height
    let gridWidth = width * Double(plot.columns)
    let gridHeight = height * Double(plot.rows)
    grid = Rect(
      x: available.minX + (available.width - gridWidth) / 2, y: available.minY, width: gridWidth, height: gridHeight)
    rotatesColumnLabels = margins.turnsColumnLabels
    self.frame = frame
  }

  static func rowLabels(_ plot: HeatmapPlot) -> [String] {
    (plot.rowLabels ?? (0..<plot.rows).map(String.init)).map {
      TextMetrics.truncated($0, toFit: 110, fontSize: labelFontSize)
    }
  }

  static func columnLabels(_ plot: HeatmapPlot) -> [String] {
    (plot.columnLabels ?? (0..<plot.columns).map(String.init)).map {
      TextMetrics.truncated($0, toFit: 110, fontSize: labelFontSize)
    }
  }

  /// Every how many rows or columns a label fits, so many narrow cells do not get overlapping
  /// labels: a nice step (1, 2, 5, 10, 20, 25, 50, ...), so labels read 0, 20, 40 rather than 0, 14, 28.
  static func labelStride(count: Int, cell: Double, size: Double) -> Int {
    guard cell > 0, cell.isFinite, size.isFinite else { return max(1, count) }
    let raw = size / cell
    guard raw > 1 else { return 1 }
    guard raw < Double(count) else { return max(1, count) }
    let step = TickStep.atLeast(raw, integers: true)
    return max(1, min(count, Int(step.value.rounded())))
  }

  static func margins(_ plot: HeatmapPlot, width: Double, height: Double) -> Margins {
    let font = Theme.fontSize
    let widestRow = rowLabels(plot).map { TextMetrics.width($0, fontSize: labelFontSize) }.max() ?? 0
    let widestColumn = columnLabels(plot).map { TextMetrics.width($0, fontSize: labelFontSize) }.max() ?? 0
    let left = (plot.yLabel == nil ? 2 : font + Theme.gap + 2) + widestRow + Theme.gap + 2
    let right = 10 + plot.colorBar.reservedWidth(length: max(60, height - 40))
    // Names wider than their cells are turned; short ones (digits) that merely crowd are thinned instead.
    let cell = min(plot.maxCellSize, (width - left - right) / Double(plot.columns))
    let turned = widestColumn + 4 > cell && widestColumn > 3 * labelFontSize
    let columnLabelHeight = turned ? widestColumn * 0.71 + 8 : labelFontSize + 2
    let bottom = Theme.gap + columnLabelHeight + (plot.xLabel == nil ? 2 : Theme.gap + font + 2)
    return Margins(left: left, right: right, top: 4, bottom: bottom, turnsColumnLabels: turned)
  }

  func render(_ plot: HeatmapPlot, to svg: inout SVGWriter) {
    let annotationSize = min(13, cellHeight * 0.42, cellWidth * 0.42)
    let decimals = TickLabel.decimals(for: plot.values)
    svg.group([.init("class", "cells"), .init("shape-rendering", "crispEdges")]) { svg in
      for row in 0..<plot.rows {
        for column in 0..<plot.columns {
          let value = plot.value(row: row, column: column)
          let color = value.isFinite ? plot.colorBar.color(for: value) : RGBColor(hex: 0xD0D7DE)
          svg.element(
            "rect",
            [
              .init("x", grid.minX + Double(column) * cellWidth), .init("y", grid.minY + Double(row) * cellHeight),
              .init("width", cellWidth), .init("height", cellHeight), .init("fill", color),
            ])
        }
      }
    }
    // Text below 12 units would be unreadable in a page that shrinks a wide figure a little;
    // cells that small go without.
    if plot.annotate && annotationSize >= 12 {
      svg.group([.init("class", "annotations"), .init("font-size", annotationSize), .init("text-anchor", "middle")]) {
        svg in
        for row in 0..<plot.rows {
          for column in 0..<plot.columns {
            let value = plot.value(row: row, column: column)
            guard value.isFinite else { continue }
            let text = TickLabel.fixed(value, decimals: decimals)
            guard TextMetrics.width(text, fontSize: annotationSize) <= cellWidth - 2 else { continue }
            // The text colour follows the cell: dark on light cells, white on dark ones.
            let fill = plot.colorBar.color(for: value).contrastingText
            svg.element(
              "text",
              [
                .init("x", grid.minX + (Double(column) + 0.5) * cellWidth),
                .init("y", grid.minY + (Double(row) + 0.5) * cellHeight), .init("dy", "0.35em"),
                .init("fill", fill),
              ], content: text)
          }
        }
      }
    }
    drawLabels(plot, to: &svg)
    plot.colorBar.render(x: grid.maxX + Theme.gap * 2, top: grid.minY, bottom: grid.maxY, to: &svg)
  }

  private func drawLabels(_ plot: HeatmapPlot, to svg: inout SVGWriter) {
    let font = Self.labelFontSize
    let rowLabels = Self.rowLabels(plot)
    let columnLabels = Self.columnLabels(plot)
    let widestColumn = columnLabels.map { TextMetrics.width($0, fontSize: font) }.max() ?? 0
    // Index labels (no names given) are ticks: a few at round indices, as on a numeric axis,
    // about 60 units apart across a wide grid and closer on a small one.
    let rowSpacing = plot.rowLabels == nil ? max(font + 4, min(40, grid.height / 6)) : font + 2
    let columnSpacing =
      plot.columnLabels == nil
      ? max(widestColumn + 8, min(60, grid.width / 5)) : rotatesColumnLabels ? font + 2 : widestColumn + 4
    let rowStride = Self.labelStride(count: plot.rows, cell: cellHeight, size: rowSpacing)
    let columnStride = Self.labelStride(count: plot.columns, cell: cellWidth, size: columnSpacing)
    var labelsBottom = grid.maxY + Theme.gap + font
    svg.group([.init("class", "tick-labels"), .init("font-size", font), .init("fill", Theme.mutedTextColor)]) {
      svg in
      for row in stride(from: 0, to: plot.rows, by: rowStride) {
        svg.element(
          "text",
          [
            .init("x", grid.minX - Theme.gap), .init("y", grid.minY + (Double(row) + 0.5) * cellHeight),
            .init("dy", "0.35em"), .init("text-anchor", "end"),
          ], content: rowLabels[row])
      }
      for column in stride(from: 0, to: plot.columns, by: columnStride) {
        let x = grid.minX + (Double(column) + 0.5) * cellWidth
        let y = grid.maxY + Theme.gap
        if rotatesColumnLabels {
          svg.element(
            "text",
            [
              .init("x", x), .init("y", y + 4), .init("text-anchor", "end"),
              .init("transform", "rotate(-40 \(SVGNumber.format(x)) \(SVGNumber.format(y + 4)))"),
            ], content: columnLabels[column])
        } else {
          svg.element(
            "text", [.init("x", x), .init("y", y), .init("dy", "0.8em"), .init("text-anchor", "middle")],
            content: columnLabels[column])
        }
      }
    }
    if rotatesColumnLabels { labelsBottom = grid.maxY + Theme.gap + widestColumn * 0.71 + 8 }
    if let xLabel = plot.xLabel {
      svg.element(
        "text",
        [
          .init("x", grid.midX), .init("y", min(frame.maxY - 3, labelsBottom + Theme.gap + Theme.fontSize)),
          .init("text-anchor", "middle"), .init("fill", Theme.textColor),
        ], content: TextMetrics.truncated(xLabel, toFit: frame.width))
    }
    if let yLabel = plot.yLabel {
      let widestRow = rowLabels.map { TextMetrics.width($0, fontSize: font) }.max() ?? 0
      let x = max(frame.minX + Theme.fontSize * 0.8, grid.minX - Theme.gap - widestRow - Theme.gap - 3)
      svg.element(
        "text",
        [
          .init("x", x), .init("y", grid.midY), .init("text-anchor", "middle"),
          .init("transform", "rotate(-90 \(SVGNumber.format(x)) \(SVGNumber.format(grid.midY)))"),
          .init("fill", Theme.textColor),
        ], content: TextMetrics.truncated(yLabel, toFit: grid.height + 40))
    }
  }
}
