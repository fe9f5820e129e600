var moves = 0
func hanoi(_ n: Int, from: String, to: String, via: String) {
    if n == 0 { return }
    hanoi(n - 1, from: from, to: via, via: to)
    moves += 1
    if n == 3 { print("Move disk \(n) from \(from) to \(to)") }
    hanoi(n - 1, from: via, to: to, via: from)
}
hanoi(4, from: "A", to: "C", via: "B")
print("Total moves: \(moves)")

func solveNQueens(_ n: Int) -> [[Int]] {
    var solutions: [[Int]] = []
    var cols = [Int](repeating: -1, count: n)
    func isSafe(_ row: Int, _ col: Int) -> Bool {
        for r in 0..<row {
            let c = cols[r]
            if c == col || abs(c - col) == row - r { return false }
        }
        return true
    }
    func place(_ row: Int) {
        if row == n {
            solutions.append(cols)
            return
        }
        for col in 0..<n where isSafe(row, col) {
            cols[row] = col
            place(row + 1)
            cols[row] = -1
        }
    }
    place(0)
    return solutions
}
let sols = solveNQueens(6)
print(sols.count)
for row in sols[0] {
    print(String(repeating: ". ", count: row) + "Q " + String(repeating: ". ", count: 6 - row - 1))
}
print((4...8).map { solveNQueens($0).count })
