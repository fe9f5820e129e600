// Binding a tuple from an optional: `while let (a, b) = ...`, `if let (x, y) = ...`.
var pending: [(String, Int)] = [("c", 3), ("b", 2), ("a", 1)]
func next() -> (String, Int)? { pending.popLast() }
while let (name, weight) = next() {
    print(name, weight * 10)
}
let table = ["x": (1, 2.5)]
if let (count, mean) = table["x"] {
    print("count \(count), mean \(mean)")
}
if let (count, _) = table["y"] {
    print("never", count)
} else {
    print("no y")
}
func minMax(_ xs: [Int]) -> (Int, Int)? {
    guard let first = xs.first else { return nil }
    return xs.reduce((first, first)) { (min($0.0, $1), max($0.1, $1)) }
}
guard let (lo, hi) = minMax([4, 9, 1, 7]) else { fatalError() }
print(lo, hi, hi - lo)
