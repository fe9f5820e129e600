import Foundation

struct Product {
    let name: String
    let price: Double
    let qty: Int
}

let products = [
    Product(name: "Widget", price: 3.5, qty: 10),
    Product(name: "Gadget", price: 12.999, qty: 3),
    Product(name: "Doohickey", price: 0.75, qty: 120),
]

print(String(format: "%-10@ %8@ %5@", "Name" as NSString, "Price" as NSString, "Qty" as NSString))
for p in products {
    print(String(format: "%-10@ %8.2f %5d", p.name as NSString, p.price, p.qty))
}
let total = products.reduce(0.0) { $0 + $1.price * Double($1.qty) }
print(String(format: "Total: %.2f", total))
print(String(format: "%05d|%x|%X|%o", 42, 255, 255, 8))
print(String(format: "%5.1f%%", 12.345))
print(String(format: "%e", 12345.678))
print(String(format: "%+d %+d", 5, -5))
let pi = Double.pi
print(String(format: "%.3f %.0f %10.4f|", pi, pi, pi))
print(String(format: "[%3d] [%-3d]", 7, 7))
