final class ListNode<T> {
  var value: T
  var next: ListNode<T>?
  init(_ value: T, next: ListNode<T>? = nil) {
    self.value = value
    self.next = next
  }
}

struct LinkedList<T>: CustomStringConvertible {
  private var head: ListNode<T>?
  private var tail: ListNode<T>?
  private(set) var count = 0

  mutating func append(_ v: T) {
    let node = ListNode(v)
    if tail == nil {
      head = node
    } else {
      tail?.next = node
    }
    tail = node
    count += 1
  }

  var description: String {
    var parts: [String] = []
    var cur = head
    while let n = cur {
      parts.append("\(n.value)")
      cur = n.next
    }
    return parts.joined(separator: " -> ")
  }
}

var list = LinkedList<Int>()
for i in [3, 1, 4] { list.append(i) }
print(list)
print(list.count)
