class TreeNode {
  var value: Int
  var left: TreeNode?
  var right: TreeNode?
  init(value: Int) { self.value = value }
}

class BST {
  var root: TreeNode?

  func insert(_ v: Int) {
    guard let r = root else {
      root = TreeNode(value: v)
      return
    }
    var node = r
    while true {
      if v < node.value {
        if let l = node.left { node = l } else { node.left = TreeNode(value: v); return }
      } else {
        if let rr = node.right { node = rr } else { node.right = TreeNode(value: v); return }
      }
    }
  }

  func inorder(_ n: TreeNode?, _ out: inout [Int]) {
    guard let n = n else { return }
    inorder(n.left, &out)
    out.append(n.value)
    inorder(n.right, &out)
  }
}

let tree = BST()
for v in [5, 3, 8, 1, 4, 9] { tree.insert(v) }
var out: [Int] = []
tree.inorder(tree.root, &out)
print(out)
