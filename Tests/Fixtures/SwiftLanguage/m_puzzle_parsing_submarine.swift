let input = """
forward 5
down 5
forward 8
up 3
down 8
forward 2
"""

enum Command {
    case forward(Int), down(Int), up(Int)

    init?(line: Substring) {
        let parts = line.split(separator: " ")
        guard parts.count == 2, let n = Int(parts[1]) else { return nil }
        switch parts[0] {
        case "forward": self = .forward(n)
        case "down": self = .down(n)
        case "up": self = .up(n)
        default: return nil
        }
    }
}

let commands = input.split(separator: "\n").compactMap(Command.init(line:))
var (h, d, aim) = (0, 0, 0)
for c in commands {
    switch c {
    case .forward(let n): h += n; d += aim * n
    case .down(let n): aim += n
    case .up(let n): aim -= n
    }
}
print("part 2:", h * d, h, d, aim)

let report = ["00100", "11110", "10110", "10111", "10101", "01111", "00111", "11100", "10000", "11001", "00010", "01010"]
let width = report[0].count
var gamma = ""
for i in 0..<width {
    let ones = report.filter { Array($0)[i] == "1" }.count
    gamma += ones * 2 >= report.count ? "1" : "0"
}
let epsilon = String(gamma.map { $0 == "1" ? "0" : "1" })
let g = Int(gamma, radix: 2)!, e = Int(epsilon, radix: 2)!
print(gamma, epsilon, g * e)

func rating(_ values: [String], keepMost: Bool) -> Int {
    var candidates = values
    var bit = 0
    while candidates.count > 1 {
        let ones = candidates.filter { $0[$0.index($0.startIndex, offsetBy: bit)] == "1" }.count
        let zeros = candidates.count - ones
        let keep: Character = keepMost ? (ones >= zeros ? "1" : "0") : (ones < zeros ? "1" : "0")
        candidates = candidates.filter { Array($0)[bit] == keep }
        bit += 1
    }
    return Int(candidates[0], radix: 2)!
}
print(rating(report, keepMost: true), rating(report, keepMost: false))

let depths = [199, 200, 208, 210, 200, 207, 240, 269, 260, 263]
let increases = zip(depths, depths.dropFirst()).filter { $0 < $1 }.count
let windows = (0..<depths.count - 2).map { (i: Int) -> Int in depths[i] + depths[i + 1] + depths[i + 2] }
let windowIncreases = zip(windows, windows.dropFirst()).filter { $1 > $0 }.count
print(increases, windowIncreases, windows)

struct Point: Hashable { var x, y: Int }
let lines = """
0,9 -> 5,9
8,0 -> 0,8
9,4 -> 3,4
2,2 -> 2,1
7,0 -> 7,4
6,4 -> 2,0
0,9 -> 2,9
3,4 -> 1,4
0,0 -> 8,8
5,5 -> 8,2
"""
var counts: [Point: Int] = [:]
for line in lines.split(separator: "\n") {
    let nums = line.split(whereSeparator: { !$0.isNumber }).map { Int($0)! }
    let (x1, y1, x2, y2) = (nums[0], nums[1], nums[2], nums[3])
    let dx = (x2 - x1).signum(), dy = (y2 - y1).signum()
    var p = Point(x: x1, y: y1)
    while true {
        counts[p, default: 0] += 1
        if p == Point(x: x2, y: y2) { break }
        p.x += dx
        p.y += dy
    }
}
print("overlaps:", counts.values.filter { $0 >= 2 }.count)
var grid = Array(repeating: Array(repeating: ".", count: 10), count: 10)
for (p, n) in counts { grid[p.y][p.x] = String(n) }
print(grid.map { $0.joined() }.joined(separator: "\n"))
