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
    var bytes: [UInt8] = []
    write(series, to: &bytes, escapingXML: false)
    return bytes.split(separator: UInt8(ascii: "\n")).map { String(decoding: $0, as: UTF8.self) }
  }

  /// Writes `lines(series)`, each followed by a newline, at the end of `bytes`: the content
  /// of the SVG's metadata element. Numbers go straight into the bytes (a figure holds
  /// thousands), and names are XML-escaped as the element's text unless `escapingXML` is false.
  static func write(_ series: [Figure.Series], to bytes: inout [UInt8], escapingXML: Bool = true) {
    bytes.append(contentsOf: "{\"series\":[\n".utf8)
    for (index, item) in series.enumerated() {
      bytes.append(contentsOf: "{\"name\":".utf8)
      // JSON escapes every control character, so a name never breaks its line.
      if escapingXML {
        SVGWriter.appendEscaped(quoted(item.name), quotes: false, to: &bytes)
      } else {
        bytes.append(contentsOf: quoted(item.name).utf8)
      }
      bytes.append(contentsOf: ",\"values\":[".utf8)
      for (position, value) in item.values.enumerated() {
        if position > 0 { bytes.append(UInt8(ascii: ",")) }
        if !SVGNumber.appendSignificant(value, to: &bytes) { bytes.append(contentsOf: "null".utf8) }
      }
      bytes.append(contentsOf: (index + 1 < series.count ? "]},\n" : "]}\n").utf8)
    }
    bytes.append(contentsOf: "]}\n".utf8)
  }

  /// The value as it is written, so a figure's `series` equal what its file holds.
  static func stored(_ value: Double) -> Double {
    SVGNumber.storedValue(value) ?? .nan
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
