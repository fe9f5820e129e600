import Testing

@testable import Cells

/// The fast paths of calls: mutating methods working on `self` in place, the field
/// cache of `p.x`, closures called by `map`/`reduce` without an argument array, closures
/// in variables, and built-ins that reuse their argument array.
@Suite("Call paths")
struct CallPathTests {
  static let point = """
    struct P {
      var x: Int
      mutating func shift(_ d: Int) { x += d }
      mutating func fail(_ i: Int) { x += [1, 2][i] }
    }

    """

  @Test func aMutatingMethodLeavesEarlierCopiesAlone() {
    let code = """
      var a = P(x: 1)
      let b = a
      a.shift(2)
      var ps = [P(x: 1), P(x: 2)]
      let copy = ps
      ps[1].shift(10)
      print(a.x, b.x, ps[1].x, copy[1].x)
      """
    #expect(output(Self.point + code) == "3 1 12 2")
  }

  @Test func theArgumentsOfAMutatingMethodSeeTheReceiverBeforeTheCall() {
    #expect(output(Self.point + "var q = P(x: 5)\nq.shift(q.x)\nq.shift(q.x)\nprint(q.x)") == "20")
  }

  @Test func aFailingMutatingMethodIsLocatedInsideItAndAtTheCall() throws {
    let error = try #require(failure(Self.point + "var q = P(x: 5)\nq.shift(1)\nq.fail(7)"))
    #expect(error.message.contains("out of range"))
    #expect(error.line == 4)
    #expect(error.frames.map(\.line) == [8])
  }

  @Test func oneFieldAccessServesStructsWithTheFieldAtDifferentPlaces() {
    let code = """
      protocol HasX { var x: Int { get } }
      struct A: HasX { var a = 0; var b = 1; var x: Int }
      struct B: HasX { var x: Int }
      func get(_ v: HasX) -> Int { v.x }
      print(get(A(x: 5)), get(B(x: 7)), get(A(x: 9)), get(B(x: 11)))
      """
    #expect(output(code) == "5 7 9 11")
  }

  @Test func aStructRedefinedInALaterCellHasItsOwnFields() {
    let results = run(
      "struct S { var a: Int; var b: Int }\nlet s = S(a: 1, b: 2)\nprint(s.b)",
      "struct S { var b: Int }\nlet t = S(b: 3)\nprint(t.b)")
    #expect(results.map(\.error).allSatisfy { $0 == nil })
    #expect(results.map(\.outputs) == [[.text("2")], [.text("3")]])
  }

  @Test(arguments: [
    ("print([(1, 2), (3, 4)].map { a, b in a + b }, [(1, 2)].map { $0.1 })", "[3, 7] [2]"),
    ("print([3, 1, 2].sorted(by: { $0 > $1 }), [1, 2, 3].reduce(10) { $0 - $1 })", "[3, 2, 1] 4"),
    ("print([1, 2, 3, 4].filter { $0 % 2 == 0 }, [1, 2].map { Double($0) / 4 })", "[2, 4] [0.25, 0.5]"),
    ("var s = 0\n[1, 2, 3].forEach { s += $0 * $0 }\nprint(s)", "14"),
    ("let g = { (x: Double) -> Double in x / 2 }\nprint(g(3), g(1.5))", "1.5 0.75"),
    ("let k = 3\nlet add = { (a: Int, b: Int) in a + b + k }\nprint(add(1, 2))", "6"),
    ("func f(_ n: Int) -> Int { n == 0 ? 0 : max(n, f(n - 1)) + 1 }\nprint(f(5))", "6"),
  ])
  func closuresAndBuiltinsGiveSwiftsResults(_ code: String, _ expected: String) {
    #expect(output(code) == expected)
  }

  @Test func aClosureInAVariableRefusesAnArgumentOfTheWrongType() throws {
    let error = try #require(failure("let g = { (x: Double) -> Double in x * 2 }\nlet h = g\nprint(h(\"a\"))"))
    #expect(error.message.contains("'String' to specified type 'Double'"))
    #expect(error.line == 3 && error.column == 7)
  }

