// `Self.member`: static constants and methods named through `Self`.
struct Temperature {
    static let freezing = 0.0
    static let boiling = 100.0
    static func clamp(_ c: Double) -> Double { min(max(c, Self.freezing), Self.boiling) }
    var celsius: Double
    var state: String {
        if celsius <= Self.freezing { return "ice" }
        if celsius >= Self.boiling { return "steam" }
        return "water"
    }
    func clamped() -> Temperature { Temperature(celsius: Self.clamp(celsius)) }
}
for c in [-5.0, 20, 100, 130] {
    let t = Temperature(celsius: c)
    print(c, t.state, t.clamped().celsius)
}

struct Ticket {
    static var issued = 0
    static let prefix = "T-"
    let number: Int
    static func next() -> Ticket {
        Self.issued += 1
        return Ticket(number: Self.issued)
    }
    func describe() -> String { "\(Self.prefix)\(number) of \(Self.issued)" }
}
let tickets = [Ticket.next(), Ticket.next(), Ticket.next()]
for t in tickets { print(t.describe()) }

enum Planet {
    case mercury, earth
    static let g = 9.81
    var gravity: Double { self == .earth ? Self.g : Self.g * 0.38 }
}
print(Planet.earth.gravity, (Planet.mercury.gravity * 100).rounded() / 100)

class Account {
    static var opened = 0
    static let bank = "First"
    let number: Int
    init() {
        Self.opened += 1
        number = Self.opened
    }
    func label() -> String { "\(Self.bank) #\(number)/\(Self.opened)" }
}
class Savings: Account {
    func reopen() { Self.opened += 100 }
}
let accounts = [Account(), Account()]
let savings = Savings()
savings.reopen()
print(accounts.map { $0.label() }, savings.label(), Account.opened)
