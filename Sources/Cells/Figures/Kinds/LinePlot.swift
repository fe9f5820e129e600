/// Line plots: `plot(y)`, `plot(x, y, label:)`, `plot(x, [y1, y2], labels:)`.
enum LinePlot {
  struct Line {
    var xs: [Double]
    var ys: [Double]
    var label: String?
  }

  /// - Parameter explicitX: whether the cell gave x values (else they are indices 0, 1, 2...).
  static func chart(_ lines: [Line], explicitX: Bool, labels: ChartLabels) -> Chart {
    let marks = lines.map { Mark.line(LineMark(xs: $0.xs, ys: $0.ys, label: $0.label)) }
    var plot = CartesianPlot(xLabel: labels.xLabel, yLabel: labels.yLabel, marks: marks)
    // Indices and epochs have whole-number ticks; plotted x values get them when they are all whole.
    plot.xAxis.integers = lines.allSatisfy { $0.xs.allSatisfy { !$0.isFinite || $0 == $0.rounded() } }
    plot.xAxis.padding = 0
    // A curve's x axis starts and ends where its data does, not at a rounder number beyond.
    plot.xAxis.snapping = 0
    return Chart(kind: "line plot", title: labels.title, content: plot, series: series(lines, explicitX: explicitX))
  }

  /// Each line's y values under its label; x values too when the cell chose them,
  /// once when all lines share them.
  static func series(_ lines: [Line], explicitX: Bool) -> [Figure.Series] {
    func name(_ index: Int) -> String {
      lines[index].label ?? (lines.count == 1 ? "y" : "series \(index + 1)")
    }
    var result: [Figure.Series] = []
    let sharedX = lines.allSatisfy { $0.xs == lines[0].xs }
    if explicitX && sharedX, let first = lines.first { result.append(Figure.Series(name: "x", values: first.xs)) }
    for (index, line) in lines.enumerated() {
      if explicitX && !sharedX { result.append(Figure.Series(name: name(index) + " (x)", values: line.xs)) }
      result.append(Figure.Series(name: name(index), values: line.ys))
    }
    return result
  }
}
