import Foundation

protocol Shape: CustomStringConvertible {
    var name: String { get }
    func area() -> Double
    func perimeter() -> Double
}

extension Shape {
    var description: String {
        "\(name) area=\(String(format: "%.2f", area())) perimeter=\(String(format: "%.2f", perimeter()))"
    }
    func isLarger(than other: Shape) -> Bool { area() > other.area() }
}

struct Circle: Shape {
    let radius: Double
    var name: String { "Circle" }
    func area() -> Double { .pi * radius * radius }
    func perimeter() -> Double { 2 * .pi * radius }
}

struct Rectangle: Shape {
    let width, height: Double
    var name: String { "Rectangle" }
    func area() -> Double { width * height }
    func perimeter() -> Double { 2 * (width + height) }
}

struct Square: Shape {
    let side: Double
    var name: String { "Square" }
    func area() -> Double { side * side }
    func perimeter() -> Double { 4 * side }
}

struct Triangle: Shape {
    let a, b, c: Double
    init?(a: Double, b: Double, c: Double) {
        guard a + b > c, a + c > b, b + c > a else { return nil }
        self.a = a; self.b = b; self.c = c
    }
    var name: String { "Triangle" }
    func perimeter() -> Double { a + b + c }
    func area() -> Double {
        let s = perimeter() / 2
        return (s * (s - a) * (s - b) * (s - c)).squareRoot()
    }
}

var shapes: [Shape] = [Circle(radius: 1.5), Rectangle(width: 3, height: 4.5), Square(side: 2)]
if let t = Triangle(a: 3, b: 4, c: 5) { shapes.append(t) }
if Triangle(a: 1, b: 2, c: 10) == nil { print("invalid triangle rejected") }
for shape in shapes { print(shape) }
let sorted = shapes.sorted { $0.area() < $1.area() }
print(sorted.map(\.name))
let total = shapes.reduce(0) { $0 + $1.area() }
print("total area:", String(format: "%.3f", total))
print(shapes[0].isLarger(than: shapes[2]))
let largest = shapes.max { $0.area() < $1.area() }!
print("largest:", largest.name)
for shape in shapes {
    switch shape {
    case let c as Circle: print("circle with radius \(c.radius)")
    case is Square: print("a square")
    case let r as Rectangle where r.width != r.height: print("rectangle \(r.width)x\(r.height)")
    default: print("other: \(type(of: shape))")
    }
}
let grouped = Dictionary(grouping: shapes, by: { $0.area() > 7 ? "big" : "small" })
for key in grouped.keys.sorted() {
    print(key, grouped[key]!.map { $0.name }.sorted())
}
print(shapes.compactMap { $0 as? Rectangle }.count, shapes.contains { $0 is Triangle })
