import Foundation

protocol Shape: CustomStringConvertible {
    var area: Double { get }
    var perimeter: Double { get }
    var name: String { get }
}
extension Shape {
    var description: String { "\(name)(area: \(String(format: "%.2f", area)))" }
}
struct Circle: Shape {
    var radius: Double
    var area: Double { Double.pi * radius * radius }
    var perimeter: Double { 2 * .pi * radius }
    var name: String { "Circle" }
}
struct Rectangle: Shape {
    var width, height: Double
    var area: Double { width * height }
    var perimeter: Double { 2 * (width + height) }
    var name: String { width == height ? "Square" : "Rectangle" }
}
struct Triangle: Shape {
    let a, b, c: Double
    var perimeter: Double { a + b + c }
    var area: Double {
        let s = perimeter / 2
        return sqrt(s * (s - a) * (s - b) * (s - c))
    }
    var name: String { "Triangle" }
}
let shapes: [Shape] = [Circle(radius: 1.5), Rectangle(width: 3, height: 4), Triangle(a: 3, b: 4, c: 5),
                       Rectangle(width: 2, height: 2), Circle(radius: 0.5)]
for s in shapes.sorted(by: { $0.area < $1.area }) {
    print(s)
}
let total = shapes.reduce(0) { $0 + $1.area }
print(String(format: "Total area: %.3f", total))
let biggest = shapes.max { $0.perimeter < $1.perimeter }!
print("Largest perimeter: \(biggest.name) \(biggest.perimeter)")
let byName = Dictionary(grouping: shapes, by: { $0.name })
for key in byName.keys.sorted() {
    print(key, byName[key]!.count)
}
print(shapes.filter { $0 is Circle }.count)
print(Circle(radius: 2))
print(String(format: "%05.1f %e %x %o %%", 3.14159, 12345.678, 255, 8))
