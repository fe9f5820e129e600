protocol Container {
    associatedtype Item
    var count: Int { get }
    mutating func append(_ item: Item)
    subscript(i: Int) -> Item { get }
}

struct IntStack: Container {
    var items: [Int] = []
    mutating func append(_ item: Int) { items.append(item) }
    var count: Int { items.count }
    subscript(i: Int) -> Int { items[i] }
}

func allItemsMatch<C1: Container, C2: Container>(_ a: C1, _ b: C2) -> Bool where C1.Item == C2.Item, C1.Item: Equatable {
    if a.count != b.count { return false }
    for i in 0..<a.count where a[i] != b[i] { return false }
    return true
}

func findIndex<T: Equatable>(of valueToFind: T, in array: [T]) -> Int? {
    for (index, value) in array.enumerated() {
        if value == valueToFind { return index }
    }
    return nil
}

func swapTwoValues<T>(_ a: inout T, _ b: inout T) {
    let temporaryA = a
    a = b
    b = temporaryA
}

struct Pair<A, B> {
    let first: A
    let second: B
    func swapped() -> Pair<B, A> { Pair<B, A>(first: second, second: first) }
}

var s1 = IntStack()
var s2 = IntStack()
for i in 1...3 { s1.append(i); s2.append(i) }
print(allItemsMatch(s1, s2))
s2.append(4)
print(allItemsMatch(s1, s2))
print(findIndex(of: "llama", in: ["cat", "dog", "llama", "parakeet"]) ?? -1)
print(findIndex(of: 9.3, in: [3.14159, 0.1, 0.25]) as Any)
var x = 3, y = 107
swapTwoValues(&x, &y)
print(x, y)
var s = "hello", t = "world"
swapTwoValues(&s, &t)
print(s, t)
let p = Pair(first: 1, second: "one")
print(p.swapped().first, p.swapped().second)
