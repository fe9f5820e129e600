// Types as values: `T.self`, `type(of:)`, metatype annotations, and generic
// containers that print their type arguments even when empty.
struct Queue<Element> {
    private var items: [Element] = []
    var isEmpty: Bool { items.isEmpty }
    mutating func enqueue(_ x: Element) { items.append(x) }
    mutating func dequeue() -> Element? { isEmpty ? nil : items.removeFirst() }
}

struct Pair<A, B> {
    var first: A?
    var second: B?
}

var jobs = Queue<String>()
print(jobs)
jobs.enqueue("build")
jobs.enqueue("test")
print(jobs)
_ = jobs.dequeue()
_ = jobs.dequeue()
print(jobs, jobs.isEmpty)

var numbers: Queue<Int> = Queue()
print(numbers)
numbers.enqueue(7)
var copy = numbers
copy.enqueue(8)
print(numbers)
print(copy)
print(type(of: copy))

let empty = Pair<Int, [String]>()
print(empty)
print([Queue<Double>()])

func describe(_ value: Any) -> String {
    if type(of: value) == Int.self { return "an Int" }
    if type(of: value) == String.self { return "a String" }
    if value is Double { return "a Double" }
    return "something else"
}
print(describe(3), describe("x"), describe(2.5), describe(true))

let kinds: [Any.Type] = [Int.self, String.self, [Int].self, [String: Double].self, Void.self]
for k in kinds { print(k) }
print(Optional<Int>.self, Int.self == Int.self, Int.self == Double.self)

// `Optional` spelled as the enum it is.
var slot = Optional<Int>.none
print(slot == nil, slot ?? -1)
slot = Optional<Int>.some(4)
print(slot ?? -1)
let maybe: String? = Optional.none
print(maybe ?? "nothing", Int?.none == nil)

// Capacity is not observable; the elements go either way.
var buffer = [1, 2, 3]
buffer.removeAll(keepingCapacity: true)
buffer.append(9)
print(buffer)
var marks: Set = [1, 2]
marks.removeAll(keepingCapacity: true)
print(marks.isEmpty)

// AnyHashable keys mix types, as Swift's do.
var registry: [AnyHashable: String] = [:]
registry[1] = "one"
registry["two"] = "deux"
registry[AnyHashable(3.5)] = "three and a half"
print(registry.count, registry[1] ?? "-", registry["two"] ?? "-", registry[3.5] ?? "-")
var seen = Set<AnyHashable>()
for x: AnyHashable in [1, "a", 1, "a", 2] { seen.insert(x) }
print(seen.count)
