// A binary search tree whose node type is named through a typealias inside the tree.
class TreeNode<T: Comparable> {
  var value: T
  var left: TreeNode<T>?
  var right: TreeNode<T>?
  init(value: T) { self.value = value }
}

class SearchTree<T: Comparable> {
  typealias Node = TreeNode<T>
  typealias Visit = (T) -> Void
  var root: Node?
  var count = 0

  func insert(_ value: T) {
    count += 1
    if let root = root {
      insert(value, under: root)
    } else {
      root = Node(value: value)
    }
  }

  private func insert(_ value: T, under node: Node) {
    if value < node.value {
      if let left = node.left {
        insert(value, under: left)
      } else {
        node.left = Node(value: value)
      }
    } else {
      if let right = node.right {
        insert(value, under: right)
      } else {
        node.right = Node(value: value)
      }
    }
  }

  func inOrder(_ node: Node?, _ visit: Visit) {
    guard let node = node else { return }
    inOrder(node.left, visit)
    visit(node.value)
    inOrder(node.right, visit)
  }
}

let tree = SearchTree<Int>()
for v in [50, 30, 70, 20, 40, 60, 80, 35] { tree.insert(v) }
var seen: [Int] = []
tree.inOrder(tree.root) { seen.append($0) }
print(seen, tree.count)

// `if let x = x { } else { x = ... }`: the else branch assigns the property itself.
class Cache {
  var memo: [Int]?
  func fill() -> Int {
    if let memo = memo {
      return memo.count
    } else {
      memo = [1, 2, 3]
      return 0
    }
  }
}
let cache = Cache()
print(cache.fill(), cache.fill())
