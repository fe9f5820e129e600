// A graph protocol with a typealias its conforming types use, and an extension of a
// nested type.
struct Edge: Equatable {
    var from: String
    var to: String
    var weight: Int
}

protocol WeightedGraph {
    typealias Link = Edge
    func edges(from: String) -> [Link]
}

struct AdjacencyList: WeightedGraph {
    var table: [String: [Link]] = [:]
    func edges(from v: String) -> [Link] {
        table[v, default: []]
    }
    mutating func add(_ a: String, _ b: String, _ w: Int) {
        table[a, default: []].append(Link(from: a, to: b, weight: w))
    }
}

var g = AdjacencyList()
g.add("a", "b", 3)
g.add("a", "c", 1)
print(g.edges(from: "a").map { "\($0.from)->\($0.to):\($0.weight)" })
print(g.edges(from: "z").count)

enum Kruskal {
    struct Vertex {
        let name: String
    }
}

extension Kruskal.Vertex: CustomStringConvertible {
    var description: String { "<\(name)>" }
}

func demo() {
    typealias V = Kruskal.Vertex
    let v = V(name: "A")
    let w = Kruskal.Vertex(name: "B")
    print(v, [v, w])
}
demo()
