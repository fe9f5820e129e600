struct Edge {
    let to: Int
    let weight: Int
}

class Graph {
    var adjacency: [[Edge]]
    init(vertices: Int) {
        adjacency = Array(repeating: [], count: vertices)
    }
    func addEdge(_ from: Int, _ to: Int, _ weight: Int) {
        adjacency[from].append(Edge(to: to, weight: weight))
        adjacency[to].append(Edge(to: from, weight: weight))
    }
    func dijkstra(from source: Int) -> [Int] {
        var dist = [Int](repeating: Int.max, count: adjacency.count)
        var visited = Set<Int>()
        dist[source] = 0
        while visited.count < adjacency.count {
            var u = -1
            var best = Int.max
            for (i, d) in dist.enumerated() where !visited.contains(i) && d < best {
                best = d
                u = i
            }
            if u == -1 { break }
            visited.insert(u)
            for edge in adjacency[u] {
                let candidate = dist[u] + edge.weight
                if candidate < dist[edge.to] {
                    dist[edge.to] = candidate
                }
            }
        }
        return dist
    }
    func dfs(_ start: Int) -> [Int] {
        var seen = [Bool](repeating: false, count: adjacency.count)
        var order: [Int] = []
        func visit(_ v: Int) {
            seen[v] = true
            order.append(v)
            for e in adjacency[v] where !seen[e.to] {
                visit(e.to)
            }
        }
        visit(start)
        return order
    }
}

let g = Graph(vertices: 6)
g.addEdge(0, 1, 7)
g.addEdge(0, 2, 9)
g.addEdge(0, 5, 14)
g.addEdge(1, 2, 10)
g.addEdge(1, 3, 15)
g.addEdge(2, 3, 11)
g.addEdge(2, 5, 2)
g.addEdge(3, 4, 6)
let d = g.dijkstra(from: 0)
for (vertex, distance) in d.enumerated() {
    print("0 -> \(vertex): \(distance)")
}
print("DFS:", g.dfs(0))
