struct Email {
    let address: String
    init?(_ address: String) {
        guard address.contains("@"), address.contains(".") else { return nil }
        self.address = address
    }
}

enum Planet: Int, CaseIterable {
    case mercury = 1, venus, earth, mars
}

class Product {
    let name: String
    let price: Double
    init?(name: String, price: Double) {
        if name.isEmpty || price < 0 { return nil }
        self.name = name
        self.price = price
    }
}

for s in ["a@b.com", "bad", "x@y"] {
    if let e = Email(s) {
        print("valid:", e.address)
    } else {
        print("invalid:", s)
    }
}
print(Planet(rawValue: 3) as Any)
print(Planet(rawValue: 9) == nil)
print(Planet.allCases.map { $0.rawValue })
let p = Product(name: "Pen", price: 1.5)
print(p?.name ?? "nil", Product(name: "", price: 2) == nil)
print(Int("42") ?? 0, Int("4x2") ?? -1, Double("3.5")!)
