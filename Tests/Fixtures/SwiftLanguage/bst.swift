class Node<T: Comparable> {
    var value: T
    var left: Node?
    var right: Node?
    init(_ value: T) { self.value = value }
}

class BinarySearchTree<T: Comparable> {
    var root: Node<T>?
    private(set) var size = 0

    func insert(_ value: T) {
        size += 1
        guard let root = root else {
            self.root = Node(value)
            return
        }
        insert(value, into: root)
    }

    private func insert(_ value: T, into node: Node<T>) {
        if value < node.value {
            if let left = node.left { insert(value, into: left) } else { node.left = Node(value) }
        } else {
            if let right = node.right { insert(value, into: right) } else { node.right = Node(value) }
        }
    }

    func contains(_ value: T) -> Bool {
        var current = root
        while let node = current {
            if value == node.value { return true }
            current = value < node.value ? node.left : node.right
        }
        return false
    }

    func inOrder() -> [T] {
        var result: [T] = []
        func walk(_ node: Node<T>?) {
            guard let node = node else { return }
            walk(node.left)
            result.append(node.value)
            walk(node.right)
        }
        walk(root)
        return result
    }

    var height: Int {
        func h(_ n: Node<T>?) -> Int {
            guard let n = n else { return 0 }
            return 1 + max(h(n.left), h(n.right))
        }
        return h(root)
    }

    var minimum: T? {
        var node = root
        while let next = node?.left { node = next }
        return node?.value
    }
}

let tree = BinarySearchTree<Int>()
for v in [8, 3, 10, 1, 6, 14, 4, 7, 13] { tree.insert(v) }
print(tree.inOrder())
print("size: \(tree.size), height: \(tree.height)")
print(tree.contains(6), tree.contains(5))
print(tree.minimum ?? 0)
let words = BinarySearchTree<String>()
["m", "c", "x", "a"].forEach { words.insert($0) }
print(words.inOrder().joined(separator: ","))
