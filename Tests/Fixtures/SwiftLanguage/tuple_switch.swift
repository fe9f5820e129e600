func classify(_ point: (Int, Int)) -> String {
  switch point {
  case (0, 0): return "origin"
  case (_, 0): return "on x-axis"
  case (0, _): return "on y-axis"
  case let (x, y) where x == y: return "diagonal"
  case (-2...2, -2...2): return "near"
  default: return "far"
  }
}

for p in [(0, 0), (3, 0), (0, -1), (5, 5), (1, 2), (9, 1)] { print(classify(p)) }
