func solveNQueens(_ n: Int) -> [[Int]] {
    var results: [[Int]] = []
    var cols = [Int](repeating: -1, count: n)
    func safe(_ row: Int, _ col: Int) -> Bool {
        for r in 0..<row {
            let c = cols[r]
            if c == col || abs(c - col) == row - r { return false }
        }
        return true
    }
    func place(_ row: Int) {
        if row == n { results.append(cols); return }
        for c in 0..<n where safe(row, c) {
            cols[row] = c
            place(row + 1)
            cols[row] = -1
        }
    }
    place(0)
    return results
}
for n in 4...7 {
    print("\(n)-queens: \(solveNQueens(n).count) solutions")
}
let first = solveNQueens(6).first!
for row in first {
    print(String(repeating: ". ", count: row) + "Q " + String(repeating: ". ", count: 6 - row - 1))
}

var grid: [[Int]] = [
    [5, 3, 0, 0, 7, 0, 0, 0, 0],
    [6, 0, 0, 1, 9, 5, 0, 0, 0],
    [0, 9, 8, 0, 0, 0, 0, 6, 0],
    [8, 0, 0, 0, 6, 0, 0, 0, 3],
    [4, 0, 0, 8, 0, 3, 0, 0, 1],
    [7, 0, 0, 0, 2, 0, 0, 0, 6],
    [0, 6, 0, 0, 0, 0, 2, 8, 0],
    [0, 0, 0, 4, 1, 9, 0, 0, 5],
    [0, 0, 0, 0, 8, 0, 0, 7, 9],
]
func canPlace(_ g: [[Int]], _ r: Int, _ c: Int, _ v: Int) -> Bool {
    for i in 0..<9 {
        if g[r][i] == v || g[i][c] == v { return false }
    }
    let br = (r / 3) * 3, bc = (c / 3) * 3
    for i in br..<br + 3 {
        for j in bc..<bc + 3 where g[i][j] == v { return false }
    }
    return true
}
func solve(_ g: inout [[Int]]) -> Bool {
    for r in 0..<9 {
        for c in 0..<9 where g[r][c] == 0 {
            for v in 1...9 where canPlace(g, r, c, v) {
                g[r][c] = v
                if solve(&g) { return true }
                g[r][c] = 0
            }
            return false
        }
    }
    return true
}
if solve(&grid) {
    for row in grid { print(row.map(String.init).joined(separator: " ")) }
}
