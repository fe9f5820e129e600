struct Point { var x: Int; var y: Double }
class Thing { var n = 1 }
enum Direction { case north, south }
enum Shape { case circle(radius: Double), rect(Int, Int), empty }
struct Wrapper<T> { let value: T }
print(Point(x: 1, y: 2.5))
print(Thing())
print(Direction.north, [Direction.south])
print(Shape.circle(radius: 1), Shape.rect(2, 3), Shape.empty)
print(Wrapper(value: "s"), Wrapper(value: [1, 2]))
print((1, "a", 2.0), (x: 1, y: "b"))
print([Optional(1), nil], [Point(x: 0, y: 0)])
print(["k": Point(x: 1, y: 1)])
print(Optional(Point(x: 3, y: 4)) as Any)
debugPrint("quoted", 1, Character("c"), [Optional("s")])
print(String(reflecting: "x"), String(describing: Direction.south), String(reflecting: Point(x: 1, y: 1)))
print([["a"]: 1].count, [[1, 2], [3]], [(1, 2)].map { $0 })
print(1, 2, 3, separator: "-", terminator: "!\n")
print("no newline", terminator: "")
print()
print("a", "b", separator: "")
print([String]())
print([:] as [String: Int])
print(Set<Int>())
print(1...3, 1..<3, ..<5)
print(type(of: 1), type(of: "s"), type(of: [1.0]), type(of: Point(x: 1, y: 1)), type(of: (1, "x")))
print(Int.self, [String: Int].self, Optional<Int>.self)
dump(Point(x: 5, y: 6))
dump([1, 2])
dump(Shape.rect(1, 2))
var o: Int? = 4
print(o as Any, String(describing: o))
o = nil
print(o as Any)
print(Character("x"), [Character("y")], "\u{1F600}".count)
print(Double(3), Float(2.5), [1.0, 2.5], [Float(1)])
print(Int8(-5), UInt8(250), [UInt16(1)], Int64(1) << 40)
print(true, !true, [true, false])
print(["ab".dropFirst()])
let nestedOpt: [String: [Int?]] = ["a": [1, nil]]
print(nestedOpt)
print(Direction.self, Shape.circle(radius: 2) as Any)
