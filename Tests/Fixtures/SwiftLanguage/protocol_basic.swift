protocol Shape {
  var area: Double { get }
  func name() -> String
}

extension Shape {
  func describe() -> String { "\(name()) with area \(area)" }
}

struct Square: Shape {
  var side: Double
  var area: Double { side * side }
  func name() -> String { "square" }
}

struct Circle: Shape {
  var r: Double
  var area: Double { 3 * r * r }
  func name() -> String { "circle" }
}

let shapes: [Shape] = [Square(side: 2), Circle(r: 1)]
for s in shapes { print(s.describe()) }
print(shapes.map { $0.area }.reduce(0, +))
