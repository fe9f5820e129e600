// A string's reversed() where Swift makes it an array of characters.
func isPalindrome(_ text: String) -> Bool {
  let lower = text.lowercased()
  return Array(lower) == lower.reversed()
}
for word in ["Level", "rotor", "swift", "", "Abca"] {
  print(word, isPalindrome(word))
}
let letters: [Character] = ["a", "b", "c"]
print(letters == "cba".reversed(), "abc".reversed() != letters, ["c", "b", "a"] == "abc".reversed())
let backwards: [Character] = "stressed".reversed()
print(backwards, String(backwards), backwards.count)
