protocol Container {
    associatedtype Item
    var count: Int { get }
    subscript(i: Int) -> Item { get }
    mutating func append(_ item: Item)
}
extension Container {
    var isEmptyContainer: Bool { count == 0 }
    func allItems() -> [Item] { (0..<count).map { self[$0] } }
}
extension Container where Item: Equatable {
    func startsWith(_ x: Item) -> Bool { count > 0 && self[0] == x }
}
struct IntList: Container {
    var xs: [Int] = []
    var count: Int { xs.count }
    subscript(i: Int) -> Int { xs[i] }
    mutating func append(_ item: Int) { xs.append(item) }
}
var l = IntList()
print(l.isEmptyContainer)
l.append(3); l.append(4)
print(l.allItems(), l.startsWith(3), l[1], l.isEmptyContainer)
func allMatch<C1: Container, C2: Container>(_ a: C1, _ b: C2) -> Bool where C1.Item == C2.Item, C1.Item: Equatable {
    guard a.count == b.count else { return false }
    for i in 0..<a.count where a[i] != b[i] { return false }
    return true
}
print(allMatch(l, l))
