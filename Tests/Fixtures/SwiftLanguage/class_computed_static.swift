class Shape {
  static var created = 0
  var sides: Int
  init(sides: Int) {
    self.sides = sides
    Shape.created += 1
  }
  var kind: String {
    switch sides {
    case 3: return "triangle"
    case 4: return "quad"
    default: return "polygon"
    }
  }
}

let shapes = [Shape(sides: 3), Shape(sides: 4), Shape(sides: 7)]
print(shapes.map { $0.kind })
print(Shape.created)
