struct Matrix<T: Numeric>: CustomStringConvertible {
    var rows: [[T]]
    init(_ rows: [[T]]) { self.rows = rows }
    static func * (a: Matrix, b: Matrix) -> Matrix {
        let n = a.rows.count, m = b.rows[0].count, k = b.rows.count
        var out = [[T]](repeating: [T](repeating: 0, count: m), count: n)
        for i in 0..<n { for j in 0..<m { for x in 0..<k { out[i][j] += a.rows[i][x] * b.rows[x][j] } } }
        return Matrix(out)
    }
    var description: String { rows.map { $0.map { "\($0)" }.joined(separator: " ") }.joined(separator: "\n") }
}
print(Matrix([[1, 2], [3, 4]]) * Matrix([[5, 6], [7, 8]]))
print(Matrix([[0.5, 1.5]]) * Matrix([[2.0], [4.0]]))

struct Graph<Vertex: Hashable & Comparable> {
    private(set) var adjacency: [Vertex: [Vertex]] = [:]
    mutating func addEdge(_ a: Vertex, _ b: Vertex) {
        adjacency[a, default: []].append(b)
        adjacency[b, default: []].append(a)
    }
    func bfs(from start: Vertex) -> [Vertex] {
        var seen: Set<Vertex> = [start]
        var queue = [start]
        var order: [Vertex] = []
        while !queue.isEmpty {
            let v = queue.removeFirst()
            order.append(v)
            for w in (adjacency[v] ?? []).sorted() where !seen.contains(w) {
                seen.insert(w)
                queue.append(w)
            }
        }
        return order
    }
    func dfs(from start: Vertex, seen: inout Set<Vertex>) -> [Vertex] {
        guard seen.insert(start).inserted else { return [] }
        return [start] + (adjacency[start] ?? []).sorted().flatMap { dfs(from: $0, seen: &seen) }
    }
    func hasPath(from a: Vertex, to b: Vertex) -> Bool { bfs(from: a).contains(b) }
}
var g = Graph<String>()
for (a, b) in [("a", "b"), ("a", "c"), ("b", "d"), ("c", "d"), ("d", "e"), ("x", "y")] { g.addEdge(a, b) }
print(g.bfs(from: "a"))
var seen = Set<String>()
print(g.dfs(from: "a", seen: &seen), seen.count)
print(g.hasPath(from: "a", to: "e"), g.hasPath(from: "a", to: "y"))
var ig = Graph<Int>()
for i in 1..<6 { ig.addEdge(i, i * 2 % 7) }
print(ig.bfs(from: 1), ig.adjacency.keys.sorted())

enum Tree<T: Comparable> {
    case leaf
    indirect case node(Tree, T, Tree)
    func inserting(_ v: T) -> Tree {
        switch self {
        case .leaf: return .node(.leaf, v, .leaf)
        case let .node(l, x, r):
            if v < x { return .node(l.inserting(v), x, r) }
            if v > x { return .node(l, x, r.inserting(v)) }
            return self
        }
    }
    var inorder: [T] {
        guard case let .node(l, x, r) = self else { return [] }
        return l.inorder + [x] + r.inorder
    }
    var height: Int {
        if case let .node(l, _, r) = self { return 1 + max(l.height, r.height) }
        return 0
    }
    func contains(_ v: T) -> Bool {
        switch self {
        case .leaf: return false
        case let .node(l, x, r): return v == x || (v < x ? l.contains(v) : r.contains(v))
        }
    }
}
let t = [50, 30, 70, 20, 40, 60, 80, 30].reduce(Tree<Int>.leaf) { $0.inserting($1) }
print(t.inorder, t.height, t.contains(60), t.contains(65))
let st = ["m", "c", "x", "a"].reduce(Tree.leaf) { $0.inserting($1) }
print(st.inorder)
