// A Set compared with an array literal: the literal is a Set, so order and duplicates do not matter.
let s: Set = [3, 1, 2]
print(s == [1, 2, 3], s == [2, 3, 1, 1], s == [1, 2])
var seen = Set<String>()
for w in ["a", "b", "a"] { seen.insert(w) }
print(seen == ["b", "a"], [1, 2] == Set([2, 1]))
