import Testing

@testable import Cells

/// A written type is a promise Swift keeps: a value of another type is a located error.
@Suite("Type annotations are enforced")
struct TypeAnnotationTests {
  @Test(arguments: [
    ("let n: Int = \"hello\"", 1, 14, "cannot convert value of type 'String' to specified type 'Int'"),
    ("var ok: Bool = 1", 1, 16, "cannot convert value of type 'Int' to specified type 'Bool'"),
    (
      "let xs: [Double] = [\"a\"]", 1, 21,
      "cannot convert value of type 'String' to expected element type 'Double'"
    ),
    (
      "let xs = [\"a\"]\nlet ys: [Int] = xs", 2, 17,
      "cannot convert value of type '[String]' to specified type '[Int]'"
    ),
    ("var n: Int = 1\nn = \"two\"", 2, 5, "cannot assign value of type 'String' to type 'Int'"),
    (
      "struct P { var x: Double }\nvar p = P(x: 1)\np.x = \"s\"", 3, 7,
      "cannot assign value of type 'String' to type 'Double'"
    ),
    (
      "struct P { var x: Double }\nlet p = P(x: \"s\")", 2, 14,
      "cannot convert value of type 'String' to expected argument type 'Double'"
    ),
    ("struct P { var x: Int = \"s\" }", 1, 25, "cannot convert value of type 'String' to specified type 'Int'"),
    (
      "func half(_ x: Double) -> Double { x / 2 }\nprint(half(\"4\"))", 2, 12,
      "cannot convert value of type 'String' to expected argument type 'Double'"
    ),
    (
      "struct A {}\nstruct B {}\nfunc f(_ a: A) {}\nf(B())", 4, 3,
      "cannot convert value of type 'B' to expected argument type 'A'"
    ),
    (
      "func name() -> String { return 1 }", 1, 32,
      "cannot convert return expression of type 'Int' to return type 'String'"
    ),
    // Known only when the cell runs: the binding checks the value.
    (
      "let d = [\"a\": \"x\"]\nlet n: Int = d[\"a\"]!", 2, 14,
      "cannot convert value of type 'String' to specified type 'Int'"
    ),
    (
      "let xs = [1].map { \"\\($0)\" }\nlet n: Int = xs[0]", 2, 5,
      "cannot convert value of type 'String' to specified type 'Int'"
    ),
  ])
  func aValueOfTheWrongTypeIsALocatedError(_ source: String, _ line: Int, _ column: Int, _ message: String) {
    guard let e = failure(source) else { return }
    #expect(e.message == message)
    #expect(e.line == line)
    #expect(e.column == column)
  }

  @Test(arguments: [
    ("let x: Double = 1\nprint(x)", "1.0"),
    ("let f: Float = 2\nprint(f)", "2.0"),
    ("let n = 3\nlet x: Double = Double(n)\nprint(x)", "3.0"),
    ("func half(_ x: Double) -> Double { x / 2 }\nprint(half(3))", "1.5"),
    ("let o: Int? = 3\nlet p: Int? = nil\nprint(o!, p == nil)", "3 true"),
    ("var xs: [Double] = []\nxs = [1, 2]\nprint(xs)", "[1.0, 2.0]"),
    ("struct P { var x: Double }\nlet p = P(x: 1)\nprint(p.x)", "1.0"),
    // nnbook's leniency: Int and Double mix.
    ("let n = 4\nlet x: Double = n * 0.5\nprint(x)", "2.0"),
    ("let s: Character = \"a\"\nprint(s)", "a"),
  ])
  func swiftsConversionsAndNnbooksLeniencyStay(_ source: String, _ expected: String) {
    #expect(output(source) == expected)
  }
}
