/// Formats numbers for SVG coordinates and embedded data without float noise.
///
/// Figures must be byte-for-byte deterministic, and `0.30000000000000004` must
/// never reach a file: coordinates are rounded to a fixed number of decimals with
/// integer arithmetic, so the digits depend only on the value, never on how the
/// platform prints a `Double`.
enum SVGNumber {
  /// A coordinate or length with at most `decimals` decimals, trailing zeros dropped: `12.5`, `3`, `-0.25`.
  static func format(_ value: Double, decimals: Int = 2) -> String {
    var bytes: [UInt8] = []
    append(value, decimals: decimals, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Writes `format(value, decimals:)` at the end of `bytes`, with no `String` in between:
  /// figures write tens of thousands of coordinates, and a `String` for each cost more
  /// than the arithmetic.
  static func append(_ value: Double, decimals: Int = 2, to bytes: inout [UInt8]) {
    guard value.isFinite else {
      bytes.append(UInt8(ascii: "0"))
      return
    }
    let scale = power(of: 10, decimals)
    let scaled = (value * Double(scale)).rounded()
    // Coordinates never come near this bound; clamping keeps `Int(...)` from trapping on absurd input.
    guard abs(scaled) < 1e15 else {
      bytes.append(contentsOf: (value < 0 ? "-1e15" : "1e15").utf8)
      return
    }
    let integer = Int(scaled)
    // Negative zero and values that round to zero are written `0`, never `-0`.
    if integer == 0 {
      bytes.append(UInt8(ascii: "0"))
      return
    }
    // Trailing zeros of the fraction are dropped: 12.50 is written 12.5, 3.00 is 3.
    var magnitude = integer.magnitude
    var places = decimals
    while places > 0 && magnitude % 10 == 0 {
      magnitude /= 10
      places -= 1
    }
    appendFixed(magnitude, places: places, negative: integer < 0, to: &bytes)
  }

  /// `magnitude × 10^-places` with exactly `places` decimals and at least one digit before
  /// the point (`0.25`).
  static func fixed(_ magnitude: UInt, places: Int, negative: Bool) -> String {
    var bytes: [UInt8] = []
    appendFixed(magnitude, places: places, negative: negative, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Writes `fixed(magnitude, places:negative:)` at the end of `bytes`. The text is built
  /// backwards from the last digit in a small buffer on the stack and appended with one copy:
  /// storing digit by digit into the array checked its uniqueness and bounds every time.
  static func appendFixed(_ magnitude: UInt, places: Int, negative: Bool, to bytes: inout [UInt8]) {
    let places = Swift.max(0, places)
    // A `UInt` has at most 20 digits; wider `places` are zeros after the point.
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: places + 24) { buffer in
      var end = buffer.count
      var rest = magnitude
      var written = 0
      repeat {
        if written == places && places > 0 {
          end -= 1
          buffer[end] = UInt8(ascii: ".")
        }
        end -= 1
        buffer[end] = UInt8(ascii: "0") + UInt8(rest % 10)
        rest /= 10
        written += 1
      } while rest > 0 || written <= places
      if negative {
        end -= 1
        buffer[end] = UInt8(ascii: "-")
      }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[end...]))
    }
  }

  /// A data value for the embedded series: eight significant digits, enough for
  /// any tolerance a lesson sets, few enough that float32 noise does not show.
  ///
  /// Returns `nil` for NaN and infinities, which JSON cannot hold.
  static func significant(_ value: Double, digits: Int = 8) -> String? {
    var bytes: [UInt8] = []
    guard appendSignificant(value, digits: digits, to: &bytes) else { return nil }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Writes `significant(value, digits:)` at the end of `bytes`; `false` (and nothing
  /// written) for NaN and infinities.
  @discardableResult
  static func appendSignificant(_ value: Double, digits: Int = 8, to bytes: inout [UInt8]) -> Bool {
    guard let decimal = significantDecimal(value, digits: digits) else { return false }
    appendDecimal(decimal.integer, places: decimal.places, to: &bytes)
    return true
  }

  /// The value `significant(value, digits:)` writes, as a `Double`: what reading that text
  /// back gives, computed without the text when the arithmetic is exact. Both the digits
  /// (below 2^53) and the power of ten (up to 10^22) are exact doubles, and one IEEE
  /// division or multiplication rounds correctly, just as parsing the decimal does.
  static func storedValue(_ value: Double, digits: Int = 8) -> Double? {
    guard let decimal = significantDecimal(value, digits: digits) else { return nil }
    let (integer, places) = (decimal.integer, decimal.places)
    if places >= 0 && places <= 22 { return Double(integer) / pow10(places) }
    if places < 0 && places >= -22 { return Double(integer) * pow10(-places) }
    return significant(value, digits: digits).flatMap(Double.init)
  }

  /// `value` rounded to `digits` significant digits, as `integer × 10^-places` with no
  /// trailing zeros in `integer`; `nil` for NaN and infinities.
  private static func significantDecimal(_ value: Double, digits: Int) -> (integer: Int, places: Int)? {
    guard value.isFinite else { return nil }
    // Below this, scaling to an integer would overflow; such values plot as zero anyway.
    if abs(value) < 1e-290 { return (0, 0) }
    let exponent = Int((abs(value)).log10Floor)
    // Scale so the significant digits form an integer, then place the point by hand.
    let shift = digits - 1 - exponent
    let mantissa: Double
    if shift >= 0 {
      mantissa = (value * pow10(shift)).rounded()
    } else {
      mantissa = (value / pow10(-shift)).rounded()
    }
    var integer = Int(mantissa)
    var places = shift
    // Rounding can carry into a new digit (9.99999999 -> 10.0000000): drop one.
    while abs(integer) >= power(of: 10, digits) {
      integer /= 10
      places -= 1
    }
    while integer != 0 && integer % 10 == 0 {
      integer /= 10
      places -= 1
    }
    return (integer, places)
  }

  /// Writes `integer × 10^-places` in plain or exponent notation at the end of `bytes`.
  private static func appendDecimal(_ integer: Int, places: Int, to bytes: inout [UInt8]) {
    if integer == 0 {
      bytes.append(UInt8(ascii: "0"))
      return
    }
    let count = digitCount(integer.magnitude)
    if places <= 0 {
      if places < -6 {
        bytes.append(contentsOf: exponentForm(integer, places: places).utf8)
        return
      }
      var magnitude = integer.magnitude
      for _ in 0..<(-places) { magnitude *= 10 }
      appendFixed(magnitude, places: 0, negative: integer < 0, to: &bytes)
      return
    }
    if places - count > 6 {
      bytes.append(contentsOf: exponentForm(integer, places: places).utf8)
      return
    }
    appendFixed(integer.magnitude, places: places, negative: integer < 0, to: &bytes)
  }

  private static func digitCount(_ value: UInt) -> Int {
    var count = 1
    var rest = value / 10
    while rest > 0 {
      count += 1
      rest /= 10
    }
    return count
  }

  private static func exponentForm(_ integer: Int, places: Int) -> String {
    let sign = integer < 0 ? "-" : ""
    let digits = String(integer.magnitude)
    return sign + exponentText(digits, exponent: digits.count - 1 - places)
  }

  private static func exponentText(_ digits: String, exponent: Int) -> String {
    var mantissa = String(digits.prefix(1))
    let rest = digits.dropFirst()
    if !rest.isEmpty { mantissa += "." + rest }
    return mantissa + "e" + String(exponent)
  }

  static func power(of base: Int, _ exponent: Int) -> Int {
    var result = 1
    for _ in 0..<max(0, exponent) { result *= base }
    return result
  }

  /// An exact power of ten for exponents up to 22 (all exactly representable as `Double`).
  static func pow10(_ exponent: Int) -> Double {
    var result = 1.0
    for _ in 0..<exponent { result *= 10 }
    return result
  }
}

extension Double {
  /// `floor(log10(self))` for positive finite values, exact at powers of ten.
  var log10Floor: Int {
    var exponent = 0
    var x = self
    if x >= 1 {
      while x >= 10 {
        x /= 10
        exponent += 1
      }
    } else {
      while x < 1 {
        x *= 10
        exponent -= 1
      }
    }
    return exponent
  }
}
