struct Stack<T> {
    var items: [T] = []
    mutating func push(_ x: T) { items.append(x) }
    mutating func push(_ x: T, times: Int) {
        for _ in 0..<times { items.append(x) }
    }
}
var s = Stack<Double>()
s.push(3)
s.push(1.5)
s.push(2, times: 2)
print(s.items, s)
var ints = Stack<Int>()
ints.push(3)
print(ints)
class Box<T> {
    var value: T
    init(_ v: T) { value = v }
    func replace(with v: T) { value = v }
}
let c = Box<Double>(3)
print(c.value)
c.replace(with: 8)
print(c.value)
let stacked = Stack<Double>(items: [1, 2])
print(stacked.items)
