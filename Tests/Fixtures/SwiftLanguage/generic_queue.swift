struct Queue<T> {
  private var items: [T] = []
  var count: Int { items.count }
  var isEmpty: Bool { items.isEmpty }
  mutating func enqueue(_ item: T) { items.append(item) }
  mutating func dequeue() -> T? {
    if items.isEmpty { return nil }
    return items.removeFirst()
  }
  func peek() -> T? { items.first }
}

var q = Queue<String>()
q.enqueue("a")
q.enqueue("b")
q.enqueue("c")
print(q.count)
print(q.dequeue() ?? "-")
print(q.peek() ?? "-")
while let x = q.dequeue() { print(x) }
print(q.isEmpty)
