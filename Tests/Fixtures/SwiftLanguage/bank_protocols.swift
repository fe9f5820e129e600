enum BankError: Error, CustomStringConvertible {
    case insufficientFunds(needed: Double)
    case invalidAmount(Double)
    case frozen
    var description: String {
        switch self {
        case .insufficientFunds(let n): return "insufficient funds, need \(n) more"
        case .invalidAmount(let a): return "invalid amount \(a)"
        case .frozen: return "account frozen"
        }
    }
}
protocol Account {
    var owner: String { get }
    var balance: Double { get }
    func deposit(_ amount: Double) throws
    func withdraw(_ amount: Double) throws
}
extension Account {
    func summary() -> String { "\(owner): \(balance)" }
}
class Checking: Account {
    let owner: String
    private(set) var balance: Double = 0
    var isFrozen = false
    init(owner: String) { self.owner = owner }
    func deposit(_ amount: Double) throws {
        guard amount > 0 else { throw BankError.invalidAmount(amount) }
        guard !isFrozen else { throw BankError.frozen }
        balance += amount
    }
    func withdraw(_ amount: Double) throws {
        guard amount > 0 else { throw BankError.invalidAmount(amount) }
        if amount > balance { throw BankError.insufficientFunds(needed: amount - balance) }
        balance -= amount
    }
}
class Savings: Checking {
    let rate: Double
    init(owner: String, rate: Double) {
        self.rate = rate
        super.init(owner: owner)
    }
    override func withdraw(_ amount: Double) throws {
        if amount > 500 { throw BankError.invalidAmount(amount) }
        try super.withdraw(amount)
    }
    func addInterest() throws { try deposit(balance * rate) }
}
let accounts: [Account] = [Checking(owner: "Ann"), Savings(owner: "Bob", rate: 0.05)]
for acc in accounts {
    do {
        try acc.deposit(1000)
        try acc.withdraw(600)
        try acc.withdraw(600)
    } catch let e as BankError {
        print("\(acc.owner): \(e)")
    } catch {
        print("other")
    }
    print(acc.summary())
}
if let s = accounts[1] as? Savings {
    try? s.addInterest()
    print(s.summary(), s.rate)
}
let c = accounts[0] as! Checking
c.isFrozen = true
do { try c.deposit(5) } catch { print("error:", error) }
let r = try? c.deposit(-1)
print(r == nil)
print(accounts.map { $0.balance }.reduce(0, +))
print(accounts[0] is Savings, accounts[1] is Checking)
