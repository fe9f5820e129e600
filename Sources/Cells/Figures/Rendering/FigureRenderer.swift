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
  /// The default width of a panel in a grid: wide enough for 12-unit ticks and a title.
  static let preferredPanelWidth = 310.0
  /// The widest a figure gets without `width:`: the page's breakout width on a laptop screen.
  static let widestDefault = 960.0
  /// The range `figure(width:height:)` accepts.
  static let sizeRange = 120.0...4000.0

  /// The class of the metadata element that holds the plotted numbers.
  static let dataClass = "nnbook-data"

  func render() -> Figure {
    let series = Self.series(of: figure)
    let caption = Self.caption(for: figure)
    let draft = svg(series: series, caption: caption, idPrefix: "nnbook")
    guard draft.hasIDs else { return Figure(svg: draft.text, caption: caption, series: series) }
    // Ids (gradients, clip paths) are named by the hash of the drawing with the plain prefix;
    // only the ids change, so they are renamed in place rather than the figure drawn again.
    var hasher = FNV1a()
    hasher.combine(draft.utf8)
    let text = draft.text(idPrefix: "nnb-" + hasher.hexDigest)
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
        .init("viewBox", "0 0 " + SVGNumber.format(width) + " " + SVGNumber.format(height)), .init("role", "img"),
        // Scales down with the page column, never overflows it; keeps its proportions.
        .init("style", "max-width:100%;height:auto"),
        .init("font-family", Theme.fontFamily), .init("font-size", Theme.fontSize),
      ])
    svg.element("title", [], content: caption)
    svg.element("metadata", [.init("class", Self.dataClass)]) { bytes in SeriesJSON.write(series, to: &bytes) }
    svg.element("rect", [.init("width", width), .init("height", height), .init("fill", Theme.background)])
    if let title = figure.title {
      Self.drawTitle(
        title, centeredAt: width / 2, top: Self.outerMargin, width: width - 20, fontSize: Theme.figureTitleFontSize,
        to: &svg)
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
      Self.drawTitle(
        title, centeredAt: frame.midX, top: frame.minY, width: frame.width, fontSize: Theme.titleFontSize, to: &svg)
      contentFrame = frame.inset(top: Self.titleHeight(title, fontSize: Theme.titleFontSize))
    }
    chart.content.render(in: contentFrame, to: &svg)
  }

  /// A title's lines (`\n` starts a new one), bold and centred, the first line's top at `top`.
  static func drawTitle(
    _ title: String, centeredAt x: Double, top: Double, width: Double, fontSize: Double, to svg: inout SVGWriter
  ) {
    for (index, line) in titleLines(title).enumerated() {
      svg.element(
        "text",
        [
          .init("x", x), .init("y", top + fontSize + Double(index) * fontSize * 1.25),
          .init("text-anchor", "middle"), .init("font-size", fontSize),
          .init("font-weight", index == 0 ? "600" : "400"),
          .init("fill", index == 0 ? Theme.textColor : Theme.mutedTextColor),
        ], content: TextMetrics.truncated(line, toFit: width, fontSize: fontSize, bold: index == 0))
    }
  }

  static func titleLines(_ title: String) -> [String] {
    title.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  }

  /// The room a title takes above its panel: one line, and more for each `\n`.
  static func titleHeight(_ title: String, fontSize: Double) -> Double {
    let extra = Double(titleLines(title).count - 1) * fontSize * 1.25
    return (fontSize == Theme.titleFontSize ? panelTitleHeight : figureTitleHeight) + extra
  }

  // MARK: Layout

  /// The figure's size and each panel's frame, row by row.
  func panelFrames() -> (width: Double, height: Double, frames: [Rect]) {
    let panels = figure.panels
    // More columns than panels would only leave empty room (and `columns: Int.max` no room at all).
    let columns = max(1, min(figure.columns, panels.count))
    let width = figure.width ?? Self.defaultWidth(panels: panels, columns: columns)
    let margin = Self.outerMargin
    let cellWidth = max(20, (width - 2 * margin - Self.columnGap * Double(columns - 1)) / Double(columns))
    let titleHeight = figure.title.map { Self.titleHeight($0, fontSize: Theme.figureTitleFontSize) } ?? 0
    let rowCount = (panels.count + columns - 1) / columns
    // A height the cell asked for is shared by the rows; else each row is as tall as its panels want.
    let askedRowHeight = figure.height.map {
      max(40, ($0 - 2 * margin - titleHeight - Self.rowGap * Double(rowCount - 1)) / Double(rowCount))
    }
    func panelHeight(_ chart: Chart) -> Double {
      let titled = chart.title.map { !$0.isEmpty } ?? false
      return (titled ? Self.titleHeight(chart.title!, fontSize: Theme.titleFontSize) : 0)
        + chart.content.preferredHeight(forWidth: cellWidth)
    }

    var frames: [Rect] = []
    var y = margin + titleHeight
    var start = 0
    while start < panels.count {
      let row = panels[start..<min(panels.count, start + columns)]
      let rowHeight = askedRowHeight ?? row.map(panelHeight).max() ?? 0
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

  /// A lone chart's own width; a grid gets about `preferredPanelWidth` a column, at least the
  /// page column and at most `widestDefault` (the page lets wider figures break out of the column).
  static func defaultWidth(panels: [Chart], columns: Int) -> Double {
    if panels.count == 1 { return panels[0].content.preferredFigureWidth }
    let wanted = 2 * outerMargin + Double(columns) * preferredPanelWidth + Double(columns - 1) * columnGap
    return min(widestDefault, max(Theme.pageWidth, wanted))
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
