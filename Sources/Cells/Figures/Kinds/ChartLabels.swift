/// The texts every chart kind takes: `title:`, `xLabel:`, `yLabel:`.
struct ChartLabels {
  var title: String?
  var xLabel: String?
  var yLabel: String?

  init(title: String? = nil, xLabel: String? = nil, yLabel: String? = nil) {
    self.title = title
    self.xLabel = xLabel
    self.yLabel = yLabel
  }

  /// These labels, with `fallback`'s where these have none (defaults such as "epoch").
  func orDefaults(xLabel: String? = nil, yLabel: String? = nil) -> ChartLabels {
    ChartLabels(title: title, xLabel: self.xLabel ?? xLabel, yLabel: self.yLabel ?? yLabel)
  }
}
