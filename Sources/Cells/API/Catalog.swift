/// Everything a cell can call, for `nnbook ops`: built-in functions, library
/// functions and types with their methods and properties, by signature.
public enum Catalog {
  public struct Entry: Sendable {
    /// "functions", "Tensor", "Dataset", ...
    public var group: String
    /// `relu(_:)`, `Tensor.zeros(_:dtype:)`, `x.matmul(_:)`, `x.shape`.
    public var signature: String
  }

  public static func entries() -> [Entry] {
    let library = Library.shared
    var entries: [Entry] = []
    let builtinFunctions =
      Builtins.callableNames.map { name -> String in
        switch name {
        case "print": return "print(_:separator:terminator:)"
        case "min", "max", "pow", "atan2": return name + "(_:_:)"
        case "stride": return "stride(from:to:by:)"
        case "zip", "swap": return name + "(_:_:)"
        default: return name + "(_:)"
        }
      } + Builtins.scalarMath.keys.map { $0 + "(_:)" } + ["String(format:_:)", "Int(_:)", "Double(_:)", "Float(_:)"]
    for f in Set(builtinFunctions).sorted() { entries.append(Entry(group: "Swift functions", signature: f)) }
    for m in Set(Builtins.methods.keys).sorted() {
      entries.append(Entry(group: "Swift methods (arrays, strings, dictionaries, numbers)", signature: "x." + m))
    }
    for (name, overloads) in library.functions.sorted(by: { $0.key < $1.key }) {
      let group = name.contains(".") && !name.hasPrefix(".") ? String(name.prefix { $0 != "." }) : "functions"
      for f in overloads {
        let shown = name.replacingOccurrences(of: ".init", with: "")
        entries.append(Entry(group: group, signature: shown + "(" + f.labels.map { ($0 ?? "_") + ":" }.joined() + ")"))
      }
    }
    for (type, methods) in library.methods.sorted(by: { $0.key < $1.key }) {
      for (name, overloads) in methods.sorted(by: { $0.key < $1.key }) {
        for m in overloads {
          entries.append(
            Entry(group: type, signature: "x." + name + "(" + m.labels.map { ($0 ?? "_") + ":" }.joined() + ")"))
        }
      }
    }
    for (type, properties) in library.properties.sorted(by: { $0.key < $1.key }) {
      for name in properties.keys.sorted() { entries.append(Entry(group: type, signature: "x." + name)) }
    }
    // One block per group, Swift's own names first, each group's entries in the order above.
    let order = entries.map(\.group).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
    let rank = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
    return entries.enumerated().sorted { (rank[$0.element.group]!, $0.offset) < (rank[$1.element.group]!, $1.offset) }
      .map(\.element)
  }
}
