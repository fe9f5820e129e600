// A Bloom filter style check: hashValue is seeded per run in Swift, so only the
// properties that hold for every seed are printed.
let words = ["apple", "banana", "cherry"]
let h1 = words.map { $0.hashValue }
let h2 = words.map { $0.hashValue }
print(h1 == h2)
print("apple".hashValue == "apple".hashValue, 42.hashValue == 42.hashValue)
var bits = [Bool](repeating: false, count: 64)
for w in words {
    let slot = abs(w.hashValue % 64)
    bits[slot] = true
}
print(bits.filter { $0 }.count <= 3)

var pile = [Int]()
if pile.capacity < 100 {
    pile.reserveCapacity(100)
}
print(pile.capacity >= 100 || pile.isEmpty)
for i in 0..<5 { pile.append(i * i) }
print(pile, pile.capacity >= pile.count)
