/// Grayscale images side by side: a digit, or the filters a layer learned.
struct ImageGridPlot: ChartContent {
  struct Image {
    var rows: Int
    var columns: Int
    /// Row-major pixel values.
    var pixels: [Double]
    var caption: String?
  }

  var images: [Image]
  var columns: Int
  /// Each image is stretched to its own minimum and maximum: learned filters differ
  /// widely in scale, and a digit's ink is its brightest value either way.
  var colormap: Colormap

  static let spacing = 6.0
  static let captionHeight = 17.0
  static let captionFontSize = 12.0

  /// A lone image gets pixel-index ticks on its left and bottom edges, as a heatmap does.
  var showsAxes: Bool { images.count == 1 && images[0].caption == nil }
  /// Room for the axes' labels (left) and (bottom), when shown.
  var axisMargins: (left: Double, bottom: Double) {
    guard showsAxes, let image = images.first else { return (0, 0) }
    let widest = TextMetrics.width(String(max(0, image.rows - 1)), fontSize: Self.captionFontSize)
    return (widest + Theme.tickLength + Theme.gap + 2, Self.captionFontSize + Theme.tickLength + Theme.gap + 4)
  }

  var gridRows: Int { (images.count + columns - 1) / columns }
  var hasCaptions: Bool { images.contains { $0.caption != nil } }
  /// Height over width of one image (the first; a grid holds images of one shape).
  var aspect: Double { images.first.map { Double($0.rows) / Double(max(1, $0.columns)) } ?? 1 }

  var preferredFigureWidth: Double {
    images.count == 1
      // A wide image (an activation map) gets more width, so its pixels stay visible.
      ? min(Theme.pageWidth, 260 / max(0.38, min(1, aspect))) + axisMargins.left
      : min(Theme.pageWidth, Double(columns) * 92)
  }

  func preferredHeight(forWidth width: Double) -> Double {
    let margins = axisMargins
    let width = width - margins.left
    let cellWidth = (width - Self.spacing * Double(columns - 1)) / Double(columns)
    let cellHeight = cellWidth * aspect
    return Double(gridRows) * (cellHeight + (hasCaptions ? Self.captionHeight : 0))
      + Self.spacing * Double(gridRows - 1) + margins.bottom
  }

  func render(in frame: Rect, to svg: inout SVGWriter) {
    ImageGridRenderer(plot: self, frame: frame).render(to: &svg)
  }
}
