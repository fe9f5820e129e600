// Subscripts of as many indices overloaded by index type: the one whose types the
// index values have is chosen (an Int position beside a range or a custom index).
struct Histogram {
    private var counts: [Int]
    init(bins: Int) { counts = Array(repeating: 0, count: bins) }
    subscript(bin: Int) -> Int {
        get { counts[bin] }
        set { counts[bin] = newValue }
    }
    subscript(range: Range<Int>) -> [Int] { Array(counts[range]) }
    subscript(label: String) -> Int { counts[Int(label) ?? 0] }
}
var h = Histogram(bins: 6)
for x in [1, 3, 3, 5, 1, 3, 0] { h[x] += 1 }
print(h[3], h[0..<4], h["5"], h[2])
h[4] = 9
print(h[3..<6])

struct Tag: Hashable { let id: Int }
final class Registry {
    private var names: [String] = []
    private var byTag: [Tag: String] = [:]
    func add(_ name: String) -> Tag {
        let tag = Tag(id: 100 + names.count)
        names.append(name)
        byTag[tag] = name
        return tag
    }
    subscript(index: Int) -> String { names[index] }
    subscript(tag: Tag) -> String? {
        get { byTag[tag] }
        set { byTag[tag] = newValue }
    }
}
let r = Registry()
let a = r.add("alpha"), b = r.add("beta")
print(r[0], r[1], r[a] ?? "-", r[b] ?? "-", r[Tag(id: 7)] ?? "none")
r[a] = "ALPHA"
print(r[a] ?? "-", r[0])
