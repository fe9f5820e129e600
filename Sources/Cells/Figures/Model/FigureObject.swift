/// A figure as a cell sees it: one chart, or several arranged in a grid.
///
/// The value of `plot(...)`, `heatmap(...)`, `figure(rows:columns:) { ... }`. As the
/// last expression of a cell, or passed to `show(_:)`, it becomes a `.figure` output.
final class FigureObject: NativeObject, DisplayableObject {
  let panels: [Chart]
  let rows: Int
  let columns: Int
  /// A title over the whole grid (a single chart keeps its own title instead).
  let title: String?
  /// The size a cell asked for with `figure(width:height:)`, in SVG units (about CSS pixels).
  let width: Double?
  let height: Double?

  init(panels: [Chart], rows: Int, columns: Int, title: String? = nil, width: Double? = nil, height: Double? = nil) {
    self.panels = panels
    self.rows = rows
    self.columns = columns
    self.title = title
    self.width = width
    self.height = height
  }

  convenience init(_ chart: Chart) {
    self.init(panels: [chart], rows: 1, columns: 1)
  }

  override var typeName: String { "Figure" }

  override func describe() -> String {
    "<Figure: \(FigureRenderer.caption(for: self))>"
  }

  /// Rendered once, when first shown: a figure displayed twice is the same bytes.
  private(set) lazy var rendered: Figure = FigureRenderer(figure: self).render()

  var output: CellOutput { .figure(rendered) }
}
