enum Player: String { case x = "X", o = "O"
    var next: Player { self == .x ? .o : .x }
}
struct Board: CustomStringConvertible {
    var cells = [Player?](repeating: nil, count: 9)
    mutating func play(_ p: Player, at i: Int) -> Bool {
        guard cells[i] == nil else { return false }
        cells[i] = p
        return true
    }
    var winner: Player? {
        let lines = [[0,1,2],[3,4,5],[6,7,8],[0,3,6],[1,4,7],[2,5,8],[0,4,8],[2,4,6]]
        for l in lines {
            if let p = cells[l[0]], cells[l[1]] == p, cells[l[2]] == p { return p }
        }
        return nil
    }
    var description: String {
        stride(from: 0, to: 9, by: 3).map { r in
            (r..<r+3).map { cells[$0]?.rawValue ?? "." }.joined(separator: " ")
        }.joined(separator: "\n")
    }
}
var board = Board()
var player = Player.x
for move in [4, 0, 2, 6, 3, 5, 1, 7, 8] {
    if board.play(player, at: move) {
        if let w = board.winner { print("\(w.rawValue) wins"); break }
        player = player.next
    }
}
print(board)
print(board.winner ?? .o)
