// Generic overloads told apart by their constraints, as a generics lesson shows them.
func compare<T: Comparable>(_ a: T, _ b: T) -> String {
    a < b ? "\(a) < \(b)" : a == b ? "\(a) == \(b)" : "\(a) > \(b)"
}
func compare<T>(_ a: T, _ b: T) -> String where T: Equatable {
    a == b ? "\(a) equals \(b)" : "\(a) differs from \(b)"
}
print(compare(3, 7))
print(compare("pear", "apple"))
print(compare(true, true))
print(compare(false, true))
print(compare(2.5, 2.5))

func describe<T: Numeric>(_ x: T) -> String { "number \(x), doubled \(x + x)" }
func describe<T: Equatable>(_ x: T) -> String { "value \(x)" }
print(describe(21))
print(describe(1.5))
print(describe("text"))
print(describe(false))

func largest<T: Comparable>(_ xs: [T]) -> T? { xs.max() }
func largest<T: Equatable>(_ x: T, _ y: T) -> T { x }
print(largest([4, 9, 2]) ?? 0, largest(["b", "a"]) ?? "", largest(true, false))

struct Version: Comparable {
    let major: Int, minor: Int
    static func < (l: Version, r: Version) -> Bool { (l.major, l.minor) < (r.major, r.minor) }
}
extension Version: CustomStringConvertible { var description: String { "v\(major).\(minor)" } }
print(compare(Version(major: 1, minor: 2), Version(major: 1, minor: 10)))
