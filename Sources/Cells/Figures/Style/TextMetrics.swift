/// Estimates how wide a label will be, so layout can leave room for it.
///
/// SVG text is measured by the browser, not here; the estimate errs wide (it is
/// tuned to DejaVu Sans, the widest common fallback font), so labels never overlap
/// when a narrower font is chosen.
enum TextMetrics {
  /// The width of `text` at `fontSize`, in user units.
  static func width(_ text: String, fontSize: Double = Theme.fontSize, bold: Bool = false) -> Double {
    var ems = 0.0
    for character in text {
      ems += advance(character)
    }
    return ems * fontSize * (bold ? 1.08 : 1)
  }

  private static func advance(_ character: Character) -> Double {
    switch character {
    case "i", "j", "l", "!", "|", ".", ",", ":", ";", "'", "I": return 0.3
    case "f", "t", "r", "(", ")", "[", "]", " ", "-": return 0.38
    case "m", "w", "M", "W": return 0.92
    case "0"..."9", "\u{2212}", "+", "=", "<", ">", "_": return 0.64
    default:
      if character.isUppercase { return 0.7 }
      if character.isASCII { return 0.6 }
      return 0.75
    }
  }

  /// `text` shortened with an ellipsis to fit `maxWidth` (long class names in a narrow panel).
  static func truncated(_ text: String, toFit maxWidth: Double, fontSize: Double = Theme.fontSize, bold: Bool = false)
    -> String
  {
    guard width(text, fontSize: fontSize, bold: bold) > maxWidth else { return text }
    var characters = Array(text)
    while !characters.isEmpty && width(String(characters) + "\u{2026}", fontSize: fontSize, bold: bold) > maxWidth {
      characters.removeLast()
    }
    return String(characters) + "\u{2026}"
  }
}
