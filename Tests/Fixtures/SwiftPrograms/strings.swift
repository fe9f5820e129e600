import Foundation

let sentence = "the quick brown fox"
let words = sentence.split(separator: " ").map { String($0) }
print(words, words.count)
print(sentence.replacingOccurrences(of: "quick", with: "slow"))
print(sentence.contains("brown"), sentence.hasSuffix("fox"))
var report = ""
for (i, w) in words.enumerated() {
  report += "\(i):\(w.uppercased()) "
}
print(report)
let multi = """
  Loss table:
    epoch 1
    epoch 2
  """
print(multi)
print("tab\tseparated", "quote \"inside\"", "back\\slash")
let padded = String(format: "%@|", "left")
print(padded.count)
let chars = Array("abc")
print(chars.count, String(repeating: "=", count: 10))
let optionalName: String? = "nn"
print(optionalName ?? "none", optionalName!, optionalName)
let numbers = "3,1,2".split(separator: ",").compactMap { Int($0) }
print(numbers.sorted())
