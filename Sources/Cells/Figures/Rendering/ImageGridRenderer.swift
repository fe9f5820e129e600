/// Draws an `ImageGridPlot`: each image as a block of pixels with an optional caption.
struct ImageGridRenderer {
  let plot: ImageGridPlot
  let frame: Rect

  func render(to svg: inout SVGWriter) {
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
      draw(image, in: Rect(x: x, y: y, width: cellWidth, height: cellHeight), to: &svg)
      if let caption = image.caption {
        svg.element(
          "text",
          [
            .init("x", x + cellWidth / 2), .init("y", y + cellHeight + captionHeight - 4),
            .init("text-anchor", "middle"), .init("font-size", ImageGridPlot.captionFontSize),
            .init("fill", Theme.textColor.hexString),
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
}
