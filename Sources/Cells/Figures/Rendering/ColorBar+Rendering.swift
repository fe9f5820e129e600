extension ColorBar {
  static let barWidth = 12.0
  static let tickFontSize = 12.0

  /// Ticks for a bar `length` units tall: the values themselves, not stretched to round ends.
  func ticks(length: Double) -> AxisTicks {
    func ticks(_ count: Int) -> AxisTicks {
      var ticks = AxisTicks(covering: lower...upper, count: count, snapping: 0)
      let slack = 1e-9 * (upper - lower)
      ticks.lower = lower
      ticks.upper = upper
      ticks.values = ticks.values.filter { $0 >= lower - slack && $0 <= upper + slack }
      return ticks
    }
    // At least three ticks when they fit two label heights apart: two leave the scale unclear.
    var count = max(2, Int(length / 45))
    var best = ticks(count)
    while best.values.count < 3 && count < 12 {
      count += 1
      let candidate = ticks(count)
      let spacing = length * candidate.step.value / (upper - lower)
      if candidate.values.count > best.values.count && spacing >= 2 * Self.tickFontSize { best = candidate }
    }
    return best
  }

  /// The width the bar, its tick labels and its label take beside a plot `length` tall.
  func reservedWidth(length: Double) -> Double {
    let labelWidth =
      ticks(length: length).labels.map { TextMetrics.width($0, fontSize: Self.tickFontSize) }.max() ?? 0
    return Theme.gap * 2 + Self.barWidth + Theme.tickLength + 3 + labelWidth
      + (label == nil ? 0 : Theme.gap + Theme.fontSize)
  }

  /// Draws the bar from `top` to `bottom` with its left edge at `x`.
  func render(x: Double, top: Double, bottom: Double, to svg: inout SVGWriter) {
    let length = bottom - top
    let scale = LinearScale(domain: (lower, upper), range: (bottom, top))
    svg.group([.init("class", "color-bar")]) { svg in
      if let levels, levels.count >= 2 {
        for index in 0..<(levels.count - 1) {
          let y0 = scale.position(levels[index])
          let y1 = scale.position(levels[index + 1])
          let color = bandColors?[index] ?? color(for: (levels[index] + levels[index + 1]) / 2)
          svg.element(
            "rect",
            [
              .init("x", x), .init("y", min(y0, y1)), .init("width", Self.barWidth),
              .init("height", abs(y1 - y0)), .init("fill", color),
            ])
        }
      } else {
        // The colormap's own anchors as gradient stops: browsers interpolate between them
        // in sRGB, as `Colormap.color(at:)` does, so the bar matches the cells exactly.
        let id = svg.makeID("gradient")
        svg.open("defs")
        svg.open(
          "linearGradient", [.init("id", id), .init("x1", "0"), .init("y1", "1"), .init("x2", "0"), .init("y2", "0")])
        let anchors = colormap.anchors
        for (index, anchor) in anchors.enumerated() {
          svg.element(
            "stop",
            [
              .init("offset", SVGNumber.format(Double(index) / Double(anchors.count - 1), decimals: 4)),
              .init("stop-color", anchor),
            ])
        }
        svg.close()
        svg.close()
        svg.element(
          "rect",
          [
            .init("x", x), .init("y", top), .init("width", Self.barWidth), .init("height", length),
            .init("fill", referenceTo: id),
          ])
      }
      svg.element(
        "rect",
        [
          .init("x", x), .init("y", top), .init("width", Self.barWidth), .init("height", length),
          .init("fill", "none"), .init("stroke", Theme.axisColor), .init("stroke-width", 0.6),
        ])
      let ticks = ticks(length: length)
      let tickX = x + Self.barWidth
      var widest = 0.0
      svg.group([
        .init("font-size", Self.tickFontSize), .init("fill", Theme.mutedTextColor),
        .init("stroke", Theme.axisColor), .init("stroke-width", 0.6),
      ]) { svg in
        for (value, text) in zip(ticks.values, ticks.labels) {
          let y = scale.position(value)
          svg.element(
            "line", [.init("x1", tickX), .init("y1", y), .init("x2", tickX + Theme.tickLength), .init("y2", y)])
          svg.element(
            "text",
            [.init("x", tickX + Theme.tickLength + 3), .init("y", y), .init("dy", "0.35em"), .init("stroke", "none")],
            content: text)
          widest = max(widest, TextMetrics.width(text, fontSize: Self.tickFontSize))
        }
      }
      if let label {
        let labelX = tickX + Theme.tickLength + 3 + widest + Theme.gap + Theme.fontSize * 0.8
        let midY = (top + bottom) / 2
        svg.element(
          "text",
          [
            .init("x", labelX), .init("y", midY), .init("text-anchor", "middle"),
            .init("transform", "rotate(-90 \(SVGNumber.format(labelX)) \(SVGNumber.format(midY)))"),
            .init("fill", Theme.textColor),
          ], content: TextMetrics.truncated(label, toFit: length))
      }
    }
  }
}
