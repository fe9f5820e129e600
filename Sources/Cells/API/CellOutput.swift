/// One thing a cell produced, in the order it produced it.
///
/// Consecutive printed lines are merged into one `.text` output.
public enum CellOutput: Equatable, Sendable {
  /// Printed text, or a displayed value. Ends without a trailing newline.
  case text(String)
  /// A table (classification reports, `table(...)`, model summaries).
  case table(Table)
  /// An SVG figure.
  case figure(Figure)
}

/// A rectangular table of already formatted cells.
public struct Table: Equatable, Sendable {
  public enum Alignment: Sendable { case left, right, center }
  public var header: [String]
  public var rows: [[String]]
  public var alignments: [Alignment]

  public init(header: [String], rows: [[String]], alignments: [Alignment]? = nil) {
    self.header = header
    self.rows = rows
    self.alignments = alignments ?? header.map { _ in .left }
  }
}

/// An SVG figure with the numbers it plots, so `check` can compare figures by value.
public struct Figure: Equatable, Sendable {
  /// A complete `<svg>` element.
  public var svg: String
  /// The caption, from `//| fig-cap:` or the figure's title.
  public var caption: String
  /// Named series of plotted numbers ("panel 1 / loss", ...).
  public var series: [Series]

  public struct Series: Equatable, Sendable {
    public var name: String
    public var values: [Double]
    public init(name: String, values: [Double]) {
      self.name = name
      self.values = values
    }
  }

  public init(svg: String, caption: String, series: [Series]) {
    self.svg = svg
    self.caption = caption
    self.series = series
  }
}
