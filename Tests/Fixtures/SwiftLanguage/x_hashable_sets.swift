// Points on a grid as set elements and dictionary keys; hashValue agrees with ==.
struct Point: Hashable {
    let x: Int
    let y: Int
}

class Vertex: Hashable, CustomStringConvertible {
    let name: String
    var neighbors: [Vertex] = []
    init(_ name: String) { self.name = name }
    var description: String { name }
    func hash(into hasher: inout Hasher) { hasher.combine(name) }
    static func == (a: Vertex, b: Vertex) -> Bool { a.hashValue == b.hashValue }
}

let p = Point(x: 1, y: 2)
print(p.hashValue == Point(x: 1, y: 2).hashValue)
print(p.hashValue == Point(x: 2, y: 1).hashValue)
var seen: Set<Point> = [p, Point(x: 3, y: 4)]
seen.insert(Point(x: 1, y: 2))
print(seen.count, seen.contains(Point(x: 3, y: 4)))

let a = Vertex("A"), b = Vertex("B"), c = Vertex("C")
a.neighbors = [b, c]
b.neighbors = [c]
var unvisited: Set<Vertex> = [a, b, c]
var order: [String] = []
var queue = [a]
while !queue.isEmpty {
    let v = queue.removeFirst()
    guard unvisited.contains(v) else { continue }
    unvisited.remove(v)
    order.append(v.name)
    queue.append(contentsOf: v.neighbors)
}
print(order, unvisited.isEmpty)
var distance: [Vertex: Int] = [a: 0]
distance[Vertex("A")] = 5
print(distance.count, distance[a]!)
