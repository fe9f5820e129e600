// Adjacency lists in a dictionary, grown through optional chaining, as graph code does.
var adjacency: [String: [String]] = [:]

func addEdge(_ from: String, _ to: String) {
  adjacency[from] = adjacency[from] ?? []
  adjacency[from]?.append(to)
  adjacency[to]?.append("never")  // nil: nothing happens
}

addEdge("a", "b")
addEdge("a", "c")
addEdge("b", "c")
for key in adjacency.keys.sorted() {
  print(key, adjacency[key]!)
}
print(adjacency["z"]?.count as Any)

struct Stack {
  var items: [Int] = []
}
var maybe: Stack? = Stack()
maybe?.items.append(4)
maybe?.items.append(5)
let popped = maybe?.items.removeLast()
print(popped as Any, maybe!.items)
var none: Stack? = nil
none?.items.append(1)
print(none == nil)

// A nested type named before its declaration inside the outer type.
struct QuadNode {
  enum Kind {
    case leaf
    case inner(Children)
  }
  struct Children {
    let count: Int
  }
  var kind: Kind
}
let q = QuadNode(kind: .inner(QuadNode.Children(count: 4)))
if case .inner(let c) = q.kind { print("children:", c.count) }
