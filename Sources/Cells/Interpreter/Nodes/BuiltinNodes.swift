/// `print(_:separator:terminator:)`, and `debugPrint` (each item as `DebugPrint.text` shows it).
final class PrintExpr: Expr {
  let items: [Expr]
  let separator: Expr?
  let terminator: Expr?
  let debug: Bool
  init(items: [Expr], separator: Expr?, terminator: Expr?, debug: Bool = false, _ loc: SourceLoc) {
    self.items = items
    self.separator = separator
    self.terminator = terminator
    self.debug = debug
    super.init(loc)
  }
  override func eval(_ rt: Runtime, _ fp: Frame) throws -> Value {
    let sep = try separator.map { try $0.eval(rt, fp).description } ?? " "
    let term = try terminator.map { try $0.eval(rt, fp).description } ?? "\n"
    var line = ""
    for (i, item) in items.enumerated() {
      if i > 0 { line += sep }
      let value = try item.eval(rt, fp)
      line += debug ? DebugPrint.text(of: value) : value.description(limit: Runtime.printLimit)
      if line.utf8.count > Runtime.printLimit { break }
    }
    try rt.write(line + term, at: loc)
    return .void
  }
}

/// `swap(&a, &b)`.
final class SwapExpr: Expr {
  let a: LValue
  let b: LValue
  init(_ a: LValue, _ b: LValue, _ loc: SourceLoc) {
    self.a = a
    self.b = b
    super.init(loc)
  }
  override func eval(_ rt: Runtime, _ fp: Frame) throws -> Value {
    let x = try a.eval(rt, fp)
    let y = try b.eval(rt, fp)
    try a.set(rt, fp, y)
    try b.set(rt, fp, x)
    return .void
  }
}
