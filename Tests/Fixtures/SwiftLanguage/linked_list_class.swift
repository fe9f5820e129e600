final class ListNode<T> {
    var value: T
    var next: ListNode<T>?
    init(value: T, next: ListNode<T>? = nil) {
        self.value = value
        self.next = next
    }
}

struct LinkedList<T>: CustomStringConvertible {
    var head: ListNode<T>?
    var tail: ListNode<T>?
    var isEmpty: Bool { head == nil }

    mutating func push(_ value: T) {
        head = ListNode(value: value, next: head)
        if tail == nil { tail = head }
    }

    mutating func append(_ value: T) {
        guard !isEmpty else {
            push(value)
            return
        }
        tail!.next = ListNode(value: value)
        tail = tail!.next
    }

    mutating func reverse() {
        var prev: ListNode<T>? = nil
        var current = head
        tail = head
        while let node = current {
            let next = node.next
            node.next = prev
            prev = node
            current = next
        }
        head = prev
    }

    var description: String {
        guard let head = head else { return "Empty list" }
        var parts: [String] = []
        var node: ListNode<T>? = head
        while let n = node {
            parts.append("\(n.value)")
            node = n.next
        }
        return parts.joined(separator: " -> ")
    }
}

var list = LinkedList<Int>()
print(list)
list.push(3)
list.push(2)
list.push(1)
list.append(4)
print(list)
list.reverse()
print(list)
print(list.head?.value ?? 0, list.tail?.value ?? 0)
print(list.head?.next?.next?.value as Any)
