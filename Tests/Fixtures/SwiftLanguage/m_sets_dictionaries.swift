let a: Set = [1, 2, 3, 4, 5]
let b: Set = [4, 5, 6, 7]
print(a.union(b).sorted(), a.intersection(b).sorted(), a.subtracting(b).sorted(), a.symmetricDifference(b).sorted())
print(a.isSubset(of: a.union(b)), a.isSuperset(of: [1, 2]), a.isDisjoint(with: [8, 9]), a.isStrictSubset(of: a))
var c = Set<String>()
print(c.insert("x").inserted, c.insert("x").inserted, c.count)
c.formUnion(["y", "z"])
c.remove("y")
print(c.sorted(), c.contains("z"), c.remove("nope") as Any)
print(Set("hello").sorted(), Set([3, 1, 3, 2]).count)
let primes = Set((2...50).filter { n in (2..<n).allSatisfy { n % $0 != 0 } })
print(primes.count, primes.filter { $0 > 40 }.sorted(), primes.min()!, primes.max()!)
var visited: Set<[Int]> = []
visited.insert([0, 0]); visited.insert([0, 1]); visited.insert([0, 0])
print(visited.count)
struct P: Hashable { let x, y: Int }
let ps: Set = [P(x: 1, y: 2), P(x: 1, y: 2), P(x: 2, y: 1)]
print(ps.count, ps.contains(P(x: 2, y: 1)))
print(zip([1, 2, 3], ["a", "b", "c"]).map { "\($0)\($1)" }, Array(zip(1..., "xyz")).count)
for (i, (n, s)) in zip([10, 20], ["p", "q"]).enumerated() { print(i, n, s) }
print(stride(from: 10, to: 0, by: -3).map { $0 }, Array(stride(from: 0, through: 10, by: 5)))
print((1...10).reversed().map { $0 }, Array((0..<10).filter { $0 % 3 == 0 }))
print((1...5).reduce(1, *), (1...4).map { String($0) }.joined(separator: "+"))
let dict = Dictionary(uniqueKeysWithValues: zip(["a", "b", "c"], 1...3))
print(dict.sorted { $0.key < $1.key }, dict.values.reduce(0, +))
let counts = Dictionary(["x", "y", "x", "z", "x"].map { ($0, 1) }, uniquingKeysWith: +)
print(counts.sorted(by: { $0.key < $1.key }))
var d2 = ["one": 1, "two": 2]
d2["three"] = 3
d2.updateValue(20, forKey: "two")
print(d2.removeValue(forKey: "one") as Any, d2.count, d2.keys.sorted(), d2.mapValues { $0 * 10 }.sorted { $0.key < $1.key })
print(d2.filter { $0.value > 2 }.keys.sorted(), d2.contains { $0.key == "two" }, d2.isEmpty)
print(d2.compactMapValues { $0 > 10 ? $0 : nil })
var arr = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3]
print(arr.prefix(while: { $0 < 5 }), arr.drop(while: { $0 < 5 }), arr.split(separator: 1))
print(arr.partition(by: { $0 > 4 }) >= 0)
var copy = arr
let pivot = copy.partition(by: { $0 > 4 })
print(copy[..<pivot].sorted(), copy[pivot...].sorted())
print(arr.enumerated().max { $0.element < $1.element }!.offset, arr.indices.filter { arr[$0] == 5 })
print(Array(arr.reversed()[2...4]), arr.suffix(3), arr.dropFirst(8), arr.count(where: { $0 == 1 }))
print(Array(Set(arr)).sorted(), arr.lastIndex(of: 5)!, arr.firstIndex { $0 > 4 }!)
