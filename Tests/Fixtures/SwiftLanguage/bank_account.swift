enum BankError: Error {
    case insufficientFunds(needed: Double)
    case invalidAmount
}

class BankAccount {
    let owner: String
    private(set) var balance: Double
    static var accountsOpened = 0

    init(owner: String, balance: Double = 0) {
        self.owner = owner
        self.balance = balance
        BankAccount.accountsOpened += 1
    }

    func deposit(_ amount: Double) throws {
        guard amount > 0 else { throw BankError.invalidAmount }
        balance += amount
    }

    func withdraw(_ amount: Double) throws {
        guard amount > 0 else { throw BankError.invalidAmount }
        guard amount <= balance else {
            throw BankError.insufficientFunds(needed: amount - balance)
        }
        balance -= amount
    }
}

class SavingsAccount: BankAccount {
    let rate: Double
    init(owner: String, balance: Double, rate: Double) {
        self.rate = rate
        super.init(owner: owner, balance: balance)
    }
    func addInterest() {
        try? deposit(balance * rate)
    }
}

let acct = BankAccount(owner: "Alice", balance: 100)
do {
    try acct.deposit(50)
    try acct.withdraw(30)
    try acct.withdraw(500)
} catch BankError.insufficientFunds(let needed) {
    print("Insufficient funds: need \(needed) more")
} catch {
    print("Other error: \(error)")
}
print("\(acct.owner): \(acct.balance)")
do {
    try acct.deposit(-5)
} catch {
    print("Error: \(error)")
}
let savings = SavingsAccount(owner: "Bob", balance: 1000, rate: 0.05)
savings.addInterest()
print(savings.balance)
print(BankAccount.accountsOpened)
let accounts: [BankAccount] = [acct, savings]
print(accounts.map { $0.owner })
print(accounts.reduce(0) { $0 + $1.balance })
print(savings is SavingsAccount, acct is SavingsAccount)
