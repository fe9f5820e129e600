import Testing

@testable import Cells

/// Mistakes a learner makes: each one a located error, never a crash of nnbook.
@Suite("Errors are located and worded for learners")
struct ErrorTests {
  @Test(arguments: [
    ("let a = Int.max\nlet b = a + 1", 2, 11, "arithmetic overflow"),
    ("let z = 0\nprint(10 / z)", 2, 10, "division by zero"),
    ("let xs = [1, 2, 3]\nprint(xs[3])", 2, 7, "index out of range: index 3"),
    // A slice keeps its base's positions: index 0 is not one of `xs[1...2]`'s.
    (
      "let xs = [1, 2, 3, 4]\nlet s = xs[1...2]\nprint(s[0])", 3, 7,
      "Index out of bounds: index 0, but the slice's indices are 1..<3"
    ),
    ("var s = [1, 2, 3][1...]\ns[0] = 5", 2, 1, "Index out of bounds: index 0"),
    ("let w = \"Hello\".dropFirst(2)\nprint(w[1])", 2, 7, "Substring index 1 is out of bounds 2..<5"),
    (
      "let xs = [1, 2, 3]\nlet ys: [Int] = xs[1...]", 2, 5,
      "cannot convert value of type 'ArraySlice<Int>' to specified type '[Int]'"
    ),
    ("let v: Int? = nil\nprint(v!)", 2, 7, "unexpectedly found nil"),
    ("let count = 3\nprint(cout)", 2, 7, "cannot find 'cout' in scope; did you mean 'count'?"),
    ("pritn(1)", 1, 1, "did you mean 'print'?"),
    (
      "func area(width: Int, height: Int) -> Int { width * height }\nprint(area(w: 2, height: 3))", 2, 12,
      "expected 'width:height:'"
    ),
    (
      "struct S {\n  static subscript(i: Int) -> Int { get { i } set { } }\n}", 2, 3,
      "static subscripts with a setter are not supported"
    ),
    ("extension Tensor {}", 1, 11, "extensions of the library type 'Tensor' are not supported"),
    ("struct S {\n  @Clamped var x = 0\n}", 2, 3, "property wrappers ('@Clamped') are not supported"),
    ("struct S {\n  var x: Int {\n    set { }\n  }\n}", 2, 14, "needs a getter ('get')"),
    ("enum E { case a }\nlet e: E = .b", 2, 12, "type 'E' has no member 'b'"),
    ("class A {}\nclass B: A {}\nclass C: B, A {}\nlet x: UInt9 = 1", 4, 8, "cannot find type 'UInt9'"),
    ("struct Q {\n  var a: Int\n  var b: Foo.Bar\n}", 3, 14, "cannot find type 'Bar'"),
    (
      "func f() throws -> Int { throw E.bad }\nenum E: Error { case bad }\nprint(try f())", 1, 26,
      "Error raised at top level: main.E.bad"
    ),
    ("struct P {}\nlet p = P()\nprint(p ** p)", 3, 9, "cannot find operator '**' in scope"),
    ("func f() async {}", 1, 10, "'async' functions are not supported"),
    ("actor A {}", 1, 1, "actors are not supported"),
    ("import Foundation\nimport Combine", 2, 1, "'import Combine' is not supported"),
    ("let x = 1\nx = 2", 2, 1, "cannot assign to value: 'x' is a 'let' constant"),
    ("let xs = [1]\nxs.append(2)", 2, 1, "cannot use mutating member 'append'"),
    ("let x = (1 +", 1, 13, "expected expression"),
    ("func f(_ n: Int) -> Int { f(n + 1) }\nprint(f(0))", 1, 27, "recursion too deep"),
    ("let s = \"a\" + 1", 1, 13, "cannot be applied to operands of type 'String' and 'Int'"),
    (
      "struct M { let c: Int\n  static func + (a: M, b: M) -> M { M(c: a.c + b.c) }\n}\nlet ms = [M(c: 1)]\nprint(ms.reduce(0, +).c)",
      5, 1, "binary operator '+' cannot be applied to operands of type 'Int' and 'M'"
    ),
    (
      "import Foundation\nlet e = JSONEncoder()", 2, 9,
      "Foundation's 'JSONEncoder' (Codable archiving) is not supported"
    ),
    ("let d = 1.5 % 2.0", 1, 13, "truncatingRemainder"),
    ("print(Int(Double.infinity))", 1, 7, "cannot be converted to Int"),
    (
      "class A { let v = 3 }\nvar a: A? = A()\nlet f = { [unowned b = a!] in b.v }\na = nil\nprint(f())", 3, 31,
      "'b' is an unowned reference to an instance that was already deinitialized"
    ),
    // A type's `==` or `hash(into:)` that fails inside a set stops the cell with its error;
    // taken as false, the loop below would never end.
    (
      "struct K: Hashable { let v: [Int]\n  static func == (a: K, b: K) -> Bool { a.v[1] == b.v[1] }\n"
        + "  func hash(into h: inout Hasher) { h.combine(v.count) }\n}\n"
        + "var s: Set<K> = [K(v: [1])]\nwhile !s.isEmpty { s.remove(K(v: [1])) }\nprint(s.count)",
      2, 41, "index out of range: index 1"
    ),
    (
      "struct K: Hashable { let v: Int?\n  func hash(into h: inout Hasher) { h.combine(v!) }\n}\n"
        + "var d = [K(v: nil): 1]\nprint(d.count)",
      2, 47, "unexpectedly found nil"
    ),
  ])
  func locatedError(_ source: String, _ line: Int, _ column: Int, _ message: String) {
    guard let e = failure(source) else { return }
    #expect(e.line == line)
    #expect(e.column == column)
    #expect(e.message.contains(message), "\(e.message)")
  }

