// A quadtree-like node whose case is named with a keyword, and a tree whose own
// minimum() shadows nothing of the standard library.
enum NodeKind {
    case leaf(Int)
    case `internal`(children: [Int])
    case `default`
}

func describe(_ k: NodeKind) -> String {
    switch k {
    case .leaf(let v): return "leaf \(v)"
    case .internal(let children): return "internal \(children)"
    case .default: return "default"
    }
}
print(describe(.leaf(3)), describe(.internal(children: [1, 2])), describe(.default))
let kinds: [NodeKind] = [.leaf(1), .internal(children: []), .default]
print(kinds.count)

final class Tree {
    var value: Int
    var left: Tree?
    init(_ value: Int, left: Tree? = nil) {
        self.value = value
        self.left = left
    }
    func minimum() -> Tree {
        var node = self
        while let next = node.left { node = next }
        return node
    }
    func maximum() -> Int { value }
}

extension Tree {
    func smallestValue() -> Int {
        let m = minimum()
        return m.value
    }
}
let t = Tree(8, left: Tree(5, left: Tree(2)))
print(t.smallestValue(), t.maximum())
