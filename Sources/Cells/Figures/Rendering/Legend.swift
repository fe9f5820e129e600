/// The key to a plot's series: a swatch and a name per entry, in a box.
///
/// Inside the plot the entries stack in a column; below a small plot they flow in rows.
struct Legend {
  struct Entry: Equatable {
    enum Swatch: Equatable {
      case line(RGBColor, style: LineStyle, marker: MarkerShape?)
      case point(RGBColor, marker: MarkerShape? = nil)
      case box(RGBColor, opacity: Double)
    }

    var swatch: Swatch
    var label: String
  }

  /// Where each entry goes, relative to the legend's top left corner, and the box's size.
  struct Arrangement {
    var origins: [Point]
    var width: Double
    var height: Double
  }

  var entries: [Entry]

  static let rowHeight = 17.0
  static let padding = 6.0
  static let swatchWidth = 18.0
  static let fontSize = 12.0
  /// Space between entries that share a row.
  static let entryGap = 14.0
  /// Long names are cut, so a legend never takes most of a small panel.
  static let maxLabelWidth = 160.0

  var labels: [String] {
    entries.map { TextMetrics.truncated($0.label, toFit: Self.maxLabelWidth, fontSize: Self.fontSize) }
  }

  private var entryWidths: [Double] {
    labels.map { Self.swatchWidth + Theme.gap + TextMetrics.width($0, fontSize: Self.fontSize) }
  }

  /// One entry per line.
  var column: Arrangement {
    let widths = entryWidths
    let origins = widths.indices.map { Point(x: Self.padding, y: Self.padding + Self.rowHeight * Double($0)) }
    return Arrangement(
      origins: origins, width: Self.padding * 2 + (widths.max() ?? 0),
      height: Self.padding * 2 + Self.rowHeight * Double(entries.count) - 3)
  }

  /// Entries side by side, wrapping to a new row before `maxWidth`.
  func rows(maxWidth: Double) -> Arrangement {
    var origins: [Point] = []
    var x = Self.padding
    var y = Self.padding
    var widest = 0.0
    for width in entryWidths {
      if x > Self.padding && x + width + Self.padding > maxWidth {
        x = Self.padding
        y += Self.rowHeight
      }
      origins.append(Point(x: x, y: y))
      widest = max(widest, x + width)
      x += width + Self.entryGap
    }
    return Arrangement(origins: origins, width: widest + Self.padding, height: y + Self.rowHeight + Self.padding - 3)
  }

  /// A corner of the plot where the column covers no data, or `nil` when every corner would
  /// hide some (the caller then puts the legend outside the plot).
  ///
  /// `points` are data positions on screen (line vertices, dots); `boxes` are bars.
  func corner(in plot: Rect, avoiding points: [Point], boxes: [Rect]) -> Point? {
    let size = column
    guard size.width <= plot.width * 0.6, size.height <= plot.height * 0.8 else { return nil }
    let inset = 6.0
    let corners = [
      Point(x: plot.maxX - size.width - inset, y: plot.minY + inset),  // top right, where readers look first
      Point(x: plot.minX + inset, y: plot.minY + inset),
      Point(x: plot.maxX - size.width - inset, y: plot.maxY - size.height - inset),
      Point(x: plot.minX + inset, y: plot.maxY - size.height - inset),
    ]
    return corners.first { corner in
      // A margin around the box, so a line passing just outside does not touch the text.
      let area = Rect(x: corner.x - 3, y: corner.y - 3, width: size.width + 6, height: size.height + 6)
      return !points.contains(where: area.contains) && !boxes.contains(where: area.intersects)
    }
  }

  func render(at origin: Point, _ arrangement: Arrangement, to svg: inout SVGWriter) {
    svg.group([.init("class", "legend")]) { svg in
      svg.element(
        "rect",
        [
          .init("x", origin.x), .init("y", origin.y), .init("width", arrangement.width),
          .init("height", arrangement.height), .init("rx", 3.0), .init("fill", "#ffffff"),
          .init("fill-opacity", "0.9"), .init("stroke", Theme.gridColor),
        ])
      for (index, (entry, label)) in zip(entries, labels).enumerated() {
        let swatchX = origin.x + arrangement.origins[index].x
        let midY = origin.y + arrangement.origins[index].y + Self.rowHeight / 2 - 1.5
        drawSwatch(entry.swatch, x: swatchX, midY: midY, to: &svg)
        svg.element(
          "text",
          [
            .init("x", swatchX + Self.swatchWidth + Theme.gap), .init("y", midY), .init("dy", "0.35em"),
            .init("font-size", Self.fontSize), .init("fill", Theme.textColor),
          ], content: label)
      }
    }
  }

  private func drawSwatch(_ swatch: Entry.Swatch, x: Double, midY: Double, to svg: inout SVGWriter) {
    switch swatch {
    case .line(let color, let style, let marker):
      var attributes: [SVGWriter.Attribute] = [
        .init("x1", x), .init("y1", midY), .init("x2", x + Self.swatchWidth), .init("y2", midY),
        .init("stroke", color), .init("stroke-width", Theme.lineWidth),
      ]
      if let dashes = style.dashArray(width: Theme.lineWidth * 0.8) {
        attributes.append(.init("stroke-dasharray", dashes))
        // A dot is a zero-length dash: only a round cap draws it.
        attributes.append(.init("stroke-linecap", "round"))
      }
      svg.element("line", attributes)
      if let marker { drawMarker(marker, color: color, at: Point(x: x + Self.swatchWidth / 2, y: midY), to: &svg) }
    case .point(let color, let marker):
      drawMarker(marker ?? .circle, color: color, at: Point(x: x + Self.swatchWidth / 2, y: midY), to: &svg)
    case .box(let color, let opacity):
      svg.element(
        "rect",
        [
          .init("x", x + 3), .init("y", midY - 5), .init("width", Self.swatchWidth - 6), .init("height", 10.0),
          .init("fill", color), .init("fill-opacity", opacity),
        ])
    }
  }

  private func drawMarker(_ marker: MarkerShape, color: RGBColor, at center: Point, to svg: inout SVGWriter) {
    let paint: [SVGWriter.Attribute] =
      marker.isStroked
      ? [.init("fill", "none"), .init("stroke", color), .init("stroke-width", 1.5)]
      : [.init("fill", color)]
    svg.element("path", [.init("d", marker.path(at: center, radius: 4))] + paint)
  }
}
