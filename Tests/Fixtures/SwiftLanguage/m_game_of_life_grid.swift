import Foundation
struct Life {
    let width: Int, height: Int
    var cells: [[Bool]]

    init(width: Int, height: Int, alive: [(Int, Int)]) {
        self.width = width
        self.height = height
        cells = Array(repeating: Array(repeating: false, count: width), count: height)
        for (r, c) in alive { cells[r][c] = true }
    }

    func neighbors(_ r: Int, _ c: Int) -> Int {
        var n = 0
        for dr in -1...1 {
            for dc in -1...1 where !(dr == 0 && dc == 0) {
                let rr = (r + dr + height) % height
                let cc = (c + dc + width) % width
                if cells[rr][cc] { n += 1 }
            }
        }
        return n
    }

    mutating func step() {
        var next = cells
        for r in 0..<height {
            for c in 0..<width {
                let n = neighbors(r, c)
                next[r][c] = cells[r][c] ? (n == 2 || n == 3) : n == 3
            }
        }
        cells = next
    }

    var population: Int { cells.reduce(0) { $0 + $1.filter { $0 }.count } }

    func render() -> String {
        cells.map { row in String(row.map { $0 ? "#" : "." }) }.joined(separator: "\n")
    }
}

var life = Life(width: 8, height: 6, alive: [(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)])
for gen in 0..<4 {
    print("gen \(gen) pop \(life.population)")
    print(life.render())
    life.step()
}
var blinker = Life(width: 5, height: 5, alive: [(2, 1), (2, 2), (2, 3)])
blinker.step()
print(blinker.render())
print(blinker.cells.enumerated().filter { $0.element.contains(true) }.map { $0.offset })

// flood fill on a char grid
let mapText = """
##########
#..#.....#
#..#.###.#
#....#...#
######.#.#
#......#.#
##########
"""
var grid = mapText.split(separator: "\n").map { Array($0) }
func flood(_ r: Int, _ c: Int, _ mark: Character) -> Int {
    guard r >= 0, r < grid.count, c >= 0, c < grid[r].count, grid[r][c] == "." else { return 0 }
    grid[r][c] = mark
    return 1 + flood(r + 1, c, mark) + flood(r - 1, c, mark) + flood(r, c + 1, mark) + flood(r, c - 1, mark)
}
print(flood(1, 1, "a"))
print(grid.map { String($0) }.joined(separator: "\n"))
let dirs = [(0, 1), (1, 0), (0, -1), (-1, 0)]
var dist = [[Int]](repeating: [Int](repeating: -1, count: 10), count: 7)
var queue = [(1, 1)]
dist[1][1] = 0
var head = 0
let walls = mapText.split(separator: "\n").map { Array($0) }
while head < queue.count {
    let (r, c) = queue[head]; head += 1
    for (dr, dc) in dirs {
        let (nr, nc) = (r + dr, c + dc)
        if walls[nr][nc] != "#" && dist[nr][nc] < 0 {
            dist[nr][nc] = dist[r][c] + 1
            queue.append((nr, nc))
        }
    }
}
print("distance to (5,1):", dist[5][1], "to (1,8):", dist[1][8])
print(dist.map { $0.map { $0 < 0 ? " #" : String(format: "%2d", $0) }.joined() }.joined(separator: "\n"))
