// A helper namespace whose public entry point calls a private overload with more labels,
// and another static method calling the entry point: each call takes the overload whose
// labels it uses.
final class Branch {
  var value: Int
  var left: Branch?
  var right: Branch?
  init(_ value: Int, _ left: Branch? = nil, _ right: Branch? = nil) {
    self.value = value
    self.left = left
    self.right = right
  }
}

enum Drawing {
  static func sideways(_ root: Branch?) {
    sideways(root, indent: 0, marker: "*")
  }

  private static func sideways(_ root: Branch?, indent: Int, marker: String) {
    guard let root else { return }
    sideways(root.right, indent: indent + 4, marker: "/")
    print(String(repeating: " ", count: indent) + marker + " " + String(root.value))
    sideways(root.left, indent: indent + 4, marker: "\\")
  }

  static func count(_ root: Branch?) -> Int {
    count(root, depth: 0).nodes
  }

  static func count(_ root: Branch?, depth: Int) -> (nodes: Int, deepest: Int) {
    guard let root else { return (0, depth) }
    let l = count(root.left, depth: depth + 1)
    let r = count(root.right, depth: depth + 1)
    return (l.nodes + r.nodes + 1, max(l.deepest, r.deepest))
  }

  static func report(_ root: Branch?) {
    print("nodes:", count(root), "depth:", count(root, depth: 0).deepest)
    sideways(root)
  }
}

let tree = Branch(8, Branch(3, Branch(1), Branch(6)), Branch(10, nil, Branch(14)))
Drawing.report(tree)
Drawing.report(nil)
