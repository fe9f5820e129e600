// A type's own properties and methods win over globals of the same name inside its methods,
// as in a linked-list lesson that names both its first node and the list's head `root`.
class Node {
  var value: Int
  var next: Node?
  init(value: Int, next: Node?) {
    self.value = value
    self.next = next
  }
}

let root = Node(value: 1, next: nil)
var count = 100

class LinkedList {
  var root: Node?
  var count = 0

  func append(_ value: Int) {
    let node = Node(value: value, next: nil)
    count += 1
    if root == nil {
      root = node
      return
    }
    var current = root!
    while let next = current.next { current = next }
    current.next = node
  }

  func values() -> [Int] {
    var out: [Int] = []
    var current = root
    while let node = current {
      out.append(node.value)
      current = node.next
    }
    return out
  }
}

struct Counter {
  var count = 0
  mutating func bump() { count += 2 }
  func doubled() -> Int { count * 2 }
}

let list = LinkedList()
print(list.values(), list.count)
list.append(7)
list.append(8)
print(list.values(), list.count)
var c = Counter()
c.bump()
print(c.count, c.doubled())
print(root.value, count)

// A local still shadows the property, as in Swift.
struct Scale {
  var factor = 3
  func apply(_ x: Int) -> Int {
    let factor = 10
    return x * factor
  }
}
print(Scale().apply(2))
