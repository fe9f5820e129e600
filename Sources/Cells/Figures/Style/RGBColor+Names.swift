extension RGBColor {
  /// A colour as a lesson names it: `"red"`, `"tab:blue"`, `"C1"` (the palette's second
  /// colour), matplotlib's letters (`"k"`, `"r"`), or `"#1f77b4"` / `"#17b"`; nil for anything else.
  init?(named name: String) {
    let key = name.lowercased().trimmingPrefix("tab:")
    if key.hasPrefix("#") {
      let digits = Array(key.dropFirst())
      guard digits.count == 3 || digits.count == 6, let value = Int(String(digits), radix: 16) else { return nil }
      if digits.count == 6 {
        self.init(hex: value)
      } else {
        let (r, g, b) = ((value >> 8) & 0xF, (value >> 4) & 0xF, value & 0xF)
        self.init(hex: (r * 17) << 16 | (g * 17) << 8 | (b * 17))
      }
      return
    }
    if key.hasPrefix("c"), let index = Int(key.dropFirst()), index >= 0, index < Palette.colors.count {
      self = Palette.color(index)
      return
    }
    guard let hex = Self.names[String(key)] else { return nil }
    self.init(hex: hex)
  }

  /// Common names, in the tones of the figures' palette where it has one (so "red" beside
  /// the default blue looks as if it belonged), matplotlib's tab10 otherwise.
  static let names: [String: Int] = [
    "blue": 0x0072B2, "b": 0x0072B2, "orange": 0xE69F00, "green": 0x009E73, "g": 0x009E73,
    "red": 0xD62728, "r": 0xD62728, "vermillion": 0xD55E00, "purple": 0x9467BD, "brown": 0x8C564B,
    "pink": 0xCC79A7, "gray": 0x7F7F7F, "grey": 0x7F7F7F, "olive": 0xBCBD22, "cyan": 0x17BECF,
    "c": 0x17BECF, "skyblue": 0x56B4E9, "magenta": 0xC2188B, "m": 0xC2188B, "yellow": 0xF0E442,
    "y": 0xF0E442, "black": 0x000000, "k": 0x000000, "white": 0xFFFFFF, "w": 0xFFFFFF,
    "navy": 0x1F3A93, "teal": 0x008080, "darkgray": 0x4D4D4D, "lightgray": 0xC8C8C8,
  ]
}
