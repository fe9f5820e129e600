/// A point in data coordinates.
struct DataPoint: Equatable {
  var x: Double
  var y: Double
}

/// The box of data coordinates a set of marks covers.
struct DataExtent {
  var xLower = Double.infinity
  var xUpper = -Double.infinity
  var yLower = Double.infinity
  var yUpper = -Double.infinity

  var isEmpty: Bool { xLower > xUpper || yLower > yUpper }

  mutating func include(x: Double, y: Double) {
    guard x.isFinite, y.isFinite else { return }
    xLower = min(xLower, x)
    xUpper = max(xUpper, x)
    yLower = min(yLower, y)
    yUpper = max(yUpper, y)
  }

  mutating func formUnion(_ other: DataExtent) {
    guard !other.isEmpty else { return }
    include(x: other.xLower, y: other.yLower)
    include(x: other.xUpper, y: other.yUpper)
  }
}
