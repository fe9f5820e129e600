// String interpolations with labels call the appendInterpolation declared for them.
struct Money {
    var cents: Int
}

extension String.StringInterpolation {
    mutating func appendInterpolation(euros m: Money) {
        appendLiteral("€")
        appendInterpolation(m.cents / 100)
        appendLiteral(",")
        let rest = m.cents % 100
        appendLiteral(rest < 10 ? "0\(rest)" : "\(rest)")
    }

    mutating func appendInterpolation(_ value: Int, padded width: Int) {
        let text = String(value)
        appendLiteral(String(repeating: " ", count: max(0, width - text.count)) + text)
    }

    mutating func appendInterpolation(list items: [String], separator: String = ", ") {
        appendLiteral(items.joined(separator: separator))
    }
}

let prices = [Money(cents: 1999), Money(cents: 5), Money(cents: 120)]
for (i, p) in prices.enumerated() {
    print("item \(i + 1, padded: 3): \(euros: p)")
}
print("fruit: \(list: ["apple", "pear"])")
print("plain \(prices.count) and \(Money(cents: 42).cents)")
