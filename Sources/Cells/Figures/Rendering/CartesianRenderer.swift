/// Draws a `CartesianPlot`: grid, marks, axes, legend and colour bar.
struct CartesianRenderer {
  let plot: CartesianPlot
  let frame: Rect
  /// The marks with a colour for every series that did not ask for one.
  let marks: [Mark]

  init(plot: CartesianPlot, frame: Rect) {
    self.plot = plot
    self.frame = frame
    marks = Self.colored(plot.marks)
  }

  func render(to svg: inout SVGWriter) {
    var extent = DataExtent()
    for mark in marks { extent.formUnion(mark.extent(x: plot.xAxis.scale, y: plot.yAxis.scale)) }

    let legend = Legend(entries: legendEntries)
    var layout = CartesianLayout(plot: plot, extent: extent, frame: frame)
    var placedLegend: (origin: Point, arrangement: Legend.Arrangement)?
    if !legend.entries.isEmpty {
      let (points, boxes) = obstacles(in: layout)
      if let corner = legend.corner(in: layout.plotArea, avoiding: points, boxes: boxes) {
        placedLegend = (corner, legend.column)
      } else if frame.width - legend.column.width >= 420 {
        // Every corner covers data: beside a wide plot...
        let column = legend.column
        layout = CartesianLayout(plot: plot, extent: extent, frame: frame, reservedRight: column.width + Theme.gap * 2)
        var x = layout.plotArea.maxX + Theme.gap * 2
        if let colorBar = plot.colorBar { x += colorBar.reservedWidth(length: layout.plotArea.height) }
        placedLegend = (Point(x: x, y: layout.plotArea.minY), column)
      } else {
        // ...or in rows under a small one, which costs less of its width.
        let rows = legend.rows(maxWidth: frame.width)
        layout = CartesianLayout(plot: plot, extent: extent, frame: frame, reservedBottom: rows.height + Theme.gap)
        placedLegend = (Point(x: frame.midX - rows.width / 2, y: frame.maxY - rows.height), rows)
      }
    }

    drawGrid(layout, to: &svg)
    // Marks stay inside the plot when a range cuts them (limits, a contour's grid).
    let clips = plot.xAxis.exactRange != nil || plot.yAxis.exactRange != nil
    var markAttributes: [SVGWriter.Attribute] = [.init("class", "marks")]
    if clips {
      let id = svg.makeID("clip")
      let area = layout.plotArea
      svg.open("clipPath", [.init("id", id)])
      svg.element(
        "rect",
        [.init("x", area.minX), .init("y", area.minY), .init("width", area.width), .init("height", area.height)])
      svg.close()
      markAttributes.append(.init("clip-path", referenceTo: id))
    }
    svg.group(markAttributes) { svg in
      for mark in marks { draw(mark, layout, to: &svg) }
    }
    drawAxes(layout, to: &svg)
    for mark in marks {
      if case .text(let text) = mark { draw(text, layout, to: &svg) }
    }
    if let colorBar = plot.colorBar {
      colorBar.render(
        x: layout.plotArea.maxX + Theme.gap * 2, top: layout.plotArea.minY, bottom: layout.plotArea.maxY, to: &svg)
    }
    if let placedLegend { legend.render(at: placedLegend.origin, placedLegend.arrangement, to: &svg) }
  }

  // MARK: Colours and legend

  /// Gives each series without a colour the next palette colour, so overlaid plots differ.
  private static func colored(_ marks: [Mark]) -> [Mark] {
    var next = 0
    func take() -> RGBColor {
      defer { next += 1 }
      return Palette.color(next)
    }
    return marks.map { mark in
      switch mark {
      case .line(var line):
        if line.color == nil { line.color = take() }
        return .line(line)
      case .bars(var bars):
        if bars.color == nil { bars.color = take() }
        return .bars(bars)
      case .points(var points):
        if case .single(nil) = points.coloring { points.coloring = .single(take()) }
        return .points(points)
      case .regions, .contours, .reference, .text:
        return mark
      }
    }
  }

