class Player {
  var name: String
  var score = 0
  init(name: String) { self.name = name }
}

let players = [Player(name: "a"), Player(name: "b")]
for p in players { p.score += 10 }
players[1].score += 5
let best = players.max { $0.score < $1.score }!
print(best.name, best.score)
var dict: [String: Player] = [:]
dict["a"] = players[0]
dict["a"]?.score = 99
print(players[0].score)
