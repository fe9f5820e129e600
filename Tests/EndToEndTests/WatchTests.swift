import Foundation
import Testing

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// A running `nnbook watch`, its standard output collected as it comes.
private final class Watcher: @unchecked Sendable {
  let process = Process()
  private let lock = NSLock()
  private var collected = ""

  init(_ h: Harness, _ arguments: [String]) throws {
    process.executableURL = URL(fileURLWithPath: Harness.binary)
    process.arguments = ["watch", "--port", "0", "--math", "none"] + arguments
    process.currentDirectoryURL = h.folder
    let out = Pipe()
    process.standardOutput = out
    process.standardError = out
    out.fileHandleForReading.readabilityHandler = { [self] handle in
      let text = String(decoding: handle.availableData, as: UTF8.self)
      lock.withLock { collected += text }
    }
    try process.run()
  }

  var output: String { lock.withLock { collected } }

  /// Waits until the output contains `text`.
  func waitFor(_ text: String, seconds: Double = 60) -> Bool {
    let deadline = Date(timeIntervalSinceNow: seconds)
    while Date() < deadline {
      if output.contains(text) { return true }
      Thread.sleep(forTimeInterval: 0.01)
    }
    return false
  }

  var port: Int? {
    guard let range = output.range(of: "http://127.0.0.1:") else { return nil }
    return Int(output[range.upperBound...].prefix { $0.isNumber })
  }

  /// Kills the watcher (SIGKILL: the test runner may hand its children a blocked SIGTERM).
  func stop() {
    if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    process.waitUntilExit()
  }
}

private func get(_ port: Int, _ path: String) async throws -> String {
  let url = try #require(URL(string: "http://127.0.0.1:\(port)\(path)"))
  var request = URLRequest(url: url)
  request.timeoutInterval = 60
  let (data, _) = try await URLSession.shared.data(for: request)
  return String(decoding: data, as: UTF8.self)
}

/// Whether the page comes to contain `text` within `seconds`, following each new version.
private func pageContains(_ port: Int, _ text: String, seconds: Double = 30) async throws -> Bool {
  let deadline = Date(timeIntervalSinceNow: seconds)
  var version = Int(try await get(port, "/version")) ?? 0
  while Date() < deadline {
    if try await get(port, "/").contains(text) { return true }
    version = Int(try await get(port, "/version?since=\(version)")) ?? version
  }
  return false
}

private let watched = """
  # Watched

  ```swift
  var total = 0.0
  for i in 0..<400_000 { total += Double(i % 7) }
  print("slow", total)
  ```

  ```swift
  let a = 2
  ```

  ```swift
  print("last", a * 21)
  ```

  """

@Suite("watch", .serialized)
struct WatchTests {
  @Test func anEditOfTheLastCellReRunsOnlyItAndThePageReloads() async throws {
    let h = try Harness()
    try h.write("l.md", watched)
    let watcher = try Watcher(h, ["l.md"])
    defer { watcher.stop() }
    #expect(watcher.waitFor("serving"), "\(watcher.output)")
    let port = try #require(watcher.port)
    #expect(try await get(port, "/").contains("last 42"))
    #expect(FileManager.default.fileExists(atPath: h.folder.appendingPathComponent("l.html").path))
    let version = try #require(Int(try await get(port, "/version")))

    // Edit the last cell: the page's long poll answers once the re-run is done.
    let saved = Date()
    try h.write("l.md", watched.replacingOccurrences(of: "a * 21", with: "a * 42"))
    let next = try #require(Int(try await get(port, "/version?since=\(version)")))
    #expect(next > version)
    #expect(try await pageContains(port, "last 84"))
    let elapsed = Date().timeIntervalSince(saved)
    let page = try await get(port, "/")
    #expect(page.contains("slow"), "the first cell's outputs are reused")
    #expect(page.contains("/version?since="), "the page reloads itself")
    #expect(watcher.waitFor("ran 1 of 3 cell(s) (2 reused)"), "\(watcher.output)")
    print("watch: save to page in \(Int(elapsed * 1000)) ms")

    // A syntax error shows on the page; the watcher goes on.
    try h.write("l.md", watched.replacingOccurrences(of: "a * 21)", with: "a * )"))
    #expect(try await pageContains(port, "error: expected expression"))

    // A file missing for a moment (an editor saving), then a cell that times out.
    try FileManager.default.removeItem(at: h.folder.appendingPathComponent("l.md"))
    try await Task.sleep(for: .milliseconds(200))
    #expect(watcher.process.isRunning)
    try h.write(
      "l.md", watched.replacingOccurrences(of: "print(\"last\", a * 21)", with: "//| timeout: 0.5\nwhile true {}"))
    // The file may be read half written (a run of its own): wait for the page that shows it all.
    #expect(try await pageContains(port, "time limit"))

    try h.write("l.md", watched)
    #expect(try await pageContains(port, "last 42"))
    #expect(watcher.process.isRunning)
  }

  @Test func updateWritesTheOutputsIntoTheLessonOnce() async throws {
    let h = try Harness()
    try h.write("l.md", watched)
    let watcher = try Watcher(h, ["--update", "l.md"])
    defer { watcher.stop() }
    #expect(watcher.waitFor("serving"), "\(watcher.output)")
    let port = try #require(watcher.port)
    let version = try await get(port, "/version")
    #expect(try h.read("l.md").contains("```text\nlast 42\n```"))
    try await Task.sleep(for: .milliseconds(500))
    #expect(try await get(port, "/version") == version, "writing the lesson does not trigger another run")
  }

  @Test func theWatcherServesOnlyOnLoopback() throws {
    let h = try Harness()
    let result = try h.nnbook("watch", "--help")
    #expect(result.status == 0)
    #expect(result.stdout.contains("127.0.0.1"))
    #expect(try h.nnbook("watch", "missing.md").status == 2)
  }
}
