import Foundation
struct Account {
    let owner: String
    private(set) var balance: Double = 0
    var history: [Double] = []
    mutating func deposit(_ amount: Double) {
        balance += amount
        history.append(amount)
    }
    mutating func withdraw(_ amount: Double) -> Bool {
        guard amount <= balance else { return false }
        balance -= amount
        history.append(-amount)
        return true
    }
}
var acct = Account(owner: "ann")
acct.deposit(100)
print(acct.withdraw(30), acct.withdraw(500), acct.balance, acct.history)
var accounts = [Account(owner: "x"), Account(owner: "y")]
accounts[1].deposit(5)
print(accounts.map { $0.balance }, accounts.map { $0.owner })
let celsius = [0.0, 37.5, 100.0]
let fahrenheit = celsius.map { $0 * 9 / 5 + 32 }
print(fahrenheit)
var queue = [3, 1, 2]
while let next = queue.first {
    queue.removeFirst()
    if next > 1 { queue.append(next - 1) }
    print(next, terminator: " ")
}
print()
let table = [(name: "relu", value: 0.0), (name: "tanh", value: -0.76)]
for row in table {
    print(row.name + "|", row.value)
}
var steps = 0
var n = 27
while n != 1 {
    n = n % 2 == 0 ? n / 2 : 3 * n + 1
    steps += 1
}
print("collatz steps:", steps)
let bits = (0..<8).map { (0b1011_0110 >> $0) & 1 }
print(bits, bits.reversed().map(String.init).joined())
let dict: [String: [Int]] = ["a": [1, 2], "b": []]
print((dict["a"] ?? []).count, dict["c"] == nil)
