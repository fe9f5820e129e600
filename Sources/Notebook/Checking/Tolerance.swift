/// How far apart two numbers in outputs may be and still count as the same.
///
/// Two numbers match when `|a - b| <= absolute + relative * max(|a|, |b|)`;
/// NaNs match NaNs and infinities match infinities of the same sign.
public struct Tolerance: Equatable, Sendable {
  public var relative: Double
  public var absolute: Double

  public init(relative: Double = 1e-4, absolute: Double = 1e-9) {
    self.relative = relative
    self.absolute = absolute
  }

  /// nnbook's default: BLAS kernels differ in the last bits across machines, not in the fourth digit.
  public static let `default` = Tolerance()

  public func accepts(_ a: Double, _ b: Double) -> Bool {
    if a.isNaN || b.isNaN { return a.isNaN && b.isNaN }
    if a.isInfinite || b.isInfinite { return a == b }
    return abs(a - b) <= absolute + relative * max(abs(a), abs(b))
  }

  /// The difference relative to the larger magnitude (what messages report).
  static func relativeDifference(_ a: Double, _ b: Double) -> Double {
    if a == b { return 0 }
    let scale = max(abs(a), abs(b))
    return scale == 0 || !scale.isFinite ? .infinity : abs(a - b) / scale
  }
}
