/// Formats numbers for SVG coordinates and embedded data without float noise.
///
/// Figures must be byte-for-byte deterministic, and `0.30000000000000004` must
/// never reach a file: coordinates are rounded to a fixed number of decimals with
/// integer arithmetic, so the digits depend only on the value, never on how the
/// platform prints a `Double`.
enum SVGNumber {
  /// A coordinate or length with at most `decimals` decimals, trailing zeros dropped: `12.5`, `3`, `-0.25`.
  static func format(_ value: Double, decimals: Int = 2) -> String {
    guard value.isFinite else { return "0" }
    let scale = power(of: 10, decimals)
    let scaled = (value * Double(scale)).rounded()
    // Coordinates never come near this bound; clamping keeps `Int(...)` from trapping on absurd input.
    guard abs(scaled) < 1e15 else { return value < 0 ? "-1e15" : "1e15" }
    let integer = Int(scaled)
    if integer == 0 { return "0" }
    // Trailing zeros of the fraction are dropped: 12.50 is written 12.5, 3.00 is 3.
    var magnitude = integer.magnitude
    var places = decimals
    while places > 0 && magnitude % 10 == 0 {
      magnitude /= 10
      places -= 1
    }
    return fixed(magnitude, places: places, negative: integer < 0)
  }

  /// `magnitude × 10^-places` with exactly `places` decimals and at least one digit before
  /// the point (`0.25`), written byte by byte: figures format tens of thousands of numbers,
  /// and building each from smaller strings cost more than drawing the figure.
  static func fixed(_ magnitude: UInt, places: Int, negative: Bool) -> String {
    String(unsafeUninitializedCapacity: Swift.max(0, places) + 24) { buffer in
      // Digits from the last one backwards, at the end of the buffer; then moved to its start.
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
      let count = buffer.count - end
      for index in 0..<count { buffer[index] = buffer[end + index] }
      return count
    }
  }

  /// A data value for the embedded series: eight significant digits, enough for
  /// any tolerance a lesson sets, few enough that float32 noise does not show.
  ///
  /// Returns `nil` for NaN and infinities, which JSON cannot hold.
  static func significant(_ value: Double, digits: Int = 8) -> String? {
    guard value.isFinite else { return nil }
    // Below this, scaling to an integer would overflow; such values plot as zero anyway.
    if abs(value) < 1e-290 { return "0" }
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
    return decimalText(integer, places: places)
  }

  /// `integer × 10^-places` written out in plain or exponent notation.
  private static func decimalText(_ integer: Int, places: Int) -> String {
    let count = digitCount(integer.magnitude)
    if places <= 0 {
      if places < -6 { return exponentForm(integer, places: places) }
      var magnitude = integer.magnitude
      for _ in 0..<(-places) { magnitude *= 10 }
      return fixed(magnitude, places: 0, negative: integer < 0)
    }
    if places - count > 6 { return exponentForm(integer, places: places) }
    return fixed(integer.magnitude, places: places, negative: integer < 0)
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
