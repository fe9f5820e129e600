class Observable<T> {
  var value: T { didSet { print("changed to \(value)") } }
  init(_ v: T) { value = v }
  func update(_ v: T) { value = v }
}
let obs = Observable(20.5)
obs.value = 22
obs.update(23)
print(obs.value)
struct Box<T> { var value: T; init(_ v: T) { value = v }; mutating func reset() { value = 0 as! T } }
var b = Box(2.5)
b.value = 3
print(b.value)
print(b)
var n = Box(2)
n.value = 4
print(n.value, n)
struct Stack<Element> { var items: [Element] = []; mutating func push(_ x: Element) { items.append(x) } }
var s = Stack(items: [1.5])
s.push(2)
s.items = [1, 2]
print(s)
struct Pair<A, B> { var first: A; var second: B }
var p = Pair(first: 1, second: 2.5)
p.second = 7
p.first = 8
print(p)
