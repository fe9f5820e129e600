/// Reference lines and text laid over another plot: `hline(0)`, `vline(bestEpoch)`,
/// `text("minimum", at: (1, 1))`. Alone, each is a chart with axes and nothing else;
/// in `axes { }` or after a panel in `figure { }` it joins that plot.
enum Annotation {
  static func referenceLine(_ mark: ReferenceMark) -> Chart {
    let kind = mark.orientation == .horizontal ? "horizontal line" : "vertical line"
    return Chart(kind: kind, title: nil, content: CartesianPlot(marks: [.reference(mark)]), series: [])
  }

  static func text(_ mark: TextMark) -> Chart {
    Chart(kind: "text", title: nil, content: CartesianPlot(marks: [.text(mark)]), series: [])
  }
}

extension Chart {
  /// Whether the chart holds only reference lines and text, which annotate a plot rather than draw data.
  var isAnnotation: Bool {
    guard let plot = content as? CartesianPlot, !plot.marks.isEmpty else { return false }
    return plot.marks.allSatisfy { mark in
      switch mark {
      case .reference, .text: return true
      default: return false
      }
    }
  }
}
