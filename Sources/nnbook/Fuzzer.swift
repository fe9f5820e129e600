import Cells
import Foundation
import Notebook

/// A deterministic mutation fuzzer for nnbook's document layer and cell engine.
///
/// ```
/// nnbook fuzz --seconds 3600 --seed 7 notebooks Tests/Fixtures
/// ```
///
/// Each run takes a seed input (a bundled lesson, a cell of one, or a call to a
/// library function with extreme arguments), mutates it, and checks properties that
/// must hold for every input:
///
/// - cells: the session returns (no trap, no abort), within the time limit plus a
///   grace period, and an error carries a position inside the cell;
/// - lessons: whatever the bytes, parsing ends in a document or a located error; once
///   `update` has written outputs (printed with line endings, NULs, fences and region
///   markers), the lesson reads back and a second `update` changes nothing.
///
/// The input of the run in progress is written to `<out>/current-input` first, so a
/// crash of the process leaves its reproducer behind. Exit status 0: every property
/// held; 1: a property failed (the input is kept as `<out>/failure-N`); a crash ends
/// the process with a signal.
struct Fuzzer {
  var random: SplitMix64
  var cells: [String] = []
  var lessons: [[UInt8]] = []
  var calls: [String] = []
  let output: URL
  var failures = 0

  /// One fuzzing session: `seconds` and `runs` bound it, `seed` makes it repeatable,
  /// `replay` runs one saved input again instead.
  static func run(
    seconds: Double, runs: Int, seed: UInt64, output: URL, folders: [String], replay: String?
  ) throws {
    try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
    var fuzzer = Fuzzer(random: SplitMix64(state: seed), output: output)
    if let replay {
      // One saved input (`current-input` after a crash, `failure-N`), run again.
      let text = String(decoding: FileManager.default.contents(atPath: replay) ?? Data(), as: UTF8.self)
      let header = "// nnbook-fuzz lesson\n"
      if text.hasPrefix(header) {
        fuzzer.checkLesson(Array(text.dropFirst(header.count).utf8))
      } else {
        fuzzer.checkCell(text.hasPrefix("// nnbook-fuzz cell\n") ? String(text.dropFirst(19)) : text)
      }
      print("nnbook fuzz: replayed \(replay), \(fuzzer.failures) failures")
      exit(fuzzer.failures > 0 ? 1 : 0)
    }
    fuzzer.loadSeeds(from: folders.isEmpty ? ["notebooks"] : folders)
    let deadline = Date().addingTimeInterval(seconds)
    var count = 0
    // Every generated library call first (the argument-validation sweep), then mutations.
    for call in fuzzer.calls where Date() < deadline && count < runs {
      fuzzer.checkCell(call)
      count += 1
    }
    let swept = count
    while Date() < deadline && count < runs {
      if count % 4 == 0, !fuzzer.lessons.isEmpty {
        fuzzer.checkLesson(fuzzer.mutatedLesson())
      } else {
        fuzzer.checkCell(fuzzer.mutatedCell())
      }
      count += 1
    }
    print(
      "nnbook fuzz: \(count) runs (\(swept) library calls, \(count - swept) mutations), \(fuzzer.failures) failures"
    )
    if fuzzer.failures > 0 { exit(1) }
  }

  /// The seed corpus of the libFuzzer targets in Fuzz/ (scripts/fuzz-corpus.sh): every
  /// lesson for FuzzDocument; every cell, hostile cell and extreme library call for FuzzCells.
  static func writeCorpus(to folder: URL, folders: [String]) throws {
    var fuzzer = Fuzzer(random: SplitMix64(state: 1), output: folder)
    fuzzer.loadSeeds(from: folders.isEmpty ? ["notebooks"] : folders)
    let documents = folder.appendingPathComponent("document")
    let cells = folder.appendingPathComponent("cells")
    for subfolder in [documents, cells] {
      try FileManager.default.createDirectory(at: subfolder, withIntermediateDirectories: true)
    }
    for (index, lesson) in fuzzer.lessons.enumerated() {
      try Data(lesson).write(to: documents.appendingPathComponent("lesson-\(index).md"))
    }
    for (index, cell) in (fuzzer.cells + fuzzer.calls).enumerated() {
      try Data(cell.utf8).write(to: cells.appendingPathComponent("cell-\(index).swift"))
    }
    print(
      "nnbook fuzz: wrote \(fuzzer.lessons.count) lessons to \(documents.path), \(fuzzer.cells.count + fuzzer.calls.count) cells to \(cells.path)"
    )
  }

