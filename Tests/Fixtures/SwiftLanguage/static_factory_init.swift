import Foundation

struct Color: Equatable {
  var r: Int, g: Int, b: Int
  static let red = Color(r: 255, g: 0, b: 0)
  static let black = Color(r: 0, g: 0, b: 0)
  static func gray(_ v: Int) -> Color { .init(r: v, g: v, b: v) }
  var hex: String { String(format: "#%02X%02X%02X", r, g, b) }
}

let palette: [Color] = [.red, .black, .gray(128)]
for c in palette { print(c.hex) }
print(palette.contains(.red), palette.firstIndex(of: .black) ?? -1)
