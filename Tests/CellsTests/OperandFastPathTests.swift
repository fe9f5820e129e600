import Testing

@testable import Cells

/// The interpreter's fast paths for numbers: operands read in place (a local, a global, a
/// literal), comparisons tested without a `Bool` value, assignments to variables, and
/// arguments evaluated straight into a frame. Each must give Swift's answer and keep its
/// errors located.
@Suite("Operand fast paths")
struct OperandFastPathTests {
  @Test func aFailingArgumentCaughtByTheCellLeavesNoFrameBehind() {
    // Each caught failure used to leave the callee's frame pushed; ten thousand of them
    // made every later call "recursion too deep".
    let code = """
      enum E: Error { case bad }
      func g() throws -> Int { throw E.bad }
      func h(_ x: Int) -> Int { x }
      let k = { (x: Int) -> Int in x }
      var caught = 0
      for _ in 0..<10_005 {
          do { _ = h(try g()) } catch { caught += 1 }
          do { _ = k(try g()) } catch { caught += 1 }
      }
      func depth(_ n: Int) -> Int { n == 0 ? 0 : 1 + depth(n - 1) }
      print(caught, depth(100))
      """
    #expect(output(code) == "20010 100")
  }

  @Test func theLeftOperandIsReadBeforeTheRightOneChangesIt() {
    let code = """
      func bump(_ v: inout Int) -> Int { v += 10; return 0 }
      func grow(_ t: inout String) -> String { t += "b"; return "c" }
      var x = 1
      var s = "a"
      let y = x + bump(&x)
      let u = s + grow(&s)
      func local() -> String {
          var a = 2
          var t = "p"
          let b = a * bump(&a)
          let w = t + grow(&t)
          return "\\(b) \\(a) \\(w) \\(t)"
      }
      print(y, x, u, s, local())
      """
    #expect(output(code) == "1 11 ac ab 0 12 pc pb")
  }

  @Test func comparisonsAsConditionsGiveSwiftsAnswers() {
    let code = """
      var n = 27
      var steps = 0
      while n != 1 {
          if n % 2 == 0 { n = n / 2 } else { n = 3 * n + 1 }
          steps += 1
      }
      let d = 2.5
      var flags = 0
      if 1 < d { flags += 1 }
      if "a" < "b" { flags += 10 }
      let o: Int? = nil
      if o == nil { flags += 100 }
      if d == 2.5 && d <= 2.5 && !(d > 2.5) { flags += 1000 }
      print(steps, flags, 3 < 2 ? "yes" : "no", d >= 2.5 ? 1 : 0)
      """
    #expect(output(code) == "111 1111 no 1")
  }

  @Test func assignmentsKeepTheVariablesType() {
    let code = """
      var d: Double = 1
      d = 3
      var i = 1
      i = i * 2
      func f() -> String {
          var e: Double = 0.5
          e = 4
          var j = 7
          j = j - 10
          return "\\(e) \\(j)"
      }
      print(d, i, f())
      """
    #expect(output(code) == "3.0 2 4.0 -3")
  }

