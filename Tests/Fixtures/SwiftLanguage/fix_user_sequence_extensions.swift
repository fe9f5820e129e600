import Foundation
struct Countdown: Sequence, IteratorProtocol {
    var n: Int
    mutating func next() -> Int? {
        if n == 0 { return nil }
        defer { n -= 1 }
        return n
    }
}
extension Sequence where Element == Int {
    func total() -> Int { reduce(0, +) }
}
extension Sequence {
    func counted() -> Int { var k = 0; for _ in self { k += 1 }; return k }
}
print(Countdown(n: 4).total())
print(Countdown(n: 3).counted())
print(Array(Countdown(n: 3)))
for x in Countdown(n: 2) { print(x) }
print(Countdown(n: 5).map { $0 }.sorted())
struct BinaryTree<T: Comparable>: Sequence {
    final class Node { var value: T; var left: Node?; var right: Node?; init(_ v: T) { value = v } }
    var root: Node?
    mutating func insert(_ v: T) {
        guard let r = root else { root = Node(v); return }
        var cur = r
        while true {
            if v < cur.value {
                if let l = cur.left { cur = l } else { cur.left = Node(v); return }
            } else {
                if let rr = cur.right { cur = rr } else { cur.right = Node(v); return }
            }
        }
    }
    func makeIterator() -> IndexingIterator<[T]> {
        var out: [T] = []
        func walk(_ n: Node?) { guard let n = n else { return }; walk(n.left); out.append(n.value); walk(n.right) }
        walk(root)
        return out.makeIterator()
    }
}
var tree = BinaryTree<Int>()
for v in [5, 3, 8, 1, 4] { tree.insert(v) }
print(Array(tree), tree.map { $0 * 2 }, tree.contains(4), tree.first(where: { $0 > 4 })!)
protocol Animal { var name: String { get }; func sound() -> String }
extension Animal { func speak() -> String { "\(name) says \(sound())" } }
struct Dog: Animal { let name: String; func sound() -> String { "woof" } }
struct Cat: Animal { let name: String; func sound() -> String { "meow" } }
let zoo: [Animal] = [Dog(name: "Rex"), Cat(name: "Tom")]
zoo.forEach { print($0.speak()) }
print(zoo.map(\.name))
let words = ["apple", "bob", "kayak", "swift"]
print(words.filter { String($0.reversed()) == $0 })
let counts = words.reduce(into: [Character: Int]()) { d, w in d[w.first!, default: 0] += 1 }
print(counts.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" })
let scalars = "abc".unicodeScalars.map { Character(UnicodeScalar($0.value + 1)!) }
print(String(scalars))
let caesar = String("hello".map { c -> Character in
    let a = Int(Character("a").asciiValue!)
    let v = (Int(c.asciiValue!) - a + 3) % 26 + a
    return Character(UnicodeScalar(UInt8(v)))
})
print(caesar)
print((1...10).lazy.filter { $0 % 3 == 0 }.map { $0 * $0 }.reduce(0, +))
print(Array(zip(1..., "xyz")))
var fib = [0, 1]
while fib.count < 10 { fib.append(fib[fib.count - 1] + fib[fib.count - 2]) }
print(fib.enumerated().filter { $0.offset % 2 == 0 }.map(\.element))
print(stride(from: 1, through: 9, by: 4).reversed().map { $0 })
let grid = Array(repeating: Array(repeating: 0, count: 3), count: 2)
print(grid.map { $0.map(String.init).joined(separator: " ") }.joined(separator: "\n"))
func binarySearch<T: Comparable>(_ a: [T], _ key: T) -> Int? {
    var lo = 0, hi = a.count - 1
    while lo <= hi {
        let mid = lo + (hi - lo) / 2
        if a[mid] == key { return mid } else if a[mid] < key { lo = mid + 1 } else { hi = mid - 1 }
    }
    return nil
}
print(binarySearch([1, 3, 5, 7], 5) as Any, binarySearch(["a", "c"], "b") as Any)
extension Array where Element: Comparable {
    mutating func bubbleSort() {
        for i in 0..<count { for j in 0..<(count - 1 - i) where self[j] > self[j + 1] { swapAt(j, j + 1) } }
    }
}
var arr = [4, 2, 9, 1]; arr.bubbleSort(); print(arr)
struct Pair<A, B> { let a: A; let b: B }
extension Pair: CustomStringConvertible where A: CustomStringConvertible, B: CustomStringConvertible {
    var description: String { "<\(a), \(b)>" }
}
print(Pair(a: 1, b: "x"))
enum Op: String, CaseIterable { case add = "+", sub = "-" 
    func apply(_ x: Int, _ y: Int) -> Int { switch self { case .add: return x + y; case .sub: return x - y } } }
for op in Op.allCases { print(op.rawValue, op.apply(5, 3)) }
print(String(format: "%05.1f %@ %3d%%", 3.14159, "pi", 42))
let mixed: [Any] = [1, "two", 3.0]
for m in mixed { if let i = m as? Int { print("int", i) } else if let s = m as? String { print("str", s) } else { print("other", m) } }
