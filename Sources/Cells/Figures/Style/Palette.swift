/// The colours of series and classes: Okabe and Ito's palette, distinguishable
/// with every common form of colour blindness.
///
/// Ordered so the first colours are the most distinct on white (blue, vermillion,
/// green); yellow, the faintest on white, comes late.
enum Palette {
  static let colors: [RGBColor] = [
    RGBColor(hex: 0x0072B2),  // blue
    RGBColor(hex: 0xD55E00),  // vermillion
    RGBColor(hex: 0x009E73),  // bluish green
    RGBColor(hex: 0xE69F00),  // orange
    RGBColor(hex: 0xCC79A7),  // reddish purple
    RGBColor(hex: 0x56B4E9),  // sky blue
    RGBColor(hex: 0xF0E442),  // yellow
    RGBColor(hex: 0x000000),  // black
  ]

  /// The colour of series or class `index`, cycling past the end.
  static func color(_ index: Int) -> RGBColor {
    colors[((index % colors.count) + colors.count) % colors.count]
  }
}
