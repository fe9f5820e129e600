// Generic containers print with their type arguments, as Swift shows them.
struct Stack<Element> {
    var items: [Element] = []
    mutating func push(_ x: Element) { items.append(x) }
    mutating func pop() -> Element? { items.popLast() }
}
var s = Stack<Int>()
s.push(1); s.push(2); s.push(3)
print(s)
_ = s.pop()
print([s, s])
var names = Stack<String>()
names.push("a")
print(names, "\(names)")
struct Pair<A, B> {
    let first: A
    let second: B
}
print(Pair(first: 1, second: "one"))
print([Pair(first: 1.5, second: true)])
let o: Stack<Int>? = s
print(o as Any)
class Box<T> {
    var value: T
    init(_ v: T) { value = v }
}
print(Box(3), Box("three").value)
struct Node<Value> {
    var value: Value
    var children: [Node<Value>] = []
}
let tree = Node(value: 1, children: [Node(value: 2), Node(value: 3)])
print(tree)
let nested = Stack(items: [Pair(first: "x", second: 0)])
print(nested)
