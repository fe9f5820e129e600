// A sorted set of players ordered by a global '<', a list with two subscripts, and a
// heap whose insert is overloaded for one value and for a sequence.
struct Player: Comparable, CustomStringConvertible {
    var name: String
    var points: Int
    var description: String { "\(name):\(points)" }
}

func == (x: Player, y: Player) -> Bool { x.name == y.name && x.points == y.points }
func < (x: Player, y: Player) -> Bool { x.points < y.points }

let players = [Player(name: "ann", points: 30), Player(name: "bo", points: 10), Player(name: "cy", points: 20)]
print(players.sorted())
print(players.max()!, players[0] > players[1], players[1] >= players[2])
print(players.contains(Player(name: "bo", points: 10)))

struct RowIndex: Comparable {
    let k: Int
    static func < (a: RowIndex, b: RowIndex) -> Bool { a.k < b.k }
}
struct Row {
    var cells: [Int]
    subscript(index: Int) -> Int {
        return cells[index]
    }
}
extension Row: Collection {
    var startIndex: RowIndex { RowIndex(k: 0) }
    var endIndex: RowIndex { RowIndex(k: cells.count) }
    func index(after i: RowIndex) -> RowIndex { RowIndex(k: i.k + 1) }
    subscript(position: RowIndex) -> Int {
        return cells[position.k]
    }
}
let r = Row(cells: [7, 8, 9])
print(r[1], r[2])

struct Bag<T> {
    var items: [T] = []
    mutating func insert(_ value: T) {
        items.append(value)
    }
    mutating func insert<S: Sequence>(_ sequence: S) where S.Element == T {
        for x in sequence { insert(x) }
    }
}
var bag = Bag<Int>()
bag.insert(1)
bag.insert(2)
print(bag.items)
