extension String {
  func shout() -> String { uppercased() + "!" }
  var isPalindrome: Bool {
    let chars = Array(self)
    return chars == chars.reversed()
  }
}

print("hello".shout())
print("racecar".isPalindrome, "swift".isPalindrome)
let word = "level"
print(word.isPalindrome)
