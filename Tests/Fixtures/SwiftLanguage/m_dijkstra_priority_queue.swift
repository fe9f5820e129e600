struct PriorityQueue<Element> {
    private var heap: [Element] = []
    private let areSorted: (Element, Element) -> Bool

    init(sort: @escaping (Element, Element) -> Bool) {
        self.areSorted = sort
    }

    var isEmpty: Bool { heap.isEmpty }
    var count: Int { heap.count }

    mutating func push(_ element: Element) {
        heap.append(element)
        siftUp(from: heap.count - 1)
    }

    mutating func pop() -> Element? {
        guard !heap.isEmpty else { return nil }
        heap.swapAt(0, heap.count - 1)
        let top = heap.removeLast()
        siftDown(from: 0)
        return top
    }

    private mutating func siftUp(from index: Int) {
        var child = index
        var parent = (child - 1) / 2
        while child > 0 && areSorted(heap[child], heap[parent]) {
            heap.swapAt(child, parent)
            child = parent
            parent = (child - 1) / 2
        }
    }

    private mutating func siftDown(from index: Int) {
        var parent = index
        while true {
            let left = 2 * parent + 1
            let right = left + 1
            var candidate = parent
            if left < heap.count && areSorted(heap[left], heap[candidate]) { candidate = left }
            if right < heap.count && areSorted(heap[right], heap[candidate]) { candidate = right }
            if candidate == parent { return }
            heap.swapAt(parent, candidate)
            parent = candidate
        }
    }
}

struct Edge {
    let to: Int
    let weight: Int
}

typealias Graph = [[Edge]]

func dijkstra(_ graph: Graph, source: Int) -> (dist: [Int], prev: [Int?]) {
    var dist = Array(repeating: Int.max, count: graph.count)
    var prev = [Int?](repeating: nil, count: graph.count)
    dist[source] = 0
    var pq = PriorityQueue<(node: Int, cost: Int)>(sort: { $0.cost < $1.cost })
    pq.push((source, 0))
    while let (node, cost) = pq.pop() {
        if cost > dist[node] { continue }
        for edge in graph[node] {
            let newCost = cost + edge.weight
            if newCost < dist[edge.to] {
                dist[edge.to] = newCost
                prev[edge.to] = node
                pq.push((node: edge.to, cost: newCost))
            }
        }
    }
    return (dist, prev)
}

func path(to target: Int, prev: [Int?]) -> [Int] {
    var result: [Int] = []
    var current: Int? = target
    while let c = current {
        result.insert(c, at: 0)
        current = prev[c]
    }
    return result
}

var graph: Graph = Array(repeating: [], count: 6)
let edges = [(0, 1, 7), (0, 2, 9), (0, 5, 14), (1, 2, 10), (1, 3, 15), (2, 3, 11), (2, 5, 2), (3, 4, 6), (4, 5, 9)]
for (a, b, w) in edges {
    graph[a].append(Edge(to: b, weight: w))
    graph[b].append(Edge(to: a, weight: w))
}
let (dist, prev) = dijkstra(graph, source: 0)
for (i, d) in dist.enumerated() {
    let p = path(to: i, prev: prev).map(String.init).joined(separator: " -> ")
    print("node \(i): distance \(d), path \(p)")
}
print(dist)
print(prev)
var pq = PriorityQueue<Int>(sort: >)
[5, 3, 8, 1, 9, 2].forEach { pq.push($0) }
var drained: [Int] = []
while let x = pq.pop() { drained.append(x) }
print(drained, pq.isEmpty, pq.count)
