import Foundation

/// An sRGB colour with components in 0...1.
struct RGBColor: Equatable {
  var red: Double
  var green: Double
  var blue: Double

  /// `RGBColor(hex: 0x0072B2)`.
  init(hex: Int) {
    red = Double((hex >> 16) & 0xFF) / 255
    green = Double((hex >> 8) & 0xFF) / 255
    blue = Double(hex & 0xFF) / 255
  }

  init(red: Double, green: Double, blue: Double) {
    self.red = red
    self.green = green
    self.blue = blue
  }

  static let white = RGBColor(hex: 0xFFFFFF)
  static let black = RGBColor(hex: 0x000000)

  /// `#rrggbb`, the form SVG attributes take.
  var hexString: String {
    var bytes: [UInt8] = []
    appendHex(to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Writes `hexString` at the end of `bytes` (a heatmap writes a colour for every cell).
  func appendHex(to bytes: inout [UInt8]) {
    bytes.append(UInt8(ascii: "#"))
    for component in [red, green, blue] {
      let byte = Int((min(1, max(0, component)) * 255).rounded())
      bytes.append(Self.hexDigit(byte >> 4))
      bytes.append(Self.hexDigit(byte & 0xF))
    }
  }

  private static func hexDigit(_ value: Int) -> UInt8 {
    value < 10 ? UInt8(ascii: "0") + UInt8(value) : UInt8(ascii: "a") + UInt8(value - 10)
  }

  /// The colour `fraction` of the way from `self` to `other`.
  func mixed(with other: RGBColor, _ fraction: Double) -> RGBColor {
    RGBColor(
      red: red + (other.red - red) * fraction,
      green: green + (other.green - green) * fraction,
      blue: blue + (other.blue - blue) * fraction)
  }

  /// WCAG relative luminance: how bright the colour looks, 0 (black) to 1 (white).
  var luminance: Double {
    func linear(_ c: Double) -> Double {
      c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
    }
    return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
  }

  /// Dark or white text, whichever contrasts more with this colour as a background
  /// (heatmap annotations must stay readable on both ends of a colormap).
  var contrastingText: RGBColor {
    let l = luminance
    let againstWhite = 1.05 / (l + 0.05)
    let againstDark = (l + 0.05) / (Theme.textColor.luminance + 0.05)
    return againstDark >= againstWhite ? Theme.textColor : .white
  }
}
