struct Edge { let to: Int; let weight: Int }
func dijkstra(_ graph: [[Edge]], source: Int) -> [Int] {
    var dist = Array(repeating: Int.max, count: graph.count)
    var visited = Array(repeating: false, count: graph.count)
    dist[source] = 0
    for _ in 0..<graph.count {
        var u = -1
        for i in 0..<graph.count where !visited[i] && (u == -1 || dist[i] < dist[u]) { u = i }
        if u == -1 || dist[u] == Int.max { break }
        visited[u] = true
        for e in graph[u] where dist[u] + e.weight < dist[e.to] {
            dist[e.to] = dist[u] + e.weight
        }
    }
    return dist
}
var g = [[Edge]](repeating: [], count: 6)
func addEdge(_ a: Int, _ b: Int, _ w: Int) {
    g[a].append(Edge(to: b, weight: w))
    g[b].append(Edge(to: a, weight: w))
}
addEdge(0, 1, 7); addEdge(0, 2, 9); addEdge(0, 5, 14); addEdge(1, 2, 10)
addEdge(1, 3, 15); addEdge(2, 3, 11); addEdge(2, 5, 2); addEdge(3, 4, 6)
let d = dijkstra(g, source: 0)
for (i, x) in d.enumerated() { print("0 -> \(i): \(x)") }

class UnionFind {
    private var parent: [Int]
    private var rank: [Int]
    private(set) var components: Int
    init(_ n: Int) {
        parent = Array(0..<n)
        rank = Array(repeating: 0, count: n)
        components = n
    }
    func find(_ x: Int) -> Int {
        if parent[x] != x { parent[x] = find(parent[x]) }
        return parent[x]
    }
    @discardableResult
    func union(_ a: Int, _ b: Int) -> Bool {
        let ra = find(a), rb = find(b)
        if ra == rb { return false }
        if rank[ra] < rank[rb] { parent[ra] = rb }
        else if rank[ra] > rank[rb] { parent[rb] = ra }
        else { parent[rb] = ra; rank[ra] += 1 }
        components -= 1
        return true
    }
}
var edges = [(1, 2, 3), (0, 1, 1), (2, 3, 4), (0, 2, 2), (3, 4, 5), (1, 4, 7)]
edges.sort { $0.2 < $1.2 }
let uf = UnionFind(5)
var mst = 0
for (a, b, w) in edges where uf.union(a, b) {
    print("take \(a)-\(b) (\(w))")
    mst += w
}
print("MST weight \(mst), components \(uf.components)")
print(uf.find(4) == uf.find(0))
