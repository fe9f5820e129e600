import Foundation
extension Sequence where Element: AdditiveArithmetic {
    func sum() -> Element { reduce(.zero, +) }
}
extension Sequence where Element: BinaryInteger {
    func average() -> Double { Double(Int(sum())) / Double(Array(self).count) }
}
extension Collection {
    func chunked(into size: Int) -> [[Element]] {
        stride(from: 0, to: count, by: size).map { start in
            let s = index(startIndex, offsetBy: start)
            let e = index(s, offsetBy: size, limitedBy: endIndex) ?? endIndex
            return Array(self[s..<e])
        }
    }
    subscript(safe index: Index) -> Element? { indices.contains(index) ? self[index] : nil }
}
extension Array where Element: Equatable {
    func removingDuplicates() -> [Element] {
        var out: [Element] = []
        for x in self where !out.contains(x) { out.append(x) }
        return out
    }
}
extension String {
    subscript(i: Int) -> Character { self[index(startIndex, offsetBy: i)] }
    var isPalindrome: Bool {
        let cleaned = lowercased().filter { $0.isLetter }
        return cleaned == String(cleaned.reversed())
    }
    func count(of ch: Character) -> Int { filter { $0 == ch }.count }
}
extension Int {
    var isPrime: Bool {
        guard self > 1 else { return false }
        var d = 2
        while d * d <= self { if self % d == 0 { return false }; d += 1 }
        return true
    }
    func times(_ body: (Int) -> Void) { for i in 0..<self { body(i) } }
    var digits: [Int] { String(self).compactMap { $0.wholeNumberValue } }
    static func fromDigits(_ ds: [Int]) -> Int { ds.reduce(0) { $0 * 10 + $1 } }
}
extension Double {
    func rounded(toPlaces p: Int) -> Double {
        let m = (0..<p).reduce(1.0) { r, _ in r * 10 }
        return (self * m).rounded() / m
    }
}
func largest<T: Comparable>(_ a: T, _ b: T, _ rest: T...) -> T {
    rest.reduce(max(a, b)) { max($0, $1) }
}
func countMatches<S: Sequence>(_ s: S, where pred: (S.Element) -> Bool) -> Int {
    var n = 0
    for x in s where pred(x) { n += 1 }
    return n
}
func findIndex<T: Equatable>(of value: T, in array: [T]) -> Int? {
    for (i, v) in array.enumerated() where v == value { return i }
    return nil
}
struct Pair<A, B> {
    let first: A
    let second: B
    func swapped() -> Pair<B, A> { Pair<B, A>(first: second, second: first) }
}
extension Pair: CustomStringConvertible {
    var description: String { "(\(first), \(second))" }
}
extension Pair where A == B, A: Numeric {
    var total: A { first + second }
}
print([1, 2, 3, 4].sum(), [1.5, 2.25].sum(), (1...10).sum())
print([1, 2, 3, 4].average(), [7, 8].average())
print(Array(1...10).chunked(into: 3), "abcdefg".chunked(into: 2).map { String($0) })
print([10, 20][safe: 1] as Any, [10, 20][safe: 5] as Any)
print([3, 1, 3, 2, 1].removingDuplicates(), ["a", "b", "a"].removingDuplicates())
print("hello"[1], "A man, a plan, a canal: Panama".isPalindrome, "swift".isPalindrome, "banana".count(of: "a"))
print((1...30).filter(\.isPrime), 97.isPrime, 1.isPrime)
3.times { print("tick", $0) }
print(9075.digits, Int.fromDigits([4, 0, 2]), 12345.digits.reversed().map(String.init).joined())
print(3.14159.rounded(toPlaces: 2), 2.0.rounded(toPlaces: 3), (10.0 / 3).rounded(toPlaces: 1))
print(largest(3, 7, 5, 1), largest("pear", "apple"), largest(2.5, -1.0))
print(countMatches([1, 2, 3, 4, 5]) { $0 > 2 }, countMatches("mississippi") { $0 == "s" })
print(findIndex(of: "c", in: ["a", "b", "c"]) as Any, findIndex(of: 9, in: [1]) as Any)
let p = Pair(first: 1, second: "one")
print(p, p.swapped(), Pair(first: 2, second: 3).total, Pair(first: 1.5, second: 2.5).total)
