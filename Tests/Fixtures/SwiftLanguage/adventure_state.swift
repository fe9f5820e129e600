enum Direction: String, CaseIterable {
    case north, south, east, west
}

enum Item: String {
    case key = "rusty key"
    case lamp = "oil lamp"
}

struct Room {
    let name: String
    var exits: [Direction: String]
    var items: [Item]
}

var rooms: [String: Room] = [
    "hall": Room(name: "Hall", exits: [.north: "library", .east: "kitchen"], items: [.lamp]),
    "library": Room(name: "Library", exits: [.south: "hall"], items: [.key]),
    "kitchen": Room(name: "Kitchen", exits: [.west: "hall"], items: []),
]

var current = "hall"
var inventory: [Item] = []

func look() {
    guard let room = rooms[current] else { return }
    print("You are in the \(room.name).")
    let exits = room.exits.keys.map { $0.rawValue }.sorted()
    print("Exits: \(exits.joined(separator: ", "))")
    if !room.items.isEmpty {
        print("You see: " + room.items.map { $0.rawValue }.joined(separator: ", "))
    }
}

func go(_ dir: Direction) {
    if let next = rooms[current]?.exits[dir] {
        current = next
        print("You walk \(dir).")
    } else {
        print("You can't go \(dir.rawValue).")
    }
}

func take() {
    guard var room = rooms[current], !room.items.isEmpty else {
        print("Nothing to take.")
        return
    }
    let item = room.items.removeFirst()
    inventory.append(item)
    rooms[current] = room
    print("Taken: \(item.rawValue)")
}

look()
take()
go(.west)
go(.north)
look()
take()
take()
go(.south)
go(.east)
look()
print("Inventory: \(inventory)")
print(Direction.allCases.map { "\($0)" })
