import Foundation
struct Item: Hashable, CustomStringConvertible {
    let name: String
    let price: Double
    var description: String { "\(name) ($\(price))" }
}

enum Category: String, CaseIterable {
    case food, tools, toys
}

class Inventory {
    private var stock: [Item: Int] = [:]
    private var categories: [Category: [Item]] = [:]

    func add(_ item: Item, quantity: Int, category: Category) {
        stock[item, default: 0] += quantity
        categories[category, default: []].append(item)
    }

    func remove(_ item: Item, quantity: Int) -> Bool {
        guard let current = stock[item], current >= quantity else { return false }
        stock[item] = current - quantity == 0 ? nil : current - quantity
        return true
    }

    var totalValue: Double {
        stock.reduce(0) { $0 + $1.key.price * Double($1.value) }
    }

    func items(in category: Category) -> [Item] {
        categories[category] ?? []
    }

    func quantity(of item: Item) -> Int { stock[item] ?? 0 }
}

let apple = Item(name: "Apple", price: 0.5)
let hammer = Item(name: "Hammer", price: 12.0)
let yoyo = Item(name: "Yo-yo", price: 3.25)
let inv = Inventory()
inv.add(apple, quantity: 10, category: .food)
inv.add(hammer, quantity: 2, category: .tools)
inv.add(yoyo, quantity: 5, category: .toys)
inv.add(apple, quantity: 5, category: .food)
print(inv.totalValue)
print(inv.remove(apple, quantity: 3), inv.remove(hammer, quantity: 5))
print(inv.quantity(of: apple), inv.quantity(of: hammer))
for c in Category.allCases {
    print(c.rawValue.capitalized, inv.items(in: c))
}
let set: Set<Item> = [apple, apple, hammer]
print(set.count, set.contains(yoyo))
print(apple == Item(name: "Apple", price: 0.5))
