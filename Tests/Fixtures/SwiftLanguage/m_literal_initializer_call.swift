struct Name: ExpressibleByStringLiteral, CustomStringConvertible {
    let parts: [String]
    init(stringLiteral s: String) { parts = s.split(separator: " ").map(String.init) }
    var description: String { parts.reversed().joined(separator: ", ") }
}
print(Name("Alan Turing"), [Name("Grace Hopper"), "Ada Lovelace"])
struct Cents: ExpressibleByIntegerLiteral { let v: Int; init(integerLiteral v: Int) { self.v = v * 100 } }
print(Cents(7).v)
