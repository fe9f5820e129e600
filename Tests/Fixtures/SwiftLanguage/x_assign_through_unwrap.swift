// Changing class instances reached through optionals: first!, last!, dictionary lookups.
class Account {
    let owner: String
    var balance = 0
    init(owner: String) { self.owner = owner }
}

class Bank {
    var accounts = [Account]()
    var byOwner: [String: Account] = [:]

    func open(_ owner: String) {
        let account = Account(owner: owner)
        accounts.append(account)
        byOwner[owner] = account
    }
}

let bank = Bank()
bank.open("ana")
bank.open("ben")
bank.accounts.first!.balance = 100
bank.accounts.last!.balance += 40
bank.byOwner["ben"]!.balance *= 2
for a in bank.accounts { print(a.owner, a.balance) }

func reset(_ list: [Account]) {
    var copy = list
    copy.append(Account(owner: "cy"))
    copy.first!.balance = 0
    copy.last!.balance = 7
    print(copy.map { $0.balance })
}
reset(bank.accounts)
print(bank.accounts.map { $0.balance })
var maybe: Account? = bank.accounts[1]
maybe!.balance -= 1
print(maybe!.balance, bank.accounts[1].balance)
