class Account {
  let owner: String
  private(set) var balance: Double

  init(owner: String, balance: Double) {
    self.owner = owner
    self.balance = balance
  }

  convenience init(owner: String) {
    self.init(owner: owner, balance: 0)
  }

  func deposit(_ amount: Double) {
    balance += amount
  }

  var summary: String { "\(owner): \(balance)" }
}

let acc = Account(owner: "Ada")
acc.deposit(50)
acc.deposit(25.5)
print(acc.summary)
let other = Account(owner: "Bob", balance: 10)
print(other.summary)
