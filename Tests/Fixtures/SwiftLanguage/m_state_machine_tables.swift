enum State: String, CaseIterable { case locked, closed, open }
enum Event: String { case unlock, lock, push, pull }
struct Door {
    private(set) var state: State = .locked
    private(set) var history: [(State, Event, State)] = []
    static let transitions: [State: [Event: State]] = [
        .locked: [.unlock: .closed],
        .closed: [.lock: .locked, .push: .open],
        .open: [.pull: .closed],
    ]
    @discardableResult
    mutating func handle(_ e: Event) -> Bool {
        guard let next = Door.transitions[state]?[e] else {
            print("  ignored \(e.rawValue) while \(state.rawValue)")
            return false
        }
        history.append((state, e, next))
        state = next
        return true
    }
}
var door = Door()
for e: Event in [.push, .unlock, .push, .lock, .pull, .lock] {
    let ok = door.handle(e)
    print(e, ok ? "->" : "x", door.state)
}
print(door.history.map { "\($0.0)-\($0.1)->\($0.2)" })
print(door.history.count, State.allCases.filter { Door.transitions[$0]?.count == 1 })
enum Suit: Character { case hearts = "♥", spades = "♠" }
enum Rank: Int { case ace = 1, king = 13 }
for (s, r) in [(Suit.hearts, Rank.ace), (.spades, .king), (.hearts, .king)] {
    switch (s, r) {
    case (.hearts, .ace): print("top heart", s.rawValue)
    case (_, .king) where s == .spades: print("black king", r.rawValue)
    case let (suit, rank): print("other", suit, rank, "\(suit.rawValue)\(rank.rawValue)")
    }
}
var inventory: [String: (count: Int, price: Double)] = ["apple": (3, 0.5), "pear": (0, 0.75)]
inventory["kiwi"] = (count: 12, price: 0.2)
inventory["apple"]?.count += 2
for name in inventory.keys.sorted() {
    let item = inventory[name]!
    print(name, item.count, item.price, Double(item.count) * item.price)
}
let inStock = inventory.filter { $0.value.count > 0 }.map(\.key).sorted()
print(inStock, inventory.values.map(\.count).reduce(0, +))
let grid = [[1, 0, 1], [0, 1, 0]]
let described = grid.enumerated().flatMap { r, row in row.enumerated().compactMap { c, v in v == 1 ? "(\(r),\(c))" : nil } }
print(described)
