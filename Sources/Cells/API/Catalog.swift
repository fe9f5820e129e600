/// Everything a cell can call, for `nnbook ops`: Swift's own functions and
/// methods, then the library's functions, types, methods and properties, each
/// with its typed signature and one line of help, generated from the registry.
public enum Catalog {
  public struct Entry: Sendable {
    /// "Swift functions", "functions", "Tensor", "Module", ...
    public var group: String
    /// `Linear(_ inputs: Int, _ outputs: Int, bias: Bool = true) -> Linear`, `x.shape: [Int]`.
    public var signature: String
    /// One line; empty where none is written yet.
    public var help: String
  }

  public static func entries() -> [Entry] {
    let library = Library.shared
    var entries: [Entry] = []
    for f in Builtins.catalog {
      entries.append(Entry(group: "Swift functions", signature: f.signature, help: f.help))
    }
    for m in Builtins.methods.keys.sorted() {
      let described = Builtins.swiftMethodHelp[m]
      entries.append(
        Entry(
          group: "Swift methods (arrays, strings, dictionaries, numbers)",
          signature: "x." + (described?.signature ?? m), help: described?.help ?? ""))
    }
    for (key, overloads) in library.functions.sorted(by: { $0.key < $1.key }) {
      let isMember = key.contains(".") && !key.hasPrefix(".")
      let group = isMember ? String(key.prefix { $0 != "." }) : "functions"
      for f in overloads {
        entries.append(Entry(group: group, signature: f.signature.text, help: f.signature.help))
      }
    }
    for (type, methods) in library.methods.sorted(by: { $0.key < $1.key }) {
      for (_, overloads) in methods.sorted(by: { $0.key < $1.key }) {
        for m in overloads {
          entries.append(Entry(group: type, signature: "x." + m.signature.text, help: m.signature.help))
        }
      }
    }
    for (type, properties) in library.properties.sorted(by: { $0.key < $1.key }) {
      for (name, p) in properties.sorted(by: { $0.key < $1.key }) {
        let typeText = p.valueType == .any ? "" : ": " + p.valueType.text
        entries.append(Entry(group: type, signature: "x." + name + typeText, help: p.help))
      }
    }
    // One block per group, Swift's own names first, each group's entries in the order above.
    let order = entries.map(\.group).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
    let rank = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
    return entries.enumerated().sorted { (rank[$0.element.group]!, $0.offset) < (rank[$1.element.group]!, $1.offset) }
      .map(\.element)
  }

  /// Help for a library type, shown above its group.
  public static func typeHelp(_ group: String) -> String? { Library.shared.typeHelp[group] }
}
