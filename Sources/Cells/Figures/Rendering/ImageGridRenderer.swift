/// Draws an `ImageGridPlot`: each image as a block of pixels with an optional caption.
struct ImageGridRenderer {
  let plot: ImageGridPlot
  let frame: Rect

  func render(to svg: inout SVGWriter) {
    let margins = plot.axisMargins
    let frame = frame.inset(left: margins.left, bottom: margins.bottom)
    let columns = plot.columns
    let spacing = ImageGridPlot.spacing
    let captionHeight = plot.hasCaptions ? ImageGridPlot.captionHeight : 0
    // Fit the grid in the frame, keeping square pixels, centred horizontally.
    var cellWidth = (frame.width - spacing * Double(columns - 1)) / Double(columns)
    let rows = Double(plot.gridRows)
    let heightLimit = (frame.height - spacing * (rows - 1)) / rows - captionHeight
    if cellWidth * plot.aspect > heightLimit { cellWidth = max(1, heightLimit / plot.aspect) }
    let cellHeight = cellWidth * plot.aspect
    let gridWidth = cellWidth * Double(columns) + spacing * Double(columns - 1)
    let originX = frame.minX + (frame.width - gridWidth) / 2

    for (index, image) in plot.images.enumerated() {
      let x = originX + Double(index % columns) * (cellWidth + spacing)
      let y = frame.minY + Double(index / columns) * (cellHeight + captionHeight + spacing)
      let box = Rect(x: x, y: y, width: cellWidth, height: cellHeight)
      draw(image, in: box, to: &svg)
      if plot.showsAxes { drawAxes(image, in: box, to: &svg) }
      if let caption = image.caption {
        svg.element(
          "text",
          [
            .init("x", x + cellWidth / 2), .init("y", y + cellHeight + captionHeight - 4),
            .init("text-anchor", "middle"), .init("font-size", ImageGridPlot.captionFontSize),
            .init("fill", Theme.textColor),
          ],
          content: TextMetrics.truncated(caption, toFit: cellWidth + spacing, fontSize: ImageGridPlot.captionFontSize))
      }
    }
  }

  /// One image: a rectangle per run of equal colour in a row, which keeps digit
  /// backgrounds to a few elements.
  private func draw(_ image: ImageGridPlot.Image, in box: Rect, to svg: inout SVGWriter) {
    let finite = image.pixels.filter(\.isFinite)
    let range = (finite.min() ?? 0)...(finite.max() ?? 1)
    let span = range.upperBound - range.lowerBound
    let pixelWidth = box.width / Double(image.columns)
    let pixelHeight = box.height / Double(image.rows)
    func color(_ value: Double) -> String {
      guard value.isFinite else { return "#d0d7de" }
      return plot.colormap.color(at: span > 0 ? (value - range.lowerBound) / span : 0.5).hexString
    }
    svg.group([.init("class", "image"), .init("shape-rendering", "crispEdges")]) { svg in
      for row in 0..<image.rows {
        var start = 0
        while start < image.columns {
          let fill = color(image.pixels[row * image.columns + start])
          var end = start + 1
          while end < image.columns && color(image.pixels[row * image.columns + end]) == fill { end += 1 }
          svg.element(
            "rect",
            [
              .init("x", box.minX + Double(start) * pixelWidth), .init("y", box.minY + Double(row) * pixelHeight),
              .init("width", Double(end - start) * pixelWidth), .init("height", pixelHeight), .init("fill", fill),
            ])
          start = end
        }
      }
      svg.element(
        "rect",
        [
          .init("x", box.minX), .init("y", box.minY), .init("width", box.width), .init("height", box.height),
          .init("fill", "none"), .init("stroke", "#d0d7de"), .init("stroke-width", 0.8),
        ])
    }
  }

  /// Pixel-index ticks on the left and bottom edges, every nice number of pixels (0, 20, 40...).
  private func drawAxes(_ image: ImageGridPlot.Image, in box: Rect, to svg: inout SVGWriter) {
    let font = ImageGridPlot.captionFontSize
    let pixelWidth = box.width / Double(image.columns)
    let pixelHeight = box.height / Double(image.rows)
    let widest = TextMetrics.width(String(image.columns - 1), fontSize: font)
    let columnStride = HeatmapRenderer.labelStride(
      count: image.columns, cell: pixelWidth, size: max(widest + 8, min(60, box.width / 5)))
    let rowStride = HeatmapRenderer.labelStride(
      count: image.rows, cell: pixelHeight, size: max(font + 4, min(40, box.height / 6)))
    svg.group([.init("class", "axes"), .init("stroke", Theme.axisColor), .init("stroke-width", 1.0)]) {
      svg in
      for column in stride(from: 0, to: image.columns, by: columnStride) {
        let x = box.minX + (Double(column) + 0.5) * pixelWidth
        svg.element(
          "line", [.init("x1", x), .init("y1", box.maxY), .init("x2", x), .init("y2", box.maxY + Theme.tickLength)])
      }
      for row in stride(from: 0, to: image.rows, by: rowStride) {
        let y = box.minY + (Double(row) + 0.5) * pixelHeight
        svg.element(
          "line", [.init("x1", box.minX - Theme.tickLength), .init("y1", y), .init("x2", box.minX), .init("y2", y)])
      }
    }
    svg.group([
      .init("class", "tick-labels"), .init("font-size", font), .init("fill", Theme.mutedTextColor),
    ]) { svg in
      for column in stride(from: 0, to: image.columns, by: columnStride) {
        svg.element(
          "text",
          [
            .init("x", box.minX + (Double(column) + 0.5) * pixelWidth),
            .init("y", box.maxY + Theme.tickLength + Theme.gap), .init("dy", "0.8em"), .init("text-anchor", "middle"),
          ], content: String(column))
      }
      for row in stride(from: 0, to: image.rows, by: rowStride) {
        svg.element(
          "text",
          [
            .init("x", box.minX - Theme.tickLength - Theme.gap + 2),
            .init("y", box.minY + (Double(row) + 0.5) * pixelHeight), .init("dy", "0.35em"),
            .init("text-anchor", "end"),
          ], content: String(row))
      }
    }
  }
}
