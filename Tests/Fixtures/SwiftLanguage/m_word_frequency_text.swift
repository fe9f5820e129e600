import Foundation
let text = """
The quick brown fox jumps over the lazy dog. The dog sleeps; the fox runs!
A fox, a dog, and a cat: who wins? Nobody knows... the cat, perhaps.
"""
let words = text.lowercased()
    .components(separatedBy: CharacterSet.alphanumerics.inverted)
    .filter { !$0.isEmpty }
print(words.count, words.prefix(6))
var freq: [String: Int] = [:]
for w in words { freq[w, default: 0] += 1 }
let top = freq.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
for (word, count) in top.prefix(6) {
    print(word.padding(toLength: 8, withPad: ".", startingAt: 0), count)
}
let byLength = Dictionary(grouping: Set(words), by: \.count)
for len in byLength.keys.sorted() {
    print(len, byLength[len]!.sorted().joined(separator: " "))
}
let letters = text.filter(\.isLetter).lowercased()
let letterCounts = letters.reduce(into: [Character: Int]()) { $0[$1, default: 0] += 1 }
let common = letterCounts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(5)
print(common.map { "\($0.key)=\($0.value)" }.joined(separator: ", "))
let sentences = text.split(whereSeparator: { ".!?".contains($0) }).map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
print(sentences.count)
for s in sentences { print("-", s) }
let lines = text.split(separator: "\n")
print(lines.count, lines.map { $0.count })
let caps = words.map { $0.prefix(1).uppercased() + $0.dropFirst() }
print(caps.suffix(4).joined(separator: " "))
let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
let vowelCount = letters.filter { vowels.contains($0) }.count
print("vowels:", vowelCount, "consonants:", letters.count - vowelCount)
print(text.components(separatedBy: " ").count, text.split(separator: " ", maxSplits: 3).last!.prefix(10))
print("a,b,,c".split(separator: ","), "a,b,,c".split(separator: ",", omittingEmptySubsequences: false))
print("a,b,,c".components(separatedBy: ","))
print("  padded  ".trimmingCharacters(in: .whitespaces) + "|")
print("Hello".padding(toLength: 3, withPad: "-", startingAt: 0), "Hi".padding(toLength: 6, withPad: "ab", startingAt: 1))
let title = "swift is fun"
print(title.capitalized, title.uppercased(), title.replacingOccurrences(of: "fun", with: "great"))
print(title.hasPrefix("swift"), title.hasSuffix("un"), title.contains("is f"), title.range(of: "is") != nil)
let unique = words.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
print(unique.count, unique.prefix(8))
let longest = words.max { $0.count < $1.count || ($0.count == $1.count && $0 > $1) }!
print("longest:", longest)
