import SwiftSyntax

/// `Collection`'s members for a cell's own collections (`struct Ring: Collection` with
/// `startIndex`, `endIndex`, `index(after:)` and a subscript), written as Swift for that type
/// and appended after the cell's last line (`AppendedSource`): an
/// iterator that walks the indices (which gives `for x in ring` and every `Sequence` method),
/// `count`, `isEmpty`, `first`, `indices`, `index(_:offsetBy:)`, `distance(from:to:)` and
/// `firstIndex(of:)`/`(where:)`, as Swift's defaults compute them.
enum CollectionMembers {
  static let protocols: Set = ["Collection", "BidirectionalCollection", "RandomAccessCollection", "MutableCollection"]

  /// The extensions for the collections `tree` declares; nil when it declares none.
  static func declarations(for source: String, _ tree: SourceFileSyntax) -> String? {
    guard source.containsBytes("Collection") else { return nil }
    var conforming: [String] = []
    var declared: [String: Set<String>] = [:]
    for item in tree.statements {
      guard case .decl(let d) = item.item else { continue }
      let name: String
      let inherited: InheritanceClauseSyntax?
      let members: MemberBlockItemListSyntax
      if let s = d.as(StructDeclSyntax.self) {
        (name, inherited, members) = (s.name.text, s.inheritanceClause, s.memberBlock.members)
      } else if let c = d.as(ClassDeclSyntax.self) {
        (name, inherited, members) = (c.name.text, c.inheritanceClause, c.memberBlock.members)
      } else if let e = d.as(ExtensionDeclSyntax.self) {
        (name, inherited, members) = (e.extendedType.trimmedDescription, e.inheritanceClause, e.memberBlock.members)
      } else {
        continue
      }
      if inherited?.inheritedTypes.contains(where: { protocols.contains($0.type.trimmedDescription) }) == true,
        !conforming.contains(name)
      {
        conforming.append(name)
      }
      declared[name, default: []].formUnion(memberNames(members))
    }
    var extensions = ""
    for name in conforming {
      let names = declared[name] ?? []
      guard names.contains("index(after:)"), names.contains("startIndex"), names.contains("endIndex"),
        names.contains("subscript"), !names.contains("makeIterator()")
      else { continue }
      extensions += members(of: name, declared: names)
    }
    return extensions.isEmpty ? nil : extensions
  }

  private static func memberNames(_ members: MemberBlockItemListSyntax) -> Set<String> {
    var names: Set<String> = []
    for member in members {
      if let f = member.decl.as(FunctionDeclSyntax.self) {
        names.insert(
          f.name.text + "(" + f.signature.parameterClause.parameters.map { $0.firstName.text + ":" }.joined() + ")")
        names.insert(f.name.text)
      }
      if let v = member.decl.as(VariableDeclSyntax.self) {
        for b in v.bindings { names.insert(b.pattern.trimmedDescription) }
      }
      if member.decl.is(SubscriptDeclSyntax.self) { names.insert("subscript") }
    }
    return names
  }

  private static func members(of t: String, declared: Set<String>) -> String {
    let all: [(String, String)] = [
      (
        "makeIterator()",
        "func makeIterator() -> AnyIterator<Any> { var i = startIndex; return AnyIterator { if i == self.endIndex { return nil }; let e = self[i]; i = self.index(after: i); return e } }"
      ),
      (
        "count",
        "var count: Int { var n = 0; var i = startIndex; while i != endIndex { n += 1; i = index(after: i) }; return n }"
      ),
      ("isEmpty", "var isEmpty: Bool { startIndex == endIndex }"),
      ("first", "var first: Any? { startIndex == endIndex ? nil : self[startIndex] }"),
      (
        "indices",
        "var indices: [Any] { var out: [Any] = []; var i = startIndex; while i != endIndex { out.append(i); i = index(after: i) }; return out }"
      ),
      (
        "index(_:offsetBy:)",
        "func index(_ i: Any, offsetBy n: Int) -> Any { var j = i; for _ in 0..<n { j = index(after: j) }; return j }"
      ),
      (
        "distance(from:to:)",
        "func distance(from a: Any, to b: Any) -> Int { var n = 0; var i = a; while i != b { n += 1; i = index(after: i) }; return n }"
      ),
      (
        "firstIndex(of:)",
        "func firstIndex(of element: Any) -> Any? { var i = startIndex; while i != endIndex { if self[i] == element { return i }; i = index(after: i) }; return nil }"
      ),
      (
        "firstIndex(where:)",
        "func firstIndex(where test: (Any) -> Bool) -> Any? { var i = startIndex; while i != endIndex { if test(self[i]) { return i }; i = index(after: i) }; return nil }"
      ),
    ]
    let body = all.filter { !declared.contains($0.0) }.map { "  " + $0.1 }.joined(separator: "\n")
    return "\(AppendedSource.marker)Collection members\nextension \(t) {\n\(body)\n}\n"
  }
}
