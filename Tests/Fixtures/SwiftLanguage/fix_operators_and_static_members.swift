import Foundation
struct Point: Hashable { var x: Int, y: Int }
extension Point {
    static func + (a: Point, b: Point) -> Point { Point(x: a.x + b.x, y: a.y + b.y) }
    static func += (a: inout Point, b: Point) { a = a + b }
    static let zero = Point(x: 0, y: 0)
}
var p = Point.zero
p += Point(x: 1, y: 2); p += Point(x: 1, y: 1)
print(p, [Point.zero, p].map { $0.x + $0.y })
let dirs = [(0, 1), (1, 0), (0, -1), (-1, 0)].map { Point(x: $0.0, y: $0.1) }
var visited: Set<Point> = [.zero]
var cur = Point.zero
for d in dirs + dirs { cur = cur + d; visited.insert(cur) }
print(visited.count)
infix operator **: MultiplicationPrecedence
func ** (b: Int, e: Int) -> Int { (0..<e).reduce(1) { acc, _ in acc * b } }
print(2 ** 10, 3 ** 2 * 2)
prefix operator √
prefix func √ (x: Double) -> Double { x.squareRoot() }
print(√16.0)
postfix operator ++
postfix func ++ (x: inout Int) { x += 1 }
var k = 1; k++; print(k)
struct Money: CustomStringConvertible, Comparable {
    let cents: Int
    var description: String { "$\(cents / 100).\(String(format: "%02d", cents % 100))" }
    static func < (a: Money, b: Money) -> Bool { a.cents < b.cents }
    static func + (a: Money, b: Money) -> Money { Money(cents: a.cents + b.cents) }
}
let wallet = [Money(cents: 150), Money(cents: 99), Money(cents: 1000)]
print(wallet.reduce(Money(cents: 0), +), wallet.sorted(), wallet.max()!)
