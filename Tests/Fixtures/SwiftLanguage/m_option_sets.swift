// A cell's own option sets: literals, set algebra and mutation derived from rawValue's bits;
// and `self.init` to the memberwise initializer from an extension's initializer.
struct Toppings: OptionSet, CustomStringConvertible {
    let rawValue: UInt8
    static let cheese = Toppings(rawValue: 1)
    static let olives = Toppings(rawValue: 2)
    static let basil = Toppings(rawValue: 4)
    static let chili = Toppings(rawValue: 8)
    static let classic: Toppings = [.cheese, .basil]

    var description: String {
        let names = [(Toppings.cheese, "cheese"), (.olives, "olives"), (.basil, "basil"), (.chili, "chili")]
        let chosen = names.filter { contains($0.0) }.map(\.1)
        return chosen.isEmpty ? "plain" : chosen.joined(separator: "+")
    }
}

var order: Toppings = []
print(order, order.isEmpty, order.rawValue)
order.insert(.cheese)
order.formUnion([.olives, .chili])
print(order, order.rawValue)
let again = order.insert(.cheese)
print(again.inserted, again.memberAfterInsert)
print(order.remove(.basil) as Any, order.remove(.olives) as Any, order)
print(order.isSubset(of: [.cheese, .chili, .basil]), order.isSuperset(of: .classic), order.isDisjoint(with: .basil))
print(Toppings.classic.union(.chili), Toppings.classic.intersection(order), Toppings.classic.symmetricDifference(order))
print(Toppings.classic.subtracting(.cheese), Toppings(), Toppings.classic == [.basil, .cheese])
var menu: [String: Toppings] = ["margherita": .classic, "diavola": [.cheese, .chili], "marinara": []]
for name in menu.keys.sorted() { print(name, menu[name]!) }
menu["diavola"]?.subtract(.chili)
print(menu["diavola"]!, menu.values.filter { $0.contains(.cheese) }.count)
func price(_ t: Toppings) -> Double { 8.0 + Double(t.rawValue.nonzeroBitCount) * 1.5 }
print(price(.classic), price([]), price([.cheese, .olives, .basil, .chili]))

struct Celsius {
    var degrees: Double
}
extension Celsius {
    init(fahrenheit: Double) { self.init(degrees: (fahrenheit - 32) * 5 / 9) }
}
print(Celsius(fahrenheit: 212).degrees, Celsius(degrees: 37).degrees)
