struct Grid {
    var cells: [[Int]]
    subscript(r: Int, c: Int) -> Int {
        get { cells[r][c] }
        set { cells[r][c] = newValue }
    }
    subscript(row r: Int) -> [Int] {
        get { cells[r] }
        set { cells[r] = newValue }
    }
    subscript(column c: Int) -> [Int] { cells.map { $0[c] } }
    subscript(name n: String) -> String { "cell \(n)" }
}
var g = Grid(cells: [[1, 2], [3, 4]])
let col = g[column: 1]
print(col.count, col, g[row: 0].map { $0 * 2 }, g[name: "x"].uppercased())
g[row: 1] = [7, 8, 9]
g[0, 1] = 5
print(g.cells, g[row: 1].count)
