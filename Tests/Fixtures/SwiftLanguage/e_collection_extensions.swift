// Collection and Sequence extensions used on arrays, strings, ranges and sets, beside an Array-only one.
extension Array where Element: Numeric { func total() -> Element { reduce(0, +) } }
extension Collection {
  var second: Element? { dropFirst().first }
  func chunks(of n: Int) -> [[Element]] {
    var out: [[Element]] = []
    var cur: [Element] = []
    for e in self { cur.append(e); if cur.count == n { out.append(cur); cur = [] } }
    if !cur.isEmpty { out.append(cur) }
    return out
  }
}
extension Sequence { func countWhere(_ p: (Element) -> Bool) -> Int { var c = 0; for e in self where p(e) { c += 1 }; return c } }
print([7, 8].second as Any, "ab".second as Any, (1...5).second as Any)
print([1, 2, 3, 4, 5].chunks(of: 2), "abcde".chunks(of: 2))
print("hello".countWhere { $0 == "l" }, [1, 2, 3].countWhere { $0 > 1 }, Set([1, 2]).countWhere { $0 > 0 })
print([1, 2, 3].total(), [0.5, 0.25].total())
