struct Stack<Element> {
    var items: [Element] = []
    mutating func push(_ x: Element) { items.append(x) }
    mutating func pop() -> Element? { items.popLast() }
    var top: Element? { items.last }
}
var s = Stack<Int>()
s.push(1); s.push(2); s.push(3)
print(s)
print(s.pop()!, s.top!)
print([s, s])
var names = Stack<String>()
names.push("a")
print(names)
struct Pair<A, B> {
    let first: A
    let second: B
}
let p = Pair(first: 1, second: "one")
print(p)
print([Pair(first: 1.5, second: true)])
let o: Stack<Int>? = s
print(o as Any)
class Box<T> {
    var value: T
    init(_ v: T) { value = v }
}
print(Box(3).value)
let arr = [10, 20, 30, 40, 50, 60, 70]
let sl = arr[2...5]
print(sl, sl.startIndex, sl.endIndex, sl.first!)
print(sl[3], sl.indices)
print(Array(sl))
let str = "Hello, world"
let sub = str.dropFirst(7)
print(sub, sub.count, type(of: sub))
