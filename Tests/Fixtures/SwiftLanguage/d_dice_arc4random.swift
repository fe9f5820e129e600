import Foundation

// A dice simulation in the style of older books, with the C random functions.
// Only facts that hold for any generator are printed.
func rollDie() -> Int {
    return Int(arc4random_uniform(6)) + 1
}

var counts = [Int](repeating: 0, count: 7)
for _ in 0..<600 {
    counts[rollDie()] += 1
}
print("faces seen:", counts[1...].allSatisfy { $0 > 0 })
print("total:", counts.reduce(0, +))
let bound: UInt32 = 10
let r = arc4random_uniform(bound)
print(r < bound, type(of: r))
let big = arc4random()
print(big <= UInt32.max, type(of: big))
print(arc4random_uniform(1))
