func depth(_ n: Int) -> Int { n == 0 ? 0 : 1 + depth(n - 1) }
print(depth(30000))

func sumDigits(of numbers: ArraySlice<Int>) -> Int {
    guard let first = numbers.first else { return 0 }
    return first % 10 + sumDigits(of: numbers.dropFirst())
}
print(sumDigits(of: Array(1...15000)[...]))

indirect enum List {
    case end
    case node(Int, List)
    func count() -> Int {
        switch self {
        case .end: return 0
        case .node(_, let rest): return 1 + rest.count()
        }
    }
}
var list = List.end
for i in 0..<20000 { list = .node(i, list) }
print(list.count())

struct Tree {
    var children: [Tree] = []
    func size() -> Int { 1 + children.reduce(0) { $0 + $1.size() } }
}
var tree = Tree()
for _ in 0..<12000 { tree = Tree(children: [tree]) }
print(tree.size())

final class Node {
    let value: Int
    var next: Node?
    init(_ value: Int, _ next: Node?) { self.value = value; self.next = next }
}
var head: Node?
for i in 1...50000 { head = Node(i, head) }
var total = 0
var cursor = head
while let c = cursor { total += c.value; cursor = c.next }
print(total)
head = nil
print("released")
