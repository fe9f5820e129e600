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
    // On UTF-8 bytes: `firstRange(of:)` compares Characters, which made these passes over a
    // page of a megabyte (figures inlined) a third of rendering it. Both markers are ASCII
    // and a run of ASCII digits sits between them, so every cut is at a character boundary.
    let marker = Array(prefix.utf8)
    let end = Array(suffix.utf8)
    var text = self
    return text.withUTF8 { bytes -> String in
      guard let first = marker.first, bytes.count >= marker.count else { return self }
      var result: [UInt8] = []
      result.reserveCapacity(bytes.count)
      var copied = 0  // bytes before this offset are in `result`
      var index = 0
      while index + marker.count <= bytes.count {
        guard bytes[index] == first, bytes.hasBytes(marker, at: index) else {
          index += 1
          continue
        }
        var digitsEnd = index + marker.count
        var id = 0
        var overflow = false
        while digitsEnd < bytes.count, bytes[digitsEnd] >= 0x30, bytes[digitsEnd] <= 0x39 {
          let (times, o1) = id.multipliedReportingOverflow(by: 10)
          let (plus, o2) = times.addingReportingOverflow(Int(bytes[digitsEnd] - 0x30))
          overflow = overflow || o1 || o2
          id = plus
          digitsEnd += 1
        }
        if digitsEnd > index + marker.count, !overflow, bytes.hasBytes(end, at: digitsEnd),
          let text = replacement(id)
        {
          result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<index]))
          result.append(contentsOf: text.utf8)
          index = digitsEnd + end.count
          copied = index
        } else {
          index += marker.count
        }
      }
      guard copied > 0 else { return self }
      result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
      return String(decoding: result, as: UTF8.self)
    }
  }
}

extension UnsafeBufferPointer<UInt8> {
  /// Whether `pattern` is at `offset` (and fits).
  fileprivate func hasBytes(_ pattern: [UInt8], at offset: Int) -> Bool {
    guard offset + pattern.count <= count else { return false }
    for (k, byte) in pattern.enumerated() where self[offset + k] != byte { return false }
    return true
  }
}
