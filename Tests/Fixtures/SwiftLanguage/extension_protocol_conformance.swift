struct Point {
  var x: Int
  var y: Int
}

extension Point: CustomStringConvertible {
  var description: String { "(\(x), \(y))" }
}

extension Point: Equatable {}

extension Point {
  static func + (a: Point, b: Point) -> Point { Point(x: a.x + b.x, y: a.y + b.y) }
  static let origin = Point(x: 0, y: 0)
}

let p = Point(x: 1, y: 2) + Point(x: 3, y: 4)
print(p)
print("p is \(p)")
print([p, Point.origin])
print(p == Point(x: 4, y: 6))