  /// One entry per labelled series and per class; none when a lone series has no name.
  private var legendEntries: [Legend.Entry] {
    var entries: [Legend.Entry] = []
    for mark in marks {
      switch mark {
      case .line(let line):
        if let label = line.label {
          entries.append(
            .init(swatch: .line(line.color!, style: line.lineStyle ?? .solid, marker: line.marker), label: label))
        }
      case .reference(let reference):
        if let label = reference.label {
          entries.append(
            .init(
              swatch: .line(reference.color ?? Theme.textColor, style: reference.lineStyle ?? .solid, marker: nil),
              label: label))
        }
      case .bars(let bars):
        if let label = bars.label {
          entries.append(.init(swatch: .box(bars.color!, opacity: bars.opacity), label: label))
        }
      case .points(let dots):
        switch dots.coloring {
        case .single(let color):
          if let label = dots.label {
            entries.append(.init(swatch: .point(color!, marker: dots.marker), label: label))
          }
        case .classes(let classes, let names):
          for index in Set(classes).sorted() {
            let name = index < names.count ? names[index] : "class \(index)"
            if !entries.contains(where: { $0.label == name }) {
              entries.append(.init(swatch: .point(Palette.color(index), marker: dots.marker), label: name))
            }
          }
        case .values:
          break
        }
      case .regions, .contours, .text:
        break
      }
    }
    return entries
  }

  /// What a legend inside the plot must not hide: line vertices and the points between
  /// them, dots, and bars, in screen coordinates.
  private func obstacles(in layout: CartesianLayout) -> ([Point], [Rect]) {
    var points: [Point] = []
    var boxes: [Rect] = []
    for mark in marks {
      switch mark {
      case .line(let line):
        var previous: Point?
        for (x, y) in zip(line.xs, line.ys) {
          guard layout.canShow(x, y) else {
            previous = nil
            continue
          }
          let point = layout.point(x, y)
          if let previous {
            // Long segments (few epochs) can cross a corner with no vertex in it.
            let length = max(abs(point.x - previous.x), abs(point.y - previous.y))
            // Segments far off the plot (cut by limits) could need millions of points; they cross no corner worth it.
            let steps = length < 4000 ? Int(length / 6) : 0
            if steps > 1 {
              for step in 1..<steps {
                let t = Double(step) / Double(steps)
                points.append(
                  Point(x: previous.x + (point.x - previous.x) * t, y: previous.y + (point.y - previous.y) * t))
              }
            }
          }
          points.append(point)
          previous = point
        }
      case .points(let dots):
        for (x, y) in zip(dots.xs, dots.ys) where layout.canShow(x, y) { points.append(layout.point(x, y)) }
      case .bars(let bars):
        boxes += bars.bars.map { bar in screenRect(bar, layout) }
      case .text(let text):
        if layout.canShow(text.x, text.y) { boxes.append(textBox(text, layout)) }
      case .regions, .contours, .reference:
        break
      }
    }
    return (points, boxes)
  }

  // MARK: Drawing

  private func drawGrid(_ layout: CartesianLayout, to svg: inout SVGWriter) {
    let area = layout.plotArea
    svg.group([.init("class", "grid"), .init("stroke", Theme.gridColor), .init("stroke-width", 0.8)]) { svg in
      for value in layout.yTicks.values {
        let y = layout.yScale.position(value)
        svg.element("line", [.init("x1", area.minX), .init("y1", y), .init("x2", area.maxX), .init("y2", y)])
      }
      if layout.categoryLabels == nil {
        for value in layout.xTicks.values {
          let x = layout.xScale.position(value)
          svg.element("line", [.init("x1", x), .init("y1", area.minY), .init("x2", x), .init("y2", area.maxY)])
        }
      }
    }
  }

