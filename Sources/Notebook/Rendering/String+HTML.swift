extension StringProtocol {
  /// The text with `&`, `<`, `>`, `"` and `'` written as entities, safe in elements and attributes.
  var htmlEscaped: String {
    var escaped = ""
    escaped.reserveCapacity(utf8.count)
    for character in unicodeScalars {
      switch character {
      case "&": escaped += "&amp;"
      case "<": escaped += "&lt;"
      case ">": escaped += "&gt;"
      case "\"": escaped += "&quot;"
      case "'": escaped += "&#39;"
      default: escaped.unicodeScalars.append(character)
      }
    }
    return escaped
  }
}

extension String {
  /// Replaces every `prefix ID suffix` placeholder, where ID is a run of digits,
  /// with what `replacement` returns for it, in one pass.
  ///
  /// Placeholders `replacement` returns `nil` for are left as they are.
  func replacingPlaceholders(prefix: String, suffix: String, with replacement: (Int) -> String?) -> String {
    var result = ""
    result.reserveCapacity(utf8.count)
    var rest = self[...]
    while let start = rest.firstRange(of: prefix) {
      let digits = rest[start.upperBound...].prefix(while: { $0.isASCII && $0.isNumber })
      let afterDigits = rest[digits.endIndex...]
      if !digits.isEmpty, afterDigits.hasPrefix(suffix), let id = Int(digits), let text = replacement(id) {
        result += rest[..<start.lowerBound]
        result += text
        rest = afterDigits.dropFirst(suffix.count)
      } else {
        result += rest[..<start.upperBound]
        rest = rest[start.upperBound...]
      }
    }
    result += rest
    return result
  }
}
