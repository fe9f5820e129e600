struct Point {
  var x: Int
  var y: Int
}

extension Point {
  var manhattan: Int { abs(x) + abs(y) }
  func shifted(by d: Int) -> Point { Point(x: x + d, y: y + d) }
  mutating func flip() {
    let t = x
    x = y
    y = t
  }
}

var p = Point(x: 3, y: -4)
print(p.manhattan)
print(p.shifted(by: 2))
p.flip()
print(p)
