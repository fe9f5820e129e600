import Foundation
protocol Graph {
    associatedtype Vertex: Hashable
    func neighbors(of v: Vertex) -> [Vertex]
}
struct AdjGraph: Graph {
    var edges: [Int: [Int]]
    func neighbors(of v: Int) -> [Int] { edges[v] ?? [] }
}
func bfs<G: Graph>(_ g: G, from s: G.Vertex) -> [G.Vertex] {
    var seen: Set<G.Vertex> = [s]
    var queue = [s], order: [G.Vertex] = []
    while !queue.isEmpty {
        let v = queue.removeFirst()
        order.append(v)
        for w in g.neighbors(of: v) where !seen.contains(w) { seen.insert(w); queue.append(w) }
    }
    return order
}
print(bfs(AdjGraph(edges: [1: [2, 3], 2: [4], 3: [4], 4: []]), from: 1))
struct Matrix: Equatable {
    var a: [[Int]]
    static func * (l: Matrix, r: Matrix) -> Matrix {
        let n = l.a.count
        var out = Array(repeating: Array(repeating: 0, count: n), count: n)
        for i in 0..<n { for j in 0..<n { for k in 0..<n { out[i][j] += l.a[i][k] * r.a[k][j] } } }
        return Matrix(a: out)
    }
}
let m = Matrix(a: [[1, 1], [1, 0]])
print((m * m * m).a, m == Matrix(a: [[1, 1], [1, 0]]))
class LinkedNode<T> {
    var value: T; var next: LinkedNode?
    init(_ v: T) { value = v }
}
final class LinkedList<T>: Sequence {
    var head: LinkedNode<T>?
    var tail: LinkedNode<T>?
    func append(_ v: T) {
        let n = LinkedNode(v)
        if let t = tail { t.next = n } else { head = n }
        tail = n
    }
    struct Iterator: IteratorProtocol {
        var cur: LinkedNode<T>?
        mutating func next() -> T? { defer { cur = cur?.next }; return cur?.value }
    }
    func makeIterator() -> Iterator { Iterator(cur: head) }
}
let list = LinkedList<String>()
["x", "y", "z"].forEach(list.append)
print(list.map { $0.uppercased() }, list.reversed(), list.joined(separator: "-"), list.count(where: { $0 != "y" }))
print(list.enumerated().map { "\($0)\($1)" }, list.sorted(by: >), Set(list).count)
struct Temperature: Comparable, CustomStringConvertible {
    let c: Double
    static func < (a: Temperature, b: Temperature) -> Bool { a.c < b.c }
    var description: String { String(format: "%.1f°C", c) }
}
let temps = [Temperature(c: 21.5), Temperature(c: 18), Temperature(c: 25.25)]
print(temps.sorted(), temps.max()!, temps.min()!)
print(temps.sorted(by: >).first!, temps.contains(Temperature(c: 18)))
let ids = temps.map { ObjectIdentifier(type(of: $0) as Any.Type) }
print(ids.count)
