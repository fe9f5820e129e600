// Variadic functions and types built from literals, as a data-structures course writes them.
func sum(_ numbers: Int...) -> Int {
    numbers.reduce(0, +)
}
func describe(_ title: String, values: Double..., unit: String = "m") -> String {
    "\(title): \(values.count) values, max \(values.max() ?? 0) \(unit)"
}
print(sum(), sum(4), sum(1, 2, 3, 4))
print(describe("heights", values: 1.5, 2.25, 0.75))
print(describe("none", values: 2.0, unit: "cm"))

struct MinHeap<Element: Comparable>: ExpressibleByArrayLiteral {
    private(set) var items: [Element] = []
    init(arrayLiteral elements: Element...) {
        for e in elements { insert(e) }
    }
    mutating func insert(_ x: Element) {
        items.append(x)
        var i = items.count - 1
        while i > 0 && items[(i - 1) / 2] > items[i] {
            items.swapAt(i, (i - 1) / 2)
            i = (i - 1) / 2
        }
    }
    var min: Element? { items.first }
}

let heap: MinHeap<Int> = [5, 3, 8, 1, 9]
print(heap.min!, heap.items.count)

struct Money: ExpressibleByIntegerLiteral, CustomStringConvertible {
    let cents: Int
    init(integerLiteral value: Int) { cents = value * 100 }
    var description: String { "$\(cents / 100).\(cents % 100 < 10 ? "0" : "")\(cents % 100)" }
}
let price: Money = 12
print(price)

struct Tag: ExpressibleByStringLiteral {
    let name: String
    init(stringLiteral value: String) { name = value.uppercased() }
}
func show(_ t: Tag) { print("#" + t.name) }
show("swift")
let tags: [Tag] = ["a", "b"]
print(tags.map(\.name))

final class Matrix {
    let rows: [[Int]]
    init(_ rows: [Int]...) { self.rows = rows }
}
print(Matrix([1, 2], [3, 4]).rows)
