import SwiftSyntax

/// One entry of a closure's capture list, as the closure's body sees it.
struct CaptureListItem {
  let name: String
  let type: TypeHint
  let ownership: ReferenceOwnership
}

/// `{ [weak self, x, total = a + b] in ... }`: each entry is evaluated where the closure is
/// made, and the closure keeps that value (a box of its own), not the variable, as in Swift.
/// `weak` and `unowned` entries hold a class instance without keeping it alive.
extension Lowerer {
  /// The entries of `c`'s capture list and the expressions that give their values, lowered in
  /// the scope that makes the closure.
  func captureList(of c: ClosureExprSyntax) throws -> ([CaptureListItem], [Expr]) {
    guard let clause = c.signature?.capture else { return ([], []) }
    var items: [CaptureListItem] = []
    var values: [Expr] = []
    for item in clause.items {
      let name = item.name.identifier?.name ?? item.name.text
      var ownership = ReferenceOwnership.strong
      if let specifier = item.specifier {
        switch specifier.specifier.tokenKind {
        case .keyword(.weak): ownership = .weak
        case .keyword(.unowned): ownership = .unowned
        default:
          throw unsupported(
            "'\(specifier.trimmedDescription)' in a capture list is not supported in cells", at: specifier)
        }
      }
      let typed: Typed
      if let initializer = item.initializer {
        typed = try expr(initializer.value)
      } else if let v = try variableReference(name, at: item.name) {
        typed = Typed(v, variableType(name))
      } else {
        throw undefined(name, at: item.name)
      }
      var type = typed.type
      var node = typed.node
      if ownership != .strong {
        node = WeakStoreExpr(node, loc(item))
        if ownership == .weak, type != .unknown {
          if case .optional = type {} else { type = .optional(type) }
        }
      }
      items.append(CaptureListItem(name: name, type: type, ownership: ownership))
      values.append(node)
    }
    return (items, values)
  }

  /// Declares a closure's capture-list entries as captures of its own: capture `i` takes its
  /// box from value `i` (source slot `-1 - i`) when the closure is made.
  func declareCaptureList(_ items: [CaptureListItem], in ctx: FunctionContext) {
    for (i, item) in items.enumerated() {
      let slot = ctx.newSlot()
      ctx.captures.append((name: item.name, source: -1 - i, slot: slot))
      ctx.captureEntries[item.name] = LocalEntry(
        slot: slot, boxed: true, isLet: true, type: item.type, function: nil, ownership: item.ownership)
    }
  }
}

/// A closure with a capture list: the listed values are evaluated as the closure is made and
/// each gets a box of its own; the other captured variables are shared as usual.
final class CaptureListClosureExpr: Expr {
  let code: FunctionCode
  /// Slots of the enclosing frame that hold the boxes to capture; `-1 - i` is value `i`.
  let captureSources: [Int]
  let values: [Expr]
  init(code: FunctionCode, captureSources: [Int], values: [Expr], _ loc: SourceLoc) {
    self.code = code
    self.captureSources = captureSources
    self.values = values
    super.init(loc)
  }
  override func eval(_ rt: Runtime, _ fp: Frame) throws -> Value {
    var listed: [Value] = []
    listed.reserveCapacity(values.count)
    for v in values { listed.append(try v.eval(rt, fp)) }
    var boxes: [Box] = []
    boxes.reserveCapacity(captureSources.count)
    for s in captureSources {
      if s < 0 {
        boxes.append(Box(listed[-1 - s]))
      } else if case .box(let b) = fp[s] {
        boxes.append(b)
      } else {
        boxes.append(Box(fp[s]))
      }
    }
    return .function(UserFunction(code: code, captures: boxes))
  }
}
