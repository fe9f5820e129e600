protocol Shape { func area() -> Double }
struct Sq: Shape { let s: Double; func area() -> Double { s * s } }
struct Ci: Shape { let r: Double; func area() -> Double { 3 * r * r } }
extension Array where Element == Shape {
    func totalArea() -> Double { reduce(0) { $0 + $1.area() } }
}
extension Array where Element == any Shape {
    var largest: Double { map { $0.area() }.max() ?? 0 }
}
let shapes: [Shape] = [Sq(s: 2), Ci(r: 1)]
print(shapes.totalArea(), shapes.largest)
extension Dictionary where Value == Int {
    var total: Int { values.reduce(0, +) }
}
print(["a": 1, "b": 2].total)
extension Array where Element == [Int] {
    var flatSum: Int { flatMap { $0 }.reduce(0, +) }
}
print([[1, 2], [3]].flatSum)
extension Optional where Wrapped: Collection {
    var isNilOrEmpty: Bool { self?.isEmpty ?? true }
}
let a: [Int]? = nil, b: [Int]? = [], c: String? = "x"
print(a.isNilOrEmpty, b.isNilOrEmpty, c.isNilOrEmpty)
