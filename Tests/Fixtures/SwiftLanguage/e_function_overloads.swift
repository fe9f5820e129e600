// Global functions overloaded by parameter type, and by a closure versus an @autoclosure parameter.
func describe(_ x: Int) -> String { "int \(x)" }
func describe(_ x: String) -> String { "string \(x)" }
func describe(_ x: Double) -> String { "double \(x)" }
func describe(_ xs: [Int]) -> String { "ints \(xs.count)" }
print(describe(3), describe("a"), describe(2.5), describe([1, 2]))
let n = 4
print(describe(n * 2), describe("\(n)"))
func check(ok: () -> Bool) { print("closure", ok()) }
func check(ok: @autoclosure () -> Bool) { print("autoclosure", ok()) }
check(ok: { true })
check { false }
check(ok: 1 < 2)
func area(_ w: Int, _ h: Int) -> Int { w * h }
func area(_ w: Double, _ h: Double) -> Double { w * h }
print(area(2, 3), area(1.5, 2.0))
