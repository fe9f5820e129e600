struct Deck: Collection {
    private var cards: [String]
    init(_ c: [String]) { cards = c }
    var startIndex: Int { cards.startIndex }
    var endIndex: Int { cards.endIndex }
    subscript(position: Int) -> String { cards[position] }
    func index(after i: Int) -> Int { cards.index(after: i) }
}
let d = Deck(["A", "K", "Q"])
print(d.count, d.first!, d.map { $0 + "!" }, d.contains("K"), d.firstIndex(of: "Q")!)
print(d.sorted(), d.filter { $0 != "K" }, d.reduce("", +), d.prefix(2).joined(), Array(d.dropFirst()))
for (i, c) in d.enumerated() { print(i, c) }
print(d.min()!, d.max()!, d.isEmpty, d.indices.count)
print(d.lazy.map { $0.lowercased() }.joined(separator: ","))
print(zip(d, 1...).map { "\($0)\($1)" })
let total = d.reduce(into: [String: Int]()) { $0[$1] = $1.count }
print(total.count)
