import Testing

@testable import Cells

/// What issue 15's known misses became: the parts that a comparison with `swiftc` cannot
/// check (seeded random numbers, run-to-run stable hashes, refusals and their wording).
@Suite("Library calls of older Swift code, and their refusals")
struct LanguageCompatTests {
  @Test func arc4randomDrawsFromTheLessonGenerator() {
    let cell = "seed(7)\nprint(arc4random_uniform(1000), arc4random_uniform(1000), arc4random() > 0)"
    let first = output(cell)
    #expect(first == output(cell))
    let other = output("seed(8)\nprint(arc4random_uniform(1000), arc4random_uniform(1000), arc4random() > 0)")
    #expect(first != other)
    #expect(output("print(type(of: arc4random_uniform(10)))") == "UInt32")
  }

  @Test func arc4randomUniformRefusesANegativeBound() {
    let e = failure("let n = -1\nprint(arc4random_uniform(n))")
    #expect(e?.line == 2)
    #expect(e?.message.contains("UInt32") == true)
  }

  @Test func hashValueIsTheSameInEverySession() {
    let a = output("print(\"apple\".hashValue, 42.hashValue, 2.5.hashValue)")
    #expect(a == output("print(\"apple\".hashValue, 42.hashValue, 2.5.hashValue)"))
    #expect(output("print(\"apple\".hashValue == \"pear\".hashValue, 1.hashValue == \"1\".hashValue)") == "false false")
  }

  @Test func foundationDataIsRefusedByName() {
    let e = failure("let n = 3\nlet d = Data([1, 2])")
    #expect(e?.kind == .unsupported)
    #expect(e?.line == 2)
    #expect(e?.message.contains("'Data'") == true)
    let date = failure("let start = Date()")
    #expect(date?.message.contains("'Date'") == true)
    let ext = failure("extension NSData {\n}")
    #expect(ext?.message.contains("'NSData'") == true)
  }

  @Test func mutatingGetIsRefusedByName() {
    let e = failure(
      """
      struct S {
        var n = 0
        var next: Int {
          mutating get { n += 1; return n }
        }
      }
      """)
    #expect(e?.kind == .unsupported)
    #expect(e?.line == 4)
    #expect(e?.message.contains("mutating get") == true)
  }

  @Test func aComputedVariableCannotBeAssigned() {
    let e = failure("var x: Int { 3 }\nprint(x)\nx = 4")
    #expect(e?.line == 3)
    #expect(e?.message.contains("get-only") == true)
  }

  @Test func anEndlessIteratorStopsWithALocatedError() {
    let result = Session().run(
      """
      struct Ones: Sequence, IteratorProtocol {
        mutating func next() -> Int? { 1 }
      }
      var n = 0
      for x in Ones() { n += x }
      """, timeout: 2)
    #expect(result.error != nil)
    #expect(result.error?.line == 5)
  }

  @Test func variadicArgumentsArePackedInOrder() {
    #expect(
      output(
        "func f(_ a: Int, _ xs: Int..., last: Int = 0) -> [Int] { [a] + xs + [last] }\nprint(f(1), f(1, 2, 3), f(1, 2, last: 9))"
      ) == "[1, 0] [1, 2, 3, 0] [1, 2, 9]")
  }
}
