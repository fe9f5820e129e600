// Global operator functions overloaded by their operands' types, as graph code writes them.
struct Edge: Equatable {
  let from: Int
  let to: Int
}

final class Vertex: Equatable {
  let label: String
  init(_ label: String) { self.label = label }
}

func == (lhs: Edge, rhs: Edge) -> Bool {
  return lhs.from == rhs.from && lhs.to == rhs.to
}

func == (lhs: Vertex, rhs: Vertex) -> Bool {
  return lhs.label == rhs.label
}

struct Money {
  var cents: Int
}

func + (lhs: Money, rhs: Money) -> Money { Money(cents: lhs.cents + rhs.cents) }
func + (lhs: Money, rhs: Int) -> Money { Money(cents: lhs.cents + rhs) }

print(Edge(from: 1, to: 2) == Edge(from: 1, to: 2))
print(Edge(from: 1, to: 2) == Edge(from: 2, to: 1))
print(Vertex("a") == Vertex("a"), Vertex("a") != Vertex("b"))
let total = Money(cents: 150) + Money(cents: 275) + 5
print(total.cents)
print(1 + 2)
