import Foundation

/// Writes lesson reports as JUnit XML, the format CI engines (GitHub Actions, GitLab CI,
/// Buildkite, Jenkins) display and merge across the shards of a matrix: one `testsuite`
/// per lesson, one `testcase` per cell, a `failure` naming `file:line` with the diff or
/// the error as its text.
public enum JUnitReport {
  public static func xml(_ reports: [LessonReport], name: String = "nnbook check") -> String {
    let tests = reports.reduce(0) { $0 + $1.cases.count }
    let failures = reports.reduce(0) { $0 + $1.failureCount }
    let skipped = reports.reduce(0) { $0 + $1.skippedCount }
    let seconds = reports.reduce(0) { $0 + $1.seconds }
    var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    xml +=
      "<testsuites name=\"\(escaped(name))\" tests=\"\(tests)\" failures=\"\(failures)\" errors=\"0\" skipped=\"\(skipped)\" time=\"\(time(seconds))\">\n"
    for report in reports {
      let path = escaped(report.path)
      xml +=
        "  <testsuite name=\"\(path)\" tests=\"\(report.cases.count)\" failures=\"\(report.failureCount)\" errors=\"0\" skipped=\"\(report.skippedCount)\" time=\"\(time(report.seconds))\" file=\"\(path)\">\n"
      for testCase in report.cases {
        xml +=
          "    <testcase name=\"\(escaped(testCase.name))\" classname=\"\(path)\" file=\"\(path)\" line=\"\(testCase.line)\" time=\"\(time(testCase.seconds))\""
        switch testCase.outcome {
        case .passed:
          xml += "/>\n"
        case .skipped:
          xml += ">\n      <skipped message=\"\(escaped(testCase.message ?? ""))\"/>\n    </testcase>\n"
        case .failed:
          let message = testCase.message ?? "\(report.path):\(testCase.line): error"
          xml += ">\n      <failure message=\"\(escaped(message))\">"
          xml += escaped(testCase.details ?? message, inAttribute: false)
          xml += "</failure>\n    </testcase>\n"
        }
      }
      xml += "  </testsuite>\n"
    }
    xml += "</testsuites>\n"
    return xml
  }

  private static func time(_ seconds: Double) -> String {
    String(format: "%.3f", seconds)
  }

  /// Text safe in XML 1.0 elements and attributes: the five entities, line breaks kept as
  /// character references in attributes (which would otherwise fold them into spaces), and
  /// control characters XML cannot carry dropped.
  static func escaped(_ text: String, inAttribute: Bool = true) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&apos;"
      case "\n", "\t", "\r":
        if inAttribute { result += "&#\(scalar.value);" } else { result.unicodeScalars.append(scalar) }
      case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF: continue
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}
