class BankAccount {
  private(set) var balance: Int = 0
  let id: Int
  static var nextID = 1

  init() {
    id = BankAccount.nextID
    BankAccount.nextID += 1
  }

  func deposit(_ amount: Int) { balance += amount }

  func withdraw(_ amount: Int) -> Bool {
    guard amount <= balance else { return false }
    balance -= amount
    return true
  }
}

class SavingsAccount: BankAccount {
  var rate = 0.05
  func addInterest() { deposit(Int(Double(balance) * rate)) }
}

let a = BankAccount()
let s = SavingsAccount()
a.deposit(100)
print(a.withdraw(30), a.withdraw(100), a.balance)
s.deposit(1000)
s.addInterest()
print(s.id, s.balance)
