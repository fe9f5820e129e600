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

  var gridRows: Int { (images.count + columns - 1) / columns }
  var hasCaptions: Bool { images.contains { $0.caption != nil } }
  /// Height over width of one image (the first; a grid holds images of one shape).
  var aspect: Double { images.first.map { Double($0.rows) / Double(max(1, $0.columns)) } ?? 1 }

  var preferredFigureWidth: Double {
    images.count == 1 ? 260 : min(Theme.pageWidth, Double(columns) * 92)
  }

  func preferredHeight(forWidth width: Double) -> Double {
    let cellWidth = (width - Self.spacing * Double(columns - 1)) / Double(columns)
    let cellHeight = cellWidth * aspect
    return Double(gridRows) * (cellHeight + (hasCaptions ? Self.captionHeight : 0))
      + Self.spacing * Double(gridRows - 1)
  }

  func render(in frame: Rect, to svg: inout SVGWriter) {
    ImageGridRenderer(plot: self, frame: frame).render(to: &svg)
  }
}
