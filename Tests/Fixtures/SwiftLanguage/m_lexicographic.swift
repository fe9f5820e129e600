// Dictionary order of sequences: a prefix comes first.
print([1, 2, 3].lexicographicallyPrecedes([1, 3]), [1, 2].lexicographicallyPrecedes([1, 2, 0]))
print([2].lexicographicallyPrecedes([1, 9]), [Int]().lexicographicallyPrecedes([]))
print("apple".lexicographicallyPrecedes("apricot"), "b".lexicographicallyPrecedes("ab"))
let byLength = [[3, 1], [1], [1, 2, 3], [1, 1]].sorted { $0.lexicographicallyPrecedes($1) }
print(byLength)
print([3, 1].lexicographicallyPrecedes([2, 5], by: >))
