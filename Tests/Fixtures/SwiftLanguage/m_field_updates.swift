struct P {
    var x: Double
    var n: Int
    var f: Float = 1.5
    mutating func bump(_ d: Double) {
        x += d
        n += 2
        n *= 3
        f += 1
        x -= 0.25
        x *= 2
        x /= 4
    }
    func sum() -> Double { x + Double(n) }
    func scaled(_ k: Double) -> Double { x * k + x }
}
var a = P(x: 1, n: 1)
let copy = a
a.bump(3)
print(a.x, a.n, a.f, copy.x, copy.n, copy.f)
var arr = [a, a]
arr[0].bump(1)
print(arr[0].x, arr[1].x, a.x)
print(a.sum(), a.scaled(2))
final class C {
    var v = 0.0
    var k = 0
    func add(_ d: Double) { v += d; k += 1 }
    func twice() -> Double { v * 2 + v }
}
let c = C()
let d = c
for i in 0..<5 { c.add(Double(i)) }
print(c.v, d.v, c.k, d.twice())
struct W {
    var count = 0 { didSet { print("didSet", oldValue, "->", count) } }
    mutating func inc() { count += 1 }
}
var w = W()
w.inc(); w.inc()
struct Big {
    var big: Int
    mutating func grow() { big += Int.max }
}
var b = Big(big: 5)
func g(_ v: inout P) { v.x += 100 }
g(&a)
print(a.x)
var pts = [P(x: 0, n: 0)]
for i in 0..<3 { pts[0].x += Double(i) }
print(pts[0].x)
struct Box { var v: [Double] = [1, 2]; mutating func add() { v += [3] } }
var bx = Box(); bx.add(); print(bx.v)
