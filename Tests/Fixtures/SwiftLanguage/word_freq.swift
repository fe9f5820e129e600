import Foundation
let text = """
the quick brown fox jumps over the lazy dog
the dog barks and the fox runs away
"""
var counts: [String: Int] = [:]
for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
    counts[String(word), default: 0] += 1
}
let sorted = counts.sorted { a, b in
    a.value != b.value ? a.value > b.value : a.key < b.key
}
for (word, count) in sorted.prefix(5) {
    print("\(word): \(count)")
}
let lines = text.components(separatedBy: "\n")
print(lines.count)
let letters = text.filter { $0.isLetter }
var freq = [Character: Int]()
for c in letters { freq[c, default: 0] += 1 }
let top = freq.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }.prefix(3)
print(top.map { "\($0.key)=\($0.value)" })
let capitalized = text.split(separator: " ").prefix(4).map { String($0).capitalized }
print(capitalized)
let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
print(text.filter { vowels.contains($0) }.count)
print(text.replacingOccurrences(of: "the", with: "THE").prefix(20))
