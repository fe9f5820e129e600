import Foundation
protocol Drawable { func draw() -> String }
struct AnyDrawable: Drawable {
    private let _draw: () -> String
    init<D: Drawable>(_ d: D) { _draw = d.draw }
    func draw() -> String { _draw() }
}
struct Dot: Drawable { func draw() -> String { "." } }
struct Line: Drawable { let n: Int; func draw() -> String { String(repeating: "-", count: n) } }
let canvas = [AnyDrawable(Dot()), AnyDrawable(Line(n: 4)), AnyDrawable(Dot())]
print(canvas.map { $0.draw() }.joined())

func total<C: Collection>(_ c: C) -> Int where C.Element == Int { c.reduce(0, +) }
print(total([1, 2, 3]), total(Set([4, 5])), total(1...10))
func describeAll(_ items: [Any]) -> [String] {
    items.map { item in
        switch item {
        case let i as Int: return "Int \(i)"
        case let d as Double: return "Double \(d)"
        case let s as String: return "String \(s)"
        case let a as [Int]: return "Array of \(a.count)"
        case is Bool: return "Bool"
        case let p as (Int, Int): return "Pair \(p.0),\(p.1)"
        default: return "Other \(type(of: item))"
        }
    }
}
print(describeAll([1, 2.5, "x", [1, 2], true, (3, 4), Dot()]))
let mixed: [AnyHashable] = [1, "one", 2.0]
print(mixed.contains(1), mixed.contains("two"), Set(mixed).count)
var registry: [String: Any] = ["count": 3, "name": "nn", "ratio": 0.5]
if let c = registry["count"] as? Int { print("count+1 =", c + 1) }
print(registry["name"] as? String ?? "-", registry["missing"] == nil, registry.keys.sorted())
func firstEqual<T: Equatable>(_ a: [T], _ b: [T]) -> T? { zip(a, b).first { $0 == $1 }?.0 }
print(firstEqual([1, 2, 3], [3, 2, 1]) as Any, firstEqual(["a"], ["b"]) as Any)
protocol Scorable { var score: Int { get } }
extension Array where Element: Scorable {
    var totalScore: Int { reduce(0) { $0 + $1.score } }
    func best() -> Element? { self.max { $0.score < $1.score } }
}
struct Player: Scorable, CustomStringConvertible { let name: String; let score: Int; var description: String { "\(name):\(score)" } }
let team = [Player(name: "a", score: 3), Player(name: "b", score: 9), Player(name: "c", score: 5)]
print(team.totalScore, team.best()!, team.sorted { $0.score > $1.score })
func makeSequence() -> some Sequence<Int> { stride(from: 0, to: 10, by: 3) }
print(Array(makeSequence()))
let anyEq: any Equatable = 5
print(type(of: anyEq))
func apply<T, U>(_ x: T, _ fs: [(T) -> U]) -> [U] { fs.map { $0(x) } }
print(apply(3, [{ $0 * 2 }, { $0 + 100 }, { -$0 }]))
typealias Transform = (Double) -> Double
let pipeline: [Transform] = [{ $0 + 1 }, { $0 * $0 }, sqrt]
print(pipeline.reduce(3.0) { acc, f in f(acc) })