  /// A call remembers the function its global held last time; a global rebound to
  /// another closure or a `func` redefined in a later cell must not run the remembered one.
  @Test func aCallFollowsItsGlobalWhenItIsRebound() {
    let results = run(
      """
      func h(_ x: Int) -> Int { x + 1 }
      func callH() -> Int { h(1) }
      var g = { (x: Int) -> Int in x + 1 }
      var out: [Int] = []
      for i in 0..<4 {
        out.append(g(i) + h(i))
        if i == 1 { g = { (x: Int) -> Int in x * 100 } }
      }
      print(callH(), out)
      """,
      "func h(_ x: Int) -> Int { x * 10 }\nprint(callH(), h(2))")
    #expect(results.map(\.error).allSatisfy { $0 == nil })
    #expect(results.map(\.outputs) == [[.text("2 [2, 4, 203, 304]")], [.text("2 20")]])
  }

  static let counter = """
    class Counter {
      var value: Int
      var log: [Int] = []
      init(value: Int) { self.value = value }
      func add(_ d: Int) { value += d; log.append(d) }
      func scaled(by f: Int) -> Int { value * f }
      func later(_ d: Int) -> () -> Int { { self.value + d } }
      func fail(_ i: Int) -> Int { [1, 2][i] }
    }
    class Doubler: Counter {
      override func add(_ d: Int) { value += 2 * d }
    }

    """

  /// A class method's arguments go straight into its frame and `self.value += d` changes
  /// the shared storage: every reference sees it, a subclass's override runs, and a
  /// parameter captured by a closure keeps its own value.
  @Test func classMethodsChangeTheSharedInstanceAndDispatchToOverrides() {
    let code = """
      let c = Counter(value: 1)
      let alias = c
      c.add(2)
      alias.add(3)
      let d: Counter = Doubler(value: 1)
      var seen: [Int] = []
      for x in [c, d, c] { x.add(1); seen.append(x.scaled(by: 10)) }
      let f = c.later(100)
      c.add(5)
      print(c.value, alias.value, c.log, d.value, seen, f())
      """
    #expect(output(Self.counter + code) == "13 13 [2, 3, 1, 1, 5] 3 [70, 30, 80] 113")
  }

  @Test func aFailingClassMethodIsLocatedInsideItAndAtTheCall() throws {
    let error = try #require(failure(Self.counter + "let c = Counter(value: 0)\nc.add(1)\nprint(c.fail(9))"))
    #expect(error.message.contains("out of range"))
    #expect(error.line == 8)
    #expect(error.frames.map(\.line) == [15])
  }

  /// One call site `f(v)` inside a function, given a different closure each time: each
  /// runs with its own captures, typed parameters convert their arguments, and a closure
  /// that captures its own parameter boxes it.
  @Test func aClosureParameterRunsWhicheverClosureItIsGiven() {
    let code = """
      func apply(_ f: (Int) -> Int, to values: [Int]) -> Int {
        var total = 0
        for v in values { total += f(v) }
        return total
      }
      func half(_ f: (Double) -> Double) -> Double { f(3) }
      var sums: [Int] = []
      for k in 1...3 { sums.append(apply({ x in x * k }, to: [1, 2, 3])) }
      let boxed = apply({ (x: Int) -> Int in
        let g = { x * 100 }
        return g()
      }, to: [1, 2])
      print(sums, boxed, half { (x: Double) in x / 2 })
      """
    #expect(output(code) == "[6, 12, 18] 300 1.5")
  }

  /// `for x in array` walks the array as it was when the loop began, as Swift does, and
  /// `break`, `continue` and `return` leave it as they should.
  @Test func aLoopOverAnArrayVisitsTheArrayAsItWasWhenItBegan() {
    let code = """
      func firstOver(_ xs: [Int], _ limit: Int) -> Int {
        var skipped = 0
        for x in xs {
          if x < 0 { skipped += 1; continue }
          if x > limit { return x * 100 + skipped }
        }
        return -1
      }
      var xs = [1, 2, 3]
      for x in xs { xs.append(x * 10) }
      var total = 0
      for x in xs { if x == 20 { break }; total += x }
      print(xs, total, firstOver([-1, 5, -2, 50, 60], 10), firstOver([], 1))
      """
    #expect(output(code) == "[1, 2, 3, 10, 20, 30] 16 5002 -1")
  }

