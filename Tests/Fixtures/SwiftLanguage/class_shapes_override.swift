class Shape: CustomStringConvertible {
  var name: String { "shape" }
  func area() -> Double { 0 }
  var description: String { "\(name) with area \(area())" }
}

class Rectangle: Shape {
  let w: Double, h: Double
  init(w: Double, h: Double) {
    self.w = w
    self.h = h
  }
  override var name: String { "rectangle" }
  override func area() -> Double { w * h }
}

class Square: Rectangle {
  init(side: Double) { super.init(w: side, h: side) }
  override var name: String { "square" }
}

let shapes: [Shape] = [Rectangle(w: 2, h: 3), Square(side: 2)]
for s in shapes { print(s) }
print(shapes.map { $0.area() }.reduce(0, +))
print(shapes[1] is Rectangle, shapes[0] is Square)
