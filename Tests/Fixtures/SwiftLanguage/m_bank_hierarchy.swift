import Foundation
enum BankError: Error, CustomStringConvertible {
    case insufficientFunds(needed: Double, available: Double)
    case invalidAmount(Double)
    case accountLocked

    var description: String {
        switch self {
        case let .insufficientFunds(needed, available):
            return "Insufficient funds: needed \(needed), available \(available)"
        case .invalidAmount(let amount): return "Invalid amount: \(amount)"
        case .accountLocked: return "Account is locked"
        }
    }
}

class Account {
    static var nextNumber = 1000
    let number: Int
    let owner: String
    private(set) var balance: Double
    var isLocked = false
    var history: [String] = []

    init(owner: String, initialDeposit: Double = 0) {
        Account.nextNumber += 1
        number = Account.nextNumber
        self.owner = owner
        balance = initialDeposit
    }

    func deposit(_ amount: Double) throws {
        guard amount > 0 else { throw BankError.invalidAmount(amount) }
        guard !isLocked else { throw BankError.accountLocked }
        balance += amount
        history.append("+\(amount)")
    }

    func withdraw(_ amount: Double) throws {
        guard amount > 0 else { throw BankError.invalidAmount(amount) }
        guard !isLocked else { throw BankError.accountLocked }
        guard amount <= balance + overdraftLimit else {
            throw BankError.insufficientFunds(needed: amount, available: balance)
        }
        balance -= amount
        history.append("-\(amount)")
    }

    var overdraftLimit: Double { 0 }

    func monthEnd() {}

    func summary() -> String { "\(type(of: self)) #\(number) [\(owner)]: \(balance)" }
}

class SavingsAccount: Account {
    let rate: Double
    init(owner: String, rate: Double) {
        self.rate = rate
        super.init(owner: owner, initialDeposit: 100)
    }
    override func monthEnd() {
        let interest = (balance * rate / 12 * 100).rounded() / 100
        try? deposit(interest)
    }
}

class CheckingAccount: Account {
    override var overdraftLimit: Double { 50 }
    override func summary() -> String { super.summary() + " (overdraft \(overdraftLimit))" }
}

func transfer(_ amount: Double, from: Account, to: Account) throws {
    try from.withdraw(amount)
    defer { print("  transfer of \(amount) attempted") }
    try to.deposit(amount)
}

let alice = SavingsAccount(owner: "Alice", rate: 0.05)
let bob = CheckingAccount(owner: "Bob")
let accounts: [Account] = [alice, bob]
do {
    try alice.deposit(250.5)
    try bob.deposit(20)
    try bob.withdraw(60)
    try transfer(30, from: alice, to: bob)
    try bob.withdraw(100)
} catch let error as BankError {
    print("Error:", error)
}
do { try alice.deposit(-5) } catch { print(error) }
bob.isLocked = true
do { try bob.deposit(1) } catch BankError.accountLocked { print("locked!") } catch { print("other") }
for account in accounts {
    account.monthEnd()
    print(account.summary())
    print("  history:", account.history)
}
print(Account.nextNumber, accounts.map { $0.balance }.reduce(0, +))
let result = Result { try alice.withdraw(1_000) }
switch result {
case .success: print("ok")
case .failure(let e): print("failed: \(e)")
}