  /// A call of a local (`f(x)` for each `f` of an array) remembers the closure code it ran
  /// last; a different closure, a `func` or a closure seeing a changed variable must run as
  /// themselves.
  @Test func aCallOfALocalRunsEachClosureItHolds() {
    let code = """
      func negate(_ x: Int) -> Int { -x }
      var k = 5
      let fs: [(Int) -> Int] = [{ $0 + 1 }, { $0 * 10 }, negate, { $0 + k }]
      func runAll(_ fs: [(Int) -> Int], _ x: Int) -> [Int] {
        var out: [Int] = []
        for f in fs { out.append(f(x)) }
        return out
      }
      let first = runAll(fs, 2)
      k = 100
      print(first, runAll(fs, 3), runAll(fs.reversed(), 1))
      """
    #expect(output(code) == "[3, 20, -2, 7] [4, 30, -3, 103] [101, -1, 10, 2]")
  }

  /// A library function's argument array is kept for its next call, emptied when the call
  /// returns: a value left in it would live on (a class's `deinit` would not run, a tensor
  /// would look shared to an in-place update).
  @Test func aLibraryCallLetsGoOfItsArgumentsWhenItReturns() {
    let code = """
      class Noisy { deinit { print("freed") } }
      func go() {
          let n = Noisy()
          _ = measure(repeat: 1) { _ = n }
          print("returned")
      }
      go()
      print("after")
      """
    #expect(output(code) == "returned\nfreed\nafter")
  }

  /// A library call inside its own argument (recursion through `relu(depth(n - 1) + 1)`)
  /// fills an array of its own, not the one the outer call is filling.
  @Test func aLibraryCallInsideItsOwnArgumentHasItsOwnArguments() {
    let code = """
      func depth(_ n: Int) -> Tensor { n == 0 ? Tensor([1.0, -2.0]) : relu(depth(n - 1) + 1) }
      print(depth(0).scalars, depth(1).scalars, depth(3).scalars)
      let x = Tensor([[1.0, 2.0]])
      print(x.matmul(x.T).scalars, x.matmul(x.T.matmul(x)).scalars)
      """
    #expect(output(code) == "[1.0, -2.0] [2.0, 0.0] [4.0, 2.0]\n[5.0] [5.0, 10.0]")
  }

  /// A tensor method whose arguments are matched once per call site still refuses a `&`
  /// on a parameter that is not `inout`, at every call.
  @Test func aTensorMethodRefusesAnAmpersandOnAPlainParameter() throws {
    let e = try #require(failure("var w = Tensor([[1.0]])\nlet x = Tensor([[2.0]])\nlet y = x.matmul(&w)"))
    #expect(e.message.contains("'&' used with non-inout parameter 'other'"))
    #expect(e.line == 3)
  }

  /// `total += f(v)` with a one-expression closure in a parameter runs from a plan made for
  /// the closure's code: captured variables read as they are now, another closure through
  /// the same call, a failing argument leaves the frames as they were.
  @Test func aClosureParameterAsANumberFollowsItsClosure() {
    let code = """
      enum Oops: Error { case big }
      func check(_ v: Int) throws -> Int {
        if v > 2 { throw Oops.big }
        return v
      }
      func apply(_ f: (Int) -> Int, to values: [Int]) -> Int {
        var total = 0
        for v in values {
          do { total += f(try check(v)) } catch { total += 1000 }
        }
        return total
      }
      func applyD(_ f: (Double) -> Double, to values: [Double]) -> Double {
        var total = 0.0
        for v in values { total += f(v) }
        return total
      }
      func makeScaler() -> ((Int) -> Int, (Int) -> Void) {
        var s = 2
        return ({ x in x * s }, { s = $0 })
      }
      let (scale, setScale) = makeScaler()
      var seen: [Int] = []
      for round in 0..<4 {
        if round == 2 { setScale(5) }
        seen.append(apply(round % 2 == 0 ? scale : { x in x + 100 }, to: [1, 2, 3]))
      }
      func depth(_ n: Int) -> Int { n == 0 ? 0 : 1 + depth(n - 1) }
      print(seen, applyD({ $0 / 2 }, to: [1, 2, 4]), depth(300))
      """
    #expect(output(code) == "[1006, 1203, 1015, 1203] 3.5 300")
  }
}
