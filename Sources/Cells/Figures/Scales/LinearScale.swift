/// Maps data values to positions along one side of a plot.
struct LinearScale {
  var domainLower: Double
  var domainUpper: Double
  /// The position of `domainLower`; may be greater than `rangeEnd` (a y axis grows upward on screen).
  var rangeStart: Double
  var rangeEnd: Double

  init(domain: (lower: Double, upper: Double), range: (start: Double, end: Double)) {
    domainLower = domain.lower
    domainUpper = domain.upper
    rangeStart = range.start
    rangeEnd = range.end
  }

  init(ticks: AxisTicks, from start: Double, to end: Double) {
    self.init(domain: (ticks.lower, ticks.upper), range: (start, end))
  }

  func position(_ value: Double) -> Double {
    let span = domainUpper - domainLower
    guard span != 0 else { return (rangeStart + rangeEnd) / 2 }
    return rangeStart + (value - domainLower) / span * (rangeEnd - rangeStart)
  }
}
