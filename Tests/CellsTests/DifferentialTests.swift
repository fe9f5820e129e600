import Foundation
import Testing

@testable import Cells

/// Ordinary Swift programs, run by nnbook as a cell and built by the Swift compiler:
/// both must print the same lines (DSL.md's first promise).
@Suite("Cells print what the Swift compiler's build prints")
struct DifferentialTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fixtures/SwiftPrograms")

  static var programs: [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
      .filter { $0.hasSuffix(".swift") }.sorted()
  }

  /// The compiler next to the running toolchain, or on the PATH.
  static var swiftc: String? {
    let candidates =
      ["/opt/swift/usr/bin/swiftc", "/usr/bin/swiftc"]
      + (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map { "\($0)/swiftc" }
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
  }

  @Test(arguments: programs)
  func sameOutputAsCompiledSwift(_ program: String) throws {
    let swiftc = try #require(Self.swiftc, "no swiftc found to compare with")
    let source = Self.folder.appendingPathComponent(program)
    let binary = FileManager.default.temporaryDirectory.appendingPathComponent("nnbook-diff-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: binary) }
    let compile = Process()
    compile.executableURL = URL(fileURLWithPath: swiftc)
    compile.arguments = ["-Onone", source.path, "-o", binary.path]
    try compile.run()
    compile.waitUntilExit()
    try #require(compile.terminationStatus == 0, "swiftc could not build \(program)")

    let run = Process()
    run.executableURL = binary
    let pipe = Pipe()
    run.standardOutput = pipe
    try run.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    run.waitUntilExit()
    var expected = String(decoding: data, as: UTF8.self)
    if expected.hasSuffix("\n") { expected.removeLast() }

    let code = try String(contentsOf: source, encoding: .utf8)
    let actual = output(code)
    let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
    for (i, (e, a)) in zip(expectedLines, actualLines).enumerated() where e != a {
      Issue.record("\(program), printed line \(i + 1):\n  swiftc: \(e)\n  nnbook: \(a)")
      break
    }
    #expect(expectedLines.count == actualLines.count, "\(program): line counts differ")
  }
}
