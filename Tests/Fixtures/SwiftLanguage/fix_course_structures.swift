import Foundation
// generic linked list with Sequence, stack/queue
final class ListNode<T> {
    var value: T
    var next: ListNode<T>?
    init(_ value: T, next: ListNode<T>? = nil) { self.value = value; self.next = next }
}
struct LinkedList<T>: Sequence {
    var head: ListNode<T>?
    mutating func push(_ v: T) { head = ListNode(v, next: head) }
    func makeIterator() -> AnyIterator<T> {
        var cur = head
        return AnyIterator {
            guard let n = cur else { return nil }
            cur = n.next
            return n.value
        }
    }
}
var list = LinkedList<Int>()
for i in 1...4 { list.push(i) }
print(Array(list), list.map { $0 * 10 }, list.reduce(0, +))
print(list.contains(2), list.sorted(), list.min()!)
struct Queue<Element> {
    private var inbox: [Element] = []
    private var outbox: [Element] = []
    var isEmpty: Bool { inbox.isEmpty && outbox.isEmpty }
    mutating func enqueue(_ e: Element) { inbox.append(e) }
    @discardableResult
    mutating func dequeue() -> Element? {
        if outbox.isEmpty { outbox = inbox.reversed(); inbox.removeAll() }
        return outbox.popLast()
    }
}
var q = Queue<String>()
q.enqueue("a"); q.enqueue("b"); q.dequeue(); q.enqueue("c")
while let x = q.dequeue() { print(x) }
indirect enum Tree<T: Comparable> {
    case leaf
    case node(Tree, T, Tree)
    func inserting(_ v: T) -> Tree {
        switch self {
        case .leaf: return .node(.leaf, v, .leaf)
        case let .node(l, x, r):
            if v < x { return .node(l.inserting(v), x, r) }
            return .node(l, x, r.inserting(v))
        }
    }
    var inorder: [T] {
        if case let .node(l, x, r) = self { return l.inorder + [x] + r.inorder }
        return []
    }
    var height: Int {
        switch self {
        case .leaf: return 0
        case .node(let l, _, let r): return 1 + max(l.height, r.height)
        }
    }
}
var t = Tree<Int>.leaf
for v in [5, 2, 8, 1, 9, 3] { t = t.inserting(v) }
print(t.inorder, t.height)
struct Version: Comparable {
    let major: Int, minor: Int
}
extension Version {
    static func < (l: Version, r: Version) -> Bool { (l.major, l.minor) < (r.major, r.minor) }
}
let vs = [Version(major: 1, minor: 2), Version(major: 0, minor: 9), Version(major: 1, minor: 0)]
print(vs.sorted().map { "\($0.major).\($0.minor)" }, vs.max()!.minor, vs[0] > vs[1], vs[0] >= vs[2])
print(stride(from: 10, to: 0, by: -3).map { $0 }, Array(stride(from: 0.0, through: 1.0, by: 0.25)))
for (i, c) in "hey".enumerated() { print(i, c) }
print(String(format: "%.3f|%5d|%x", 3.14159, 42, 255))
let ch: Character = "c"
let shifted = Character(UnicodeScalar(ch.asciiValue! + 2))
print(shifted, Int(ch.asciiValue! - Character("a").asciiValue!))
print(String(UnicodeScalar(UInt8(65))))
struct Matrix {
    var rows: Int, cols: Int, grid: [Double]
    init(rows: Int, cols: Int) { self.rows = rows; self.cols = cols; grid = Array(repeating: 0, count: rows * cols) }
    subscript(r: Int, c: Int) -> Double {
        get { grid[r * cols + c] }
        set { grid[r * cols + c] = newValue }
    }
}
var m = Matrix(rows: 2, cols: 2)
m[0, 1] = 3; m[1, 0] += 2
print(m[0, 1], m[1, 0], m.grid)
enum NetErr: Error { case down }
func fetch(_ ok: Bool) -> Result<Int, NetErr> { ok ? .success(1) : .failure(.down) }
switch fetch(false) { case .success(let v): print(v); case .failure(let e): print("fail", e) }
print((try? fetch(true).get()) as Any)
func crash(_ m: String) -> Never { fatalError(m) }
func pick(_ x: Int?) -> Int { guard let x = x else { crash("no") }; return x }
print(pick(3))
protocol Togglable { mutating func toggle() }
enum Switch: Togglable { case on, off
    mutating func toggle() { self = self == .on ? .off : .on } }
var sw = Switch.off; sw.toggle(); print(sw)
func toggleAll<T: Togglable>(_ xs: inout [T]) { for i in xs.indices { xs[i].toggle() } }
var sws: [Switch] = [.on, .off]; toggleAll(&sws); print(sws)
extension Array {
    func chunked(_ n: Int) -> [[Element]] where Element: Equatable {
        stride(from: 0, to: count, by: n).map { Array(self[$0..<Swift.min($0 + n, count)]) }
    }
}
print([1,2,3,4,5].chunked(2))
print(Array(zip([1,2,3], "abc")), [1,2,3].lazy.map { $0 * 2 }.first!)
