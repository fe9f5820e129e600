import Cells

extension CellOptions {
  /// One raw lesson line given to the option parser.
  struct SourceLine {
    var number: Int
    var text: String
  }

  /// Reads the `//| key: value` lines at the top of a cell.
  ///
  /// - Parameter lines: the cell's code lines as they stand in the lesson, so that
  ///   errors point at the right column.
  static func parse(_ lines: [SourceLine], path: String) throws -> CellOptions {
    var options = CellOptions()
    var seen: Set<String> = []
    var optionLines = lines.count
    for (index, line) in lines.enumerated() {
      let markerStart = line.text.firstIndex(where: { $0 != " " && $0 != "\t" }) ?? line.text.endIndex
      guard line.text[markerStart...].hasPrefix("//|") else {
        optionLines = index
        break
      }
      let marker = markerStart..<line.text.index(markerStart, offsetBy: 3)

      func error(at index: String.Index, _ message: String) -> DocumentError {
        let column = line.text.utf8.distance(from: line.text.startIndex, to: index) + 1
        return DocumentError(path: path, line: line.number, column: column, message: message)
      }

      let body = line.text[marker.upperBound...]
      guard let colon = body.firstIndex(of: ":"), !body[..<colon].trimmingWhitespace().isEmpty else {
        throw error(
          at: marker.lowerBound,
          "malformed cell option '\(line.text.trimmingWhitespace())'; expected '//| key: value'")
      }
      let keyText = body[..<colon].trimmingWhitespace()
      let key = String(keyText)
      let value = String(body[body.index(after: colon)...].trimmingWhitespace())
      let keyStart = keyText.startIndex
      let valueStart = body[body.index(after: colon)...].firstIndex(where: { $0 != " " && $0 != "\t" }) ?? colon

      guard Self.knownKeys.contains(key) else {
        var message = "unknown cell option '\(key)'"
        if let suggestion = closestKnownKey(to: key) {
          message += "; did you mean '\(suggestion)'?"
        } else {
          message += "; known options are " + Self.knownKeys.joined(separator: ", ")
        }
        throw error(at: keyStart, message)
      }
      guard seen.insert(key).inserted else {
        throw error(at: keyStart, "cell option '\(key)' is given more than once")
      }

      func boolean() throws -> Bool {
        switch value {
        case "true": return true
        case "false": return false
        default: throw error(at: valueStart, "cell option '\(key)' expects true or false, not '\(value)'")
        }
      }
      func number(allowingZero: Bool) throws -> Double {
        let expected = allowingZero ? "a number of 0 or more" : "a positive number"
        guard let number = Double(value), number.isFinite, number > 0 || (allowingZero && number == 0) else {
          throw error(at: valueStart, "cell option '\(key)' expects \(expected), not '\(value)'")
        }
        return number
      }

      switch key {
      case "label":
        let label = unquoted(value)
        guard !label.isEmpty,
          label.unicodeScalars.allSatisfy({
            $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_"
          })
        else {
          throw error(
            at: valueStart, "cell option 'label' expects a name of letters, digits, '-' and '_', not '\(value)'")
        }
        options.label = label
      case "eval": options.evaluates = try boolean()
      case "echo": options.echoes = try boolean()
      case "output": options.keepsOutput = try boolean()
      case "error": options.expectsError = try boolean()
      case "check": options.isChecked = try boolean()
      case "timeout": options.timeout = try number(allowingZero: false)
      case "tolerance": options.tolerance = try number(allowingZero: true)
      case "fig-cap": options.figureCaption = unquoted(value)
      default: break
      }
    }
    // A known option below a blank line or code would be silently ignored (an `eval: false`
    // that no longer protects an endless cell): say so where it stands.
    for line in lines.dropFirst(optionLines) {
      let indent = line.text.prefix { $0 == " " || $0 == "\t" }
      let rest = line.text.dropFirst(indent.count)
      guard rest.hasPrefix("//|"), let colon = rest.firstIndex(of: ":"),
        knownKeys.contains(String(rest[rest.index(rest.startIndex, offsetBy: 3)..<colon].trimmingWhitespace()))
      else { continue }
      throw DocumentError(
        path: path, line: line.number, column: indent.utf8.count + 1,
        message:
          "cell option '\(line.text.trimmingWhitespace())' must be in the first lines of the cell, before any blank line or code"
      )
    }
    return options
  }

  /// `"a \"quoted\" caption"` becomes `a "quoted" caption`; unquoted text stays as it is.
  private static func unquoted(_ value: String) -> String {
    guard value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") else { return value }
    var result = ""
    var escaping = false
    for character in value.dropFirst().dropLast() {
      if escaping {
        result.append(character)
        escaping = false
      } else if character == "\\" {
        escaping = true
      } else {
        result.append(character)
      }
    }
    return result
  }

  /// The known key a typo most likely meant, if one is close enough.
  static func closestKnownKey(to key: String) -> String? {
    Suggestions.closest(to: key, in: knownKeys)
  }
}
