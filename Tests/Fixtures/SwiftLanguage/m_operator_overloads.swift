// A type's own compound, prefix and comparison operators, and operators passed as functions.
struct Money: Comparable, CustomStringConvertible {
    var cents: Int
    static func + (a: Money, b: Money) -> Money { Money(cents: a.cents + b.cents) }
    static func += (a: inout Money, b: Money) { a = a + b }
    static func -= (a: inout Money, b: Money) { a.cents -= b.cents }
    static prefix func - (m: Money) -> Money { Money(cents: -m.cents) }
    static func < (a: Money, b: Money) -> Bool { a.cents < b.cents }
    var description: String { (cents < 0 ? "-" : "") + "$\(abs(cents) / 100).\(abs(cents) % 100 < 10 ? "0" : "")\(abs(cents) % 100)" }
}
var wallet = Money(cents: 1050)
wallet += Money(cents: 275)
wallet -= Money(cents: 25)
print(wallet, -wallet)
let prices = [Money(cents: 399), Money(cents: 1250), Money(cents: 5)]
print(prices.reduce(Money(cents: 0), +))
print(prices.sorted(by: >), prices.sorted(by: <=).first!)
print(prices.max()!, prices.min()!)
var ledger = [Money(cents: 100)]
ledger[0] += Money(cents: 1)
print(ledger)
// Plain numbers beside the overloads still use the built-in operators.
let parts = "3:25".split(separator: ":").compactMap { Int($0) }
let total = parts[0] * 100 + parts[1]
print(Money(cents: total), -parts[1], [3, 1, 2].sorted(by: >))
