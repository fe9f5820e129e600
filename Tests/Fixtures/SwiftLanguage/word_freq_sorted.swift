let text = """
the quick brown fox jumps over the lazy dog the fox barks
and the dog sleeps while the quick fox runs
"""
var counts: [String: Int] = [:]
for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
    counts[String(word), default: 0] += 1
}
let sorted = counts.sorted { a, b in
    a.value != b.value ? a.value > b.value : a.key < b.key
}
for (word, n) in sorted.prefix(5) {
    print("\(word): \(n)")
}
let lengths = Dictionary(grouping: counts.keys, by: { $0.count })
for len in lengths.keys.sorted() {
    print(len, lengths[len]!.sorted())
}
let total = counts.values.reduce(0, +)
print("total words: \(total), unique: \(counts.count)")
let longest = counts.keys.max { $0.count < $1.count || ($0.count == $1.count && $0 > $1) }
print("longest:", longest ?? "none")
let top = sorted.first.map { "\($0.key)=\($0.value)" }
print(top!)