  private func drawAxes(_ layout: CartesianLayout, to svg: inout SVGWriter) {
    let area = layout.plotArea
    let axis = Theme.axisColor.hexString
    let tickFont = CartesianLayout.tickFontSize
    svg.group([.init("class", "axes"), .init("stroke", axis), .init("stroke-width", 1.0)]) { svg in
      svg.element(
        "line", [.init("x1", area.minX), .init("y1", area.maxY), .init("x2", area.maxX), .init("y2", area.maxY)])
      svg.element(
        "line", [.init("x1", area.minX), .init("y1", area.minY), .init("x2", area.minX), .init("y2", area.maxY)])
      // A zero line where bars go both ways.
      if layout.yTicks.lower < 0, layout.yTicks.upper > 0,
        marks.contains(where: { if case .bars = $0 { true } else { false } })
      {
        let y = layout.yScale.position(0)
        svg.element("line", [.init("x1", area.minX), .init("y1", y), .init("x2", area.maxX), .init("y2", y)])
      }
      for value in layout.xTicks.values {
        let x = layout.xScale.position(value)
        svg.element(
          "line", [.init("x1", x), .init("y1", area.maxY), .init("x2", x), .init("y2", area.maxY + Theme.tickLength)])
      }
      for value in layout.yTicks.values {
        let y = layout.yScale.position(value)
        svg.element(
          "line", [.init("x1", area.minX - Theme.tickLength), .init("y1", y), .init("x2", area.minX), .init("y2", y)])
      }
      // Minor ticks (a log axis's 2…9 times each power of ten): shorter, unlabelled.
      let minor = Theme.tickLength * 0.6
      for value in layout.xTicks.minorValues {
        let x = layout.xScale.position(value)
        svg.element("line", [.init("x1", x), .init("y1", area.maxY), .init("x2", x), .init("y2", area.maxY + minor)])
      }
      for value in layout.yTicks.minorValues {
        let y = layout.yScale.position(value)
        svg.element("line", [.init("x1", area.minX - minor), .init("y1", y), .init("x2", area.minX), .init("y2", y)])
      }
    }
    svg.group([
      .init("class", "tick-labels"), .init("font-size", tickFont), .init("fill", Theme.mutedTextColor),
    ]) { svg in
      let labelY = area.maxY + Theme.tickLength + Theme.gap
      if let categories = layout.categoryLabels {
        for (index, name) in categories.enumerated() where index % layout.categoryStride == 0 {
          let x = layout.xScale.position(Double(index))
          if layout.rotatesCategories {
            let angle = -CartesianLayout.categoryAngle
            svg.element(
              "text",
              [
                .init("x", x), .init("y", labelY + 4), .init("text-anchor", "end"),
                .init(
                  "transform",
                  "rotate(\(SVGNumber.format(angle)) \(SVGNumber.format(x)) \(SVGNumber.format(labelY + 4)))"),
              ], content: name)
          } else {
            svg.element(
              "text", [.init("x", x), .init("y", labelY), .init("dy", "0.8em"), .init("text-anchor", "middle")],
              content: name)
          }
        }
      } else {
        for (value, label) in zip(layout.xTicks.values, layout.xTicks.labels) {
          svg.element(
            "text",
            [
              .init("x", layout.xScale.position(value)), .init("y", labelY), .init("dy", "0.8em"),
              .init("text-anchor", "middle"),
            ],
            content: label)
        }
      }
      for (value, label) in zip(layout.yTicks.values, layout.yTicks.labels) {
        svg.element(
          "text",
          [
            .init("x", area.minX - Theme.tickLength - Theme.gap), .init("y", layout.yScale.position(value)),
            .init("dy", "0.35em"), .init("text-anchor", "end"),
          ], content: label)
      }
    }
    if let xLabel = plot.xLabel {
      svg.element(
        "text",
        [
          .init("x", area.midX), .init("y", layout.xLabelBaseline), .init("text-anchor", "middle"),
          .init("fill", Theme.textColor),
        ], content: TextMetrics.truncated(xLabel, toFit: frame.width))
    }
    if let yLabel = plot.yLabel {
      let x = frame.minX + Theme.fontSize * 0.8
      svg.element(
        "text",
        [
          .init("x", x), .init("y", area.midY), .init("text-anchor", "middle"),
          .init("transform", "rotate(-90 \(SVGNumber.format(x)) \(SVGNumber.format(area.midY)))"),
          .init("fill", Theme.textColor),
        ], content: TextMetrics.truncated(yLabel, toFit: area.height + 20))
    }
  }

  private func screenRect(_ bar: BarMark.Bar, _ layout: CartesianLayout) -> Rect {
    let a = layout.point(bar.x0, bar.y0)
    let b = layout.point(bar.x1, bar.y1)
    return Rect(x: min(a.x, b.x), y: min(a.y, b.y), width: abs(b.x - a.x), height: abs(b.y - a.y))
  }

