let empty = Set<Int>()
print(empty.first as Any)
print(empty.first == nil)
if let x = empty.first { print("has", x) } else { print("none") }
let one: Set = [7]
print(one.first!)
let words: Set<String> = []
print(words.first ?? "no words")
print(empty.min() as Any, empty.max() as Any)
