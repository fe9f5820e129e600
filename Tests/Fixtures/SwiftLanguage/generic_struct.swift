struct Stack<Element> {
  var items: [Element] = []
  mutating func push(_ x: Element) { items.append(x) }
  mutating func pop() -> Element? { items.popLast() }
  var isEmpty: Bool { items.isEmpty }
}

var s = Stack<Int>()
s.push(1)
s.push(2)
print(s.pop() ?? 0, s.isEmpty)
var words = Stack<String>()
words.push("hi")
print(words.items)
