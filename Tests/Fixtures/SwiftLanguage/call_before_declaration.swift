// Functions that call functions declared further down, as sorting code with overloads does.
func bubbleSorted(_ elements: [Int]) -> [Int] {
  return bubbleSorted(elements, <)
}

func bubbleSorted(_ elements: [Int], _ inOrder: (Int, Int) -> Bool) -> [Int] {
  var array = elements
  for i in 0..<array.count {
    for j in stride(from: array.count - 1, to: i, by: -1) where inOrder(array[j], array[j - 1]) {
      array.swapAt(j, j - 1)
    }
  }
  return array
}

func report() -> String { describe(3, "apples", price: 1.5) }
func describe(_ count: Int, _ item: String, price: Double) -> String {
  "\(count) \(item) cost \(Double(count) * price)"
}

// A parameter a closure captures, in a function called before its declaration.
func counters() -> [Int] { makeCounter(start: 5, step: 2) }
func makeCounter(start: Int, step: Int) -> [Int] {
  var current = start
  let next = { () -> Int in
    current += step
    return current
  }
  return [next(), next(), next()]
}

struct Grid {
  var cells: [[Int]]
  func total() -> Int { sum(row: 0, upTo: 2) + sum(row: 1, upTo: 3) }
  func sum(row: Int, upTo: Int) -> Int { cells[row][0..<upTo].reduce(0, +) }
}

enum Tree: CustomDebugStringConvertible {
  case leaf
  indirect case node(Tree, Int, Tree)
  var debugDescription: String {
    switch self {
    case .leaf: return "."
    case .node(let l, let v, let r): return "(\(l.debugDescription) \(v) \(r.debugDescription))"
    }
  }
}

print(bubbleSorted([5, 2, 9, 1]))
print(bubbleSorted([5, 2, 9, 1], >))
print(report())
print(counters())
print(Grid(cells: [[1, 2, 3], [4, 5, 6]]).total())
print(Tree.node(.node(.leaf, 1, .leaf), 2, .leaf))
