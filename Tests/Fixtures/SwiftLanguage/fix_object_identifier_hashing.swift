class Animal: Hashable, CustomStringConvertible {
    let name: String
    init(name: String) { self.name = name }
    static func == (a: Animal, b: Animal) -> Bool { a === b }
    func hash(into h: inout Hasher) { h.combine(ObjectIdentifier(self)) }
    var description: String { name }
}
let x = Animal(name: "x"), y = Animal(name: "x")
var zoo: Set<Animal> = [x, y, x]
print(zoo.count, x == y, x == x)
var visits: [Animal: Int] = [:]
visits[x, default: 0] += 1; visits[x, default: 0] += 1; visits[y] = 5
print(visits[x]!, visits[y]!)
class Graph {
    class Node { let id: Int; var edges: [Node] = []; init(_ i: Int) { id = i } }
    var nodes: [Node] = []
    func dfs(_ start: Node) -> [Int] {
        var seen = Set<ObjectIdentifier>(), out: [Int] = []
        func go(_ n: Node) {
            guard seen.insert(ObjectIdentifier(n)).inserted else { return }
            out.append(n.id)
            n.edges.forEach(go)
        }
        go(start)
        return out
    }
}
let g = Graph()
let ns = (0..<4).map { Graph.Node($0) }
ns[0].edges = [ns[1], ns[2]]; ns[1].edges = [ns[3], ns[0]]; ns[2].edges = [ns[3]]
g.nodes = ns
print(g.dfs(ns[0]))
