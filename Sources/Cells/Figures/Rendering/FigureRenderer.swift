/// Turns a `FigureObject` into the SVG text and the plotted series of a `Figure` output.
///
/// The SVG is self-describing: a `<title>` for screen readers, and a
/// `<metadata class="nnbook-data">` element with the plotted numbers as JSON, which
/// `nnbook check` reads back to compare figures by value rather than by bytes.
struct FigureRenderer {
  let figure: FigureObject

  static let outerMargin = 10.0
  static let columnGap = 18.0
  static let rowGap = 14.0
  static let panelTitleHeight = 22.0
  static let figureTitleHeight = 28.0

  /// The class of the metadata element that holds the plotted numbers.
  static let dataClass = "nnbook-data"

  func render() -> Figure {
    let series = Self.series(of: figure)
    let caption = Self.caption(for: figure)
    // A figure with ids (gradients) is drawn twice: the first drawing's hash names the ids of the second.
    let draft = svg(series: series, caption: caption, idPrefix: "nnbook")
    guard draft.hasIDs else { return Figure(svg: draft.text, caption: caption, series: series) }
    let text = svg(series: series, caption: caption, idPrefix: "nnb-" + FNV1a.hexDigest(of: draft.text)).text
    return Figure(svg: text, caption: caption, series: series)
  }

  private func svg(series: [Figure.Series], caption: String, idPrefix: String) -> SVGWriter {
    let layout = panelFrames()
    var svg = SVGWriter(idPrefix: idPrefix)
    let (width, height) = (layout.width, layout.height)
    svg.open(
      "svg",
      [
        .init("xmlns", "http://www.w3.org/2000/svg"), .init("width", width), .init("height", height),
        .init("viewBox", "0 0 \(SVGNumber.format(width)) \(SVGNumber.format(height))"), .init("role", "img"),
        // Scales down with the page column, never overflows it; keeps its proportions.
        .init("style", "max-width:100%;height:auto"),
        .init("font-family", Theme.fontFamily), .init("font-size", Theme.fontSize),
      ])
    svg.element("title", [], content: caption)
    svg.element("metadata", [.init("class", Self.dataClass)], lines: SeriesJSON.lines(series))
    svg.element("rect", [.init("width", width), .init("height", height), .init("fill", Theme.background.hexString)])
    if let title = figure.title {
      svg.element(
        "text",
        [
          .init("x", width / 2), .init("y", Self.outerMargin + Theme.figureTitleFontSize),
          .init("text-anchor", "middle"),
          .init("font-size", Theme.figureTitleFontSize), .init("font-weight", "600"),
          .init("fill", Theme.textColor.hexString),
        ],
        content: TextMetrics.truncated(title, toFit: width - 20, fontSize: Theme.figureTitleFontSize, bold: true))
    }
    for (chart, frame) in zip(figure.panels, layout.frames) {
      svg.group([.init("class", "panel")]) { svg in draw(chart, in: frame, to: &svg) }
    }
    svg.close()
    return svg
  }

  /// A chart's title above its content.
  private func draw(_ chart: Chart, in frame: Rect, to svg: inout SVGWriter) {
    var contentFrame = frame
    if let title = chart.title, !title.isEmpty {
      svg.element(
        "text",
        [
          .init("x", frame.midX), .init("y", frame.minY + Theme.titleFontSize), .init("text-anchor", "middle"),
          .init("font-size", Theme.titleFontSize), .init("font-weight", "600"),
          .init("fill", Theme.textColor.hexString),
        ], content: TextMetrics.truncated(title, toFit: frame.width, fontSize: Theme.titleFontSize, bold: true))
      contentFrame = frame.inset(top: Self.panelTitleHeight)
    }
    chart.content.render(in: contentFrame, to: &svg)
  }

  // MARK: Layout

  /// The figure's size and each panel's frame, row by row.
  func panelFrames() -> (width: Double, height: Double, frames: [Rect]) {
    let panels = figure.panels
    let columns = max(1, figure.columns)
    let width = panels.count == 1 ? panels[0].content.preferredFigureWidth : Theme.pageWidth
    let margin = Self.outerMargin
    let cellWidth = (width - 2 * margin - Self.columnGap * Double(columns - 1)) / Double(columns)
    func panelHeight(_ chart: Chart) -> Double {
      let titled = chart.title.map { !$0.isEmpty } ?? false
      return (titled ? Self.panelTitleHeight : 0) + chart.content.preferredHeight(forWidth: cellWidth)
    }

    var frames: [Rect] = []
    var y = margin + (figure.title == nil ? 0 : Self.figureTitleHeight)
    var start = 0
    while start < panels.count {
      let row = panels[start..<min(panels.count, start + columns)]
      let rowHeight = row.map(panelHeight).max() ?? 0
      for (offset, _) in row.enumerated() {
        let x = margin + Double(offset) * (cellWidth + Self.columnGap)
        frames.append(Rect(x: x, y: y, width: cellWidth, height: rowHeight))
      }
      y += rowHeight + Self.rowGap
      start += columns
    }
    // Empty rows of the grid (fewer panels than cells) take no room.
    return (width, y - Self.rowGap + margin, frames)
  }

  // MARK: Caption and series

  /// The figure's title, or a description of what it shows.
  static func caption(for figure: FigureObject) -> String {
    if let title = figure.title, !title.isEmpty { return title }
    if figure.panels.count == 1 { return figure.panels[0].description }
    let parts = figure.panels.map(\.description)
    return "\(figure.panels.count) panels: " + parts.joined(separator: "; ")
  }

  /// Every panel's series; with several panels, names say which panel: "panel 2 / validation loss".
  static func series(of figure: FigureObject) -> [Figure.Series] {
    var result: [Figure.Series] = []
    for (index, chart) in figure.panels.enumerated() {
      for series in chart.series {
        let name = figure.panels.count == 1 ? series.name : "panel \(index + 1) / \(series.name)"
        result.append(Figure.Series(name: name, values: series.values.map(SeriesJSON.stored)))
      }
    }
    return result
  }
}
