import Foundation

// Index-based slicing and debugPrint, as string-manipulation tutorials write them.
let sentence = "The quick brown fox"
let space = sentence.firstIndex(of: " ")!
print(sentence.prefix(upTo: space))
print(sentence.prefix(through: space) + "|")
print(sentence.suffix(from: sentence.index(after: space)))
let scores = [90, 72, 85, 60, 99]
print(scores.prefix(upTo: 2), scores.prefix(through: 2), scores.suffix(from: 3))
print(scores.prefix(upTo: 0), scores.suffix(from: scores.count))

if let range = sentence.range(of: "brown") {
    print(sentence[range.lowerBound...])
    print(sentence[..<range.lowerBound] + "red" + sentence[range.upperBound...])
}
print(sentence.range(of: "cat") == nil)
print("--verbose".trimmingPrefix("--"), "verbose".trimmingPrefix("--"))

var log = String()
for word in sentence.split(separator: " ") {
    log += log.isEmpty ? String(word) : "," + word
}
print(log, Int(), Double(), Bool())

debugPrint("quoted", 42, 2.5, [1, 2])
debugPrint(["a": 1])
debugPrint("x", "y", separator: " / ", terminator: ".\n")
let maybe: String? = "value"
debugPrint(maybe as Any)
debugPrint(Character("c"), ["tab\there"])
