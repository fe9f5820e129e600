import Foundation
enum Coin: Int, CaseIterable, CustomStringConvertible {
    case penny = 1, nickel = 5, dime = 10, quarter = 25
    var description: String {
        switch self {
        case .penny: return "Penny"
        case .nickel: return "Nickel"
        case .dime: return "Dime"
        case .quarter: return "Quarter"
        }
    }
}

enum VendingError: Error {
    case invalidSelection
    case outOfStock(item: String)
    case insufficientFunds(coinsNeeded: Int)
}

struct Item {
    var price: Int
    var count: Int
    let name: String
}

enum MachineState: String {
    case idle, collecting, dispensing
}

class VendingMachine {
    var inventory: [String: Item] = [
        "Candy Bar": Item(price: 12, count: 7, name: "Candy Bar"),
        "Chips": Item(price: 10, count: 4, name: "Chips"),
        "Pretzels": Item(price: 7, count: 0, name: "Pretzels"),
    ]
    var coinsDeposited = 0
    var state = MachineState.idle {
        didSet { print("  [state: \(oldValue.rawValue) -> \(state.rawValue)]") }
    }

    func insert(_ coin: Coin) {
        if state == .idle { state = .collecting }
        coinsDeposited += coin.rawValue
    }

    func vend(itemNamed name: String) throws -> Item {
        guard let item = inventory[name] else { throw VendingError.invalidSelection }
        guard item.count > 0 else { throw VendingError.outOfStock(item: name) }
        guard item.price <= coinsDeposited else {
            throw VendingError.insufficientFunds(coinsNeeded: item.price - coinsDeposited)
        }
        state = .dispensing
        coinsDeposited -= item.price
        var newItem = item
        newItem.count -= 1
        inventory[name] = newItem
        print("Dispensing \(name)")
        state = coinsDeposited > 0 ? .collecting : .idle
        return newItem
    }

    func change() -> [Coin: Int] {
        var remaining = coinsDeposited
        var result: [Coin: Int] = [:]
        for coin in Coin.allCases.sorted(by: { $0.rawValue > $1.rawValue }) {
            let n = remaining / coin.rawValue
            if n > 0 { result[coin] = n }
            remaining %= coin.rawValue
        }
        coinsDeposited = 0
        return result
    }
}

let machine = VendingMachine()
for coin in [Coin.quarter, .dime, .penny, .penny] { machine.insert(coin) }
print("deposited:", machine.coinsDeposited)
for request in ["Chips", "Pretzels", "Gum", "Candy Bar", "Candy Bar"] {
    do {
        let left = try machine.vend(itemNamed: request)
        print("  \(left.name) left: \(left.count)")
    } catch VendingError.invalidSelection {
        print("Invalid selection: \(request)")
    } catch VendingError.outOfStock(let item) {
        print("Out of stock: \(item)")
    } catch VendingError.insufficientFunds(let needed) {
        print("Insufficient funds. Please insert an additional \(needed) coins.")
    } catch {
        print("Unexpected error: \(error).")
    }
}
let coins = machine.change()
for coin in Coin.allCases.reversed() {
    if let n = coins[coin] { print("\(n) x \(coin)") }
}
print(machine.state, machine.coinsDeposited, Coin.allCases.map(\.rawValue).reduce(0, +))
print(MachineState(rawValue: "idle") == .idle, MachineState(rawValue: "broken") as Any)
let sortedStock = machine.inventory.values.sorted { $0.name < $1.name }
for item in sortedStock {
    let name = item.name.padding(toLength: 10, withPad: " ", startingAt: 0)
    print("\(name)|\(String(repeating: "#", count: item.count))")
}
