let words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"]
var groups: [String: [String]] = [:]
for w in words {
    let key = String(w.sorted())
    groups[key, default: []].append(w)
}
for key in groups.keys.sorted() {
    let g = groups[key]!
    print("\(key): \(g)")
}
let big = groups.values.filter { $0.count > 1 }.map { $0.sorted() }.sorted { $0[0] < $1[0] }
print(big)
func isAnagram(_ a: String, _ b: String) -> Bool {
    a.lowercased().filter { $0.isLetter }.sorted() == b.lowercased().filter { $0.isLetter }.sorted()
}
print(isAnagram("Dormitory", "Dirty room"))
print(isAnagram("Hello", "World"))
let sentence = "Swift is fun to learn"
print(sentence.split(separator: " ").reversed().joined(separator: " "))
print(String(sentence.reversed()))
let vowels = sentence.filter { "aeiouAEIOU".contains($0) }.count
print("vowels: \(vowels)")
