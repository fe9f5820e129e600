import ArgumentParser
import Cells
import Foundation
import Notebook

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

struct Watch: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "watch",
    abstract: "Run a lesson, serve its page on this machine, and re-run it on every save.",
    discussion: """
      Writes LESSON.html and serves it at http://127.0.0.1:PORT/ (loopback only); the page
      reloads itself after each run. An edit re-runs from the first cell whose input key
      changed: the state before it is restored from a snapshot, the cells above it keep
      their outputs. Errors show on the page; the watcher keeps going. Stop it with Ctrl-C.
      """
  )

  @Argument(help: ArgumentHelp("The lesson, a Markdown file.", valueName: "lesson"))
  var lesson: String

  @Option(help: "The port to serve on (0: any free port).")
  var port: UInt16 = 8000

  @Flag(help: "Write the outputs back into the lesson too, as 'nnbook update' does.")
  var update = false

  @Option(help: "How the page typesets math: auto, embed, cdn or none (see 'nnbook run --help').")
  var math: Run.MathMode = .auto

  func run() throws {
    signal(SIGPIPE, SIG_IGN)
    // Ctrl-C and `kill` stop the watcher even when its parent started it with them blocked.
    var stopping = sigset_t()
    sigemptyset(&stopping)
    sigaddset(&stopping, SIGINT)
    sigaddset(&stopping, SIGTERM)
    pthread_sigmask(SIG_UNBLOCK, &stopping, nil)
    let console = Console()
    guard FileManager.default.fileExists(atPath: lesson) else {
      console.error("\(lesson): error: no such file")
      throw ExitCode(2)
    }
    let server: PageServer
    do {
      server = try PageServer(port: port)
    } catch {
      console.error("nnbook watch: error: \(error)")
      throw ExitCode(2)
    }
    let typesetting = Run.mathTypesetting(math, console: console)
    let output = Run.defaultOutputPath(for: lesson, format: .html)
    let url = URL(fileURLWithPath: lesson)
    let executor = IncrementalExecutor(
      filesFolder: url.deletingLastPathComponent().appendingPathComponent(
        url.deletingPathExtension().lastPathComponent + "_files", isDirectory: true),
      moduleName: Session.moduleName(forFile: url.deletingPathExtension().lastPathComponent))
    var lastSeen: Data?
    var started = false

    while true {
      guard let bytes = FileManager.default.contents(atPath: lesson) else {
        // An editor may remove the file for a moment while it saves.
        Thread.sleep(forTimeInterval: Self.pollInterval)
        continue
      }
      if bytes == lastSeen {
        Thread.sleep(forTimeInterval: Self.pollInterval)
        continue
      }
      // An editor (or a test) may still be writing: run once the bytes hold still for
      // a moment, so a half-written file does not get a run and a page of its own. An
      // empty file is most often one truncated before it is written again: it must hold
      // still for longer.
      Thread.sleep(forTimeInterval: bytes.isEmpty ? 0.25 : Self.pollInterval)
      guard FileManager.default.contents(atPath: lesson) == bytes else { continue }
      lastSeen = bytes
      let clock = ContinuousClock()
      let begun = clock.now
      let page: String
      do {
        let document = try Document.parse(bytes: [UInt8](bytes), path: lesson)
        let run = executor.execute(document) { console.progress($0, file: lesson) }
        console.clearProgress()
        for failure in run.execution.failures { console.error(failure) }
        let html = HTMLRenderer.render(document, execution: run.execution, math: typesetting)
        try? writeAtomically(html, to: output)
        page = html
        if update, let spliced = try? Splicer.update(document, with: run.execution),
          let written = try? spliced.write(to: lesson)
        {
          spliced.removeObsoleteFiles(nextTo: lesson)
          if written.contains(lesson) { lastSeen = FileManager.default.contents(atPath: lesson) }
        }
        let ran = document.cells.count - run.reusedCells
        let total = (clock.now - begun).seconds
        let cells = run.execution.cells.dropFirst(run.reusedCells).reduce(0) { $0 + $1.duration }
        console.info(
          "ran \(ran) of \(document.cells.count) cell(s) (\(run.reusedCells) reused) in \(String(format: "%.3f", total)) s"
            + " (cells \(String(format: "%.3f", cells)) s)" + (run.execution.succeeded ? "" : ", with errors"))
      } catch {
        console.error("\(error)")
        page = Self.errorPage("\(error)", lesson: lesson)
      }
      server.publish(Self.withLiveReload(page, version: server.currentVersion + 1))
      if !started {
        server.start()
        started = true
        console.info("serving \(output) at http://127.0.0.1:\(server.port)/")
      }
    }
  }

  /// How often the lesson is read for changes, and how long its bytes must hold still
  /// before a run: reading a lesson takes microseconds, and every millisecond here is
  /// a millisecond between a save and the page.
  static let pollInterval = 0.01

  /// The page with a script that waits for a newer version and then reloads.
  static func withLiveReload(_ html: String, version: Int) -> String {
    let script = """
      <script>
      (function () {
        function wait() {
          fetch("/version?since=\(version)", {cache: "no-store"})
            .then(function (r) { return r.text(); })
            .then(function (v) { if (Number(v) > \(version)) { location.reload(); } else { wait(); } })
            .catch(function () { setTimeout(wait, 1000); });
        }
        wait();
      })();
      </script>

      """
    // Found from the end, byte by byte: a page with KaTeX inside is a megabyte, and this
    // runs on every save.
    let bytes = Array(html.utf8)
    let marker = Array("</body>".utf8)
    var start = bytes.count - marker.count
    while start >= 0, !bytes[start..<start + marker.count].elementsEqual(marker) { start -= 1 }
    guard start >= 0 else { return html + script }
    return String(decoding: bytes[..<start], as: UTF8.self) + script + String(decoding: bytes[start...], as: UTF8.self)
  }

  /// A page that shows why the lesson could not be read (a malformed cell option, ...).
  static func errorPage(_ message: String, lesson: String) -> String {
    let escaped = message.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
    return """
      <!DOCTYPE html>
      <html lang="en"><head><meta charset="utf-8"><title>\(lesson): error</title></head>
      <body><pre class="error" style="color: #b00020">\(escaped)</pre></body></html>

      """
  }
}

extension Duration {
  var seconds: Double { Double(components.seconds) + Double(components.attoseconds) * 1e-18 }
}
