struct Matrix: Equatable, CustomStringConvertible {
    let rows: Int, cols: Int
    var grid: [Double]

    init(rows: Int, cols: Int, repeating value: Double = 0) {
        self.rows = rows
        self.cols = cols
        grid = Array(repeating: value, count: rows * cols)
    }

    init(_ data: [[Double]]) {
        rows = data.count
        cols = data.first?.count ?? 0
        grid = data.flatMap { $0 }
    }

    static func identity(_ n: Int) -> Matrix {
        var m = Matrix(rows: n, cols: n)
        for i in 0..<n { m[i, i] = 1 }
        return m
    }

    subscript(row: Int, col: Int) -> Double {
        get {
            precondition(row < rows && col < cols, "index out of range")
            return grid[row * cols + col]
        }
        set { grid[row * cols + col] = newValue }
    }

    var transposed: Matrix {
        var t = Matrix(rows: cols, cols: rows)
        for r in 0..<rows { for c in 0..<cols { t[c, r] = self[r, c] } }
        return t
    }

    var description: String {
        (0..<rows).map { r in
            (0..<cols).map { c in String(self[r, c]) }.joined(separator: "\t")
        }.joined(separator: "\n")
    }

    static func + (lhs: Matrix, rhs: Matrix) -> Matrix {
        var result = lhs
        for i in result.grid.indices { result.grid[i] += rhs.grid[i] }
        return result
    }

    static func * (lhs: Matrix, rhs: Matrix) -> Matrix {
        precondition(lhs.cols == rhs.rows)
        var result = Matrix(rows: lhs.rows, cols: rhs.cols)
        for i in 0..<lhs.rows {
            for j in 0..<rhs.cols {
                var sum = 0.0
                for k in 0..<lhs.cols { sum += lhs[i, k] * rhs[k, j] }
                result[i, j] = sum
            }
        }
        return result
    }

    static func * (scalar: Double, m: Matrix) -> Matrix {
        var result = m
        result.grid = m.grid.map { $0 * scalar }
        return result
    }

    static prefix func - (m: Matrix) -> Matrix { -1 * m }

    static func += (lhs: inout Matrix, rhs: Matrix) { lhs = lhs + rhs }
}

func power(_ m: Matrix, _ n: Int) -> Matrix {
    var result = Matrix.identity(m.rows)
    var base = m
    var exp = n
    while exp > 0 {
        if exp & 1 == 1 { result = result * base }
        base = base * base
        exp >>= 1
    }
    return result
}

let a = Matrix([[1, 2], [3, 4]])
let b = Matrix([[0, 1], [1, 0]])
print(a)
print("---")
print(a * b)
print("---")
print(a + b)
print("---")
print(-a)
print("---")
print(2.5 * a.transposed)
var c = a
c += Matrix.identity(2)
print(c == a, c[0, 0], c[1, 1])
let fib = power(Matrix([[1, 1], [1, 0]]), 30)
print("fib(30) =", Int(fib[0, 1]))
let rect = Matrix([[1, 2, 3], [4, 5, 6]])
print(rect.transposed.rows, rect.transposed.cols, (rect * rect.transposed).grid)
var grid = Array(repeating: Array(repeating: ".", count: 5), count: 3)
grid[1][2] = "#"
grid[0][4] = "@"
for row in grid { print(row.joined()) }
var counts = [[Int]](repeating: [Int](repeating: 0, count: 4), count: 4)
for i in 0..<4 { for j in 0..<4 { counts[i][j] = i == 0 || j == 0 ? 1 : counts[i - 1][j] + counts[i][j - 1] } }
print(counts)
print(counts.map { $0.map { String($0) }.joined(separator: " ") }.joined(separator: "\n"))
