// Generic types nested in a namespace type, made as `Outer.Inner<T>()`, and an initializer
// with generic parameters of its own, as interview-prep cheat sheets write them.
class Library {
  class Node<T> {
    var value: T
    var next: Node<T>?
    init(value: T) { self.value = value }
  }

  class Stack<T> {
    private var top: Node<T>?
    private(set) var count = 0

    init() {}

    init<S: Sequence>(_ items: S) where S.Element == T {
      for item in items { push(item) }
    }

    func push(_ value: T) {
      let node = Node(value: value)
      node.next = top
      top = node
      count += 1
    }

    func pop() -> T? {
      guard let node = top else { return nil }
      top = node.next
      count -= 1
      return node.value
    }
  }

  struct Pair<A, B> {
    let first: A
    let second: B
  }
}

let numbers = Library.Stack<Int>()
numbers.push(1)
numbers.push(2)
numbers.push(3)
print(numbers.count, numbers.pop() ?? -1, numbers.count)

let words = Library.Stack<String>(["a", "b", "c"])
var popped: [String] = []
while let w = words.pop() { popped.append(w) }
print(popped)

let pair = Library.Pair<String, Int>(first: "x", second: 2)
print(pair.first, pair.second)
