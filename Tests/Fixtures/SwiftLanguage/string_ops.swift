import Foundation
let sentence = "Swift is a powerful and intuitive programming language"
let words = sentence.split(separator: " ")
print(words.count)
print(words.map { String($0.reversed()) }.joined(separator: " "))
print(words.reversed().joined(separator: " "))
let longestWord = words.max { $0.count < $1.count }!
print(longestWord, longestWord.count)
func isAnagram(_ a: String, _ b: String) -> Bool {
    a.lowercased().sorted() == b.lowercased().sorted()
}
print(isAnagram("Listen", "Silent"), isAnagram("abc", "abd"))
let vowels = sentence.lowercased().filter { "aeiou".contains($0) }.count
print("vowels: \(vowels)")
var charCount: [Character: Int] = [:]
for c in "mississippi" { charCount[c, default: 0] += 1 }
for (c, n) in charCount.sorted(by: { $0.key < $1.key }) { print(c, n) }
let title = words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
print(title)
let acronym = String(words.compactMap { $0.first }).uppercased()
print(acronym)
let s = "Hello"
print(s.count, Array(s), s.contains("ell"), s.starts(with: "He"))
print(String(s.reversed()), s.lowercased().first!)
let csv = "name,age,city\nAnn,30,Paris\nBob,25,Rome"
let rows = csv.split(separator: "\n").map { $0.split(separator: ",").map(String.init) }
for row in rows.dropFirst() { print(row[0], Int(row[1])! + 1, row[2]) }
let numberString = "1 2 3 4 5"
print(numberString.split(separator: " ").compactMap { Int($0) }.reduce(0, +))
print("abc" < "abd", "Zebra" < "apple")
print("a-b-c".replacingOccurrences(of: "-", with: "+"))
