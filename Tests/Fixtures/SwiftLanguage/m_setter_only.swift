import Foundation
struct Temperature {
    static var conversions = 0
    var celsius: Double {
        willSet { print("will set to \(newValue)") }
        didSet {
            if celsius < -273.15 { celsius = -273.15 }
            print("changed from \(oldValue) to \(celsius)")
        }
    }
    var fahrenheit: Double {
        get { Temperature.conversions += 1; return celsius * 9 / 5 + 32 }
        set { celsius = (newValue - 32) * 5 / 9 }
    }
    lazy var label: String = {
        print("computing label")
        return "T(\(celsius))"
    }()
    mutating func warm(by d: Double) { celsius += d }
}

var t = Temperature(celsius: 20)
print(t.fahrenheit)
t.fahrenheit = 212
t.warm(by: 5)
t.celsius = -500
print(t.label, t.label)
print(Temperature.conversions)
struct Point: Hashable, Comparable, CustomStringConvertible {
    var x = 0, y = 0
    static func < (a: Point, b: Point) -> Bool { (a.x, a.y) < (b.x, b.y) }
    var description: String { "(\(x), \(y))" }
    static let origin = Point()
    func distance(to p: Point) -> Double {
        let dx = Double(x - p.x), dy = Double(y - p.y)
        return (dx * dx + dy * dy).squareRoot()
    }
}
let pts: Set<Point> = [Point(x: 1, y: 2), Point(x: 1, y: 2), Point(x: 0, y: 5), .origin]
print(pts.count, pts.sorted(), pts.contains(Point()))
var dict = [Point: String]()
dict[.origin] = "home"
dict[Point(x: 3, y: 4)] = "away"
print(dict[Point(x: 0, y: 0)] ?? "?", Point(x: 3, y: 4).distance(to: .origin))
print(pts.max()!, [Point(x: 2), Point(y: 1)].min()!)
