// Functions and types used above their declarations, as files of an algorithms book are
// laid out: the caller first, the helpers it calls below.
typealias Cell = (row: Int, column: Int)

func solve(grid: [[Int]], start: Cell, goal: Cell, limit: Int) -> Int {
    var steps = 0
    var current = start
    while current != goal && steps < limit {
        current = nextCell(from: current, toward: goal)
        steps += 1
        report(step: steps, at: current, value: grid[current.row][current.column])
    }
    return steps
}

func nextCell(from cell: Cell, toward goal: Cell) -> Cell {
    if cell.row != goal.row { return Cell(cell.row + (goal.row > cell.row ? 1 : -1), cell.column) }
    return Cell(row: cell.row, column: cell.column + (goal.column > cell.column ? 1 : -1))
}

func report(step: Int, at cell: Cell, value: Int) {
    print("step \(step): \(cell) holds \(value)")
}

let grid = (0..<3).map { r in (0..<3).map { c in r * 3 + c } }
print(solve(grid: grid, start: Cell(0, 0), goal: Cell(2, 1), limit: 10))

extension Array where Element: Comparable {
    func runs() -> [[Element]] {
        guard let first = first else { return [] }
        var result = [[Element]](repeating: [], count: 0)
        var current = [Element](repeating: first, count: 1)
        for x in dropFirst() {
            if x >= current.last! { current.append(x) } else {
                result.append(current)
                current = [x]
            }
        }
        result.append(current)
        return result
    }
}
print([1, 3, 5, 2, 4, 0, 9].runs())
print(["b", "c", "a"].runs())
