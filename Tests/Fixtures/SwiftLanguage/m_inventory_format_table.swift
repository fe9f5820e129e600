import Foundation

struct Product: Hashable {
    let sku: String
    let name: String
    let price: Double
    var quantity: Int
    var value: Double { price * Double(quantity) }
}

struct Inventory {
    private(set) var products: [String: Product] = [:]
    mutating func add(_ p: Product) {
        if var existing = products[p.sku] {
            existing.quantity += p.quantity
            products[p.sku] = existing
        } else {
            products[p.sku] = p
        }
    }
    mutating func remove(sku: String, count: Int) -> Bool {
        guard var p = products[sku], p.quantity >= count else { return false }
        p.quantity -= count
        products[sku] = p.quantity == 0 ? nil : p
        return true
    }
    var totalValue: Double { products.values.reduce(0) { $0 + $1.value } }
    func report() -> String {
        var lines = [String(format: "%-6@ %-14@ %8@ %5@ %10@", "SKU", "Name", "Price", "Qty", "Value")]
        lines.append(String(repeating: "-", count: 47))
        for p in products.values.sorted(by: { $0.sku < $1.sku }) {
            lines.append(String(format: "%-6@ %-14@ %8.2f %5d %10.2f", p.sku, p.name, p.price, p.quantity, p.value))
        }
        lines.append(String(format: "%@ %36.2f", "TOTAL", totalValue))
        return lines.joined(separator: "\n")
    }
}

var inv = Inventory()
inv.add(Product(sku: "A100", name: "Widget", price: 2.5, quantity: 10))
inv.add(Product(sku: "B200", name: "Gadget", price: 12.99, quantity: 3))
inv.add(Product(sku: "C300", name: "Doohickey", price: 0.75, quantity: 120))
inv.add(Product(sku: "A100", name: "Widget", price: 2.5, quantity: 5))
print(inv.report())
print(inv.remove(sku: "B200", count: 3), inv.remove(sku: "C300", count: 500), inv.remove(sku: "Z", count: 1))
print(inv.products.count, inv.products["B200"] == nil)
print(String(format: "Total: $%.2f", inv.totalValue))
let percent = 0.4567
print(String(format: "%.1f%%", percent * 100), String(format: "%5.1f%%", 5.0))
print(String(format: "%08.3f|%-8d|%+.2e", 3.14159, 42, 123456.0))
print(String(format: "%2$@ %1$@", "world", "hello"))
print(String(format: "%c%c", 72, 105), String(format: "%%"))
print(String(format: "%.0f %.0f %.0f", 0.5, 1.5, 2.5), String(format: "%g %g", 0.0001, 1234567.0))
print(String(format: "%ld %lu %lld", 5, 6, 7), String(format: "%03x", 10))
let table = [("alpha", 1.0), ("beta", 22.5), ("gamma", 333.25)]
for (name, v) in table {
    print(name.padding(toLength: 8, withPad: " ", startingAt: 0) + String(format: "%10.3f", v))
}
let widths = table.map { $0.0.count }
print(widths, widths.max()!, String(repeating: "=", count: widths.reduce(0, +)))
