import Foundation

protocol Shape {
    var name: String { get }
    func area() -> Double
    func perimeter() -> Double
}

extension Shape {
    func describe() -> String {
        return "\(name) with area \(String(format: "%.2f", area())) and perimeter \(String(format: "%.2f", perimeter()))"
    }
}

struct Circle: Shape {
    let radius: Double
    var name: String { "Circle" }
    func area() -> Double { .pi * radius * radius }
    func perimeter() -> Double { 2 * .pi * radius }
}

struct Rectangle: Shape {
    let width, height: Double
    var name: String { return "Rectangle" }
    func area() -> Double { width * height }
    func perimeter() -> Double { 2 * (width + height) }
}

struct Triangle: Shape {
    let a, b, c: Double
    let name = "Triangle"
    func perimeter() -> Double { a + b + c }
    func area() -> Double {
        let s = perimeter() / 2
        return sqrt(s * (s - a) * (s - b) * (s - c))
    }
}

let shapes: [Shape] = [Circle(radius: 2), Rectangle(width: 3, height: 4), Triangle(a: 3, b: 4, c: 5)]
for shape in shapes {
    print(shape.describe())
}
let largest = shapes.max { $0.area() < $1.area() }!
print("Largest: \(largest.name)")
let total = shapes.map { $0.area() }.reduce(0, +)
print(String(format: "Total area: %.3f", total))
print(shapes.sorted { $0.perimeter() < $1.perimeter() }.map(\.name))
if let c = shapes[0] as? Circle {
    print("radius", c.radius)
}
print(Circle(radius: 1))
