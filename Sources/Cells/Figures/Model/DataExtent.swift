/// A point in data coordinates.
struct DataPoint: Equatable {
  var x: Double
  var y: Double
}

/// The box of data coordinates a set of marks covers; each side may be empty alone
/// (a horizontal reference line has a y but no x extent).
struct DataExtent {
  var xLower = Double.infinity
  var xUpper = -Double.infinity
  var yLower = Double.infinity
  var yUpper = -Double.infinity

  var isEmpty: Bool { xLower > xUpper || yLower > yUpper }

  /// A point counts only when both coordinates are finite.
  mutating func include(x: Double, y: Double) {
    guard x.isFinite, y.isFinite else { return }
    includeX(x)
    includeY(y)
  }

  mutating func includeX(_ x: Double) {
    guard x.isFinite else { return }
    xLower = min(xLower, x)
    xUpper = max(xUpper, x)
  }

  mutating func includeY(_ y: Double) {
    guard y.isFinite else { return }
    yLower = min(yLower, y)
    yUpper = max(yUpper, y)
  }

  mutating func formUnion(_ other: DataExtent) {
    if other.xLower <= other.xUpper {
      includeX(other.xLower)
      includeX(other.xUpper)
    }
    if other.yLower <= other.yUpper {
      includeY(other.yLower)
      includeY(other.yUpper)
    }
  }
}
