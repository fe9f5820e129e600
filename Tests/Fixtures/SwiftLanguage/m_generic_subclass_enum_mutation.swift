import Foundation
enum Light: CaseIterable {
    case red, yellow, green
    mutating func next() {
        switch self {
        case .red: self = .green
        case .green: self = .yellow
        case .yellow: self = .red
        }
    }
    static var cycleLength: Int { allCases.count }
}
var light = Light.red
for _ in 0..<4 { print(light, terminator: " -> "); light.next() }
print(light, Light.cycleLength)

enum Shape { case circle(Double), square(Double), triangle(a: Double, b: Double, c: Double) }
let shapes: [Shape] = [.circle(1), .square(2), .triangle(a: 3, b: 4, c: 5), .circle(0.5)]
for s in shapes {
    if case .circle(let r) = s, r > 0.75 { print("big circle", r) }
    guard case let .triangle(a, b, c) = s else { continue }
    print("triangle perimeter", a + b + c)
}
let circles = shapes.filter { if case .circle = $0 { return true } else { return false } }
print(circles.count)

print(Array(stride(from: 0.0, to: 1.0, by: 0.1)))
print(Array(stride(from: 1.0, through: 0.0, by: -0.25)))
var acc = 0.0
for _ in 0..<10 { acc += 0.1 }
print(acc, acc == 1.0, (acc * 1000).rounded() / 1000)

class Animal {
    class var kingdom: String { "Animalia" }
    static let created = "static"
    var name: String
    init(name: String) { self.name = name }
    func speak() -> String { "..." }
    func intro() -> String { "\(name) says \(speak()) [\(Self.kingdom)]" }
}
class Dog: Animal {
    override class var kingdom: String { "Canis" }
    override func speak() -> String { "Woof" }
}
class Puppy: Dog {
    override func speak() -> String { super.speak().lowercased() + "!" }
    override init(name: String) { super.init(name: "little " + name) }
}
let animals = [Animal(name: "Generic"), Dog(name: "Rex"), Puppy(name: "Bit")]
animals.forEach { print($0.intro()) }
print(Animal.kingdom, Dog.kingdom, Puppy.kingdom, Animal.created)

protocol Resettable { mutating func reset(); var value: Int { get } }
struct Tally: Resettable { var value = 5; mutating func reset() { value = 0 } }
struct Flag: Resettable { var on = true; var value: Int { on ? 1 : 0 }; mutating func reset() { on = false } }
var items: [Resettable] = [Tally(), Flag(), Tally(value: 9)]
print(items.map(\.value))
for i in items.indices { items[i].reset() }
print(items.map { $0.value })

class Box<T> {
    var content: T
    init(_ c: T) { content = c }
    func describe() -> String { "Box(\(content))" }
}
class LabeledBox<T>: Box<T> {
    let label: String
    init(_ c: T, label: String) { self.label = label; super.init(c) }
    override func describe() -> String { "\(label): " + super.describe() }
}
let boxes: [Box<Int>] = [Box(1), LabeledBox(2, label: "two")]
print(boxes.map { $0.describe() })
print((1, "b") < (1, "c"), (2, 0, 0) > (1, 9, 9), ("a", 2) == ("a", 2))
let words = ["apple", "bob", "kayak", "swift", "level"]
let palins = words.filter { w in w.elementsEqual(w.reversed()) }
print(palins, words.map { $0.count }.reduce(0, +))
if let idx = words.firstIndex(where: { $0.hasPrefix("s") }), case let w = words[idx], w.count > 3 { print("found", w, idx) }
let optionalPairs: [(String, Int?)] = [("a", 1), ("b", nil)]
for case let (name, n?) in optionalPairs { print(name, n) }
let matrix = [[1, 2, 3], [4, 5, 6]]
let transposed = (0..<3).map { c in matrix.map { $0[c] } }
print(transposed, matrix.joined().map { $0 }, matrix.flatMap { $0 }.filter { $0 % 2 == 0 })
