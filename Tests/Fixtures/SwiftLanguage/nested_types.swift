struct Board {
  struct Cell {
    var filled = false
  }
  var cells: [Cell] = Array(repeating: Cell(), count: 3)
}

var b = Board()
b.cells[1].filled = true
print(b.cells.map { $0.filled })
