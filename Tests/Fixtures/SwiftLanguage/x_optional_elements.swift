// A queue that leaves nil holes behind its head, as algorithm courses write it.
struct Queue<T> {
    private var array = [T?]()
    private var head = 0

    var isEmpty: Bool { count == 0 }
    var count: Int { array.count - head }

    mutating func enqueue(_ element: T) { array.append(element) }

    mutating func dequeue() -> T? {
        guard head < array.count, let element = array[head] else { return nil }
        array[head] = nil
        head += 1
        return element
    }

    var storage: [T?] { array }
}

var q = Queue<String>()
q.enqueue("Ada")
q.enqueue("Grace")
q.enqueue("Linus")
print(q.dequeue() ?? "none", q.count)
print(q.storage)

var slots = [Int?]()
slots.append(3)
slots += [4, nil]
slots.insert(5, at: 0)
slots.append(contentsOf: [6])
print(slots, slots.compactMap { $0 })

let readings = [12, nil, 7, nil]
print(readings)
for r in readings {
    print(r.map { $0 * 10 } ?? -1, terminator: " ")
}
print()
var scale = [Double]()
scale.append(2)
scale += [3]
print(scale, readings.count)
