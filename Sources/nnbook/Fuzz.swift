import ArgumentParser
import Foundation

/// `nnbook fuzz`: the deterministic mutation fuzzer (docs/FUZZING.md), a maintainer's
/// tool, so it is left out of `--help`. CI runs it for a fixed number of runs.
struct Fuzz: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "fuzz",
    abstract: "Mutate the bundled lessons and call every library function with extreme arguments.",
    shouldDisplay: false
  )

  @Option(help: "Stop after this many seconds.") var seconds: Double = 10
  @Option(help: "Stop after this many runs.") var runs: Int = Int.max
  @Option(help: "The seed of the mutations; the same seed repeats the same runs.") var seed: UInt64 = 1
  @Option(help: "Where the input in progress and any failing inputs are kept.") var out: String =
    NSTemporaryDirectory() + "nnbook-fuzz"
  @Option(help: "Run one saved input (current-input, failure-N) again.") var replay: String?
  @Option(
    help:
      "Write the libFuzzer seed corpus (lessons to <dir>/document, cells and library calls to <dir>/cells) and stop."
  ) var corpus: String?
  @Argument(help: "Lessons or folders of lessons to take seeds from (default: notebooks).")
  var paths: [String] = []

  func run() throws {
    if let corpus {
      try Fuzzer.writeCorpus(to: URL(fileURLWithPath: corpus), folders: paths)
      return
    }
    try Fuzzer.run(
      seconds: seconds, runs: runs, seed: seed, output: URL(fileURLWithPath: out), folders: paths,
      replay: replay)
  }
}
