class Stack<Element> {
  private var storage: [Element] = []
  func push(_ x: Element) { storage.append(x) }
  func pop() -> Element? { storage.popLast() }
  var top: Element? { storage.last }
  var size: Int { storage.count }
}

func balanced(_ s: String) -> Bool {
  let pairs: [Character: Character] = [")": "(", "]": "[", "}": "{"]
  let stack = Stack<Character>()
  for ch in s {
    if "([{".contains(ch) {
      stack.push(ch)
    } else if let open = pairs[ch] {
      if stack.pop() != open { return false }
    }
  }
  return stack.size == 0
}

print(balanced("{[()]}"), balanced("([)]"), balanced("(("))
