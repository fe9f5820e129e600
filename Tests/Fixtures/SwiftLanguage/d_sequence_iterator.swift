// A stack that a for-in loop walks from the top, a countdown that is its own
// iterator, and a linked list whose iterator is a struct.
struct Stack<T> {
    var items: [T] = []
    mutating func push(_ x: T) { items.append(x) }
    mutating func pop() -> T? { items.popLast() }
}

extension Stack: Sequence {
    func makeIterator() -> AnyIterator<T> {
        var copy = self
        return AnyIterator { copy.pop() }
    }
}

var s = Stack<Int>()
for x in [3, 1, 4, 1, 5] { s.push(x) }
for x in s { print(x, terminator: " ") }
print()
print(s.items.count)

struct Countdown: Sequence, IteratorProtocol {
    var current: Int
    mutating func next() -> Int? {
        if current == 0 { return nil }
        defer { current -= 1 }
        return current
    }
}
for n in Countdown(current: 3) { print(n) }

final class Node {
    let value: String
    var next: Node?
    init(_ value: String, next: Node? = nil) {
        self.value = value
        self.next = next
    }
}

struct NodeIterator: IteratorProtocol {
    var current: Node?
    mutating func next() -> String? {
        guard let node = current else { return nil }
        current = node.next
        return node.value
    }
}

struct List: Sequence {
    var head: Node?
    func makeIterator() -> NodeIterator { NodeIterator(current: head) }
}

let list = List(head: Node("a", next: Node("b", next: Node("c"))))
var joined = ""
for v in list { joined += v }
print(joined)

var counter = 0
let evens = AnyIterator<Int> {
    counter += 2
    return counter <= 6 ? counter : nil
}
for e in evens { print(e, terminator: ",") }
print()
