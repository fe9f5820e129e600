// Standard types' initializers called with `.init` spelled out.
let zeros = Array.init(repeating: 0, count: 4)
print(zeros)
var grid = [[Character]].init(repeating: Array.init(repeating: ".", count: 3), count: 2)
grid[1][2] = "#"
for row in grid { print(String.init(row)) }
let text = String.init(repeating: "ab", count: 3)
print(text, text.count)
let n = Int.init("42")! + Int.init(2.9)
print(n)
let ratio = Double.init(7) / Double.init(2)
print(ratio)
let unique = Set.init([3, 1, 3, 2])
print(unique.sorted())
let squares = Dictionary.init(uniqueKeysWithValues: (1...3).map { ($0, $0 * $0) })
print(squares.keys.sorted(), squares[3]!)
let label = String.init(describing: zeros.count) + " zeros"
print(label)
