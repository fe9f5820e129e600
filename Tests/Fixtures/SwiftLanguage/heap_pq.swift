struct Heap<Element: Comparable> {
    private var items: [Element] = []
    private let less: (Element, Element) -> Bool
    init(isMin: Bool = true) {
        less = isMin ? { $0 < $1 } : { $0 > $1 }
    }
    var isEmpty: Bool { items.isEmpty }
    var count: Int { items.count }
    func peek() -> Element? { items.first }
    mutating func push(_ e: Element) {
        items.append(e)
        var i = items.count - 1
        while i > 0 {
            let p = (i - 1) / 2
            if less(items[i], items[p]) {
                items.swapAt(i, p)
                i = p
            } else { break }
        }
    }
    mutating func pop() -> Element? {
        guard !items.isEmpty else { return nil }
        items.swapAt(0, items.count - 1)
        let top = items.removeLast()
        var i = 0
        while true {
            let l = 2 * i + 1, r = l + 1
            var best = i
            if l < items.count && less(items[l], items[best]) { best = l }
            if r < items.count && less(items[r], items[best]) { best = r }
            if best == i { break }
            items.swapAt(i, best)
            i = best
        }
        return top
    }
}
var h = Heap<Int>()
for x in [5, 3, 8, 1, 9, 2, 7] { h.push(x) }
print("peek:", h.peek()!)
var out: [Int] = []
while let x = h.pop() { out.append(x) }
print(out)
var maxh = Heap<String>(isMin: false)
["pear", "apple", "fig", "kiwi"].forEach { maxh.push($0) }
while !maxh.isEmpty { print(maxh.pop()!, terminator: " ") }
print()
struct Task: Comparable {
    let priority: Int
    let name: String
    static func < (a: Task, b: Task) -> Bool { a.priority < b.priority }
}
var tasks = Heap<Task>()
tasks.push(Task(priority: 3, name: "write"))
tasks.push(Task(priority: 1, name: "plan"))
tasks.push(Task(priority: 2, name: "test"))
print(tasks.count)
while let t = tasks.pop() { print(t.priority, t.name) }
print(Task(priority: 1, name: "x"))
