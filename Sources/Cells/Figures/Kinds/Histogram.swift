/// Histograms: how values are spread, such as a layer's weights before and after training.
enum Histogram {
  /// Counts of `values` in `bins` equal bins spanning their range.
  struct Bins: Equatable {
    var edges: [Double]
    var counts: [[Int]]
  }

  /// Bins shared by every data set, so overlaid histograms compare bin for bin.
  static func bins(_ datasets: [[Double]], count: Int) -> Bins {
    let finite = datasets.flatMap { $0.filter(\.isFinite) }
    var lower = finite.min() ?? 0
    var upper = finite.max() ?? 1
    var count = count
    if upper == lower {
      // A single value: one bar centred on it, not one thin bar among empty ones.
      lower -= 0.5
      upper += 0.5
      count = 1
    }
    // Halves keep the span finite even from -1e308 to 1e308, where `upper - lower` overflows.
    let halfSpan = upper * 0.5 - lower * 0.5
    let edges = (0...count).map { k -> Double in
      let t = Double(k) / Double(count)
      return k == count ? upper : lower * (1 - t) + upper * t
    }
    let counts = datasets.map { data in
      var counts = [Int](repeating: 0, count: count)
      for value in data where value.isFinite {
        let fraction = min(1, max(0, (value * 0.5 - lower * 0.5) / halfSpan))
        // The last bin includes its upper edge, as NumPy's does.
        counts[min(count - 1, Int(fraction * Double(count)))] += 1
      }
      return counts
    }
    return Bins(edges: edges, counts: counts)
  }

  static func chart(_ datasets: [[Double]], names: [String?], bins count: Int, labels: ChartLabels) -> Chart {
    let bins = bins(datasets, count: count)
    let overlaid = datasets.count > 1
    let marks = zip(bins.counts, names).map { counts, name in
      Mark.bars(
        BarMark(
          bars: counts.indices.map { k in
            BarMark.Bar(x0: bins.edges[k], x1: bins.edges[k + 1], y0: 0, y1: Double(counts[k]))
          }, label: name, opacity: overlaid ? 0.55 : 0.9))
    }
    let labels = labels.orDefaults(yLabel: "count")
    var plot = CartesianPlot(xLabel: labels.xLabel, yLabel: labels.yLabel, marks: marks)
    plot.yAxis.includesZero = true
    plot.yAxis.integers = true
    plot.xAxis.padding = 0.02
    var series = [Figure.Series(name: "bin edges", values: bins.edges)]
    for (index, (counts, name)) in zip(bins.counts, names).enumerated() {
      let label = name ?? (overlaid ? "data \(index + 1)" : nil)
      series.append(Figure.Series(name: label.map { "\($0) counts" } ?? "counts", values: counts.map(Double.init)))
    }
    return Chart(kind: "histogram", title: labels.title, content: plot, series: series)
  }
}
