protocol P { static var sides: Int { get }; static func make() -> Self; init() }
struct Sq: P { static var sides: Int { 4 }; static func make() -> Sq { Sq() }; static let label = "square" }
struct Tri: P { static var sides: Int { 3 }; static func make() -> Tri { Tri() } }
let xs: [P] = [Sq(), Tri()]
for x in xs { print(type(of: x).sides, type(of: x)) }
let t = Sq.self
print(t.sides, t.label, t.make())
func count<T: P>(_ type: T.Type) -> Int { T.sides * 10 }
print(count(Sq.self), count(Tri.self))
func build<T: P>(_ type: T.Type) -> T { T() }
print(build(Tri.self))
let made = type(of: xs[0]).init()
print(made)
extension P { var name: String { "\(Self.self) with \(Self.sides)" } }
print(xs.map { $0.name })
func sum<T: Numeric>(_ xs: [T]) -> T { var s: T = 0; for x in xs { s += x }; return s }
print(sum([1, 2, 3]), sum([1.5, 2.5]))
func total<T: AdditiveArithmetic>(_ xs: [T]) -> T { xs.reduce(T.zero, +) }
print(total([1, 2]), total([0.5, 0.25]))
func avg<T: BinaryFloatingPoint>(_ xs: [T]) -> T { xs.reduce(0, +) / T(xs.count) }
print(avg([1.0, 2.0, 4.0]))
func maxOf<T: Comparable>(_ a: T, _ b: T) -> T { a > b ? a : b }
print(maxOf(3, 7), maxOf("a", "b"))
func describe<T>(_ x: T) -> String { "\(T.self): \(x)" }
print(describe(3), describe("s"), describe([1.0]))
protocol Named: CustomStringConvertible { var id: Int { get } }
extension Named { var description: String { "\(Self.self)#\(id)" } }
struct User: Named { let id: Int }
class Base: Named { let id = 7; func kind() -> String { "\(Self.self)" } }
final class Derived: Base {}
print(User(id: 3), Base(), Derived(), Derived().kind())
struct Grid { var cells = [0, 0, 0, 0]; subscript(r: Int, c: Int) -> Int { cells[r * 2 + c] } }
let table = ["a": 1]
print(table["b", default: 0], table["a", default: 0] + 1, Grid()[1, 1])
print(Int.zero, Double.zero, Int.bitWidth)
enum ParseError: Error { case bad }
func expect<E: Error>(_ type: E.Type, _ body: () throws -> Void) -> Bool {
    do { try body(); return false } catch is E { return true } catch { return false }
}
print(expect(ParseError.self) { throw ParseError.bad })
func firstOf<T>(_ like: T, in xs: [Any]) -> T? { for x in xs { if let t = x as? T { return t } }; return nil }
print(firstOf(0, in: ["a", 2.5, 7, 8]) as Any, firstOf("", in: [1, "z"]) as Any)
func force<U>(_ x: Any) -> U { x as! U }
let n: Int = force(5)
print(n)
struct Folder {}
struct Sheet {}
protocol Listable { associatedtype FileType; func describe() -> String }
class FolderCell: Listable {
  typealias FileType = Folder
  func describe() -> String { "FolderCell with \(FileType.self) type" }
}
class ListCell: Listable {
  typealias FileType = Sheet
  func describe() -> String { "ListCell with \(FileType.self) type" }
}
typealias Box = Folder
print(FolderCell().describe(), ListCell().describe(), Box.self)
