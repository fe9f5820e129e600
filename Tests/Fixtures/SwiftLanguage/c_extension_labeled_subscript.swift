// A labeled subscript added to Array by an extension, the "safe index" idiom of many tutorials.
extension Array {
  subscript(safe index: Int) -> Element? {
    return indices.contains(index) ? self[index] : nil
  }
}

extension String {
  subscript(offset k: Int) -> Character {
    return self[index(startIndex, offsetBy: k)]
  }
}

let empty = [Int]()
let index = 1
print(empty[safe: index] ?? -1)

let scores = [90, 72, 85]
for i in 0...3 {
  if let s = scores[safe: i] {
    print("score \(i): \(s)")
  } else {
    print("no score at \(i)")
  }
}

func firstWord(_ words: [String]) -> String {
  return words[safe: 0] ?? "(none)"
}
print(firstWord([]), firstWord(["swift", "cells"]))

let word = "lesson"
print(word[offset: 0], word[offset: 5])
