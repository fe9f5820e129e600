let input = """
#.##.
..#..
#...#
.###.
"""
struct Point: Hashable { let x: Int, y: Int
    static func + (a: Point, b: Point) -> Point { Point(x: a.x + b.x, y: a.y + b.y) }
    static let neighbors = [(-1, -1), (0, -1), (1, -1), (-1, 0), (1, 0), (-1, 1), (0, 1), (1, 1)].map { Point(x: $0.0, y: $0.1) }
}
var alive = Set<Point>()
for (y, line) in input.split(separator: "\n").enumerated() {
    for (x, ch) in line.enumerated() where ch == "#" { alive.insert(Point(x: x, y: y)) }
}
func step(_ cells: Set<Point>) -> Set<Point> {
    var counts: [Point: Int] = [:]
    for c in cells { for d in Point.neighbors { counts[c + d, default: 0] += 1 } }
    return Set(counts.compactMap { p, n in (n == 3 || (n == 2 && cells.contains(p))) ? p : nil })
}
func render(_ cells: Set<Point>) -> String {
    guard let minX = cells.map(\.x).min(), let maxX = cells.map(\.x).max(),
          let minY = cells.map(\.y).min(), let maxY = cells.map(\.y).max() else { return "(empty)" }
    return (minY...maxY).map { y in String((minX...maxX).map { x in cells.contains(Point(x: x, y: y)) ? "#" : "." }) }.joined(separator: "\n")
}
var gen = alive
for i in 1...3 {
    gen = step(gen)
    print("gen \(i): \(gen.count) alive")
}
print(render(gen))
var grid = Array(repeating: Array(repeating: Character("."), count: 5), count: 3)
grid[1][2] = "@"
grid[0][4] = "#"
for row in grid { print(String(row)) }
let dirs: [Character: (Int, Int)] = ["U": (0, -1), "D": (0, 1), "L": (-1, 0), "R": (1, 0)]
var pos = (0, 0)
var visited: Set<String> = ["0,0"]
for move in "RRUULDDDR" {
    let d = dirs[move]!
    pos = (pos.0 + d.0, pos.1 + d.1)
    visited.insert("\(pos.0),\(pos.1)")
}
print(pos, visited.count, abs(pos.0) + abs(pos.1))
let nums = "3 4 2 1 3 3\n4 3 5 3 9 3".split(separator: "\n").map { $0.split(separator: " ").compactMap { Int($0) } }
print(nums, zip(nums[0].sorted(), nums[1].sorted()).map { abs($0 - $1) }.reduce(0, +))
