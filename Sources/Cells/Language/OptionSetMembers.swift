import SwiftSyntax

/// `OptionSet`'s members for a cell's own option sets (`struct Permissions: OptionSet { let
/// rawValue: Int; static let read = ... }`), written as Swift for that type and appended after
/// the cell's last line (`AppendedSource`): set algebra on
/// `rawValue`'s bits, `[.read, .write]` literals and `Permissions()`, as Swift derives them.
enum OptionSetMembers {
  /// The extensions for the option sets `tree` declares; nil when it declares none.
  static func declarations(for source: String, _ tree: SourceFileSyntax) -> String? {
    guard source.containsBytes("OptionSet") else { return nil }
    var extensions = ""
    for item in tree.statements {
      guard case .decl(let d) = item.item, let s = d.as(StructDeclSyntax.self),
        s.inheritanceClause?.inheritedTypes.contains(where: { $0.type.trimmedDescription == "OptionSet" }) == true,
        let rawType = rawValueType(s)
      else { continue }
      extensions += members(of: s.name.text, raw: rawType, declared: declaredNames(s))
    }
    return extensions.isEmpty ? nil : extensions
  }

  /// The type of the stored `rawValue` (`Int`, `UInt8`); nil when it is missing or not annotated.
  private static func rawValueType(_ s: StructDeclSyntax) -> String? {
    for member in s.memberBlock.members {
      guard let v = member.decl.as(VariableDeclSyntax.self) else { continue }
      for b in v.bindings where b.pattern.trimmedDescription == "rawValue" {
        return b.typeAnnotation?.type.trimmedDescription
      }
    }
    return nil
  }

  /// The members the struct declares itself, which it keeps.
  private static func declaredNames(_ s: StructDeclSyntax) -> Set<String> {
    var names: Set<String> = []
    for member in s.memberBlock.members {
      if let f = member.decl.as(FunctionDeclSyntax.self) { names.insert(f.name.text) }
      if let v = member.decl.as(VariableDeclSyntax.self) {
        for b in v.bindings { names.insert(b.pattern.trimmedDescription) }
      }
      if let i = member.decl.as(InitializerDeclSyntax.self) {
        names.insert("init(" + i.signature.parameterClause.parameters.map { $0.firstName.text + ":" }.joined() + ")")
      }
    }
    return names
  }

  private static func members(of t: String, raw: String, declared: Set<String>) -> String {
    let all: [(String, String)] = [
      (
        "init(arrayLiteral:)",
        "init(arrayLiteral elements: \(t)...) { var raw: \(raw) = 0; for e in elements { raw = raw | e.rawValue }; self.init(rawValue: raw) }"
      ),
      ("init()", "init() { self.init(rawValue: 0) }"),
      ("isEmpty", "var isEmpty: Bool { rawValue == 0 }"),
      ("contains", "func contains(_ member: \(t)) -> Bool { rawValue & member.rawValue == member.rawValue }"),
      ("union", "func union(_ other: \(t)) -> \(t) { \(t)(rawValue: rawValue | other.rawValue) }"),
      ("intersection", "func intersection(_ other: \(t)) -> \(t) { \(t)(rawValue: rawValue & other.rawValue) }"),
      (
        "symmetricDifference",
        "func symmetricDifference(_ other: \(t)) -> \(t) { \(t)(rawValue: rawValue ^ other.rawValue) }"
      ),
      ("subtracting", "func subtracting(_ other: \(t)) -> \(t) { \(t)(rawValue: rawValue & ~other.rawValue) }"),
      ("isSubset", "func isSubset(of other: \(t)) -> Bool { rawValue & other.rawValue == rawValue }"),
      ("isSuperset", "func isSuperset(of other: \(t)) -> Bool { rawValue & other.rawValue == other.rawValue }"),
      (
        "isStrictSubset",
        "func isStrictSubset(of other: \(t)) -> Bool { isSubset(of: other) && rawValue != other.rawValue }"
      ),
      (
        "isStrictSuperset",
        "func isStrictSuperset(of other: \(t)) -> Bool { isSuperset(of: other) && rawValue != other.rawValue }"
      ),
      ("isDisjoint", "func isDisjoint(with other: \(t)) -> Bool { rawValue & other.rawValue == 0 }"),
      (
        "insert",
        "mutating func insert(_ newMember: \(t)) -> (inserted: Bool, memberAfterInsert: \(t)) { if contains(newMember) { return (false, intersection(newMember)) }; self = union(newMember); return (true, newMember) }"
      ),
      (
        "remove",
        "mutating func remove(_ member: \(t)) -> \(t)? { let common = intersection(member); self = subtracting(member); return common.isEmpty ? nil : common }"
      ),
      (
        "update",
        "mutating func update(with newMember: \(t)) -> \(t)? { let common = intersection(newMember); self = union(newMember); return common.isEmpty ? nil : common }"
      ),
      ("formUnion", "mutating func formUnion(_ other: \(t)) { self = union(other) }"),
      ("formIntersection", "mutating func formIntersection(_ other: \(t)) { self = intersection(other) }"),
      (
        "formSymmetricDifference",
        "mutating func formSymmetricDifference(_ other: \(t)) { self = symmetricDifference(other) }"
      ),
      ("subtract", "mutating func subtract(_ other: \(t)) { self = subtracting(other) }"),
    ]
    let body = all.filter { !declared.contains($0.0) }.map { "  " + $0.1 }.joined(separator: "\n")
    return "\(AppendedSource.marker)OptionSet members\nextension \(t): ExpressibleByArrayLiteral {\n\(body)\n}\n"
  }
}