  private func draw(_ mark: Mark, _ layout: CartesianLayout, to svg: inout SVGWriter) {
    switch mark {
    case .regions(let regions):
      svg.group([.init("class", "regions")]) { svg in
        for area in regions.areas {
          var path = SVGPath()
          for ring in area.rings where ring.count >= 3 {
            path.move(to: layout.point(ring[0].x, ring[0].y))
            for point in ring.dropFirst() { path.line(to: layout.point(point.x, point.y)) }
            path.closeSubpath()
          }
          if !path.isEmpty {
            svg.element(
              "path", [.init("d", path), .init("fill", area.color), .init("fill-rule", "evenodd")])
          }
        }
        for outline in regions.outlines where outline.count >= 2 {
          let path = SVGPath.polyline(outline.map { layout.point($0.x, $0.y) })
          svg.element(
            "path",
            [
              .init("d", path), .init("fill", "none"), .init("stroke", Theme.textColor),
              .init("stroke-width", 1.4), .init("stroke-opacity", "0.75"), .init("stroke-linejoin", "round"),
            ])
        }
      }
    case .bars(let bars):
      let histogramLike = bars.bars.count > 1 && zip(bars.bars, bars.bars.dropFirst()).allSatisfy { $0.x1 == $1.x0 }
      var attributes: [SVGWriter.Attribute] = [.init("class", "bars"), .init("fill", bars.color!)]
      if bars.opacity < 1 { attributes.append(.init("fill-opacity", bars.opacity)) }
      if histogramLike { attributes += [.init("stroke", "#ffffff"), .init("stroke-width", 0.6)] }
      svg.group(attributes) { svg in
        for bar in bars.bars where bar.y1 != bar.y0 {
          let rect = screenRect(bar, layout)
          svg.element(
            "rect", [.init("x", rect.x), .init("y", rect.y), .init("width", rect.width), .init("height", rect.height)])
        }
      }
    case .line(let line):
      let points = zip(line.xs, line.ys).map { x, y in layout.canShow(x, y) ? layout.point(x, y) : nil }
      let path = SVGPath.polyline(points)
      guard !path.isEmpty else { return }
      let color = line.color!.hexString
      var attributes: [SVGWriter.Attribute] = [
        .init("d", path), .init("fill", "none"), .init("stroke", color),
        .init("stroke-width", Theme.lineWidth), .init("stroke-linejoin", "round"), .init("stroke-linecap", "round"),
      ]
      if let dashes = (line.lineStyle ?? .solid).dashArray(width: Theme.lineWidth) {
        attributes.append(.init("stroke-dasharray", dashes))
      }
      svg.element("path", attributes)
      let shown = points.compactMap { $0 }
      if let marker = line.marker {
        drawMarkers(marker, at: shown, color: color, radius: 3.2, to: &svg)
      } else if shown.count == 1, let only = shown.first {
        // A lone point between gaps draws no line; show it as a dot.
        svg.element("circle", [.init("cx", only.x), .init("cy", only.y), .init("r", 2.5), .init("fill", color)])
      }
    case .contours(let contours):
      svg.group([
        .init("class", "contours"), .init("fill", "none"), .init("stroke-width", 1.0), .init("stroke-opacity", "0.8"),
      ]) { svg in
        for level in contours.levels {
          var path = SVGPath()
          for line in level.lines where line.count >= 2 {
            path.move(to: layout.point(line[0].x, line[0].y))
            for point in line.dropFirst() { path.line(to: layout.point(point.x, point.y)) }
          }
          if !path.isEmpty {
            svg.element(
              "path",
              [.init("d", path), .init("stroke", level.color), .init("stroke-linejoin", "round")])
          }
        }
      }
    case .reference(let reference):
      let area = layout.plotArea
      let axisValue: Double
      switch reference.orientation {
      case .horizontal: axisValue = layout.yAxisScale.axisValue(reference.value)
      case .vertical: axisValue = layout.xAxisScale.axisValue(reference.value)
      }
      guard axisValue.isFinite else { return }
      var attributes: [SVGWriter.Attribute]
      switch reference.orientation {
      case .horizontal:
        let y = layout.yScale.position(axisValue)
        attributes = [.init("x1", area.minX), .init("y1", y), .init("x2", area.maxX), .init("y2", y)]
      case .vertical:
        let x = layout.xScale.position(axisValue)
        attributes = [.init("x1", x), .init("y1", area.minY), .init("x2", x), .init("y2", area.maxY)]
      }
      let width = reference.color == nil ? 1.0 : 1.5
      attributes += [
        .init("class", "reference"), .init("stroke", reference.color ?? Theme.textColor),
        .init("stroke-width", width),
      ]
      if reference.color == nil { attributes.append(.init("stroke-opacity", "0.7")) }
      if let dashes = (reference.lineStyle ?? .solid).dashArray(width: width) {
        attributes.append(.init("stroke-dasharray", dashes))
        // A dot is a zero-length dash: only a round cap draws it.
        attributes.append(.init("stroke-linecap", "round"))
      }
      svg.element("line", attributes)
    case .text:
      // Drawn after the axes, over everything else.
      break
    case .points(let dots):
      drawPoints(dots, layout, to: &svg)
    }
  }

