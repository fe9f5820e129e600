import Foundation
import Testing

@Suite("clear, obsolete figures and --timings")
struct ClearAndTimingsTests {
  private let lesson =
    "\u{FEFF}# Figures\r\n\r\n```swift\r\n//| label: curve\r\nplot([1.0, 4.0, 9.0])\r\n```\r\n\r\n"
    + "```swift\r\n//| label: other\r\nprint(\"hi\")\r\nplot([3.0, 1.0])\r\n```"

  @Test func clearGivesBackTheLessonAsWrittenByteForByte() throws {
    let h = try Harness()
    try h.write("lesson.md", lesson)
    #expect(try h.nnbook("update", "lesson.md").status == 0)
    #expect(try h.nnbook("run", "lesson.md").status == 0)
    #expect(try h.read("lesson.md") != lesson)
    let files = h.folder.appendingPathComponent("lesson_files")
    #expect(try FileManager.default.contentsOfDirectory(atPath: files.path).sorted() == ["curve.svg", "other.svg"])
    try Data("weights".utf8).write(to: files.appendingPathComponent("model.safetensors"))

    let cleared = try h.nnbook("clear", "lesson.md")
    #expect(cleared.status == 0, "\(cleared.stderr)")
    #expect(cleared.stdout.contains("cleared lesson.md (3 generated files removed)"), "\(cleared.stdout)")
    #expect(try h.bytes("lesson.md") == Array(lesson.utf8))
    #expect(!FileManager.default.fileExists(atPath: h.folder.appendingPathComponent("lesson.html").path))
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: files.path) == ["model.safetensors"],
      "a file a cell saved is not nnbook's to remove")

    let again = try h.nnbook("clear", "lesson.md")
    #expect(again.status == 0)
    #expect(again.stdout.contains("lesson.md has no outputs"))
    #expect(try h.bytes("lesson.md") == Array(lesson.utf8))

    let missing = try h.nnbook("clear", "nowhere.md")
    #expect(missing.status == 2)
    #expect(missing.stderr.contains("nowhere.md: error:"))
  }

  @Test func updateRemovesFiguresNoCellProducesAnyMore() throws {
    let h = try Harness()
    try h.write("lesson.md", lesson)
    #expect(try h.nnbook("update", "lesson.md").status == 0)
    try h.write("lesson.md", try h.read("lesson.md").replacingOccurrences(of: "plot([3.0, 1.0])", with: ""))
    let updated = try h.nnbook("update", "lesson.md")
    #expect(updated.stdout.contains("1 no longer produced removed"), "\(updated.stdout)")
    let files = h.folder.appendingPathComponent("lesson_files").path
    #expect(try FileManager.default.contentsOfDirectory(atPath: files) == ["curve.svg"])
    #expect(try h.nnbook("check", "lesson.md").status == 0)
  }

  @Test func timingsNameTheSlowestCells() throws {
    let h = try Harness()
    try h.write("lesson.md", lesson)
    let run = try h.nnbook("update", "--timings", "lesson.md")
    #expect(run.status == 0)
    let lines = run.stdout.split(separator: "\n").map(String.init)
    let header = try #require(lines.firstIndex { $0.hasPrefix("lesson.md: 2 cell(s) ran in ") })
    #expect(lines[header].hasSuffix("; the slowest:"))
    #expect(lines.dropFirst(header + 1).filter { $0.contains(" s  line ") }.count == 2)
    #expect(lines.contains { $0.hasSuffix("s  line 3 (curve)") }, "\(run.stdout)")

    // The kernels are named, and the ones nnbook switched to in its own process (no
    // re-exec) on a processor with AVX2 and FMA where OpenBLAS chose others than Haswell.
    let kept = try h.nnbook(
      arguments: ["run", "--timings", "lesson.md"], environment: ["NNBOOK_KEEP_BLAS_KERNELS": "1"])
    let chosen = try #require(Self.kernels(in: kept.stdout))
    let used = try #require(Self.kernels(in: run.stdout))
    let flags =
      (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8))?.split(separator: "\n")
      .first { $0.hasPrefix("flags") }?.split(separator: " ").map(String.init) ?? []
    if ProcessInfo.processInfo.environment["OPENBLAS_CORETYPE"] == nil, flags.contains("avx2"),
      flags.contains("fma")
    {
      #expect(used == "Haswell", "\(run.stdout)")
    } else {
      #expect(used == chosen)
    }

    let parallel = try h.nnbook("check", "--jobs", "2", "--timings", "lesson.md")
    #expect(parallel.status == 0, "\(parallel.stderr)")
    #expect(parallel.stdout.contains("lesson.md: 2 cell(s) ran in "), "workers pass --timings on")
  }

  /// The kernel set a `--timings` header names: "... with OpenBLAS's Haswell kernels; ...".
  static func kernels(in output: String) -> String? {
    guard let start = output.range(of: "with OpenBLAS's "),
      let end = output.range(of: " kernels", range: start.upperBound..<output.endIndex)
    else { return nil }
    return String(output[start.upperBound..<end.lowerBound])
  }

  @Test func verboseShowsWhatCellsPrintAsTheyPrintIt() throws {
    let h = try Harness()
    try h.write("lesson.md", "```swift\nfor epoch in 1...3 { print(\"epoch \\(epoch)\") }\n```\n")
    let quiet = try h.nnbook("run", "lesson.md")
    #expect(quiet.status == 0)
    #expect(!quiet.stderr.contains("epoch"))
    let verbose = try h.nnbook("run", "--verbose", "lesson.md")
    #expect(verbose.status == 0)
    #expect(verbose.stderr.contains("epoch 1\nepoch 2\nepoch 3\n"), "\(verbose.stderr)")
    #expect(try h.read("lesson.html").contains("epoch 3"), "the text is still the cell's output")
  }
}
