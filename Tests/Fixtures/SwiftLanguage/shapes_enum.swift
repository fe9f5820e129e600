import Foundation

enum Shape {
    case circle(radius: Double)
    case rectangle(width: Double, height: Double)
    case triangle(base: Double, height: Double)

    var area: Double {
        switch self {
        case .circle(let r): return Double.pi * r * r
        case let .rectangle(w, h): return w * h
        case .triangle(let b, let h): return 0.5 * b * h
        }
    }

    var name: String {
        switch self {
        case .circle: return "circle"
        case .rectangle: return "rectangle"
        case .triangle: return "triangle"
        }
    }
}

let shapes: [Shape] = [.circle(radius: 1.5), .rectangle(width: 2, height: 3.5), .triangle(base: 4, height: 2.5)]
for s in shapes {
    print("\(s.name): \(String(format: "%.3f", s.area))")
}
let totalArea = shapes.reduce(0.0) { $0 + $1.area }
print(String(format: "%.2f", totalArea))
for case .rectangle(let w, let h) in shapes {
    print("rect", w, h)
}
if case .circle(let r) = shapes[0], r > 1 {
    print("big circle")
}
print(shapes[1])
enum Suit: Character, CaseIterable {
    case spades = "♠", hearts = "♥", diamonds = "♦", clubs = "♣"
}
print(Suit.allCases.map { String($0.rawValue) }.joined())
print(Suit.hearts, Suit(rawValue: "♣")!)
enum Compass: Int { case north = 0, east = 90, south = 180, west = 270
    func turned() -> Compass { Compass(rawValue: (rawValue + 90) % 360)! }
}
print(Compass.west.turned(), Compass.north.turned().rawValue)