  private func drawPoints(_ dots: PointMark, _ layout: CartesianLayout, to svg: inout SVGWriter) {
    let count = dots.xs.count
    var radius = count <= 200 ? 3.8 : count <= 1000 ? 3.0 : 2.2
    if layout.plotArea.width < 300 { radius *= 0.75 }
    let shape = dots.marker ?? .circle
    var groupAttributes: [SVGWriter.Attribute] = [.init("class", "points")]
    if shape.isStroked {
      groupAttributes += [.init("fill", "none"), .init("stroke-width", 1.5)]
    } else if dots.outlined || count <= 1000 {
      groupAttributes += [.init("stroke", "#ffffff"), .init("stroke-width", dots.outlined ? 0.8 : 0.5)]
    }
    if count > 300 { groupAttributes.append(.init("fill-opacity", "0.85")) }
    /// One point's element, or nothing when the point cannot be shown.
    func dot(_ index: Int, _ svg: inout SVGWriter, color: RGBColor? = nil) {
      let x = dots.xs[index]
      let y = dots.ys[index]
      guard layout.canShow(x, y) else { return }
      let point = layout.point(x, y)
      var attributes: [SVGWriter.Attribute]
      if shape == .circle {
        attributes = [.init("cx", point.x), .init("cy", point.y), .init("r", radius)]
      } else {
        attributes = [.init("d", shape.path(at: point, radius: radius))]
      }
      if let color { attributes.append(.init(shape.isStroked ? "stroke" : "fill", color)) }
      svg.element(shape == .circle ? "circle" : "path", attributes)
    }
    let paint = shape.isStroked ? "stroke" : "fill"
    svg.group(groupAttributes) { svg in
      switch dots.coloring {
      case .single(let color):
        svg.group([.init(paint, color!)]) { svg in
          for index in 0..<count { dot(index, &svg) }
        }
      case .classes(let classes, _):
        // One group per class, so each colour is written once.
        for label in Set(classes).sorted() {
          svg.group([.init(paint, Palette.color(label))]) { svg in
            for index in 0..<count where classes[index] == label { dot(index, &svg) }
          }
        }
      case .values(let values, _):
        let bar = plot.colorBar
        for index in 0..<count {
          dot(index, &svg, color: bar?.color(for: values[index]) ?? Palette.color(0))
        }
      }
    }
  }

  /// A marker at each of `points` (a line's vertices), in the line's colour.
  private func drawMarkers(
    _ shape: MarkerShape, at points: [Point], color: String, radius: Double, to svg: inout SVGWriter
  ) {
    var path = SVGPath()
    for point in points {
      let one = shape.path(at: point, radius: radius)
      path.append(one)
    }
    var attributes: [SVGWriter.Attribute] = [.init("class", "markers"), .init("d", path)]
    if shape.isStroked {
      attributes += [.init("fill", "none"), .init("stroke", color), .init("stroke-width", 1.5)]
    } else {
      attributes += [.init("fill", color), .init("stroke", "#ffffff"), .init("stroke-width", 0.6)]
    }
    svg.element("path", attributes)
  }

  /// Roughly where an annotation's text goes on screen, so a legend avoids it.
  private func textBox(_ text: TextMark, _ layout: CartesianLayout) -> Rect {
    let lines = text.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let width = lines.map { TextMetrics.width($0) }.max() ?? 0
    let point = layout.point(text.x, text.y)
    let height = Double(lines.count) * Theme.fontSize * 1.2
    return Rect(x: point.x + 4, y: point.y - height + 3, width: width, height: height)
  }

  /// An annotation: its first line's left end just right of and above the point it names.
  private func draw(_ text: TextMark, _ layout: CartesianLayout, to svg: inout SVGWriter) {
    guard layout.canShow(text.x, text.y) else { return }
    let point = layout.point(text.x, text.y)
    let lines = text.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let lineHeight = Theme.fontSize * 1.2
    let first = point.y - 4 - Double(lines.count - 1) * lineHeight
    svg.group([
      .init("class", "annotation"), .init("fill", text.color ?? Theme.textColor),
      .init("paint-order", "stroke"), .init("stroke", "#ffffff"), .init("stroke-width", 3.0),
      .init("stroke-linejoin", "round"),
    ]) { svg in
      for (index, line) in lines.enumerated() {
        svg.element(
          "text", [.init("x", point.x + 4), .init("y", first + Double(index) * lineHeight)], content: line)
      }
    }
  }
}
