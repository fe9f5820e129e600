extension Array {
    func chunked(into size: Int) -> [[Element]] {
        stride(from: 0, to: count, by: size).map {
            Array(self[$0..<Swift.min($0 + size, count)])
        }
    }
}

let numbers = Array(1...10)
print(numbers.chunked(into: 3))
print(numbers.chunked(into: 5).map { $0.reduce(0, +) })

let words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
let grouped = words.reduce(into: [Character: [String]]()) { result, word in
    result[word.first!, default: []].append(word)
}
for key in grouped.keys.sorted() {
    print(key, grouped[key]!)
}
let counts = words.reduce(into: [:]) { (acc: inout [Int: Int], w: String) in acc[w.count, default: 0] += 1 }
print(counts.sorted { $0.key < $1.key }.map { "\($0.key):\($0.value)" }.joined(separator: " "))

let lazyEvens = numbers.lazy.filter { $0 % 2 == 0 }.map { $0 * $0 }
print(Array(lazyEvens))
print(numbers.lazy.map { $0 * 3 }.first(where: { $0 > 10 })!)
let byGroup = Dictionary(grouping: numbers, by: { $0 % 3 })
print(byGroup.keys.sorted().map { byGroup[$0]! })
print(numbers.split(whereSeparator: { $0 % 4 == 0 }).map(Array.init))
print(numbers.prefix(while: { $0 < 4 }), numbers.drop(while: { $0 < 8 }))
print(words.min(by: { $0.count < $1.count })!, words.max { $0.count < $1.count }!)
