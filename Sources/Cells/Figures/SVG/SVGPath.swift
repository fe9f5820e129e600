/// The `d` attribute of a `<path>`, built from absolute moves and lines.
struct SVGPath {
  private(set) var data = ""

  var isEmpty: Bool { data.isEmpty }

  mutating func move(to point: Point) {
    data += data.isEmpty ? "M" : " M"
    appendCoordinates(point)
  }

  mutating func line(to point: Point) {
    data += " L"
    appendCoordinates(point)
  }

  /// `x,y`, appended piece by piece (a line plot has thousands of points).
  private mutating func appendCoordinates(_ point: Point) {
    data += SVGNumber.format(point.x)
    data += ","
    data += SVGNumber.format(point.y)
  }

  /// Adds `other`'s subpaths after this path's.
  mutating func append(_ other: SVGPath) {
    guard !other.isEmpty else { return }
    data += (data.isEmpty ? "" : " ") + other.data
  }

  mutating func closeSubpath() {
    data += " Z"
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
