let a: Set = [1, 2, 3, 4]
let b: Set = [3, 4, 5]
print(a.union(b).sorted())
print(a.intersection(b).sorted())
print(a.subtracting(b).sorted())
print(a.symmetricDifference(b).sorted())
print(a.isSubset(of: [1, 2, 3, 4, 5]), a.isDisjoint(with: [9]))
var seen = Set<String>()
for w in ["x", "y", "x", "z", "y"] {
  if seen.contains(w) { print("dup", w) } else { seen.insert(w) }
}
print(seen.count)
