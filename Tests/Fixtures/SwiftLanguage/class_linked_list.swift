class Node {
  var value: Int
  var next: Node?
  init(_ value: Int) { self.value = value }
}

class LinkedList {
  var head: Node?
  var count = 0

  func push(_ v: Int) {
    let n = Node(v)
    n.next = head
    head = n
    count += 1
  }

  func values() -> [Int] {
    var out: [Int] = []
    var cur = head
    while let n = cur {
      out.append(n.value)
      cur = n.next
    }
    return out
  }
}

let list = LinkedList()
for i in 1...4 { list.push(i * i) }
print(list.values(), list.count)
