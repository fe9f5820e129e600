import Foundation
var zeros = [Double](repeating: 0, count: 3)
zeros[1] += 2.5
print(zeros, [Int](repeating: 7, count: 2), [String]())
func stats(_ xs: [Double]) -> (min: Double, max: Double, mean: Double) {
    (xs.min()!, xs.max()!, xs.reduce(0, +) / Double(xs.count))
}
let (lo, hi, avg) = stats([3, 1, 4, 1, 5])
print(lo, hi, avg)
let s = stats([2, 8])
print(s.mean, s)
print(1 / 0.0, -1 / 0.0, 0.1 * 3, Float.pi, Double(Int.max), -0.0)
let dict = ["a": 1]
print("value: \(dict["a"]!) and \(dict.count)")
var fns: [(Int) -> Int] = []
var k = 0
while k < 3 {
    let captured = k
    fns.append { $0 + captured }
    k += 1
}
print(fns.map { $0(10) })
var i = 10
let report = { "i is \(i)" }
i += 5
print(report())
print(String(format: "%3d|%-6.2f|%+d|%5@|", 7, 3.14159, 5, "ab"))
print(String(format: "%.0f %.1e %g %g", 2.5, 12345.6789, 0.0001, 1e10))
print(Int("42")! + 1, Int("4x") == nil, Double("2.5")! * 2)
let words = ["b": 2, "a": 1]
print(words.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" })
print(words.keys.contains("a"), words.values.reduce(0, +))
