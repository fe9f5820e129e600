/// The `d` attribute of a `<path>`, built from absolute moves and lines.
///
/// Kept as UTF-8 bytes with each coordinate written straight in (a line plot has thousands
/// of points); the `SVGWriter` copies them into the document as they are.
struct SVGPath {
  private(set) var utf8: [UInt8] = []

  /// The path data as text.
  var data: String { String(decoding: utf8, as: UTF8.self) }

  var isEmpty: Bool { utf8.isEmpty }

  mutating func move(to point: Point) {
    if !utf8.isEmpty { utf8.append(UInt8(ascii: " ")) }
    utf8.append(UInt8(ascii: "M"))
    appendCoordinates(point)
  }

  mutating func line(to point: Point) {
    utf8.append(UInt8(ascii: " "))
    utf8.append(UInt8(ascii: "L"))
    appendCoordinates(point)
  }

  /// `x,y`.
  private mutating func appendCoordinates(_ point: Point) {
    SVGNumber.append(point.x, to: &utf8)
    utf8.append(UInt8(ascii: ","))
    SVGNumber.append(point.y, to: &utf8)
  }

  /// Adds `other`'s subpaths after this path's.
  mutating func append(_ other: SVGPath) {
    guard !other.isEmpty else { return }
    if !utf8.isEmpty { utf8.append(UInt8(ascii: " ")) }
    utf8.append(contentsOf: other.utf8)
  }

  mutating func closeSubpath() {
    utf8.append(UInt8(ascii: " "))
    utf8.append(UInt8(ascii: "Z"))
  }

  /// A polyline through `points`, broken wherever a point is `nil` (a gap in the data).
  static func polyline(_ points: [Point?]) -> SVGPath {
    var path = SVGPath()
    var drawing = false
    for point in points {
      guard let point else {
        drawing = false
        continue
      }
      if drawing {
        path.line(to: point)
      } else {
        path.move(to: point)
        drawing = true
      }
    }
    return path
  }
}
