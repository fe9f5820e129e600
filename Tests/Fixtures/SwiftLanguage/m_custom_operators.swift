precedencegroup ExponentiationPrecedence {
    higherThan: MultiplicationPrecedence
    associativity: right
}
infix operator **: ExponentiationPrecedence
func ** (base: Double, power: Double) -> Double {
    var r = 1.0
    for _ in 0..<Int(power) { r *= base }
    return r
}
print(2 ** 3 ** 2, 2 * 3 ** 2)
struct Vector2D: CustomStringConvertible {
    var x = 0.0, y = 0.0
    var description: String { "(\(x), \(y))" }
    static func + (l: Vector2D, r: Vector2D) -> Vector2D { Vector2D(x: l.x + r.x, y: l.y + r.y) }
    static prefix func - (v: Vector2D) -> Vector2D { Vector2D(x: -v.x, y: -v.y) }
    static func += (l: inout Vector2D, r: Vector2D) { l = l + r }
    static func * (v: Vector2D, k: Double) -> Vector2D { Vector2D(x: v.x * k, y: v.y * k) }
    static func == (l: Vector2D, r: Vector2D) -> Bool { l.x == r.x && l.y == r.y }
}
prefix operator +++
extension Vector2D {
    static prefix func +++ (v: inout Vector2D) -> Vector2D { v += v; return v }
}
var v = Vector2D(x: 1, y: 2)
let w = -v + Vector2D(x: 3, y: 4) * 2
print(v, w, v == w)
v += w
print(v)
var toBeDoubled = Vector2D(x: 1.0, y: 4.0)
let afterDoubling = +++toBeDoubled
print(toBeDoubled, afterDoubling)
infix operator <=>: ComparisonPrecedence
func <=> (a: Int, b: Int) -> Int { a < b ? -1 : (a > b ? 1 : 0) }
print(3 <=> 5, 5 <=> 5, [1, 9, 4].sorted { ($0 <=> $1) > 0 })
postfix operator ^^
postfix func ^^ (n: Int) -> Int { n <= 1 ? 1 : n * (n - 2)^^ }
print(7^^, 8^^)
struct Money: Comparable, ExpressibleByIntegerLiteral {
    let cents: Int
    init(cents: Int) { self.cents = cents }
    init(integerLiteral value: Int) { cents = value * 100 }
    static func < (a: Money, b: Money) -> Bool { a.cents < b.cents }
    static func + (a: Money, b: Money) -> Money { Money(cents: a.cents + b.cents) }
}
let wallet: [Money] = [5, Money(cents: 250), 1]
print(wallet.sorted().map(\.cents), wallet.max()!.cents, (wallet.reduce(Money(cents: 0), +)).cents)
