class LRUCache<Key: Hashable, Value> {
    private var storage: [Key: Value] = [:]
    private var order: [Key] = []
    let capacity: Int
    init(capacity: Int) { self.capacity = capacity }
    func get(_ key: Key) -> Value? {
        guard let v = storage[key] else { return nil }
        order.removeAll { $0 == key }
        order.append(key)
        return v
    }
    func put(_ key: Key, _ value: Value) {
        if storage[key] != nil { order.removeAll { $0 == key } }
        else if storage.count == capacity, let oldest = order.first {
            storage[oldest] = nil
            order.removeFirst()
        }
        storage[key] = value
        order.append(key)
    }
    var keys: [Key] { order }
}
let cache = LRUCache<String, Int>(capacity: 2)
cache.put("a", 1)
cache.put("b", 2)
print(cache.get("a") ?? -1)
cache.put("c", 3)
print(cache.get("b") ?? -1, cache.keys)
