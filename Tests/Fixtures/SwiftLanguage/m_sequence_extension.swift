// A protocol extension of Sequence serves strings, arrays and dictionaries alike.
extension Sequence where Element: Hashable {
    func histogram() -> [Element: Int] {
        var counts: [Element: Int] = [:]
        for x in self { counts[x, default: 0] += 1 }
        return counts
    }
}
extension Collection {
    func chunked(into size: Int) -> [[Element]] {
        var out: [[Element]] = []
        var chunk: [Element] = []
        for x in self {
            chunk.append(x)
            if chunk.count == size { out.append(chunk); chunk = [] }
        }
        if !chunk.isEmpty { out.append(chunk) }
        return out
    }
}
let h = "banana".histogram()
print(h.keys.sorted().map { "\($0):\(h[$0]!)" })
let n = [3, 1, 3, 3, 2].histogram()
print(n.keys.sorted().map { "\($0):\(n[$0]!)" })
print([1, 2, 3, 4, 5].chunked(into: 2))
print("abcdefg".chunked(into: 3).map { String($0) })
