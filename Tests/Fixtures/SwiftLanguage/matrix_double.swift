typealias Matrix = [[Double]]
func multiply(_ a: Matrix, _ b: Matrix) -> Matrix {
    let n = a.count, m = b[0].count, k = b.count
    var c = Matrix(repeating: [Double](repeating: 0, count: m), count: n)
    for i in 0..<n {
        for j in 0..<m {
            var s = 0.0
            for t in 0..<k { s += a[i][t] * b[t][j] }
            c[i][j] = s
        }
    }
    return c
}
func transpose(_ a: Matrix) -> Matrix {
    (0..<a[0].count).map { j in a.map { $0[j] } }
}
func identity(_ n: Int) -> Matrix {
    (0..<n).map { i in (0..<n).map { j in i == j ? 1.0 : 0.0 } }
}
let a: Matrix = [[1, 2, 3], [4, 5, 6]]
let b: Matrix = [[7, 8], [9, 10], [11, 12]]
print(multiply(a, b))
print(transpose(a))
print(multiply(identity(2), [[2.5, -1], [0.5, 3]]))
func det(_ m: Matrix) -> Double {
    if m.count == 1 { return m[0][0] }
    if m.count == 2 { return m[0][0] * m[1][1] - m[0][1] * m[1][0] }
    var d = 0.0
    for j in 0..<m.count {
        let minor = m.dropFirst().map { row in row.enumerated().filter { $0.offset != j }.map { $0.element } }
        d += (j % 2 == 0 ? 1 : -1) * m[0][j] * det(minor)
    }
    return d
}
print(det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]))
print(det([[1, 2], [3, 4]]))
let m = multiply(a, b)
for row in m {
    print(row.map { String($0) }.joined(separator: "\t"))
}
let flat = m.flatMap { $0 }
print(flat.max()!, flat.min()!, flat.reduce(0, +) / Double(flat.count))
