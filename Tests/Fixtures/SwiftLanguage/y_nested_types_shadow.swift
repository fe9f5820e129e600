// Nested types and type aliases that reuse the name of a type declared outside them.
struct LinkedList {
    class Node {
        let value: Int
        var next: Node?
        init(_ value: Int, next: Node? = nil) { self.value = value; self.next = next }
    }
    var head: Node?
    mutating func push(_ value: Int) { head = Node(value, next: head) }
    func values() -> [Int] {
        var out: [Int] = []
        var node = head
        while let n = node { out.append(n.value); node = n.next }
        return out
    }
}

class Node {
    var label: String
    init(label: String) { self.label = label }
}

class Item {
    static let unit = "kg"
    let weight: Int
    init(weight: Int) { self.weight = weight }
}

class Bag {
    typealias Node = Item
    var items: [Node] = []
    func add(_ w: Int) { items.append(Node(weight: w)) }
    var total: Int { items.reduce(0) { $0 + $1.weight } }
    var summary: String { "\(total) \(Node.unit)" }
}

enum Tree {
    struct Node { var key: String; var children: [String] }
    static func root() -> Node { Node(key: "root", children: ["a", "b"]) }
}

var list = LinkedList()
for v in [3, 1, 4] { list.push(v) }
print(list.values())
let n = Node(label: "top-level")
print(n.label)
let bag = Bag()
bag.add(5); bag.add(7)
print(bag.total, bag.items.count, bag.summary)
let r = Tree.root()
print(r.key, r.children)
print(Node(label: "again").label.uppercased())
print(r)
print(type(of: r), type(of: n))

class Slot { var amount: Int? = nil }
class Drawer {
    typealias Entry = Slot
    var entries: [Entry] = [Entry(), Entry()]
}
struct Ledger {
    class Entry {
        var amount: Int
        init(amount: Int) { self.amount = amount }
    }
    var entries: [Entry] = []
    mutating func add(_ a: Int) { entries.append(Entry(amount: a)) }
    func entry(_ i: Int) -> Entry? { i < entries.count ? entries[i] : nil }
    func amount(_ i: Int) -> Int {
        let e = entry(i)
        return (e != nil) ? e!.amount : -1
    }
}
var ledger = Ledger()
ledger.add(40); ledger.add(2)
print(ledger.amount(0) + ledger.amount(1), ledger.amount(5))
print(Drawer().entries.map { $0.amount ?? 0 })
let loose = Ledger.Entry(amount: 7)
ledger.entries.append(loose)
print(loose.amount, ledger.amount(2), Node(label: "still top").label)
