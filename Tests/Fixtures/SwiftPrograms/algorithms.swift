import Foundation
func mean(_ xs: [Double]) -> Double {
    xs.isEmpty ? 0 : xs.reduce(0, +) / Double(xs.count)
}
func standardize(_ xs: [Double]) -> [Double] {
    let m = mean(xs)
    let s = sqrt(xs.map { pow($0 - m, 2) }.reduce(0, +) / Double(xs.count))
    return xs.map { ($0 - m) / s }
}
let data = [2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0]
print(mean(data), standardize(data).map { (($0 * 1000).rounded()) / 1000 })
func binarySearch(_ xs: [Int], _ target: Int) -> Int? {
    var lo = 0
    var hi = xs.count - 1
    while lo <= hi {
        let mid = (lo + hi) / 2
        if xs[mid] == target { return mid }
        if xs[mid] < target { lo = mid + 1 } else { hi = mid - 1 }
    }
    return nil
}
let sortedValues = Array(stride(from: 0, to: 100, by: 7))
print(binarySearch(sortedValues, 49) ?? -1, binarySearch(sortedValues, 50) ?? -1)
func bubbleSort(_ input: [Int]) -> [Int] {
    var a = input
    for i in 0..<a.count {
        for j in 0..<(a.count - 1 - i) where a[j] > a[j + 1] {
            a.swapAt(j, j + 1)
        }
    }
    return a
}
print(bubbleSort([5, 2, 9, 1, 5, 6]))
func outer() -> Int {
    func inner(_ x: Int) -> Int { x * 3 }
    var total = 0
    for i in 1...4 { total += inner(i) }
    return total
}
print(outer())
var grid: [[Character]] = Array(repeating: Array(repeating: ".", count: 5), count: 3)
grid[1][2] = "#"
for row in grid { print(String(row)) }
let sentence = "Deep learning is fun"
let vowels = sentence.lowercased().filter { "aeiou".contains($0) }
print(vowels.count, sentence.components(separatedBy: " ").map { $0.count })
let pairs = Array(zip(["x", "y", "z"], [1.5, 2.5, 3.5]))
print(pairs.count, pairs[1].0, pairs.map { $0.1 }.reduce(0, +))
let maybeValues: [Int?] = [3, nil, 7]
var found = 0
for m in maybeValues { if let v = m { found += v } }
print(found)
