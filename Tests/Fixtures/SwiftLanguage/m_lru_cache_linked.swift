final class Node<Key: Hashable, Value> {
    let key: Key
    var value: Value
    var prev: Node?
    weak var next: Node?
    init(key: Key, value: Value) {
        self.key = key
        self.value = value
    }
}

final class LRUCache<Key: Hashable, Value>: CustomStringConvertible {
    private let capacity: Int
    private var map: [Key: Node<Key, Value>] = [:]
    private var head: Node<Key, Value>?
    private var tail: Node<Key, Value>?
    private var strong: [Key: Node<Key, Value>] { map }

    init(capacity: Int) {
        precondition(capacity > 0, "capacity must be positive")
        self.capacity = capacity
    }

    func get(_ key: Key) -> Value? {
        guard let node = map[key] else { return nil }
        moveToFront(node)
        return node.value
    }

    func put(_ key: Key, _ value: Value) {
        if let node = map[key] {
            node.value = value
            moveToFront(node)
            return
        }
        let node = Node(key: key, value: value)
        map[key] = node
        insertAtFront(node)
        if map.count > capacity, let last = tail {
            remove(last)
            map[last.key] = nil
            print("evicted \(last.key)")
        }
    }

    private func insertAtFront(_ node: Node<Key, Value>) {
        node.next = head
        node.prev = nil
        head?.prev = node
        head = node
        if tail == nil { tail = node }
    }

    private func remove(_ node: Node<Key, Value>) {
        if let p = node.prev { p.next = node.next } else { head = node.next }
        if let n = node.next { n.prev = node.prev } else { tail = node.prev }
        node.prev = nil
        node.next = nil
    }

    private func moveToFront(_ node: Node<Key, Value>) {
        remove(node)
        insertAtFront(node)
    }

    var keys: [Key] {
        var result: [Key] = []
        var cursor = head
        while let c = cursor {
            result.append(c.key)
            cursor = c.next
        }
        return result
    }

    var description: String {
        var parts: [String] = []
        var cursor = head
        while let c = cursor {
            parts.append("\(c.key):\(c.value)")
            cursor = c.next
        }
        return "[" + parts.joined(separator: ", ") + "]"
    }
}

let cache = LRUCache<String, Int>(capacity: 3)
cache.put("a", 1)
cache.put("b", 2)
cache.put("c", 3)
print(cache)
_ = cache.get("a")
print(cache)
cache.put("d", 4)
print(cache, cache.keys)
print(cache.get("b") as Any)
print(cache.get("c") ?? -1)
cache.put("c", 30)
cache.put("e", 5)
print(cache.description)
let numbers = LRUCache<Int, String>(capacity: 2)
for i in 1...5 {
    numbers.put(i % 3, String(repeating: "*", count: i))
}
print(numbers)
