import Testing

@testable import Cells

/// Cells whose printed output is what the Swift compiler's build of the same code prints.
@Suite("The cell language behaves as Swift")
struct LanguageTests {
  @Test(arguments: [
    ("print(7 / 2, 7 % 3, -7 / 2, -7 % 3)", "3 1 -3 -1"),
    ("let z: Double = 7 / 2\nprint(z)", "3.5"),
    ("print(1.0 / 3, 0.1 + 0.2, 1e-5, 1e16, 2.0)", "0.3333333333333333 0.30000000000000004 1e-05 1e+16 2.0"),
    ("let f: Float = 0.1\nprint(f, Float(1) / 3)", "0.1 0.33333334"),
    ("print(2 * 3.5, 10 - 0.5)", "7.0 9.5"),
    ("print([\"a\", \"b\"], [1: \"x\"], (1, \"y\"), [1.5])", "[\"a\", \"b\"] [1: \"x\"] (1, \"y\") [1.5]"),
    ("let x: Int? = 3\nprint(x, x!, x ?? 0)", "Optional(3) 3 3"),
    ("let d = [\"a\": 1]\nprint(d[\"a\"], d[\"b\"])", "Optional(1) nil"),
    ("print(\"a\", \"b\", separator: \"-\", terminator: \"!\\n\")", "a-b!"),
    ("let s = \"\\(1 + 1) and \\(\"x\")\"\nprint(s)", "2 and x"),
    ("print([3, 1, 2].sorted(), [3, 1, 2].sorted(by: >), [1, 2, 3].reduce(0, +))", "[1, 2, 3] [3, 2, 1] 6"),
    ("print([1, 2, 3].map { $0 * 2 }.filter { $0 > 2 })", "[4, 6]"),
    ("print(Array(0..<3), 0..<3, 1...3)", "[0, 1, 2] 0..<3 1...3"),
    ("print(Int.max, Int.min, Double.pi)", "9223372036854775807 -9223372036854775808 3.141592653589793"),
    (
      "print(String(format: \"%05.2f|%-4d|%x|%e|%@\", 3.14159, 7, 255, 12345.678, \"s\"))",
      "03.14|7   |ff|1.234568e+04|s"
    ),
    ("print(Int(3.9), Int(-3.9), Double(2), Int(\"12\"), Int(\"x\"))", "3 -3 2.0 Optional(12) nil"),
    ("var xs = [1, 2]\nvar ys = xs\nys.append(3)\nprint(xs, ys)", "[1, 2] [1, 2, 3]"),
    ("var total = 0\nfor (i, x) in [10, 20].enumerated() { total += i * x }\nprint(total)", "20"),
    ("for i in stride(from: 0, to: 10, by: 4) { print(i, terminator: \" \") }\nprint()", "0 4 8 "),
    ("for (a, b) in zip([1, 2], [\"x\", \"y\"]) { print(a, b) }", "1 x\n2 y"),
    ("var n = 0\nrepeat { n += 1 } while n < 5\nprint(n)", "5"),
    ("for i in 1...10 where i % 3 == 0 { print(i) }", "3\n6\n9"),
    ("let t = (x: 1, y: 2)\nprint(t.x + t.1, t)", "3 (x: 1, y: 2)"),
    (
      "func f(_ x: Int) -> String {\n  switch x {\n  case 0: return \"zero\"\n  case 1...9: return \"small\"\n  default: return \"big\"\n  }\n}\nprint(f(0), f(5), f(50))",
      "zero small big"
    ),
    (
      "func g(_ s: String) -> Int {\n  switch s { case \"a\", \"b\": return 1\n  default: return 2 }\n}\nprint(g(\"b\"), g(\"z\"))",
      "1 2"
    ),
    (
      "func h(_ x: Int?) -> Int {\n  guard let v = x else { return -1 }\n  return v * 2\n}\nprint(h(nil), h(4))", "-1 8"
    ),
    ("if let v = Int(\"5\"), v > 3 { print(\"big\", v) } else { print(\"no\") }", "big 5"),
    (
      "var counter = 0\nfunc bump(_ c: inout Int, by n: Int = 1) { c += n }\nbump(&counter)\nbump(&counter, by: 5)\nprint(counter)",
      "6"
    ),
    ("var a = 1\nvar b = 2\nswap(&a, &b)\nprint(a, b)", "2 1"),
    (
      "func makeCounter() -> () -> Int {\n  var c = 0\n  return { c += 1; return c }\n}\nlet next = makeCounter()\n_ = next()\nprint(next(), next())",
      "2 3"
    ),
    ("var x = 1\nlet show = { print(x) }\nx = 5\nshow()", "5"),
    ("var fs: [() -> Int] = []\nfor i in 0..<3 { fs.append { i * 10 } }\nprint(fs.map { $0() })", "[0, 10, 20]"),
    (
      "let words = [\"b\": 2, \"a\": 1]\nfor (k, v) in words { print(k, v) }\nprint(words.keys.sorted())",
      "b 2\na 1\n[\"a\", \"b\"]"
    ),
    ("print([1, 5, 3].max()!, [Int]().min() ?? -1, [1, 2].contains(2), \"abc\".uppercased())", "5 -1 true ABC"),
    ("let m = \"\"\"\n  line one\n  line two\n  \"\"\"\nprint(m)", "line one\nline two"),
    ("print(0xff, 0b101, 1_000_000)", "255 5 1000000"),
    ("print(true && !false, 3 > 2 ? \"yes\" : \"no\")", "true yes"),
  ])
  func printsWhatSwiftPrints(_ source: String, _ expected: String) {
    #expect(output(source) == expected)
  }

