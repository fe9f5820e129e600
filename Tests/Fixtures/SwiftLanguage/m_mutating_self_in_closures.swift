// A mutating method whose closures change the struct's own properties.
struct Tally {
    var total = 0
    var seen: [String] = []

    mutating func add(_ values: [Int]) {
        values.forEach { total += $0 }
    }

    mutating func record(_ words: [String]) -> Int {
        words.filter { !$0.isEmpty }.forEach { word in
            seen.append(word.uppercased())
        }
        return seen.count
    }

    mutating func bump() -> Int {
        [1, 2, 3].reduce(0) { acc, x in total += x; return acc + x }
    }
}

struct Grid {
    var cells = Array(repeating: 0, count: 6)
    mutating func fill(where test: (Int) -> Bool) {
        (0..<cells.count).forEach { i in
            if test(i) { cells[i] = i * i }
        }
    }
    init(marking marks: [Int]) {
        marks.forEach { cells[$0] = -1 }
    }
}

var t = Tally()
t.add([1, 2, 3, 4])
print(t.total)
print(t.record(["a", "", "bc"]), t.seen)
print(t.bump(), t.total)
let copy = t
t.add([100])
print(copy.total, t.total)

var g = Grid(marking: [0, 5])
print(g.cells)
g.fill { $0 % 2 == 1 }
print(g.cells)
