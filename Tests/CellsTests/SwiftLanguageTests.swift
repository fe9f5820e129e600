import Foundation
import Testing

@testable import Cells

/// The Swift learners already know (issue 15): small programs, each with the output its
/// `swiftc` build printed, run as one cell. Programs listed in `PENDING` use what nnbook
/// does not run yet: they must still end in a located error, never a crash or a hang.
@Suite("Swift programs print what their compiled builds print")
struct SwiftLanguageTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fixtures/SwiftLanguage")

  static var pending: Set<String> {
    let text = (try? String(contentsOf: folder.appendingPathComponent("PENDING"), encoding: .utf8)) ?? ""
    return Set(text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
  }

  static var programs: [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
      .filter { $0.hasSuffix(".swift") }.map { String($0.dropLast(6)) }.sorted()
  }

  static func run(_ name: String) throws -> (expected: String, result: CellResult) {
    let source = try String(contentsOf: folder.appendingPathComponent(name + ".swift"), encoding: .utf8)
    var expected = try String(contentsOf: folder.appendingPathComponent(name + ".expected"), encoding: .utf8)
    if expected.hasSuffix("\n") { expected.removeLast() }
    return (expected, Session().run(source, timeout: 10))
  }

  static func printed(_ result: CellResult) -> String {
    var text = result.outputs.map { o -> String in
      if case .text(let t) = o { return t }
      return "\(o)"
    }.joined()
    if text.hasSuffix("\n") { text.removeLast() }
    return text
  }

  @Test(arguments: programs.filter { !pending.contains($0) })
  func printsWhatSwiftPrints(_ name: String) throws {
    let (expected, result) = try Self.run(name)
    #expect(result.error == nil, "\(name): \(String(describing: result.error))")
    let actual = Self.printed(result)
    let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
    for (i, (x, y)) in zip(e, a).enumerated() where x != y {
      Issue.record("\(name), line \(i + 1):\n  swiftc: \(x)\n  nnbook: \(y)")
      break
    }
    #expect(e.count == a.count, "\(name): \(a.count) lines printed, swiftc printed \(e.count)")
  }

  /// What nnbook cannot run yet, it refuses at a line of the program, naming the construct.
  @Test(arguments: programs.filter { pending.contains($0) })
  func pendingProgramsStopWithALocatedError(_ name: String) throws {
    let (expected, result) = try Self.run(name)
    if let error = result.error {
      #expect(error.line > 0)
      #expect(!error.message.isEmpty)
    } else {
      #expect(Self.printed(result) != expected, "\(name) now runs exactly: remove it from PENDING")
    }
  }

  /// `NNBOOK_CORPUS_REPORT=1 swift test --filter SwiftLanguageTests/score` prints how many run exactly.
  @Test func score() throws {
    guard ProcessInfo.processInfo.environment["NNBOOK_CORPUS_REPORT"] != nil else { return }
    var exact = 0
    for name in Self.programs {
      let (expected, result) = try Self.run(name)
      if result.error == nil && Self.printed(result) == expected {
        exact += 1
      } else {
        print("differs: \(name): \(result.error.map { "\($0)" } ?? "output")")
      }
    }
    print("corpus: \(exact) of \(Self.programs.count) programs print exactly what swiftc's build prints")
  }
  /// Each refusal names the construct, at the line where it stands.
  @Test(arguments: [
    ("print(1)\n@propertyWrapper\nstruct Clamped { var wrappedValue: Int }", 2, "'@propertyWrapper'"),
    ("struct S {\n  @Clamped var x: Int\n}", 2, "property wrappers ('@Clamped')"),
    ("@resultBuilder\nstruct B {}", 1, "'@resultBuilder'"),
    ("let n = 1\nactor Counter { var n = 0 }", 2, "actors"),
    ("func f() async -> Int { 1 }", 1, "'async'"),
    ("print(0)\nfunc g() {\n  async let z = 1\n  print(z)\n}", 3, "'async let'"),
    ("let q = 0\nnonisolated func h() {}", 2, "'nonisolated'"),
    ("macro m() = #externalMacro(module: \"A\", type: \"B\")", 1, "macro declarations ('macro m')"),
    ("import Dispatch", 1, "'import Dispatch'"),
    ("let x = 1\nlet y = #line", 2, "'#line'"),
    ("print(1)\n#if FEATURE_X == 2\nprint(2)\n#endif", 2, "'#if' with the condition 'FEATURE_X == 2'"),
    ("struct S {\n  #if os(Linux) || someFlag(3)\n  var x = 1\n  #endif\n}", 2, "'os(Linux) || someFlag(3)'"),
    ("#if swift(>=5)\n#if arch(\"x\") == 1\nlet a = 1\n#endif\n#endif", 1, "'arch(\"x\") == 1'"),
    ("func f<T>(_ x: Any) -> Bool {\n  x is T\n}", 2, "a cast to the generic parameter 'T'"),
    ("print(1)\nDispatchQueue.global().async { print(2) }", 2, "Foundation's 'DispatchQueue'"),
    ("let x = 1\nprint(\"\\(value: x)\")", 2, "labels or several values ('\\(value:)')"),
  ])
  func refusalsNameTheConstructAtItsLine(_ source: String, _ line: Int, _ named: String) throws {
    let error = try #require(failure(source))
    #expect(error.kind == .unsupported)
    #expect(error.line == line)
    #expect(error.message.contains(named), "\(error.message)")
  }

  /// Modules that `Foundation` re-exports may be imported as it may; others are refused above.
  @Test(arguments: ["Swift", "CoreFoundation", "Darwin", "Glibc"])
  func modulesFoundationReexportsAreAccepted(_ module: String) {
    #expect(output("import \(module)\nprint(\"ok\")") == "ok")
  }

  /// Sized integers trap where Swift traps, at the operation's line, and wrap with `&+`.
  @Test func sizedIntegersTrapOnOverflowAndWrapWithAmpersandOperators() throws {
    let error = try #require(failure("var b: UInt8 = 250\nb = b &+ 10\nprint(b)\nb = b + 252"))
    #expect(error.line == 4)
    #expect(error.message.contains("overflow"))
    #expect(output("let x: Int8 = -128\nprint(x &- 1, ~x, x >> 9, UInt8(truncatingIfNeeded: 511))") == "127 127 -1 255")
    #expect(failure("let u: UInt = 0\nprint(u - 1)")?.line == 2)
    #expect(failure("print(UInt8(256))")?.message.contains("UInt8") == true)
  }

  /// Setters and observers run in Swift's order; an observer assigning its own property
  /// does not call itself again.
  @Test func settersAndObserversRunInSwiftsOrder() {
    let cell = """
      struct T {
        var c = 0.0 { willSet { print("will", newValue) } didSet { print("did", oldValue); if c > 10 { c = 10 } } }
        var f: Double { get { c * 2 } set(v) { c = v / 2 } }
      }
      var t = T()
      t.c = 4
      t.f = 50
      print(t.c, t.f)
      """
    #expect(output(cell) == "will 4.0\ndid 0.0\nwill 25.0\ndid 4.0\n10.0 20.0")
  }

  /// A class prints with its module, and structs and enums inside other values too.
  @Test func typesPrintWithTheModuleAsSwiftcBuildsOfMainDo() {
    let cell = "class C {}\nstruct P { var x = 1 }\nenum E { case a }\nprint(C(), P(), E.a, [P()], [E.a], (P(), 1))"
    #expect(output(cell) == "main.C P(x: 1) a [main.P(x: 1)] [main.E.a] (main.P(x: 1), 1)")
  }
}
