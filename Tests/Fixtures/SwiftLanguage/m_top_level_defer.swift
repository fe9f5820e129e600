enum BankError: Error, CustomStringConvertible {
    case insufficientFunds(needed: Double)
    case accountLocked
    case invalidAmount(Double)
    var description: String {
        switch self {
        case .insufficientFunds(let n): return "need \(n) more"
        case .accountLocked: return "locked"
        case .invalidAmount(let a): return "invalid amount \(a)"
        }
    }
}

class Account {
    let owner: String
    private(set) var balance: Double
    var locked = false
    init(owner: String, balance: Double = 0) {
        self.owner = owner
        self.balance = balance
    }
    func withdraw(_ amount: Double) throws -> Double {
        guard !locked else { throw BankError.accountLocked }
        guard amount > 0 else { throw BankError.invalidAmount(amount) }
        guard amount <= balance else { throw BankError.insufficientFunds(needed: amount - balance) }
        balance -= amount
        return balance
    }
    func deposit(_ amount: Double) throws {
        if amount <= 0 { throw BankError.invalidAmount(amount) }
        balance += amount
    }
}

let acct = Account(owner: "Ann", balance: 100)
for amount in [30.0, -5, 100, 20] {
    do {
        let left = try acct.withdraw(amount)
        print("withdrew \(amount), left \(left)")
    } catch BankError.insufficientFunds(let needed) {
        print("insufficient: need \(needed)")
    } catch let e as BankError {
        print("bank error: \(e)")
    } catch {
        print("other", error)
    }
}
acct.locked = true
let r = try? acct.withdraw(1)
print(r as Any)
do {
    try acct.deposit(0)
} catch {
    print("Error:", error)
}
func parse(_ s: String) throws -> Int {
    guard let n = Int(s) else { throw NSErrorLike.bad(s) }
    return n
}
enum NSErrorLike: Error { case bad(String) }
let results = ["1", "x", "3"].map { s -> Result<Int, Error> in Result { try parse(s) } }
for r in results {
    switch r {
    case .success(let n): print("ok", n)
    case .failure(let e): print("fail", e)
    }
}
print((try? parse("42")) ?? 0, (try? parse("4x")) ?? 0)
defer { print("done") }
print(try! parse("7"))
