import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What a crash of nnbook itself, or a hostile input, may not do (issue 14).
@Suite("Crash safety")
struct CrashSafetyTests {
  /// `kill -9` at spread-out moments of `update` on a large lesson: the lesson is always
  /// entirely the old or entirely the new version, and the next run leaves no temporary file.
  @Test func killingUpdateLeavesTheOldOrTheNewLesson() throws {
    let h = try Harness()
    let prose = String(repeating: "Prose that makes the lesson large enough to take a while to write.\n", count: 20_000)
    let old = "# Large\n\n" + prose + "```swift\nprint(6 * 7)\n```\n" + prose
    try h.write("new.md", old)
    let start = Date()
    #expect(try h.nnbook("update", "new.md").status == 0)
    let duration = Date().timeIntervalSince(start)
    let new = try h.bytes("new.md")
    #expect(new != Array(old.utf8))

    var outcomes = (old: 0, new: 0)
    let trials = 16
    for trial in 0..<trials {
      try h.write("l.md", old)
      let process = Process()
      process.executableURL = URL(fileURLWithPath: Harness.binary)
      process.arguments = ["update", "l.md"]
      process.currentDirectoryURL = h.folder
      process.standardOutput = FileHandle.nullDevice
      process.standardError = FileHandle.nullDevice
      try process.run()
      // From just after the start to just past a whole update, evenly.
      let delay = duration * 1.2 * Double(trial) / Double(trials - 1)
      usleep(useconds_t(delay * 1e6))
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
      let bytes = try h.bytes("l.md")
      #expect(bytes == Array(old.utf8) || bytes == new, "trial \(trial): the lesson is neither old nor new")
      if bytes == new { outcomes.new += 1 } else { outcomes.old += 1 }
    }
    // Both outcomes were seen, so the kills did land before and after the rename.
    #expect(outcomes.old > 0, "\(outcomes)")

    #expect(try h.nnbook("update", "l.md").status == 0)
    #expect(try h.bytes("l.md") == new)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: h.folder.path).filter { $0.contains(".tmp-") }
    #expect(leftovers.isEmpty, "\(leftovers)")
  }

  /// The fuzzer (`nnbook fuzz`, Sources/nnbook/Fuzzer.swift) for a short, fixed budget: every library function with
  /// extreme arguments, then mutated cells and lessons. A crash ends it with a signal; a
  /// broken property with exit status 1. `docs/FUZZING.md` says how to run it for longer.
  @Test func aShortFuzzingRunFindsNothing() throws {
    let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    let h = try Harness()
    let process = Process()
    process.executableURL = URL(fileURLWithPath: Harness.binary)
    process.arguments = [
      "fuzz", "--runs", "1800", "--seconds", "90", "--seed", "1", "--out", h.folder.path,
      packageRoot.appendingPathComponent("notebooks").path,
      packageRoot.appendingPathComponent("Tests/Fixtures").path,
    ]
    let err = Pipe()
    let out = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let input = (try? h.read("current-input")) ?? ""
    #expect(
      process.terminationReason == .exit && process.terminationStatus == 0,
      "the fuzzer failed: \(String(decoding: errData.suffix(2000), as: UTF8.self))\nlast input:\n\(input)")
    #expect(String(decoding: outData, as: UTF8.self).contains(", 0 failures"))
  }
}
