struct Stack<Element> {
    private var items: [Element] = []
    init() {}
    init<S: Sequence>(_ s: S) where S.Element == Element { items = Array(s) }
    mutating func push(_ item: Element) { items.append(item) }
    @discardableResult mutating func pop() -> Element? { items.popLast() }
    func peek() -> Element? { items.last }
    var isEmpty: Bool { items.isEmpty }
    var count: Int { items.count }
}

extension Stack: CustomStringConvertible {
    var description: String {
        "Stack(" + items.map { "\($0)" }.joined(separator: ", ") + ")"
    }
}

extension Stack: Sequence {
    struct Iterator: IteratorProtocol {
        var remaining: [Element]
        mutating func next() -> Element? { remaining.popLast() }
    }
    func makeIterator() -> Iterator { Iterator(remaining: items) }
}

extension Stack where Element: Numeric {
    func sum() -> Element { items.reduce(0, +) }
}

extension Stack: Equatable where Element: Equatable {}

struct Queue<T>: ExpressibleByArrayLiteral {
    private var inbox: [T] = []
    private var outbox: [T] = []
    init(arrayLiteral elements: T...) { inbox = elements }
    mutating func enqueue(_ x: T) { inbox.append(x) }
    mutating func dequeue() -> T? {
        if outbox.isEmpty {
            outbox = inbox.reversed()
            inbox.removeAll()
        }
        return outbox.popLast()
    }
    var count: Int { inbox.count + outbox.count }
}

struct Countdown: Sequence, IteratorProtocol {
    var current: Int
    mutating func next() -> Int? {
        guard current > 0 else { return nil }
        defer { current -= 1 }
        return current
    }
}

struct Fibonacci: Sequence {
    func makeIterator() -> AnyIterator<Int> {
        var (a, b) = (0, 1)
        return AnyIterator {
            defer { (a, b) = (b, a + b) }
            return a
        }
    }
}

var s = Stack<Int>()
for i in 1...5 { s.push(i * i) }
print(s, s.count, s.peek()!)
print(s.pop()!, s.pop()!, s)
print(s.sum(), Array(s), s.map { $0 * 2 })
print(s.contains(4), s.first { $0 < 5 } as Any, s.sorted())
for x in s where x % 2 == 1 { print("odd", x) }
let t = Stack(["a", "b", "c"])
print(t, t.joined(), t.reversed())
print(Stack([1, 2]) == Stack([1, 2]), Stack([1]) == Stack([2]))
var q: Queue<String> = ["x", "y"]
q.enqueue("z")
while let item = q.dequeue() { print(item, terminator: " ") }
print("| count", q.count)
print(Array(Countdown(current: 5)))
for n in Countdown(current: 3) { print(n, terminator: ",") }
print()
print(Fibonacci().prefix(12).map { $0 })
print(Array(Fibonacci().lazy.filter { $0 % 2 == 0 }.prefix(5)))
print(Countdown(current: 10).reduce(0, +), Countdown(current: 4).max()!)
var it = Countdown(current: 2)
print(it.next() as Any, it.next() as Any, it.next() as Any)
let zipped = zip(Countdown(current: 3), ["a", "b", "c", "d"]).map { "\($0)\($1)" }
print(zipped)
print(Countdown(current: 6).enumerated().filter { $0.offset.isMultiple(of: 2) }.map(\.element))
