import SwiftSyntax

/// `#if` blocks, resolved as `swiftc` on this machine resolves them: Swift 6, Linux, x86_64,
/// no `-D` flags. Only the active clause's code is kept; the directives and the inactive
/// clauses become blanks of the same length (newlines kept), so every line and column of
/// the cell stays where the learner wrote it.
enum ConditionalCompilation {
  /// The language mode `swift(...)` compares with (swiftc's default, Swift 5 mode) and the
  /// compiler version `compiler(...)` compares with.
  static let languageVersion = [5, 10]
  static let compilerVersion = [6, 3]

  /// The source with every `#if` whose conditions are understood resolved; nil when it holds
  /// none. A condition not understood leaves its block in place (the lowerer refuses it, at its line).
  static func resolve(_ source: String, _ tree: SourceFileSyntax) -> String? {
    let finder = Finder(viewMode: .sourceAccurate)
    finder.walk(tree)
    if finder.blocks.isEmpty { return nil }
    var blank: [Range<Int>] = []
    for block in finder.blocks {
      guard let ranges = blankedRanges(block) else { continue }
      blank += ranges
    }
    if blank.isEmpty { return nil }
    var bytes = Array(source.utf8)
    for r in blank {
      for i in r where i < bytes.count && bytes[i] != UInt8(ascii: "\n") && bytes[i] != UInt8(ascii: "\r") {
        bytes[i] = UInt8(ascii: " ")
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// The message for a block left in place: its first condition not understood, named.
  static func refusal(_ block: IfConfigDeclSyntax) -> String {
    for clause in block.clauses {
      if let c = clause.condition, evaluate(c) == nil {
        return "'#if' with the condition '\(c.trimmedDescription)' is not supported in cells"
      }
    }
    // A block inside one of the clauses holds the condition.
    for clause in block.clauses {
      guard let elements = clause.elements else { continue }
      let inner = Finder(viewMode: .sourceAccurate)
      inner.walk(elements)
      for nested in inner.blocks where blankedRanges(nested) == nil { return refusal(nested) }
    }
    return "'#if' here is not supported in cells"
  }

  /// The outermost `#if` blocks (one inside an inactive clause goes with it; one inside the
  /// active clause is found by walking into it).
  private final class Finder: SyntaxVisitor {
    var blocks: [IfConfigDeclSyntax] = []
    override func visit(_ node: IfConfigDeclSyntax) -> SyntaxVisitorContinueKind {
      blocks.append(node)
      return .skipChildren
    }
  }

  /// The byte ranges of one block to blank: the directives and every clause but the active
  /// one; nil when a condition is not understood. Blocks inside the active clause too.
  private static func blankedRanges(_ block: IfConfigDeclSyntax) -> [Range<Int>]? {
    var active: IfConfigClauseSyntax?
    for clause in block.clauses {
      if let condition = clause.condition {
        guard let holds = evaluate(condition) else { return nil }
        if holds && active == nil { active = clause }
      } else if active == nil {
        active = clause  // `#else`
      }
    }
    var out: [Range<Int>] = []
    for clause in block.clauses {
      if clause == active {
        // The directive line's tokens only: `#if cond` / `#elseif cond` / `#else`.
        let start = clause.poundKeyword.positionAfterSkippingLeadingTrivia.utf8Offset
        let end =
          (clause.condition?.endPositionBeforeTrailingTrivia ?? clause.poundKeyword.endPositionBeforeTrailingTrivia)
          .utf8Offset
        out.append(start..<end)
        if let elements = clause.elements {
          let inner = Finder(viewMode: .sourceAccurate)
          inner.walk(elements)
          for nested in inner.blocks {
            guard let ranges = blankedRanges(nested) else { return nil }
            out += ranges
          }
        }
      } else {
        out.append(
          clause.positionAfterSkippingLeadingTrivia.utf8Offset..<clause.endPositionBeforeTrailingTrivia.utf8Offset)
      }
    }
    let end = block.poundEndif
    out.append(end.positionAfterSkippingLeadingTrivia.utf8Offset..<end.endPositionBeforeTrailingTrivia.utf8Offset)
    return out
  }

  /// A condition's truth on this platform; nil when it is not one `swiftc` would know here.
  static func evaluate(_ e: ExprSyntax) -> Bool? {
    if let b = e.as(BooleanLiteralExprSyntax.self) { return b.literal.tokenKind == .keyword(.true) }
    if let p = e.as(TupleExprSyntax.self), p.elements.count == 1, let inner = p.elements.first {
      return evaluate(inner.expression)
    }
    if let n = e.as(PrefixOperatorExprSyntax.self), n.operator.text == "!" {
      return evaluate(n.expression).map { !$0 }
    }
    if let s = e.as(SequenceExprSyntax.self) {
      // `a && b || c`: not folded here; && binds tighter than ||.
      let items = Array(s.elements)
      guard items.count % 2 == 1 else { return nil }
      var any = false
      var all = true
      var index = 0
      while index < items.count {
        guard let v = evaluate(items[index]) else { return nil }
        all = all && v
        if index + 1 < items.count {
          guard let op = items[index + 1].as(BinaryOperatorExprSyntax.self) else { return nil }
          if op.operator.text == "||" {
            any = any || all
            all = true
          } else if op.operator.text != "&&" {
            return nil
          }
        }
        index += 2
      }
      return any || all
    }
    if e.is(DeclReferenceExprSyntax.self) {
      // A `-D` flag such as `DEBUG`: a plain `swiftc` build sets none.
      return false
    }
    guard let call = e.as(FunctionCallExprSyntax.self),
      let name = call.calledExpression.as(DeclReferenceExprSyntax.self)?.baseName.text,
      call.arguments.count == 1, let argument = call.arguments.first?.expression
    else { return nil }
    let text = argument.trimmedDescription
    switch name {
    case "swift": return compareVersion(text, with: languageVersion)
    case "compiler": return compareVersion(text, with: compilerVersion)
    case "os": return text == "Linux"
    case "arch": return text == "x86_64"
    case "canImport": return text == "Foundation" || text == "Glibc"
    case "targetEnvironment": return false
    case "hasFeature", "hasAttribute": return false
    default: return nil
    }
  }

  /// `>=4.2` or `<5`, compared with `version`.
  private static func compareVersion(_ text: String, with version: [Int]) -> Bool? {
    let compact = text.filter { !$0.isWhitespace }
    let isLess: Bool
    let number: Substring
    if compact.hasPrefix(">=") {
      isLess = false
      number = compact.dropFirst(2)
    } else if compact.hasPrefix("<") {
      isLess = true
      number = compact.dropFirst(1)
    } else {
      return nil
    }
    var parts: [Int] = []
    for piece in number.split(separator: ".") {
      guard let n = Int(piece) else { return nil }
      parts.append(n)
    }
    if parts.isEmpty { return nil }
    var atLeast = true
    for i in 0..<max(parts.count, version.count) {
      let mine = i < version.count ? version[i] : 0
      let theirs = i < parts.count ? parts[i] : 0
      if mine != theirs {
        atLeast = mine > theirs
        break
      }
    }
    return isLess ? !atLeast : atLeast
  }
}
