import Foundation
func rle(_ s: String) -> String {
    guard var current = s.first else { return "" }
    var count = 0
    var out = ""
    for ch in s {
        if ch == current { count += 1 } else {
            out += "\(count)\(current)"
            current = ch
            count = 1
        }
    }
    return out + "\(count)\(current)"
}
func unrle(_ s: String) -> String {
    var out = "", digits = ""
    for ch in s {
        if ch.isNumber { digits.append(ch) } else {
            out += String(repeating: String(ch), count: Int(digits) ?? 1)
            digits = ""
        }
    }
    return out
}
let encoded = rle("WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW")
print(encoded, unrle(encoded).count)
let words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"]
let groups = Dictionary(grouping: words) { String($0.sorted()) }
for key in groups.keys.sorted() where groups[key]!.count > 1 { print(key, groups[key]!.sorted()) }
let sentence = "Hello, World! It's a fine day... isn't it?"
let letters = sentence.unicodeScalars.filter { CharacterSet.letters.contains($0) }
print(letters.count, String(letters.map { Character($0) }).lowercased())
print(sentence.filter { !$0.isPunctuation }, sentence.filter(\.isPunctuation))
var idx = sentence.startIndex
var caps: [Character] = []
while idx < sentence.endIndex {
    if sentence[idx].isUppercase { caps.append(sentence[idx]) }
    sentence.formIndex(after: &idx)
}
print(String(caps))
if let limit = sentence.index(sentence.startIndex, offsetBy: 5, limitedBy: sentence.endIndex) {
    print(sentence[..<limit], sentence[limit...].count)
}
func isAnagram(_ a: String, _ b: String) -> Bool {
    let clean = { (s: String) in s.lowercased().filter { $0.isLetter }.sorted() }
    return clean(a) == clean(b)
}
print(isAnagram("Dormitory", "Dirty room!"), isAnagram("abc", "abd"))
let text = "the quick brown fox"
let titleCased = text.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
let reversedWords = text.split(separator: " ").map { String($0.reversed()) }.joined(separator: " ")
print(titleCased, "|", reversedWords)
let vowelCounts = text.reduce(into: [Character: Int]()) { if "aeiou".contains($1) { $0[$1, default: 0] += 1 } }
print(vowelCounts.sorted { $0.key < $1.key }.map { "\($0.key)\($0.value)" }.joined(separator: " "))
let parts: [Substring] = text.split(separator: " ")
let longest = parts.max { $0.count < $1.count }.map(String.init) ?? ""
print(longest, text.count, text.replacingOccurrences(of: " ", with: "").count)
let padded = ["1", "22", "333"].map { String(repeating: " ", count: 4 - $0.count) + $0 }
print(padded, padded.map(\.count))
let camel = "someVariableName"
var snake = ""
for ch in camel { if ch.isUppercase { snake += "_" + ch.lowercased() } else { snake.append(ch) } }
print(snake)
print("Swift".map { String($0) }.reversed().joined(separator: "-"))
