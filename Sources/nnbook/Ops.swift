import ArgumentParser
import Cells

struct Ops: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "List the operations cells can use, with their signatures.",
    discussion: "Optionally give a word to show only the entries that contain it (for example 'Tensor' or 'relu')."
  )

  @Argument(help: "Show only entries whose group or signature contains this text.")
  var filter: String?

  func run() {
    var lastGroup = ""
    for entry in Catalog.entries() {
      if let filter, !entry.signature.localizedLowercase.contains(filter.lowercased()),
        !entry.group.lowercased().contains(filter.lowercased())
      {
        continue
      }
      if entry.group != lastGroup {
        print(lastGroup.isEmpty ? "\(entry.group):" : "\n\(entry.group):")
        lastGroup = entry.group
      }
      print("  " + entry.signature)
    }
  }
}
