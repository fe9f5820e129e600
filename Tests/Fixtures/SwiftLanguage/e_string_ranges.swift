// Ranges of strings and characters: ClosedRange<String>, Range<Character>.
let firstHalf = "a"..."m"
let grades: ClosedRange<Character> = "A"..."C"
print(firstHalf, firstHalf.lowerBound, firstHalf.upperBound)
for name in ["alice", "mallory", "zoe", "Bob", "m", "mz"] {
  print(name, firstHalf.contains(name))
}
let marks: [Character] = ["A", "B", "D", "F", "C"]
print(marks.filter { grades.contains($0) })
let below: Range<String> = "apple"..<"banana"
print(below.contains("avocado"), below.contains("banana"), below.contains("apple"), below.isEmpty)
print(("x"..<"x").isEmpty)
func bucket(_ word: String) -> String {
  if ("a"..."h").contains(word) { return "a-h" }
  if ("i"..<"q").contains(word) { return "i-p" }
  return "q-z"
}
print(["cat", "ion", "pz", "q", "zebra"].map(bucket))
