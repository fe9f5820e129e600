/// A method call on a library object (dispatched on its type when the cell runs) or,
/// for other values, on the built-in method found when the cell was lowered.
final class MethodCallExpr: Expr {
  let base: Expr
  let name: String
  let labels: [String?]
  let builtin: BuiltinMethod?
  let arguments: [Expr]
  init(base: Expr, name: String, labels: [String?], builtin: BuiltinMethod?, arguments: [Expr], _ loc: SourceLoc) {
    self.base = base
    self.name = name
    self.labels = labels
    self.builtin = builtin
    self.arguments = arguments
    super.init(loc)
  }

  override func eval(_ rt: Runtime, _ fp: Frame) throws -> Value {
    var args: [Value] = []
    args.reserveCapacity(arguments.count)
    for a in arguments { args.append(try a.eval(rt, fp)) }
    do {
      let receiver = try base.eval(rt, fp)
      if case .object(let o) = receiver {
        let library = Library.shared
        guard let (method, mapping) = library.method(o.typeName, name, labels: labels) else {
          let known = (library.methods[o.typeName]?[name] ?? []).map { m in
            name + "(" + m.labels.map { ($0 ?? "_") + ":" }.joined() + ")"
          }
          if known.isEmpty {
            throw RuntimeFailure("value of type '\(o.typeName)' has no method '\(name)'")
          }
          throw RuntimeFailure(
            "no method '\(name)' of '\(o.typeName)' takes the labels (\(labels.map { ($0 ?? "_") + ":" }.joined())); use '\(known.joined(separator: "', '"))'"
          )
        }
        let full = mapping.enumerated().map { k, m in
          m.map { args[$0] } ?? method.defaults[method.labels[k] ?? "_\(k)"]!
        }
        if method.mutating, let target = base as? LValue {
          var result = Value.void
          try target.modify(rt, fp) { v in result = try method.body(rt, &v, full) }
          return result
        }
        var v = receiver
        return try method.body(rt, &v, full)
      }
      guard let builtin else {
        throw RuntimeFailure("value of type '\(receiver.typeName)' has no member '\(name)'")
      }
      if builtin.mutating, let target = base as? LValue {
        var result = Value.void
        try target.modify(rt, fp) { v in result = try builtin.body(rt, &v, args) }
        return result
      }
      var v = receiver
      return try builtin.body(rt, &v, args)
    } catch let e as RuntimeFailure {
      throw rt.located(e, loc)
    }
  }
}

/// Appends a value to the array a builder closure collects (`Sequential { ... }`).
final class CollectStmt: Stmt {
  let slot: Int
  let expr: Expr
  init(slot: Int, _ expr: Expr) {
    self.slot = slot
    self.expr = expr
    super.init(expr.loc)
  }
  override func exec(_ rt: Runtime, _ fp: Frame) throws -> Flow {
    let v = try expr.eval(rt, fp)
    if case .void = v { return .normal }
    guard case .array(var xs) = fp[slot] else { return .normal }
    fp[slot] = .void
    xs.append(v)
    fp[slot] = .array(xs)
    return .normal
  }
}
