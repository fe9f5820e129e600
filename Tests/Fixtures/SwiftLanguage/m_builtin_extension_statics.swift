protocol Summable { static func + (a: Self, b: Self) -> Self; static var zero: Self { get } }
extension Int: Summable { static var zero: Int { 0 } }
extension String: Summable { static var zero: String { "" } }
extension Double: Summable { static var zero: Double { 0.0 } }
func total<T: Summable>(_ xs: [T]) -> T { xs.reduce(T.zero, +) }
print(total([1, 2, 3]), total(["a", "b", "c"]), total([1.5, 2]))
extension Double {
    static let gravity = 9.81
    static var halfPi: Double { .pi / 2 }
}
extension Int {
    static let answer = 42
    static func twice(_ x: Int) -> Int { x * 2 }
}
print(Double.gravity * 2, Double.halfPi, Int.answer, Int.twice(Int.answer))
