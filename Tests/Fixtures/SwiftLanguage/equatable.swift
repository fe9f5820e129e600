struct Card: Equatable, Hashable {
  var rank: Int
  var suit: String
}

let a = Card(rank: 1, suit: "S")
let b = Card(rank: 1, suit: "S")
print(a == b, a != Card(rank: 2, suit: "S"))
var seen: Set<Card> = [a, b]
print(seen.count)
var counts: [Card: Int] = [:]
counts[a, default: 0] += 1
counts[b, default: 0] += 1
print(counts[a] ?? 0)
