import Foundation
struct Matrix {
    var rows: Int
    var cols: Int
    var data: [Double]
    init(rows: Int, cols: Int) {
        self.rows = rows
        self.cols = cols
        data = Array(repeating: 0.0, count: rows * cols)
    }
    func get(_ r: Int, _ c: Int) -> Double { data[r * cols + c] }
    mutating func set(_ r: Int, _ c: Int, _ v: Double) { data[r * cols + c] = v }
    func multiplied(by other: Matrix) -> Matrix {
        var out = Matrix(rows: rows, cols: other.cols)
        for i in 0..<rows {
            for j in 0..<other.cols {
                var s = 0.0
                for k in 0..<cols { s += get(i, k) * other.get(k, j) }
                out.set(i, j, s)
            }
        }
        return out
    }
}
var a = Matrix(rows: 2, cols: 2)
a.set(0, 0, 1); a.set(0, 1, 2); a.set(1, 0, 3); a.set(1, 1, 4)
let b = a.multiplied(by: a)
print(b.data)
func sigmoid(_ x: Double) -> Double { 1 / (1 + exp(-x)) }
var w = 0.5, bias = -0.2
let samples: [(Double, Double)] = [(0.0, 0.0), (1.0, 1.0), (2.0, 1.0), (-1.0, 0.0)]
for epoch in 1...3 {
    var loss = 0.0
    for (x, y) in samples {
        let p = sigmoid(w * x + bias)
        loss += -(y * log(p) + (1 - y) * log(1 - p))
        let g = p - y
        w -= 0.5 * g * x
        bias -= 0.5 * g
    }
    print(epoch, String(format: "%.4f %.4f %.4f", loss / Double(samples.count), w, bias))
}
let primes = (2...50).filter { n in !(2..<n).contains { n % $0 == 0 } }
print(primes)
var text = ""
for i in (1...5).reversed() { text += String(i) }
print(text, Int(text)! * 2)
let nested = [[1, 2], [3], [], [4, 5, 6]]
print(nested.map { $0.count }, nested.flatMap { $0 }.reduce(0, +), nested.filter { !$0.isEmpty }.count)
var fizz: [String] = []
for i in 1...15 {
    if i % 15 == 0 { fizz.append("FizzBuzz") }
    else if i % 3 == 0 { fizz.append("Fizz") }
    else if i % 5 == 0 { fizz.append("Buzz") }
    else { fizz.append("\(i)") }
}
print(fizz.joined(separator: " "))
let scores = [72.5, 88.0, 91.25, 65.0]
let mean = scores.reduce(0, +) / Double(scores.count)
let variance = scores.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(scores.count)
print(mean, variance, sqrt(variance), scores.sorted().first!, round(mean * 10) / 10)
print(Double.infinity > 1e308, -Double.infinity, Double.nan.isNaN, Int.max / 2)
print(10.0 / 3, 2.0 / 3, 100.0 / 7, 1e-7, 123.456e5)
