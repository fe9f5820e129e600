/// Loss curves: training and validation loss (or another metric) per epoch.
enum LossCurves {
  /// - Parameter metric: which metrics to draw: those whose name contains it ("loss", "accuracy").
  static func chart(_ metrics: [(name: String, values: [Double])], metric: String, labels: ChartLabels)
    throws(RuntimeFailure) -> Chart
  {
    let chosen = metrics.filter { $0.name.lowercased().contains(metric.lowercased()) && !$0.values.isEmpty }
    guard !chosen.isEmpty else {
      let names = metrics.filter { !$0.values.isEmpty }.map(\.name)
      throw RuntimeFailure(
        "lossCurves: the history has no '\(metric)' values"
          + (names.isEmpty ? "" : "; it has \(names.map { "'\($0)'" }.joined(separator: ", "))"))
    }
    let lines = chosen.map { metric in
      LinePlot.Line(xs: metric.values.indices.map { Double($0 + 1) }, ys: metric.values, label: metric.name)
    }
    let labels = labels.orDefaults(xLabel: "epoch", yLabel: metric)
    var chart = LinePlot.chart(lines, explicitX: false, labels: labels)
    chart.kind = "\(metric) curves"
    // Epochs count from 1: the axis starts there rather than at a zero no epoch has.
    if var plot = chart.content as? CartesianPlot {
      plot.xAxis.snapping = 0
      chart.content = plot
    }
    return chart
  }
}