  @Test func structsHaveValueSemanticsMethodsAndComputedProperties() {
    let source = """
      struct Point {
        var x: Double
        var y: Double = 0
        var norm: Double { (x * x + y * y).squareRoot() }
        func scaled(by f: Double) -> Point { Point(x: x * f, y: y * f) }
        mutating func move(dx: Double) { x += dx }
      }
      var p = Point(x: 3, y: 4)
      var q = p
      q.move(dx: 1)
      q.y = 10
      print(p, q, p.norm, p.scaled(by: 2).x, Point(x: 1))
      """
    #expect(output(source) == "Point(x: 3.0, y: 4.0) Point(x: 4.0, y: 10.0) 5.0 6.0 Point(x: 1.0, y: 0.0)")
  }

  @Test func structsWithExplicitInitializersAndStaticMembers() {
    let source = """
      struct Counter {
        static let start = 10
        var count: Int
        let name: String
        init(name: String) {
          self.name = name
          count = Counter.start
        }
        mutating func tick() { count += 1 }
      }
      var c = Counter(name: "c")
      c.tick()
      print(c.count, c.name)
      """
    #expect(output(source) == "11 c")
  }

  @Test func cellsShareOneScope() {
    let results = run("let a = 2\nfunc twice(_ x: Int) -> Int { 2 * x }", "print(twice(a))", "let a = 5\nprint(a)")
    #expect(results.map(\.error).allSatisfy { $0 == nil })
    #expect(results[1].outputs == [.text("4")])
    #expect(results[2].outputs == [.text("5")])
  }

  @Test func theLastExpressionIsDisplayed() {
    #expect(output("let x = 20\nx + 1") == "21")
    #expect(output("\"hi\"") == "\"hi\"")
    #expect(output("var xs = [1]\nxs.append(2)") == "")
  }

  @Test func functionsMayBeCalledBeforeTheirDeclaration() {
    #expect(output("print(square(4))\nfunc square(_ x: Int) -> Int { x * x }") == "16")
  }
}

@Suite("Literal types follow Swift's inference")
struct LiteralTypeTests {
  @Test func mixedArrayLiteralsAreDoubleArrays() {
    #expect(output("let xs = [1, 2.5]\nprint(xs)\nfor x in xs { print(x) }") == "[1.0, 2.5]\n1.0\n2.5")
  }

  @Test func annotatedArraysConvertTheirLiterals() {
    #expect(output("let xs: [Double] = [1, 2]\nprint(xs, xs.reduce(0, +))") == "[1.0, 2.0] 3.0")
  }

  @Test func functionParametersTypeTheirArguments() {
    #expect(output("func half(_ x: Double) -> Double { x / 2 }\nprint(half(3))") == "1.5")
  }

  @Test func returnTypesTypeTheReturnedLiteral() {
    #expect(output("func one() -> Double { return 1 }\nprint(one())") == "1.0")
  }

  @Test func aTrailingClosureSkipsDefaultedParametersThatTakeNoFunction() {
    let text = output(
      """
      func descend(steps: Int = 3, _ step: (Double) -> Double) -> Double {
        var x = 1.0
        for _ in 0..<steps { x = step(x) }
        return x
      }
      print(descend { $0 / 2 }, descend(steps: 1) { $0 / 2 })
      """)
    #expect(text == "0.125 0.5")
  }

  @Test func closuresInMethodsCaptureSelf() {
    let text = output(
      """
      struct P {
        var x = 2.0
        func scaled() -> [Double] { [1.0, 2.0].map { $0 * self.x } }
        func implicit() -> [Double] { [1.0, 2.0].map { $0 * x } }
        func later() -> () -> Double { { self.x + 1 } }
      }
      var p = P()
      let f = p.later()
      p.x = 10
      print(p.scaled(), p.implicit(), f())
      """)
    #expect(text == "[10.0, 20.0] [10.0, 20.0] 3.0")
  }
}

@Suite("Floating-point ranges")
struct FloatingRangeTests {
  /// `ClosedRange<Double>` and `Range<Double>` print, hold their bounds and answer
  /// `contains` as Swift's do; reversed bounds stop the cell as Swift traps.
  @Test func boundsContainsAndPrinting() {
    #expect(
      output("let r = 0.5...2.0\nprint(r, r.lowerBound, r.contains(2.0), (0.5..<2.0).contains(2.0), 1...2.5)")
        == "0.5...2.0 0.5 true false 1.0...2.5")
    #expect(failure("let r = 2.0...1.0")?.message == "Range requires lowerBound <= upperBound")
  }
}
