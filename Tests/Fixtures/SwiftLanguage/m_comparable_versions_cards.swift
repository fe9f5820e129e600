struct Version: Comparable, CustomStringConvertible, Hashable {
    let major: Int, minor: Int, patch: Int

    init(_ major: Int, _ minor: Int = 0, _ patch: Int = 0) {
        self.major = major; self.minor = minor; self.patch = patch
    }

    init?(_ string: String) {
        let parts = string.split(separator: ".").compactMap { Int($0) }
        guard (1...3).contains(parts.count) else { return nil }
        self.init(parts[0], parts.count > 1 ? parts[1] : 0, parts.count > 2 ? parts[2] : 0)
    }

    static func < (lhs: Version, rhs: Version) -> Bool {
        (lhs.major, lhs.minor, lhs.patch) < (rhs.major, rhs.minor, rhs.patch)
    }

    var description: String { "v\(major).\(minor).\(patch)" }
}

let versions = ["1.2.3", "1.10", "1.2", "0.9.9", "2", "bad", "1.2.10"].compactMap(Version.init)
print(versions)
print(versions.sorted())
print(versions.min()!, versions.max()!)
print(Version(1, 2) < Version(1, 2, 1), Version(2) > Version(1, 99, 99), Version(1) == Version("1.0.0"))
print(Set(versions).count, versions.contains(Version(2)))
print(versions.sorted(by: >).prefix(3))

enum Suit: Int, CaseIterable, Comparable, CustomStringConvertible {
    case clubs = 1, diamonds, hearts, spades
    static func < (a: Suit, b: Suit) -> Bool { a.rawValue < b.rawValue }
    var description: String { ["♣", "♦", "♥", "♠"][rawValue - 1] }
}

enum Rank: Int, CaseIterable {
    case two = 2, three, four, five, six, seven, eight, nine, ten, jack, queen, king, ace
    var symbol: String {
        switch self {
        case .jack: return "J"
        case .queen: return "Q"
        case .king: return "K"
        case .ace: return "A"
        default: return String(rawValue)
        }
    }
}

struct Card: Comparable, CustomStringConvertible {
    let rank: Rank
    let suit: Suit
    static func < (a: Card, b: Card) -> Bool {
        a.rank != b.rank ? a.rank.rawValue < b.rank.rawValue : a.suit < b.suit
    }
    var description: String { rank.symbol + suit.description }
}

let deck = Suit.allCases.flatMap { suit in Rank.allCases.map { Card(rank: $0, suit: suit) } }
print(deck.count, deck.prefix(5), deck.last!)
var hand: [Card] = []
var seed = 7
for _ in 0..<5 {
    seed = (seed * 31 + 11) % 52
    hand.append(deck[seed])
}
print(hand, hand.sorted(), hand.max()!)
print(Suit.allCases, Suit.allCases.sorted(by: >), Suit(rawValue: 3) ?? .clubs, Suit(rawValue: 9) as Any)
print(Rank.allCases.count, Rank.ace.rawValue, Rank.allCases.map(\.symbol).joined())
let byRank = Dictionary(grouping: hand, by: { $0.rank.rawValue })
print(byRank.keys.sorted(), byRank.values.map(\.count).max()!)
struct Person { let name: String; let age: Int }
let people = [Person(name: "Zoe", age: 30), Person(name: "Adam", age: 25), Person(name: "Mia", age: 30), Person(name: "Bob", age: 25)]
let sortedPeople = people.sorted { ($0.age, $0.name) < ($1.age, $1.name) }
print(sortedPeople.map { "\($0.name)(\($0.age))" }.joined(separator: ", "))
print(people.min { $0.age < $1.age }!.name, people.max(by: { $0.name < $1.name })!.name)
print(max(Version(3), Version(2, 9)), min("pear", "apple"), [3, 1, 2].sorted().elementsEqual([1, 2, 3]))
print([(1, "b"), (1, "a"), (0, "z")].sorted { $0 < $1 }.map { "\($0.0)\($0.1)" })
