extension Comparable {
    func clamped(to r: ClosedRange<Self>) -> Self { Swift.min(Swift.max(self, r.lowerBound), r.upperBound) }
    func isBetween(_ a: Self, _ b: Self) -> Bool { a <= self && self <= b }
}
extension Equatable {
    func isAny(of xs: [Self]) -> Bool { xs.contains(self) }
}
struct Level: Comparable { let n: Int; static func < (a: Level, b: Level) -> Bool { a.n < b.n } }
print(15.clamped(to: 0...10), 2.5.clamped(to: 0.0...1.0), "q".clamped(to: "a"..."m"))
print(Level(n: 3).isBetween(Level(n: 1), Level(n: 5)), 7.isBetween(8, 9))
print("b".isAny(of: ["a", "b"]), 3.isAny(of: [1, 2]), Level(n: 2).isAny(of: [Level(n: 2)]))
extension Int { var squared: Int { self * self } }
print(4.squared, 4.clamped(to: 5...6).squared)
