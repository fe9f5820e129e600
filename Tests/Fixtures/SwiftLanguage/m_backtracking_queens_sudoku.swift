func solveQueens(_ n: Int) -> Int {
    var cols = [Bool](repeating: false, count: n)
    var d1 = [Bool](repeating: false, count: 2 * n)
    var d2 = [Bool](repeating: false, count: 2 * n)
    var count = 0
    func place(_ r: Int) {
        if r == n { count += 1; return }
        for c in 0..<n where !cols[c] && !d1[r + c] && !d2[r - c + n] {
            cols[c] = true; d1[r + c] = true; d2[r - c + n] = true
            place(r + 1)
            cols[c] = false; d1[r + c] = false; d2[r - c + n] = false
        }
    }
    place(0)
    return count
}
print(solveQueens(9))
var board: [[Int]] = [
    [5, 3, 0, 0, 7, 0, 0, 0, 0], [6, 0, 0, 1, 9, 5, 0, 0, 0], [0, 9, 8, 0, 0, 0, 0, 6, 0],
    [8, 0, 0, 0, 6, 0, 0, 0, 3], [4, 0, 0, 8, 0, 3, 0, 0, 1], [7, 0, 0, 0, 2, 0, 0, 0, 6],
    [0, 6, 0, 0, 0, 0, 2, 8, 0], [0, 0, 0, 4, 1, 9, 0, 0, 5], [0, 0, 0, 0, 8, 0, 0, 7, 9],
]
func valid(_ r: Int, _ c: Int, _ v: Int) -> Bool {
    for i in 0..<9 where board[r][i] == v || board[i][c] == v { return false }
    let br = r / 3 * 3, bc = c / 3 * 3
    for i in br..<br + 3 { for j in bc..<bc + 3 where board[i][j] == v { return false } }
    return true
}
func solve() -> Bool {
    for r in 0..<9 {
        for c in 0..<9 where board[r][c] == 0 {
            for v in 1...9 where valid(r, c, v) {
                board[r][c] = v
                if solve() { return true }
                board[r][c] = 0
            }
            return false
        }
    }
    return true
}
print(solve())
for row in board { print(row.map(String.init).joined(separator: " ")) }
func permutations(_ xs: [Int]) -> [[Int]] {
    if xs.count <= 1 { return [xs] }
    return xs.indices.flatMap { i -> [[Int]] in
        var rest = xs; let x = rest.remove(at: i)
        return permutations(rest).map { [x] + $0 }
    }
}
let perms = permutations(Array(1...7))
print(perms.count, perms[1000])
