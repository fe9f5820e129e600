class Animal {
    let name: String
    init(name: String) { self.name = name }
}
struct Point { var x: Int; var y: Int }
enum Direction { case north, south }
enum Shape { case circle(radius: Double), square(Double) }
let a = Animal(name: "Rex")
print(a)
print([a])
print(Point(x: 1, y: 2))
print(Direction.north)
print(Shape.circle(radius: 2.0), Shape.square(3))
print("\(a) \(Direction.south)")
let opt: Point? = Point(x: 0, y: 0)
print(opt as Any)
print([Direction.north, .south])
print((1, "a", 2.5))
let d: [String: Point] = ["p": Point(x: 3, y: 4)]
print(d)
