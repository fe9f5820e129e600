import Foundation
precedencegroup ExponentiationPrecedence {
    associativity: right
    higherThan: MultiplicationPrecedence
}
infix operator **: ExponentiationPrecedence
func ** (base: Int, exp: Int) -> Int { (0..<exp).reduce(1) { acc, _ in acc * base } }
func ** (base: Double, exp: Double) -> Double {
    var r = 1.0
    for _ in 0..<Int(exp) { r *= base }
    return r
}
print(2 ** 10, 2 ** 3 ** 2, 3 * 2 ** 2, 1.5 ** 2.0)

prefix operator √
prefix func √ (x: Double) -> Double { x.squareRoot() }
print(√16.0, √2.0)

postfix operator ^^
postfix func ^^ (n: Int) -> Int { n <= 1 ? 1 : (1...n).reduce(1, *) }
print(5^^, 0^^)

infix operator <=>: ComparisonPrecedence
func <=> <T: Comparable>(a: T, b: T) -> Int { a < b ? -1 : (a == b ? 0 : 1) }
print(1 <=> 2, "b" <=> "a", 3.0 <=> 3.0)

indirect enum Expr: CustomStringConvertible {
    case num(Int)
    case add(Expr, Expr)
    case mul(Expr, Expr)
    case neg(Expr)
    case variable(String)

    var description: String {
        switch self {
        case .num(let n): return n < 0 ? "(\(n))" : "\(n)"
        case let .add(a, b): return "(\(a) + \(b))"
        case let .mul(a, b): return "\(a) * \(b)"
        case .neg(let e): return "-\(e)"
        case .variable(let v): return v
        }
    }

    func eval(_ env: [String: Int] = [:]) -> Int? {
        switch self {
        case .num(let n): return n
        case let .add(a, b):
            guard let x = a.eval(env), let y = b.eval(env) else { return nil }
            return x + y
        case let .mul(a, b):
            if let x = a.eval(env), let y = b.eval(env) { return x * y }
            return nil
        case .neg(let e): return e.eval(env).map { -$0 }
        case .variable(let v): return env[v]
        }
    }

    var simplified: Expr {
        switch self {
        case .add(.num(0), let e), .add(let e, .num(0)): return e.simplified
        case .mul(.num(1), let e), .mul(let e, .num(1)): return e.simplified
        case .mul(.num(0), _), .mul(_, .num(0)): return .num(0)
        case let .add(a, b): return .add(a.simplified, b.simplified)
        case let .mul(a, b): return .mul(a.simplified, b.simplified)
        case .neg(.neg(let e)): return e.simplified
        default: return self
        }
    }
}

let e: Expr = .add(.mul(.num(3), .variable("x")), .neg(.num(-4)))
print(e, e.eval(["x": 5]) as Any, e.eval() as Any)
let messy: Expr = .add(.num(0), .mul(.num(1), .neg(.neg(.variable("y")))))
print(messy, "=>", messy.simplified)

enum Token: Hashable { case word(String), number(Int), end }
let tokens: [Token] = [.word("a"), .number(1), .word("a"), .end, .number(1)]
print(Set(tokens).count, tokens.filter { $0 == .word("a") }.count, tokens.firstIndex(of: .end)!)
var tally: [Token: Int] = [:]
for t in tokens { tally[t, default: 0] += 1 }
print(tally[.word("a")]!, tally[.number(1)]!, tally[.number(2)] ?? 0)

struct Person { var name: String; var age: Int }
let nameKey = \Person.name
var people = [Person(name: "Ann", age: 40), Person(name: "Bob", age: 25)]
print(people[0][keyPath: nameKey], people.map(\.age))
people[1].age += 1
print(people[1].age)
func sortedBy<T, V: Comparable>(_ xs: [T], _ kp: KeyPath<T, V>) -> [T] { xs.sorted { $0[keyPath: kp] < $1[keyPath: kp] } }
print(sortedBy(people, \.age).map(\.name), sortedBy(people, \Person.name).map(\.name))

struct Grid {
    var cells: [[Int]]
    subscript(r: Int, c: Int) -> Int {
        get { cells[r][c] }
        set { cells[r][c] = newValue }
    }
    subscript(row r: Int) -> [Int] { cells[r] }
    subscript(column c: Int) -> [Int] { cells.map { $0[c] } }
}
var grid = Grid(cells: [[1, 2, 3], [4, 5, 6]])
grid[1, 2] = 60
grid[0, 0] += 10
print(grid[row: 1], grid[column: 2], grid[0, 0])

struct Money: CustomDebugStringConvertible, CustomStringConvertible, ExpressibleByIntegerLiteral {
    let cents: Int
    init(cents: Int) { self.cents = cents }
    init(integerLiteral value: Int) { cents = value * 100 }
    var description: String { "$\(cents / 100).\(String(format: "%02d", cents % 100))" }
    var debugDescription: String { "Money(\(cents))" }
}
let price: Money = 5
print(price, Money(cents: 1234), [Money(cents: 5)])
debugPrint(price)
print(String(describing: price), String(reflecting: price))
