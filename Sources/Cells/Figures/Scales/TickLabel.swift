/// Writes tick and annotation numbers the way a person would, without float noise.
enum TickLabel {
  /// The typographic minus: a hyphen looks too short next to digits.
  static let minus = "\u{2212}"

  /// A tick value with the decimals its step needs: `0.0`, `0.2`, `2.5`, `−1`, `2e5`.
  static func text(_ value: Double, step: TickStep) -> String {
    // Very large or very small steps read better in exponent notation than as a row of zeros.
    if step.exponent >= 5 || step.exponent <= -5 {
      return exponentText(value)
    }
    return fixed(value, decimals: step.decimals)
  }

  /// `value` with exactly `decimals` decimals, rounded half away from zero; `−0` shows as `0`.
  static func fixed(_ value: Double, decimals: Int) -> String {
    guard value.isFinite else { return value.isNaN ? "nan" : (value < 0 ? minus + "inf" : "inf") }
    let scale = SVGNumber.power(of: 10, decimals)
    let scaled = (abs(value) * Double(scale)).rounded()
    guard scaled < 9e15 else { return exponentText(value) }
    let integer = Int(scaled)
    var text = String(integer / scale)
    if decimals > 0 {
      let fraction = String(integer % scale)
      text += "." + String(repeating: "0", count: decimals - fraction.count) + fraction
    }
    return value < 0 && integer != 0 ? minus + text : text
  }

  /// `10⁻³`, `10⁰`, `10⁵`: a power of ten as a log axis labels it.
  static func power(ofTen exponent: Int) -> String {
    let superscripts: [Character: String] = [
      "0": "\u{2070}", "1": "\u{00B9}", "2": "\u{00B2}", "3": "\u{00B3}", "4": "\u{2074}", "5": "\u{2075}",
      "6": "\u{2076}", "7": "\u{2077}", "8": "\u{2078}", "9": "\u{2079}", "-": "\u{207B}",
    ]
    return "10" + String(exponent).map { superscripts[$0] ?? String($0) }.joined()
  }

  /// A value with the digits it needs, up to three significant ones: `0.02`, `300`, `5e−7`.
  static func plain(_ value: Double) -> String {
    guard value.isFinite, value != 0 else { return fixed(value, decimals: 0) }
    let exponent = abs(value).log10Floor
    if exponent >= 5 || exponent <= -5 { return exponentText(value) }
    let text = SVGNumber.significant(value, digits: 3) ?? "0"
    return text.map { $0 == "-" ? minus : String($0) }.joined()
  }

  /// `2e5`, `2.5e−5`: at most three significant digits, for the extremes of scale.
  static func exponentText(_ value: Double) -> String {
    guard value != 0 else { return "0" }
    guard let plain = SVGNumber.significant(value, digits: 3) else { return fixed(value, decimals: 0) }
    let exponent = abs(value).log10Floor
    let mantissa = SVGNumber.significant(value / TickStep.scaled(1, exponent), digits: 3) ?? plain
    let text = mantissa + "e" + String(exponent)
    return text.map { $0 == "-" ? minus : String($0) }.joined()
  }

  /// The decimals for annotating a set of values briefly (`0.93`, `12.4`, `1250`):
  /// 0 for whole numbers, else 2 below 10, 1 below 100, 0 beyond.
  static func decimals(for values: [Double]) -> Int {
    let finite = values.filter(\.isFinite)
    if finite.allSatisfy({ $0 == $0.rounded() }) { return 0 }
    let largest = finite.map(abs).max() ?? 0
    return largest < 10 ? 2 : largest < 100 ? 1 : 0
  }
}
