/// The range an axis shows and the ticks along it.
///
/// ```swift
/// let ticks = AxisTicks(covering: 0...0.97, count: 5)
/// ticks.values   // [0, 0.2, 0.4, 0.6, 0.8, 1]
/// ticks.labels   // ["0.0", "0.2", "0.4", "0.6", "0.8", "1.0"]
/// ```
struct AxisTicks: Equatable {
  /// The range the axis shows: the data, padded, and stretched to a tick when one is close.
  var lower: Double
  var upper: Double
  var step: TickStep
  /// The tick positions, in data units, inside `lower...upper`.
  var values: [Double]
  /// Labels chosen by whoever made the ticks (powers of ten on a log axis); else from `step`.
  var customLabels: [String]?
  /// Short unlabelled ticks between the labelled ones (2, 3, ... 9 times a power of ten on a log axis).
  var minorValues: [Double] = []

  /// Labels with one number of decimals for all ticks, as a person would write them.
  var labels: [String] { customLabels ?? values.map { TickLabel.text($0, step: step) } }

  /// The closest two neighbouring ticks come, in data units (the whole range for one tick).
  var closestSpacing: Double {
    zip(values, values.dropFirst()).map { $1 - $0 }.min() ?? (upper - lower)
  }

  /// The largest magnitude an axis reaches.
  static let widest = 1e300

  /// Ticks for data spanning `range`.
  ///
  /// - Parameters:
  ///   - count: about how many ticks fit; the step is the smallest nice number giving no more.
  ///   - padding: the fraction of the data's span added on each side, so points do not sit on the frame.
  ///   - integers: whole-number ticks only (epochs, counts).
  ///   - snapping: how far (as a fraction of the span) an end may move out to land on a tick.
  init(
    covering range: ClosedRange<Double>, count: Int, padding: Double = 0, integers: Bool = false,
    snapping: Double = 0.1
  ) {
    var lower = range.lowerBound
    var upper = range.upperBound
    if !(lower.isFinite && upper.isFinite) {
      lower = 0
      upper = 1
    }
    // Beyond ±1e300 the span overflows to infinity and no tick index fits an Int: the
    // axis shows at most this much (points past it fall outside the frame).
    lower = min(max(lower, -Self.widest), Self.widest)
    upper = min(max(upper, -Self.widest), Self.widest)
    if upper - lower <= abs(upper) * 1e-12 {
      // A constant series still needs a visible range around its value.
      let half = integers ? 1 : (lower == 0 ? 1 : abs(lower) * 0.1)
      lower -= half
      upper += half
    }
    let span = upper - lower
    lower -= span * padding
    upper += span * padding

    let step = TickStep.atLeast((upper - lower) / Double(max(1, count)), integers: integers)
    let size = step.value
    let slack = (upper - lower) * snapping
    let below = step.tick(Int((lower / size).rounded(.down)))
    if lower - below <= slack + 1e-12 * size { lower = below }
    let above = step.tick(Int((upper / size).rounded(.up)))
    if above - upper <= slack + 1e-12 * size { upper = above }

    let first = Int((lower / size - 1e-9).rounded(.up))
    let last = Int((upper / size + 1e-9).rounded(.down))
    self.lower = lower
    self.upper = upper
    self.step = step
    self.values = first <= last ? (first...last).map(step.tick) : []
  }

  /// Ticks for a log axis, given and returned in exponents (`-3` stands for 0.001).
  ///
  /// Labelled ticks fall on powers of ten, written `10⁻³`, with minor ticks at 2…9 times
  /// each; a range within one decade or two gets labelled ticks at 1, 2 and 5 times a power of ten.
  static func logarithmic(
    covering range: ClosedRange<Double>, count: Int, padding: Double, snapping: Double, exact: Bool
  ) -> AxisTicks {
    var ticks = AxisTicks(
      covering: range, count: count, padding: exact ? 0 : padding, integers: true, snapping: exact ? 0 : snapping)
    if exact {
      ticks.lower = range.lowerBound
      ticks.upper = range.upperBound
    }
    let (lower, upper) = (ticks.lower, ticks.upper)
    let inside = { (value: Double) in value >= lower - 1e-9 && value <= upper + 1e-9 }
    ticks.values = ticks.values.filter(inside)
    // Exponents beyond ±400 cannot come from a Double; the bounds keep the loops short.
    let first = Int(max(-400, lower.rounded(.down)))
    let last = Int(min(400, upper.rounded(.up)))
    guard first <= last else { return ticks }
    func multiples(_ factors: [Double]) -> [Double] {
      (first...last).flatMap { k in factors.map { Double(k) + AxisScale.log10($0) } }.filter(inside)
    }
    if ticks.values.count >= 2 {
      ticks.customLabels = ticks.values.map { TickLabel.power(ofTen: Int($0.rounded())) }
      if ticks.step == TickStep(mantissa: 1, exponent: 0) && last - first <= 40 {
        ticks.minorValues = multiples([2, 3, 4, 5, 6, 7, 8, 9])
      }
      return ticks
    }
    // Less than a decade or two: 1, 2 and 5 times powers of ten, written out.
    var labelled = multiples([1, 2, 5])
    if labelled.count < 2 { labelled = multiples([1, 2, 3, 4, 5, 6, 7, 8, 9]) }
    ticks.values = labelled
    ticks.customLabels = labelled.map { TickLabel.plain(AxisScale.log.dataValue($0)) }
    ticks.minorValues = multiples([1, 2, 3, 4, 5, 6, 7, 8, 9]).filter { !labelled.contains($0) }
    return ticks
  }
}
