// A built-in type made to conform to the cell's protocol gets the protocol's extensions,
// and a generic subscript in such an extension takes any sequence of indices.
protocol Shelf {
    associatedtype Item
    var count: Int { get }
    subscript(i: Int) -> Item { get }
}

extension Array: Shelf {}

extension Shelf where Item: Equatable {
    func startsWith(_ item: Item) -> Bool {
        count >= 1 && self[0] == item
    }
}

extension Shelf where Item == Double {
    func mean() -> Double {
        var total = 0.0
        for i in 0..<count { total += self[i] }
        return total / Double(count)
    }
}

extension Shelf {
    subscript<Positions: Sequence>(picking positions: Positions) -> [Item] where Positions.Element == Int {
        var picked: [Item] = []
        for p in positions { picked.append(self[p]) }
        return picked
    }
}

print([4, 5, 6].startsWith(4), ["a"].startsWith("b"), [Int]().startsWith(1))
print([1.5, 2.5, 4.0].mean())
let books = ["Dune", "Emma", "Ulysses", "Beloved"]
print(books[picking: [3, 0]], books[picking: 1...2])
