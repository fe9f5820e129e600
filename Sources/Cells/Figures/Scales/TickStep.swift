/// The distance between two ticks, a "nice" number: 1, 2, 2.5 or 5 times a power of ten.
///
/// Kept as an integer mantissa and a decimal exponent rather than a `Double`, so a
/// tick is `k × mantissa` scaled by a power of ten, computed exactly: the sixth
/// tick of step 0.2 is `12 / 10` = 1.2, never `6 * 0.2` = 1.2000000000000002.
struct TickStep: Equatable {
  /// 1, 2, 5 or 25 (25 stands for 2.5 with the exponent one lower).
  let mantissa: Int
  let exponent: Int

  var value: Double { Self.scaled(Double(mantissa), exponent) }

  /// The decimals a label needs to show every tick of this step exactly.
  var decimals: Int { max(0, -exponent) }

  /// The `k`th multiple of the step.
  func tick(_ k: Int) -> Double { Self.scaled(Double(k * mantissa), exponent) }

  /// The smallest nice step at least as large as `raw`; with `integers`, never below 1
  /// (epochs and counts have no ticks between whole numbers).
  static func atLeast(_ raw: Double, integers: Bool = false) -> TickStep {
    guard raw.isFinite, raw > 0 else { return TickStep(mantissa: 1, exponent: 0) }
    let exponent = raw.log10Floor
    let normalized = raw / scaled(1, exponent)
    let candidates: [(threshold: Double, step: TickStep)] = [
      (1, TickStep(mantissa: 1, exponent: exponent)),
      (2, TickStep(mantissa: 2, exponent: exponent)),
      (2.5, TickStep(mantissa: 25, exponent: exponent - 1)),
      (5, TickStep(mantissa: 5, exponent: exponent)),
      (10, TickStep(mantissa: 1, exponent: exponent + 1)),
    ]
    // A hair of slack so a raw step of exactly 0.2 is not bumped to 0.25 by rounding.
    let step =
      candidates.first { normalized <= $0.threshold * (1 + 1e-9) }?.step
      ?? TickStep(mantissa: 1, exponent: exponent + 1)
    if integers && step.exponent < 0 {
      // 2.5 is not a whole number; 0.5 and smaller steps are not either.
      return step.mantissa == 25 && step.exponent == -1
        ? TickStep(mantissa: 5, exponent: 0) : TickStep(mantissa: 1, exponent: 0)
    }
    return step
  }

  /// `value × 10^exponent`, dividing by an exact power of ten for negative exponents
  /// so the result is the double nearest to the decimal number.
  static func scaled(_ value: Double, _ exponent: Int) -> Double {
    if exponent >= 0 { return value * SVGNumber.pow10(min(exponent, 308)) }
    if exponent >= -22 { return value / SVGNumber.pow10(-exponent) }
    return value / SVGNumber.pow10(22) / SVGNumber.pow10(min(-exponent - 22, 300))
  }
}
