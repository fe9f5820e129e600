enum Direction {
  case north, south, east, west
}

func turn(_ d: Direction) -> Direction {
  switch d {
  case .north: return .east
  case .east: return .south
  case .south: return .west
  case .west: return .north
  }
}

var d = Direction.north
for _ in 0..<3 { d = turn(d) }
print(d)
print(d == .west)
