// Strings grown by whole sequences: append(contentsOf:) and insert(contentsOf:at:).
var sentence = "Swift"
sentence.append(contentsOf: " is")
sentence.append(contentsOf: [" ", "f", "u", "n"] as [Character])
let word: Substring = "playground!".prefix(5)
sentence.append(contentsOf: " in a ")
sentence.append(contentsOf: word)
print(sentence)

var greeting = "hello"
greeting.insert("!", at: greeting.endIndex)
greeting.insert(contentsOf: " there", at: greeting.index(before: greeting.endIndex))
greeting.insert(contentsOf: ">> ", at: greeting.startIndex)
print(greeting, greeting.count)

func reverseWords(_ text: String) -> String {
  var result = ""
  for piece in text.split(separator: " ") {
    result.append(contentsOf: String(piece.reversed()))
    result.append(contentsOf: " ")
  }
  if !result.isEmpty { result.removeLast() }
  return result
}
print(reverseWords("the quick brown fox"))

var numbers = [1, 5, 6]
numbers.insert(contentsOf: [2, 3, 4], at: 1)
numbers.insert(contentsOf: 7...9, at: numbers.count)
numbers.insert(contentsOf: [], at: 0)
print(numbers)
var letters: [Character] = ["a", "e"]
letters.insert(contentsOf: "bcd", at: 1)
print(letters, String(letters))
