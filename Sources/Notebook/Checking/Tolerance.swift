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

  /// Like `accepts(_:_:)`, for numbers as printed: a change of one unit in the last
  /// printed digit also matches, since a value that moved in its sixth digit can round
  /// either way when a lesson prints four (`0.12345` shown as `0.1234` or `0.1235`).
  public func accepts(_ a: Double, printed aText: Substring, _ b: Double, printed bText: Substring) -> Bool {
    if accepts(a, b) { return true }
    guard let places = Tolerance.decimalPlaces(aText), places > 0, places == Tolerance.decimalPlaces(bText),
      !aText.contains(where: { $0 == "e" || $0 == "E" })
    else { return false }
    var unit = 1.0
    for _ in 0..<places { unit /= 10 }
    return abs(a - b) <= unit * 1.000001
  }

  /// Digits after the decimal point of a printed number (nil for exponent notation).
  static func decimalPlaces(_ text: Substring) -> Int? {
    guard !text.contains(where: { $0 == "e" || $0 == "E" }) else { return nil }
    guard let dot = text.firstIndex(of: ".") else { return 0 }
    return text[text.index(after: dot)...].prefix { $0.isNumber }.count
  }

  /// The difference relative to the larger magnitude (what messages report).
  static func relativeDifference(_ a: Double, _ b: Double) -> Double {
    if a == b { return 0 }
    let scale = max(abs(a), abs(b))
    return scale == 0 || !scale.isFinite ? .infinity : abs(a - b) / scale
  }
}