  @Test func anInfiniteLoopStopsAtTheTimeLimit() {
    let result = Session().run("var i = 0\nwhile true { i += 1 }", timeout: 0.5)
    #expect(result.error?.kind == .timeout)
    #expect(result.error?.line == 2)
  }

  /// Where the limit stops a cell and how much it printed by then depend on the machine,
  /// so a lesson would change from one update to the next: the error is at the cell's
  /// running statement, without call frames, and the partial prints are not kept.
  @Test func aTimeOutIsTheSameOnEveryRun() {
    let source = """
      func spin(_ n: Int) -> Int {
        var s = 0
        for i in 0..<n { s = (s + i) % 1000 }
        return s
      }
      print("start")
      var total = 0
      while true {
        total = (total + spin(500)) % 7
        if total == 3 { print("tick", total) }
      }
      """
    let result = Session().run(source, timeout: 0.3)
    #expect(result.error?.kind == .timeout)
    #expect(result.error?.line == 8, "\(String(describing: result.error))")
    #expect(result.error?.frames.isEmpty == true)
    #expect(result.outputs.isEmpty, "\(result.outputs)")
  }

  /// Large products and `measure` run without the interpreter's loop checks, so they check the clock themselves.
  @Test func measuringLargeProductsStopsAtTheTimeLimit() {
    let start = Context.now()
    let result = Session().run(
      "let big = Tensor.ones([600, 600])\nlet t = measure(repeat: 1000) { _ = big.matmul(big) }", timeout: 1)
    let seconds = Double(Context.now() - start) / 1e9
    #expect(result.error?.kind == .timeout)
    #expect(seconds < 10, "stopped after \(seconds) s")
  }

  @Test func aFailedCellDeclaresNothing() {
    let session = Session()
    _ = session.run("let a = 1\nlet b = undefined")
    let after = session.run("print(b)")
    #expect(after.error?.message.contains("cannot find 'b'") == true)
  }

  @Test func outputBeforeAnErrorIsKept() {
    let result = Session().run("print(\"before\")\nlet xs: [Int] = []\nprint(xs[0])")
    #expect(result.outputs == [.text("before")])
    #expect(result.error != nil)
  }
}

@Suite("Limits")
struct LimitTests {
  @Test func aHugeAllocationIsRefusedWithALocatedError() {
    guard let e = failure("let xs = Array(repeating: 0, count: 1 << 40)") else { return }
    #expect(e.line == 1)
    #expect(e.message.contains("memory limit"))
  }

