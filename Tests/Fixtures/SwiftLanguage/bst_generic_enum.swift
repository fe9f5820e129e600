indirect enum Tree<T: Comparable> {
    case empty
    case node(Tree<T>, T, Tree<T>)

    func inserting(_ v: T) -> Tree<T> {
        switch self {
        case .empty:
            return .node(.empty, v, .empty)
        case let .node(l, x, r):
            if v < x { return .node(l.inserting(v), x, r) }
            if v > x { return .node(l, x, r.inserting(v)) }
            return self
        }
    }
    var inorder: [T] {
        switch self {
        case .empty: return []
        case let .node(l, x, r): return l.inorder + [x] + r.inorder
        }
    }
    var height: Int {
        if case let .node(l, _, r) = self { return 1 + max(l.height, r.height) }
        return 0
    }
    func contains(_ v: T) -> Bool {
        switch self {
        case .empty: return false
        case let .node(l, x, r):
            return v == x ? true : (v < x ? l.contains(v) : r.contains(v))
        }
    }
}
var t = Tree<Int>.empty
for v in [50, 30, 70, 20, 40, 60, 80, 30] { t = t.inserting(v) }
print(t.inorder)
print("height", t.height)
print(t.contains(60), t.contains(65))
var words = Tree<String>.empty
for w in "the quick brown fox jumps over the lazy dog".split(separator: " ") {
    words = words.inserting(String(w))
}
print(words.inorder.joined(separator: ","))

final class Node<Key: Comparable, Value> {
    var key: Key
    var value: Value
    var left: Node?
    var right: Node?
    init(_ key: Key, _ value: Value) { self.key = key; self.value = value }
}
struct Map<Key: Comparable, Value> {
    private var root: Node<Key, Value>?
    private(set) var count = 0
    mutating func set(_ key: Key, _ value: Value) {
        guard var cur = root else { root = Node(key, value); count = 1; return }
        while true {
            if key == cur.key { cur.value = value; return }
            if key < cur.key {
                if let l = cur.left { cur = l } else { cur.left = Node(key, value); count += 1; return }
            } else {
                if let r = cur.right { cur = r } else { cur.right = Node(key, value); count += 1; return }
            }
        }
    }
    func get(_ key: Key) -> Value? {
        var cur = root
        while let n = cur {
            if key == n.key { return n.value }
            cur = key < n.key ? n.left : n.right
        }
        return nil
    }
}
var m = Map<String, Int>()
m.set("b", 2); m.set("a", 1); m.set("c", 3); m.set("a", 10)
print(m.count, m.get("a") ?? 0, m.get("z") ?? -1)
print(m.get("c") as Any)