  @Test func aComparisonOfValuesThatDoNotCompareIsLocated() throws {
    let error = try #require(
      failure("let xs: [Any] = [1, \"a\"]\nif 1 < 2 {\n  print(0)\n}\nif [1] < [2] { print(1) }"))
    #expect(error.message.contains("'<' cannot be applied"))
    #expect(error.line == 5 && error.column == 8)
  }

  @Test func overflowAndDivisionByZeroInAFunctionAreLocatedAtTheOperatorAndTheCall() throws {
    let overflow = try #require(failure("func f(_ a: Int) -> Int { a * 2 }\nlet m = Int.max\nprint(f(m))"))
    #expect(overflow.message.contains("overflow"))
    #expect(overflow.line == 1 && overflow.column == 29)
    #expect(overflow.frames.map(\.line) == [3])
    let division = try #require(failure("func q(_ a: Int, _ b: Int) -> Int {\n  a / b\n}\nprint(q(1, 0))"))
    #expect(division.message.contains("division by zero"))
    #expect(division.line == 2 && division.column == 5)
    #expect(division.frames.map(\.line) == [4])
  }

  @Test func aCallAskedForANumberHandsOverAnyValue() {
    // An operator asks its operands for numbers; a call whose body is one expression
    // answers with that expression's number, or its value when it is none.
    let code = """
      func s(_ n: Int) -> String { String(n) }
      func half(_ x: Double) -> Double { x / 2 }
      func pick(_ n: Int) -> Int { n < 2 ? n : pick(n - 1) + pick(n - 2) }
      func list(_ n: Int) -> [Int] { [n] }
      var total = 0.0
      for i in 0..<4 { total += half(Double(i)) }
      print(s(1) + s(2), total, pick(10), list(1) + list(2), half(3) * 2)
      """
    #expect(output(code) == "12 3.0 55 [1, 2] 3.0")
  }

  @Test func recursionTooDeepThroughAnOperatorIsALocatedError() throws {
    let error = try #require(failure("func f(_ n: Int) -> Int {\n  n == 0 ? 0 : 1 + f(n + 1)\n}\nprint(f(1))"))
    #expect(error.message.contains("recursion too deep"))
    #expect(error.line == 2)
    // The next cell of a session runs normally: the frames were let go.
    let results = run(
      "func f(_ n: Int) -> Int { 1 + f(n + 1) }\nprint(f(0))",
      "func g(_ n: Int) -> Int { n == 0 ? 0 : 1 + g(n - 1) }\nprint(g(500))")
    #expect(results[0].error?.message.contains("recursion too deep") == true)
    #expect(results[1].error == nil)
    #expect(results[1].outputs == [.text("500")])
  }

  /// `PlainArithmeticExpr`: `+ - * / %` with a literal or a plain variable on the right.
  @Test func arithmeticWithALiteralOrAVariableOnTheRightGivesSwiftsAnswers() {
    let code = """
      let g = 5
      func ints(_ x: Int, _ k: Int) -> String {
          "\\(x + 3) \\(x - 3) \\(x * 3) \\(x / 3) \\(x % 3) \\(x / k) \\(x % k) \\(x * k) \\(x - g) \\(x * 3 + 1)"
      }
      func doubles(_ d: Double, _ e: Double) -> String {
          "\\(d + 0.5) \\(d - 1.5) \\(d * 0.5) \\(d / 4.0) \\(d * e) \\(d / e) \\(d * 3) \\(3 * d)"
      }
      func mixed(_ s: String, _ t: String, _ n: Int) -> String { s + t + String(n * 2) }
      let t = Tensor([1.0, 2.0])
      let w = 2.0
      print(ints(-7, -1), "|", ints(7, 2), "|", doubles(3.0, 0.0), "|", mixed("a", "b", 4))
      print((t * 2.0).scalars, (t * w + 1.0).scalars, (t / w).scalars)
      """
    #expect(
      output(code) == """
        -4 -10 -21 -2 -1 7 0 7 -12 -20 | 10 4 21 2 1 3 1 14 2 22 | 3.5 1.5 1.5 0.75 0.0 inf 9.0 9.0 | ab8
        [2.0, 4.0] [3.0, 5.0] [0.5, 1.0]
        """)
  }

  @Test func arithmeticWithALiteralOrAVariableOnTheRightFailsAsSwiftDoes() throws {
    let plus = try #require(failure("func f(_ a: Int) -> Int { a + 1 }\nprint(f(Int.max))"))
    #expect(plus.message.contains("overflow") && plus.message.contains("+ 1"))
    #expect(plus.line == 1 && plus.column == 29)
    #expect(plus.frames.map(\.line) == [2])
    let minus = try #require(failure("let m = Int.min\nlet k = -1\nfunc f() -> Int { m / k }\nprint(f())"))
    #expect(minus.message.contains("overflow"))
    #expect(minus.line == 3 && minus.column == 21)
    let zero = try #require(failure("func r(_ a: Int) -> Int {\n  a % 0\n}\nprint(r(3))"))
    #expect(zero.message.contains("division by zero"))
    #expect(zero.line == 2 && zero.column == 5)
    let remainder = try #require(failure("func r(_ d: Double, _ e: Double) -> Double { d % e }\nprint(r(1.5, 1.0))"))
    #expect(remainder.message.contains("truncatingRemainder"))
  }

  /// Method calls asked for a number (`p.norm1() + 1`), receivers read in place, and
  /// `x += d` on a field: numbers and any other value, struct copies left alone.
  @Test func methodCallsAndFieldUpdatesInPlaceGiveSwiftsAnswers() {
    let code = """
      protocol Named {
          func name() -> String
          func size() -> Double
      }
      struct P: Named {
          var x: Double
          var n: Int
          func name() -> String { "p" }
          func size() -> Double { x * 2 }
          func count() -> Int { n + 1 }
          func label() -> String { "n" + String(n) }
          mutating func grow(_ d: Double) {
              x += d
              n += 1
          }
      }
      final class C: Named {
          var r: Double
          init(r: Double) { self.r = r }
          func name() -> String { "c" }
          func size() -> Double { r }
          func bump() { r += 1.0 }
      }
      var p = P(x: 1.5, n: 2)
      let q = p
      p.grow(1)
      let c = C(r: 0.5)
      let d = c
      c.bump()
      let items: [Named] = [p, c]
      var total = 0.0
      var names = ""
      for s in items {
          total += s.size()
          names += s.name()
      }
      print(p.count() * 2, p.label() + "!", p.size() + 1, q.x, q.n, p.x, p.n, total, names, d.r)
      """
    #expect(output(code) == "8 n3! 6.0 1.5 2 2.5 3 6.5 pc 1.5")
  }
}
