typealias Matrix = [[Double]]

func transpose(_ m: Matrix) -> Matrix {
    guard let first = m.first else { return [] }
    return (0..<first.count).map { c in m.map { $0[c] } }
}

func minor(_ m: Matrix, row: Int, col: Int) -> Matrix {
    var result: Matrix = []
    for (i, r) in m.enumerated() where i != row {
        var newRow: [Double] = []
        for (j, v) in r.enumerated() where j != col {
            newRow.append(v)
        }
        result.append(newRow)
    }
    return result
}

func determinant(_ m: Matrix) -> Double {
    if m.count == 1 { return m[0][0] }
    if m.count == 2 { return m[0][0] * m[1][1] - m[0][1] * m[1][0] }
    var det = 0.0
    for j in 0..<m.count {
        let sign: Double = j % 2 == 0 ? 1 : -1
        det += sign * m[0][j] * determinant(minor(m, row: 0, col: j))
    }
    return det
}

func multiply(_ a: Matrix, _ b: Matrix) -> Matrix {
    let bt = transpose(b)
    return a.map { row in bt.map { col in zip(row, col).map(*).reduce(0, +) } }
}

func show(_ m: Matrix) {
    for row in m {
        print(row.map { String($0) }.joined(separator: "\t"))
    }
}

let a: Matrix = [[2, 0, 1], [1, 3, 2], [1, 1, 1]]
let b: Matrix = [[1, 2], [0, 1], [4, 0]]
show(transpose(a))
print("det =", determinant(a))
print(determinant([[1, 2, 3, 4], [5, 6, 7, 8], [2, 6, 4, 8], [3, 1, 1, 2]]))
show(multiply(a, b))
print(transpose(b))
let identity = (0..<3).map { i in (0..<3).map { j in i == j ? 1.0 : 0.0 } }
print(multiply(a, identity) == a)
