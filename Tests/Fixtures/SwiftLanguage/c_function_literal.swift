// `#function` names the enclosing declaration, as tracing helpers in tutorials print it.
func bubbleSort(_ input: [Int]) -> [Int] {
  var a = input
  for i in 0..<a.count {
    for j in 0..<(a.count - 1 - i) where a[j] > a[j + 1] {
      a.swapAt(j, j + 1)
    }
  }
  print(#function, "sorted", a.count, "values")
  return a
}

func search(for target: Int, in values: [Int]) -> Int? {
  let report = { print(#function, "looking for", target) }
  report()
  return values.firstIndex(of: target)
}

struct Account {
  var balance: Int
  init(balance: Int) {
    self.balance = balance
    print(#function)
  }
  var summary: String {
    return "\(#function): \(balance)"
  }
  mutating func deposit(_ amount: Int) {
    balance += amount
    print(#function, balance)
  }
}

print(bubbleSort([3, 1, 2]))
print(search(for: 2, in: [5, 2, 9]) ?? -1)
var account = Account(balance: 10)
account.deposit(5)
print(account.summary)
