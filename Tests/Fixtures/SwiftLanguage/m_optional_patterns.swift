// Optional patterns on optional properties: .some(let x), x?, .none, with where clauses.
final class Link<T> {
    typealias Node = Link<T>
    var value: T
    var next: Node?
    init(_ value: T) { self.value = value }
}
typealias Cell = Link<Int>
let chain = Cell(1)
let middle = Cell(5)
let tail = Cell(12)
chain.next = middle
middle.next = tail
var node: Cell? = chain
var steps = 0
while steps < 10 {
    steps += 1
    guard let current = node else { break }
    switch current.next {
    case .none:
        print("end at", current.value)
        node = nil
    case .some(let n) where n.value > 10:
        print("big step to", n.value)
        node = n
    case .some(let n):
        print("step to", n.value)
        node = n
    }
}
if case let n? = chain.next, n.value == 5 { print("second is five") }
if case .some(let last) = chain.next?.next { print("third is", last.value) }
if case .none = chain.next?.next?.next { print("no fourth") }
let maybe: [Int?] = [3, nil, 7]
for case let x? in maybe { print("got", x) }
print(steps)
