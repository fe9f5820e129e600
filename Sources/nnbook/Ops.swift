import ArgumentParser
import Cells

struct Ops: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ops",
    abstract: "List the operations cells can use, with their types and one line of help.",
    discussion: "Optionally give a word to show only the entries that contain it (for example 'Tensor' or 'relu')."
  )

  @Argument(help: "Show only entries whose group, signature or help contains this text.")
  var filter: String?

  func run() throws {
    var lastGroup = ""
    var shown = 0
    let word = filter?.lowercased()
    for entry in Catalog.entries() {
      if let word, !entry.signature.lowercased().contains(word), !entry.group.lowercased().contains(word),
        !entry.help.lowercased().contains(word)
      {
        continue
      }
      if entry.group != lastGroup {
        print(lastGroup.isEmpty ? "\(entry.group):" : "\n\(entry.group):")
        if let help = Catalog.typeHelp(entry.group) { print("  " + help) }
        lastGroup = entry.group
      }
      print("  " + entry.signature)
      if !entry.help.isEmpty { print("      " + entry.help) }
      shown += 1
    }
    if shown == 0, let filter {
      Console().error("nnbook ops: nothing matches '\(filter)'")
      throw ExitCode(1)
    }
  }
}
