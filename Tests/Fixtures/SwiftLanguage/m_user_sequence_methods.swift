// Swift's Sequence methods on a type that conforms by makeIterator() or next(), endless ones included.
struct Countdown: Sequence, IteratorProtocol {
    var current: Int
    mutating func next() -> Int? {
        guard current > 0 else { return nil }
        defer { current -= 1 }
        return current
    }
}
struct Squares: Sequence {
    func makeIterator() -> AnyIterator<Int> {
        var n = 0
        return AnyIterator {
            n += 1
            return n * n
        }
    }
}
let c = Countdown(current: 5)
print(Array(c), c.map { $0 * 2 }, c.filter { $0 % 2 == 1 })
print(c.reduce(0, +), c.contains(3), c.sorted(), c.max()!)
print(Array(Squares().prefix(6)), Squares().first { $0 > 50 }!)
print(Squares().prefix(4).map { $0 + 1 }, Array(Squares().prefix(0)))
for (i, x) in Countdown(current: 3).enumerated() { print(i, x) }
