// A cell's own Collection gets Swift's default members from startIndex, endIndex,
// index(after:) and its subscript; a computed property that returns a class instance can
// be assigned through (list.tail?.next = node).
struct Countdown: Collection {
    let from: Int
    var startIndex: Int { 0 }
    var endIndex: Int { from + 1 }
    func index(after i: Int) -> Int { i + 1 }
    subscript(position: Int) -> Int { from - position }
}
let c = Countdown(from: 5)
for n in c { print(n, terminator: " ") }
print()
print(c.count, c.isEmpty, c.first ?? -1, c.map { $0 * 10 }, c.filter { $0 % 2 == 1 }, c.reduce(0, +))
let third = c.index(c.startIndex, offsetBy: 2)
print(c[third], c.distance(from: 1, to: 4), Array(c.indices), c.firstIndex(of: 2) ?? -1, c.firstIndex { $0 < 3 } ?? -1)
print(c.contains(0), c.sorted(), Array(c.reversed()), c.min() ?? -1, c.max() ?? -1)

final class Node {
    var value: String
    var next: Node?
    init(_ value: String) { self.value = value }
}
final class Chain {
    var head: Node?
    var tail: Node? {
        var node = head
        while let n = node?.next { node = n }
        return node
    }
    func append(_ value: String) {
        if head == nil { head = Node(value) } else { tail?.next = Node(value) }
    }
    var values: [String] {
        var out: [String] = []
        var node = head
        while let n = node { out.append(n.value); node = n.next }
        return out
    }
}
let chain = Chain()
["x", "y", "z"].forEach(chain.append)
chain.tail?.value = "Z"
chain.head?.next?.value = "Y"
print(chain.values)
