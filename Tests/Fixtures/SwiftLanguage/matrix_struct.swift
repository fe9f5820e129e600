struct Matrix {
  let rows: Int, cols: Int
  var grid: [Double]

  init(rows: Int, cols: Int) {
    self.rows = rows
    self.cols = cols
    grid = Array(repeating: 0.0, count: rows * cols)
  }

  func value(_ r: Int, _ c: Int) -> Double { grid[r * cols + c] }
  mutating func set(_ r: Int, _ c: Int, _ v: Double) { grid[r * cols + c] = v }

  static func * (a: Matrix, b: Matrix) -> Matrix {
    var m = Matrix(rows: a.rows, cols: b.cols)
    for i in 0..<a.rows {
      for j in 0..<b.cols {
        var s = 0.0
        for k in 0..<a.cols { s += a.value(i, k) * b.value(k, j) }
        m.set(i, j, s)
      }
    }
    return m
  }
}

var a = Matrix(rows: 2, cols: 2)
a.set(0, 0, 1); a.set(0, 1, 2); a.set(1, 0, 3); a.set(1, 1, 4)
let b = a * a
print(b.grid)
