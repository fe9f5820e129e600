// Methods overloaded by parameter type, as collection types in algorithm books declare them.
struct BloomFilter<T> {
  var bits = [Bool](repeating: false, count: 16)
  let hashes: [(T) -> Int]

  mutating func insert(_ element: T) {
    for h in hashes { bits[h(element) % bits.count] = true }
  }

  mutating func insert(_ elements: [T]) {
    for e in elements { insert(e) }
  }

  func query(_ element: T) -> Bool {
    hashes.allSatisfy { bits[$0(element) % bits.count] }
  }
}

var filter = BloomFilter<String>(hashes: [{ $0.count }, { Int($0.unicodeScalars.first!.value) }])
filter.insert("swift")
filter.insert(["heap", "trie"])
print(filter.query("swift"), filter.query("trie"), filter.query("graph"))
print(filter.bits.filter { $0 }.count)

final class Heap {
  private(set) var elements: [Int] = []

  func insert(_ value: Int) {
    elements.append(value)
    var i = elements.count - 1
    while i > 0 && elements[(i - 1) / 2] < elements[i] {
      elements.swapAt(i, (i - 1) / 2)
      i = (i - 1) / 2
    }
  }

  func insert(_ values: [Int]) {
    for v in values { insert(v) }
  }

  func describe(_ prefix: String) -> String { "\(prefix): \(elements)" }
  func describe(_ count: Int) -> String { "first \(count): \(Array(elements.prefix(count)))" }
}

let heap = Heap()
heap.insert([3, 9, 1])
heap.insert(7)
print(heap.describe("heap"))
print(heap.describe(2))
