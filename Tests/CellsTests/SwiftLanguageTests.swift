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
}
