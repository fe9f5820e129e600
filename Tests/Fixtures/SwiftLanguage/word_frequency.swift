let text = "the quick brown fox jumps over the lazy dog the end"
var freq: [String: Int] = [:]
for w in text.split(separator: " ") { freq[String(w), default: 0] += 1 }
let top = freq.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
for (word, n) in top.prefix(3) { print(word, n) }
let unique = Set(text.split(separator: " ").map(String.init))
print(unique.count)
print(unique.contains("fox"), unique.contains("cat"))
