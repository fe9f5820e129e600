struct Book: Identifiable { let id: Int; let title: String }
struct Tag: Identifiable { var id: String { name }; let name: String }
func ident<T: Identifiable>(_ x: T) -> T.ID { x.id }
func byID<T: Identifiable>(_ xs: [T]) -> [T.ID: T] { Dictionary(uniqueKeysWithValues: xs.map { ($0.id, $0) }) }
print(ident(Book(id: 7, title: "S")), ident(Tag(name: "t")))
let lib = byID([Book(id: 1, title: "A"), Book(id: 2, title: "B")])
print(lib[2]!.title, lib.keys.sorted())
func dedupe<S: Sequence>(_ s: S) -> [S.Element] where S.Element: Hashable {
    var seen = Set<S.Element>(); var out: [S.Element] = []
    for x in s where !seen.contains(x) { seen.insert(x); out.append(x) }
    return out
}
print(dedupe([3, 1, 3, 2, 1]), dedupe("hello"))
func countMatches<C: Collection>(_ c: C, _ x: C.Element) -> Int where C.Element: Equatable {
    c.filter { $0 == x }.count
}
print(countMatches([1, 2, 1], 1), countMatches("banana", "a"))
protocol Shape { var area: Double { get } }
struct Sq: Shape { let s: Double; var area: Double { s * s } }
extension Array where Element == Shape? {
    var totalArea: Double { reduce(0) { $0 + ($1?.area ?? 0) } }
}
let maybe: [Shape?] = [Sq(s: 2), nil, Sq(s: 1)]
print(maybe.totalArea)
extension Array where Element == Optional<String> {
    func filled(_ d: String) -> [String] { map { $0 ?? d } }
}
let names: [String?] = ["a", nil]
print(names.filled("?"))
extension Sequence where Element: Numeric {
    func sum() -> Element { reduce(0, +) }
}
print([1, 2, 3].sum(), [1.5, 2.5].sum())
protocol Scorable { var score: Int { get } }
extension Scorable {
    static func > (a: Self, b: Self) -> Bool { a.score > b.score }
}
struct Player: Scorable { let score: Int }
print(Player(score: 3) > Player(score: 2), Player(score: 1) > Player(score: 2))
protocol Vector { var x: Double { get }; var y: Double { get }; init(x: Double, y: Double) }
extension Vector {
    static func + (a: Self, b: Self) -> Self { Self(x: a.x + b.x, y: a.y + b.y) }
    static func * (a: Self, k: Double) -> Self { Self(x: a.x * k, y: a.y * k) }
    static prefix func - (a: Self) -> Self { Self(x: -a.x, y: -a.y) }
}
struct V2: Vector { var x: Double; var y: Double }
let p = V2(x: 1, y: 2) + V2(x: 3, y: 4)
print(p, p * 2, -p)
print(1.5 + 2.5, 3 * 2.0)
