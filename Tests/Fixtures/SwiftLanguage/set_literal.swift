let s: Set = [1, 2, 2, 3, 3, 3]
print(s.count)
let t: Set<String> = ["a", "b", "a"]
print(t.count)
print(s.contains(2), s.contains(7))
var u = Set<Int>()
u.insert(5)
u.insert(5)
print(u.count)
