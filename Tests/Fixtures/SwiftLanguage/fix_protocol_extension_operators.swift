protocol Shape {
    var area: Double { get }
    var name: String { get }
}
extension Shape {
    static func == (a: Self, b: Self) -> Bool { a.area == b.area }
    static func < (a: Self, b: Self) -> Bool { a.area < b.area }
    static func + (a: Self, b: Self) -> Double { a.area + b.area }
}
infix operator <=> : ComparisonPrecedence
extension Shape {
    static func <=> (a: Self, b: Self) -> Int { a.area < b.area ? -1 : (a.area > b.area ? 1 : 0) }
}
struct Square: Shape {
    var side: Double
    var area: Double { side * side }
    var name: String { "square" }
}
struct Circle: Shape {
    var r: Double
    var area: Double { 3.0 * r * r }
    var name: String { "circle" }
}
let a = Square(side: 2), b = Square(side: 3)
print(a == b, a == Square(side: 2), !(a == b))
print(a < b, b < a)
print(a + b)
print(a <=> b, b <=> a, a <=> a)
print(Circle(r: 1) + Circle(r: 2))
protocol Named { var title: String { get } }
extension Named {
    static func ~= (pattern: String, value: Self) -> Bool { pattern == value.title }
}
struct Tag: Named { let title: String }
switch Tag(title: "x") {
case "y": print("y")
case "x": print("x matched")
default: print("none")
}
