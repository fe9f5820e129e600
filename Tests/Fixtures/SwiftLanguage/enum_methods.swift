enum Suit: String, CaseIterable {
  case hearts = "♥", spades = "♠"

  var color: String {
    switch self {
    case .hearts: return "red"
    case .spades: return "black"
    }
  }
}

enum Rank: Int, Comparable {
  case two = 2, three, four, jack = 11, queen, king, ace
  static func < (a: Rank, b: Rank) -> Bool { a.rawValue < b.rawValue }
}

for s in Suit.allCases { print(s.rawValue, s.color) }
print(Rank.queen.rawValue)
print(Rank.three < Rank.ace)
print([Rank.king, Rank.two, Rank.jack].sorted().map { $0.rawValue })
print(Suit(rawValue: "♠") == .spades)
