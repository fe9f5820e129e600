class ListNode {
    var value: Int
    var next: ListNode?
    init(_ value: Int, next: ListNode? = nil) {
        self.value = value
        self.next = next
    }
}
class LinkedList: CustomStringConvertible {
    var head: ListNode?
    var tail: ListNode? {
        var node = head
        while let n = node?.next { node = n }
        return node
    }
    func append(_ v: Int) {
        let n = ListNode(v)
        if let t = tail { t.next = n } else { head = n }
    }
    func reverse() {
        var prev: ListNode? = nil
        var cur = head
        while let c = cur {
            let next = c.next
            c.next = prev
            prev = c
            cur = next
        }
        head = prev
    }
    var count: Int {
        var c = 0
        var n = head
        while n != nil { c += 1; n = n?.next }
        return c
    }
    var description: String {
        var parts: [String] = []
        var n = head
        while let node = n { parts.append(String(node.value)); n = node.next }
        return "[" + parts.joined(separator: " -> ") + "]"
    }
}
let list = LinkedList()
for i in 1...5 { list.append(i * i) }
print(list)
print("count:", list.count)
print("second:", list.head?.next?.value ?? -1)
print("tenth:", list.head?.next?.next?.next?.next?.next?.value as Any)
list.reverse()
print(list)
print("tail:", list.tail?.value ?? 0)
let empty = LinkedList()
print(empty, empty.count, empty.tail == nil)
let a = ListNode(1)
let b = a
b.value = 99
print(a.value, a === b)
