import SwiftParser
import SwiftSyntax

/// Swift source nnbook appends after a cell's last line, so the cell's own lines and columns
/// are unchanged: Swift's `Result` (`StandardPrelude`), the members Swift derives for a
/// cell's option sets (`OptionSetMembers`) and collections (`CollectionMembers`). Each piece
/// starts with a comment holding `marker`, which is how the lowerer tells it from the cell's
/// own code (the cell's last expression is what it displays); an error inside it is shown
/// where the cell called it.
enum AppendedSource {
  static let marker = "// nnbook appends: "

  /// Whether a cell's item is a declaration appended here.
  static func isAppended(_ item: CodeBlockItemSyntax) -> Bool {
    item.leadingTrivia.description.contains(marker)
  }

  /// The cell with every appended declaration it needs; a cell that does not parse is left
  /// as it is (its syntax error must be shown in the cell, not in code it did not write).
  /// `declared` tells whether an earlier cell declared a type of that name.
  static func augment(_ tree: SourceFileSyntax, declared: (String) -> Bool) -> SourceFileSyntax {
    guard !tree.hasError else { return tree }
    var tree = tree
    for piece in 0..<3 {
      let source = tree.description
      let appended: String?
      switch piece {
      case 0: appended = StandardPrelude.declarations(for: source, tree, declared: declared)
      case 1: appended = OptionSetMembers.declarations(for: source, tree)
      default: appended = CollectionMembers.declarations(for: source, tree)
      }
      guard let appended else { continue }
      tree = Parser.parse(source: source + (source.hasSuffix("\n") ? "" : "\n") + appended)
    }
    return tree
  }
}
