import Foundation

/// The plotted numbers embedded in a figure's SVG, as JSON:
///
/// ```json
/// {"series":[
/// {"name":"panel 1 / loss","values":[0.69,0.52,0.41]},
/// {"name":"panel 2 / probability","values":[0.1,null]}
/// ]}
/// ```
/// NaN and infinities, which JSON cannot hold, are written as `null`. Values keep
/// eight significant digits: enough for any tolerance a lesson asks for.
enum SeriesJSON {
  /// The JSON text, one series a line so a changed figure diffs readably.
  static func lines(_ series: [Figure.Series]) -> [String] {
    var lines = ["{\"series\":["]
    for (index, item) in series.enumerated() {
      var line = "{\"name\":" + quoted(item.name) + ",\"values\":["
      for (position, value) in item.values.enumerated() {
        if position > 0 { line += "," }
        line += SVGNumber.significant(value) ?? "null"
      }
      line += index + 1 < series.count ? "]}," : "]}"
      lines.append(line)
    }
    lines.append("]}")
    return lines
  }

  /// The value as it is written, so a figure's `series` equal what its file holds.
  static func stored(_ value: Double) -> Double {
    SVGNumber.significant(value).flatMap(Double.init) ?? .nan
  }

  private static func quoted(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\t": result += "\\t"
      default:
        if scalar.value < 0x20 {
          let hex = String(scalar.value, radix: 16)
          result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result + "\""
  }

  private struct Document: Decodable {
    struct Item: Decodable {
      var name: String
      var values: [Double?]
    }
    var series: [Item]
  }

  /// Reads the series back from an SVG written by nnbook; `nil` if it has none or they do not parse.
  static func read(fromSVG svg: String) -> [Figure.Series]? {
    let opening = "<metadata class=\"\(FigureRenderer.dataClass)\">"
    guard let start = svg.range(of: opening),
      let end = svg.range(of: "</metadata>", range: start.upperBound..<svg.endIndex)
    else { return nil }
    let json = unescaped(String(svg[start.upperBound..<end.lowerBound]))
    guard let document = try? JSONDecoder().decode(Document.self, from: Data(json.utf8)) else { return nil }
    return document.series.map { Figure.Series(name: $0.name, values: $0.values.map { $0 ?? .nan }) }
  }

  private static func unescaped(_ text: String) -> String {
    text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
      .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
      .replacingOccurrences(of: "&amp;", with: "&")
  }
}

extension Figure {
  /// The plotted series embedded in an SVG that nnbook wrote (what `check` compares),
  /// or `nil` when the SVG holds none (drawn by hand, or by an older nnbook).
  public static func series(embeddedIn svg: String) -> [Series]? {
    SeriesJSON.read(fromSVG: svg)
  }
}
