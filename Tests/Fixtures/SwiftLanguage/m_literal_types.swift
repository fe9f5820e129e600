// Literals that take a cell type's ExpressibleBy...Literal conformance beside its
// operators and in arrays; Character raw values with escapes; string edits; Result(catching:);
// a lazy closure property called like a method.
struct Meters: ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral, Comparable, CustomStringConvertible {
    var value: Double
    init(_ value: Double) { self.value = value }
    init(integerLiteral v: Int) { value = Double(v) }
    init(floatLiteral v: Double) { value = v }
    static func + (a: Meters, b: Meters) -> Meters { Meters(a.value + b.value) }
    static func * (a: Meters, k: Double) -> Meters { Meters(a.value * k) }
    static func < (a: Meters, b: Meters) -> Bool { a.value < b.value }
    static func == (a: Meters, b: Meters) -> Bool { a.value == b.value }
    var description: String { "\(value) m" }
}
let run = Meters(400) + 5
print(run, run * 2, run > 400, 300 < run, run == 405, run != 405.5)
let laps: [Meters] = [400, 200.5, run]
print(laps.max()!, laps.sorted())
let mixed = [run, 100, 2.5]
print(mixed.min()!, mixed.count, type(of: mixed))

enum Whitespace: Character, CaseIterable {
    case space = " ", tab = "\t", newline = "\n"
}
print(Whitespace.allCases.map { $0.rawValue.asciiValue! }, Whitespace(rawValue: "\t") == .tab)
enum Accent: String { case acute = "\u{E9}", grave = "\u{E8}" }
print(Accent.acute.rawValue, Accent(rawValue: "è") == .grave)

var note = "Hello world"
note.insert(contentsOf: ", big", at: note.index(note.startIndex, offsetBy: 5))
print(note)
var digits = [1, 2, 6]
digits.insert(contentsOf: [3, 4, 5], at: 2)
print(digits, "ab€".utf16.count, Array("hé".utf16))

enum Failure: Error { case negative(Int) }
func root(_ x: Int) throws -> Double {
    if x < 0 { throw Failure.negative(x) }
    return Double(x).squareRoot()
}
for x in [16, -4] {
    let r = Result { try root(x) }
    switch r {
    case .success(let v): print("root", v)
    case .failure(let e): print("failed", e)
    }
}

final class Greeter {
    let name: String
    init(name: String) { self.name = name }
    lazy var greet: (String) -> String = { [unowned self] other in "\(self.name) greets \(other)" }
}
let g = Greeter(name: "Ada")
print(g.greet("Alan"), g.greet("Grace"))
