final class ListNode<T> {
    var value: T
    var next: ListNode<T>?
    init(_ value: T, next: ListNode<T>? = nil) {
        self.value = value
        self.next = next
    }
}

struct LinkedList<T>: Sequence, CustomStringConvertible {
    private var head: ListNode<T>?
    private(set) var count = 0

    mutating func push(_ value: T) {
        head = ListNode(value, next: head)
        count += 1
    }

    mutating func pop() -> T? {
        guard let h = head else { return nil }
        head = h.next
        count -= 1
        return h.value
    }

    func makeIterator() -> AnyIterator<T> {
        var current = head
        return AnyIterator {
            defer { current = current?.next }
            return current?.value
        }
    }

    var description: String {
        "[" + map { "\($0)" }.joined(separator: " -> ") + "]"
    }
}

var list = LinkedList<Int>()
for i in 1...5 { list.push(i * i) }
print(list)
print("count:", list.count)
print("sum:", list.reduce(0, +))
print("popped:", list.pop() ?? -1)
print(list.filter { $0 % 2 == 1 })
print(list.contains(4), list.contains(25))
let strings = LinkedList<String>()
print(strings, strings.count)
