struct Graph {
  var adjacency: [Int: [Int]] = [:]

  mutating func addEdge(_ a: Int, _ b: Int) {
    adjacency[a, default: []].append(b)
    adjacency[b, default: []].append(a)
  }

  func bfs(from start: Int) -> [Int] {
    var visited: Set<Int> = [start]
    var queue = [start]
    var order: [Int] = []
    while !queue.isEmpty {
      let node = queue.removeFirst()
      order.append(node)
      for next in adjacency[node, default: []].sorted() where !visited.contains(next) {
        visited.insert(next)
        queue.append(next)
      }
    }
    return order
  }
}

var g = Graph()
for (a, b) in [(1, 2), (1, 3), (2, 4), (3, 4), (4, 5)] { g.addEdge(a, b) }
print(g.bfs(from: 1))
