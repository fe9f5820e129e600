// Types that declare hash(into:) and ==: sets and dictionary keys follow them, for
// structs (a key that ignores a field) and classes (identity by an id).
struct Cell: Hashable, CustomStringConvertible {
    let row: Int, col: Int
    var visits: Int
    static func == (a: Cell, b: Cell) -> Bool { a.row == b.row && a.col == b.col }
    func hash(into hasher: inout Hasher) {
        hasher.combine(row)
        hasher.combine(col)
    }
    var description: String { "(\(row),\(col))x\(visits)" }
}
var visited: Set<Cell> = []
for (r, c) in [(0, 0), (0, 1), (0, 0), (1, 1), (0, 1), (0, 0)] {
    let (inserted, member) = visited.insert(Cell(row: r, col: c, visits: 1))
    if !inserted { print("again", member) }
}
print(visited.count, visited.contains(Cell(row: 1, col: 1, visits: 99)))

final class Station: Hashable {
    let code: String
    let name: String
    init(_ code: String, _ name: String) { self.code = code; self.name = name }
    static func == (a: Station, b: Station) -> Bool { a.code == b.code }
    func hash(into hasher: inout Hasher) { hasher.combine(code) }
}
var routes: [Station: [String]] = [:]
let lines = [("KGX", "Kings Cross", "north"), ("EUS", "Euston", "west"), ("KGX", "King's Cross", "east")]
for (code, name, line) in lines { routes[Station(code, name), default: []].append(line) }
for s in routes.keys.sorted(by: { $0.code < $1.code }) { print(s.code, s.name, routes[s]!) }
let wanted: Set<Station> = [Station("EUS", "?"), Station("PAD", "Paddington")]
print(Set(routes.keys).intersection(wanted).map(\.name))

struct Pair: Hashable {
    let a: Int, b: Int
    func hash(into hasher: inout Hasher) { hasher.combine(min(a, b)); hasher.combine(max(a, b)) }
    static func == (l: Pair, r: Pair) -> Bool { Set([l.a, l.b]) == Set([r.a, r.b]) }
}
let edges = [Pair(a: 1, b: 2), Pair(a: 2, b: 1), Pair(a: 3, b: 1), Pair(a: 1, b: 3), Pair(a: 2, b: 3)]
print(Set(edges).count, Dictionary(edges.map { ($0, 1) }, uniquingKeysWith: +).values.sorted())
