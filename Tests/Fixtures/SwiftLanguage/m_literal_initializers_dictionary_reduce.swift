struct Modular: ExpressibleByIntegerLiteral, CustomStringConvertible {
    var value: Int
    init(_ v: Int) { value = ((v % 7) + 7) % 7 }
    init(integerLiteral v: Int) { self.init(v) }
    static func + (a: Modular, b: Modular) -> Modular { Modular(a.value + b.value) }
    static func * (a: Modular, b: Modular) -> Modular { Modular(a.value * b.value) }
    var description: String { "\(value) mod 7" }
}
let xs: [Modular] = [3, 5, 6, 10]
print(xs.reduce(0, +), xs.reduce(1, *))
struct Config: ExpressibleByDictionaryLiteral {
    var pairs: [(String, Int)]
    init(dictionaryLiteral elements: (String, Int)...) { pairs = elements }
}
let cfg: Config = ["depth": 3, "width": 8, "alpha": 1]
print(cfg.pairs.map { "\($0.0)=\($0.1)" })
let empty: Config = [:]
print(empty.pairs.count)