  @Test func growingMemoryPastTheLimitStopsTheCell() {
    let limit = (Context.residentBytes() ?? 0) + (400 << 20)
    let result = Session(memoryLimit: limit).run(
      "var chunks: [[Int]] = []\nwhile true { chunks.append(Array(repeating: 1, count: 100_000)) }", timeout: 60)
    #expect(result.error?.message.contains("memory limit") == true, "\(String(describing: result.error))")
    #expect(result.error?.line == 2)
  }

  @Test func tensorsMadeByOperationsCountTowardTheLimit() {
    // Each statement makes a new 64 MB tensor (an operation, not a constructor, so no
    // check before the allocation); the cell must stop soon after passing the limit.
    // The limit is on the whole process's resident memory, which tests running beside this
    // one move: one that lets go of hundreds of megabytes while the cell runs leaves the
    // cell under its limit. So the cell gets three tries, each with the limit read anew;
    // a limit that never stops it fails all three.
    var result = CellResult(outputs: [], error: nil)
    for _ in 0..<3 {
      let limit = (Context.residentBytes() ?? 0) + (300 << 20)
      result = Session(memoryLimit: limit).run(
        """
        let a = Tensor.zeros([4096, 4096])
        let b = a + 1
        let c = b + 1
        let d = c + 1
        let e = d + 1
        let f = e + 1
        let g = f + 1
        let h = g + 1
        let i = h + 1
        let j = i + 1
        let k = j + 1
        let l = k + 1
        print("not reached")
        """, timeout: 60)
      if result.error?.message.contains("memory limit") == true { break }
    }
    #expect(result.error?.message.contains("memory limit") == true, "\(String(describing: result.error))")
    // So the line it stops at is only known to be past the first allocation.
    #expect((2...12).contains(result.error?.line ?? 0))
  }
}

@Suite("Suggestions for library names")
struct LibrarySuggestionTests {
  @Test func aMisspelledTensorMethodSuggestsTheRightOne() {
    let e = failure("let t = Tensor([1.0, 2.0])\nprint(t.summ())")
    #expect(e?.message == "no method named 'summ'; did you mean 'sum'?")
    #expect(e?.line == 2 && e?.column == 9)
  }

  @Test func aMisspelledStaticFunctionSuggestsTheRightOne() {
    let e = failure("let u = Tensor.zero([2])")
    #expect(e?.message == "type 'Tensor' has no method 'zero'; did you mean 'zeros'?")
  }
}

@Suite("Errors inside functions")
struct CallStackTests {
  static let functions = """
    func inner(_ xs: [Int]) -> Int {
      return xs[5]
    }
    func outer() -> Int {
      let a = 1
      return inner([a])
    }
    """

  @Test func anErrorIsAtTheFailingLineWithTheCallsThatLedThere() {
    guard let e = failure(Self.functions + "\nprint(outer())") else { return }
    #expect(e.message.contains("index out of range"))
    #expect(e.location == CellError.Location(line: 2, column: 10))
    #expect(e.frames == [CellError.Location(line: 6, column: 10), CellError.Location(line: 8, column: 7)])
  }

  @Test func functionsOfEarlierCellsAreFoundInTheirCells() {
    let results = run(Self.functions, "let y = 1", "struct S {\n  func f() -> Int { outer() }\n}\nprint(S().f())")
    guard let e = results[2].error else {
      Issue.record("expected an error")
      return
    }
    #expect(e.location == CellError.Location(cellsBack: 2, line: 2, column: 10))
    #expect(
      e.frames == [
        CellError.Location(cellsBack: 2, line: 6, column: 10),
        CellError.Location(line: 2, column: 21),
        CellError.Location(line: 4, column: 7),
      ])
  }

  @Test func aRecursionTooDeepKeepsAFewFrames() {
    guard let e = failure("func f(_ n: Int) -> Int { f(n + 1) }\nprint(f(0))") else { return }
    #expect(e.line == 1)
    #expect(e.frames.count == 10)
  }
}
