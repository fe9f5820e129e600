/// `x?` as the target of a change inside an optional chain (`dict[key]?.append(v)`): nil ends
/// the chain (nothing changes), a value is changed in place and stays wrapped.
final class OptionalLinkLValue: LValue {
  let inner: LValue
  init(_ inner: LValue, _ loc: SourceLoc) {
    self.inner = inner
    super.init(loc)
  }

  override func eval(_ rt: Runtime, _ fp: Frame) throws -> Value {
    try ChainLinkExpr.unwrap(inner.eval(rt, fp))
  }

  override func modify(_ rt: Runtime, _ fp: Frame, _ body: (inout Value) throws -> Void) throws {
    try inner.modify(rt, fp) { v in
      switch v {
      case .none: throw ChainFoundNil()
      case .some(var wrapped):
        v = .void
        try body(&wrapped)
        v = .some(wrapped)
      default: try body(&v)
      }
    }
  }
}
