struct Countdown: Sequence {
    let start: Int
    func makeIterator() -> Iterator { Iterator(n: start) }
    struct Iterator: IteratorProtocol {
        var n: Int
        mutating func next() -> Int? {
            if n <= 0 { return nil }
            defer { n -= 1 }
            return n
        }
    }
}
let c = Countdown(start: 5)
print(c.map { $0 * 2 })
print(c.filter { $0 % 2 == 1 })
print(c.reduce(0, +))
print(c.sorted())
print(c.contains(3), c.contains(9))
print(c.first(where: { $0 < 3 }) as Any)
print(c.min() as Any, c.max() as Any)
print(Array(c.enumerated().map { "\($0.offset):\($0.element)" }))
for (i, x) in c.enumerated() where i < 2 { print(i, x) }
print(c.lazy.map { $0 + 1 }.filter { $0 > 3 }.reduce(0, +))
print(zip(c, ["a", "b", "c"]).map { "\($0)\($1)" })
print(c.compactMap { $0 > 2 ? $0 : nil })
print(c.allSatisfy { $0 > 0 })
print(c.dropFirst(2).map { $0 })
print(c.prefix(2).map { $0 })

extension Sequence where Element == Int {
    func joinedDescription() -> String { map(String.init).joined(separator: "-") }
}

struct Ring: RandomAccessCollection {
    var items: [String]
    var startIndex: Int { 0 }
    var endIndex: Int { items.count }
    subscript(i: Int) -> String { items[i] }
    func index(after i: Int) -> Int { i + 1 }
    func index(before i: Int) -> Int { i - 1 }
}
let r = Ring(items: ["b", "a", "c"])
print(r.map { $0.uppercased() })
print(r.filter { $0 != "a" })
print(r.sorted())
print(r.first as Any, r.last as Any, r.count, r.isEmpty)
print(r.contains("c"))
print(r.firstIndex(of: "a") as Any)
print(r.reversed().map { $0 })
for s in r { print(s, terminator: " ") }
print()
print(r.indices.map { $0 })
print(r.joined(separator: ","))
print(r.reduce("") { $0 + $1 })
print(Array(r))
print(r[1])
print(r.enumerated().map { $0.offset })
