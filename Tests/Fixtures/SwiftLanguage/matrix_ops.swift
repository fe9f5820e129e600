struct Matrix: CustomStringConvertible {
    let rows: Int, columns: Int
    var grid: [Double]
    init(rows: Int, columns: Int) {
        self.rows = rows
        self.columns = columns
        grid = Array(repeating: 0.0, count: rows * columns)
    }
    func indexIsValid(row: Int, column: Int) -> Bool {
        return row >= 0 && row < rows && column >= 0 && column < columns
    }
    subscript(row: Int, column: Int) -> Double {
        get {
            assert(indexIsValid(row: row, column: column), "Index out of range")
            return grid[(row * columns) + column]
        }
        set {
            assert(indexIsValid(row: row, column: column), "Index out of range")
            grid[(row * columns) + column] = newValue
        }
    }
    static func * (lhs: Matrix, rhs: Matrix) -> Matrix {
        var result = Matrix(rows: lhs.rows, columns: rhs.columns)
        for i in 0..<lhs.rows {
            for j in 0..<rhs.columns {
                var sum = 0.0
                for k in 0..<lhs.columns { sum += lhs[i, k] * rhs[k, j] }
                result[i, j] = sum
            }
        }
        return result
    }
    var description: String {
        var lines: [String] = []
        for r in 0..<rows {
            lines.append((0..<columns).map { "\(self[r, $0])" }.joined(separator: " "))
        }
        return lines.joined(separator: "\n")
    }
}

var m = Matrix(rows: 2, columns: 2)
m[0, 0] = 1; m[0, 1] = 2
m[1, 0] = 3; m[1, 1] = 4
print(m)
print(m * m)
var identity = Matrix(rows: 2, columns: 2)
identity[0, 0] = 1
identity[1, 1] = 1
print((m * identity).grid == m.grid)
