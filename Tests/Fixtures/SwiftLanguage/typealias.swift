typealias Grid = [[Int]]
typealias Pair = (name: String, score: Int)

let g: Grid = [[1, 2], [3, 4]]
print(g.count)
let p: Pair = ("a", 3)
print(p.name, p.score)
