/// One panel of a figure: a title over a plot, and the numbers it plots.
///
/// Every figure kind builds a `Chart`; `figure(rows:columns:)` arranges several.
struct Chart {
  /// What kind of chart this is, for captions and messages ("line plot").
  var kind: String
  var title: String?
  var content: any ChartContent
  /// The plotted numbers, named for `check` ("loss", "validation loss").
  var series: [Figure.Series]

  /// A one-line description for the figure's `<title>` and caption when it has no title:
  /// "line plot of loss and validation loss".
  var description: String {
    if let title, !title.isEmpty { return title }
    let names = series.map(\.name).filter { !$0.isEmpty }
    guard !names.isEmpty, names.count <= 3 else { return kind }
    return kind + " of " + Self.list(names)
  }

  static func list(_ names: [String]) -> String {
    switch names.count {
    case 0: return ""
    case 1: return names[0]
    case 2: return names[0] + " and " + names[1]
    default: return names.dropLast().joined(separator: ", ") + " and " + names.last!
    }
  }
}

/// What a panel draws below its title: axes with marks, a heatmap, images.
protocol ChartContent {
  /// The height this content wants for a given width (an image wants square pixels).
  func preferredHeight(forWidth width: Double) -> Double
  /// The width a lone figure of this content should have; narrower than the page for small images.
  var preferredFigureWidth: Double { get }
  /// Draws into `frame`, which excludes the panel's title.
  func render(in frame: Rect, to svg: inout SVGWriter)
}

extension ChartContent {
  var preferredFigureWidth: Double { Theme.pageWidth }
}
