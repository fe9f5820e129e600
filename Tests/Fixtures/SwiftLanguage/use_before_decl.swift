let s = Stack(items: [1, 2, 3])
print(s.top() ?? 0)
print(describe(s))

func describe(_ s: Stack) -> String {
  return "Stack of \(s.items.count)"
}

struct Stack {
  var items: [Int]
  func top() -> Int? { items.last }
}
