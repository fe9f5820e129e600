/// Sizes, fonts and colours shared by every figure, in SVG user units.
///
/// Figures are laid out for a page column about 680 units wide, so one unit is
/// about one CSS pixel in nnbook's HTML and text keeps the size set here.
enum Theme {
  /// The width of a figure that fills the page column.
  static let pageWidth = 680.0

  /// The system sans-serif stack, as the HTML page uses, so figures match the prose.
  static let fontFamily =
    "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', 'Noto Sans', 'Liberation Sans', Arial, sans-serif"
  static let fontSize = 12.0
  static let titleFontSize = 14.0
  static let figureTitleFontSize = 16.0

  static let textColor = RGBColor(hex: 0x1F2328)
  static let mutedTextColor = RGBColor(hex: 0x57606A)
  static let axisColor = RGBColor(hex: 0x57606A)
  static let gridColor = RGBColor(hex: 0xE4E7EB)
  static let background = RGBColor.white

  static let lineWidth = 2.0
  static let tickLength = 4.0
  /// Space between a tick label and its tick, or a label and what it names.
  static let gap = 5.0
}
