indirect enum BST<T: Comparable>: Sequence {
    case empty
    case node(BST<T>, T, BST<T>)
    func inserting(_ v: T) -> BST<T> {
        guard case let .node(l, x, r) = self else { return .node(.empty, v, .empty) }
        return v < x ? .node(l.inserting(v), x, r) : .node(l, x, r.inserting(v))
    }
    var elements: [T] {
        guard case let .node(l, x, r) = self else { return [] }
        return l.elements + [x] + r.elements
    }
    func makeIterator() -> IndexingIterator<[T]> { elements.makeIterator() }
    var count: Int { elements.count }
}
let t = [7, 3, 9, 1].reduce(BST<Int>.empty) { $0.inserting($1) }
print(Array(t), t.map { $0 * 2 }, t.count, t.contains(9), t.reduce(0, +), t.min()!)
for x in t where x > 2 { print(x, terminator: ",") }
print()
func permutations<T>(_ xs: [T]) -> [[T]] {
    guard xs.count > 1 else { return [xs] }
    return xs.indices.flatMap { i -> [[T]] in
        var rest = xs; let x = rest.remove(at: i)
        return permutations(rest).map { [x] + $0 }
    }
}
print(permutations([1, 2, 3]).map { $0.map(String.init).joined() })
let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
print("programming".filter { vowels.contains($0) }, "abc".map { Character(UnicodeScalar($0.asciiValue! + 1)) })
let alphabet = (0..<26).map { Character(UnicodeScalar(UInt8(97 + $0))) }
print(String(alphabet.prefix(5)), alphabet.count)