  // MARK: Seeds

  mutating func loadSeeds(from paths: [String]) {
    var files: [String] = []
    for path in paths {
      var isFolder: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { continue }
      if !isFolder.boolValue {
        files.append(path)
        continue
      }
      let enumerator = FileManager.default.enumerator(atPath: path)
      while let name = enumerator?.nextObject() as? String {
        if name.hasSuffix(".md") || name.hasSuffix(".swift") { files.append(path + "/" + name) }
      }
    }
    for file in files.sorted() {
      guard let data = FileManager.default.contents(atPath: file) else { continue }
      if file.hasSuffix(".swift") {
        cells.append(String(decoding: data, as: UTF8.self))
        continue
      }
      lessons.append([UInt8](data))
      if let document = try? Document.parse(bytes: [UInt8](data), path: file) {
        cells += document.cells.map(\.source)
      }
    }
    cells += Seeds.hostileCells
    calls = Seeds.libraryCalls()
  }

  // MARK: Cells

  mutating func mutatedCell() -> String {
    var text = random.element(of: cells) ?? "print(1)"
    for _ in 0...random.below(3) { text = Mutations.apply(to: text, random: &random, pool: cells) }
    return text
  }

  /// Runs one cell in a fresh session under tight limits and checks that it ends in time.
  mutating func checkCell(_ source: String) {
    _ = random.next()
    record("cell", source)
    if let failure = FuzzProperties.checkCell(source, timeout: 0.5) {
      fail(failure, "// nnbook-fuzz cell\n" + source)
    }
  }

  // MARK: Lessons

  mutating func mutatedLesson() -> [UInt8] {
    var bytes = random.element(of: lessons) ?? []
    for _ in 0...random.below(4) {
      let fragment = random.element(of: Seeds.lessonFragments)!
      let at = bytes.isEmpty ? 0 : random.below(bytes.count + 1)
      switch random.below(3) {
      case 0: bytes.insert(contentsOf: fragment.utf8, at: at)
      case 1 where !bytes.isEmpty:
        let end = Swift.min(bytes.count, at + random.below(200))
        bytes.removeSubrange(at..<end)
      default:
        if let other = random.element(of: lessons), !other.isEmpty {
          let from = random.below(other.count)
          bytes.insert(contentsOf: other[from..<Swift.min(other.count, from + random.below(400))], at: at)
        }
      }
    }
    return bytes
  }

  /// Parses a lesson, splices outputs printed with every awkward byte, and checks that the
  /// result reads back, that a second update changes nothing and that bytes outside the
  /// output regions are kept.
  mutating func checkLesson(_ bytes: [UInt8]) {
    record("lesson", String(decoding: bytes, as: UTF8.self))
    guard let failure = FuzzProperties.checkLesson(bytes) else { return }
    if let first = failure.first, let second = failure.second {
      try? Data(first.utf8).write(to: output.appendingPathComponent("first-update.md"))
      try? Data(second.utf8).write(to: output.appendingPathComponent("second-update.md"))
    }
    fail(failure.message, "// nnbook-fuzz lesson\n" + String(decoding: bytes, as: UTF8.self))
  }

  // MARK: Reporting

  func record(_ kind: String, _ input: String) {
    let text = "// nnbook-fuzz \(kind)\n" + input
    try? Data(text.utf8).write(to: output.appendingPathComponent("current-input"))
  }

  mutating func fail(_ message: String, _ input: String) {
    failures += 1
    let file = output.appendingPathComponent("failure-\(failures)")
    try? Data(input.utf8).write(to: file)
    FileHandle.standardError.write(Data("nnbook-fuzz: \(message) (input in \(file.path))\n".utf8))
  }
}

/// SplitMix64: small, fast, and the same sequence on every machine for one seed.
struct SplitMix64: RandomNumberGenerator {
  var state: UInt64
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A number in `0..<bound` (0 when the bound is 0).
  mutating func below(_ bound: Int) -> Int { bound <= 0 ? 0 : Int(next() % UInt64(bound)) }

  mutating func element<T>(of array: [T]) -> T? { array.isEmpty ? nil : array[below(array.count)] }
}
