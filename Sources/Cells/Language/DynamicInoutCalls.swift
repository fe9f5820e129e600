import SwiftSyntax

/// `sorted.formUniqueIndex(after: &l)` and `distributor.distribute(x, buckets: &b)`: a
/// method with `inout` parameters called on a value whose type is known only when the cell
/// runs. The method is found on the receiver's type, the `&` arguments are copied in and
/// out as Swift specifies for `inout`, and a `mutating` method's `self` is written back.
extension Lowerer {
  /// The arguments of a call with `&` arguments, and for each the place it is written back
  /// to (`nil` for an argument without `&`).
  func inoutArguments(_ args: [Argument]) throws -> (arguments: [Expr], targets: [LValue?]) {
    var arguments: [Expr] = []
    var targets: [LValue?] = []
    for a in args {
      if let io = a.expression.as(InOutExprSyntax.self) {
        let (target, _) = try lvalue(io.expression)
        arguments.append(target)
        targets.append(target)
      } else {
        arguments.append(try expr(a.expression).node)
        targets.append(nil)
      }
    }
    return (arguments, targets)
  }

  func dynamicInoutMethodCall(on base: Expr, name: String, _ args: [Argument], at c: FunctionCallExprSyntax) throws
    -> Typed
  {
    let (arguments, targets) = try inoutArguments(args)
    return Typed(
      DynamicInoutMethodCallExpr(
        base: base, name: name, labels: args.map(\.label), trailing: args.trailingClosureIndex,
        arguments: arguments, targets: targets, extensions: globals.extensions, methodLoc(c)), .unknown)
  }
}

final class DynamicInoutMethodCallExpr: Expr {
  let base: Expr
  let name: String
  let labels: [String?]
  let trailing: Int?
  let arguments: [Expr]
  let targets: [LValue?]
  let extensions: [String: StructType]

  init(
    base: Expr, name: String, labels: [String?], trailing: Int?, arguments: [Expr], targets: [LValue?],
    extensions: [String: StructType], _ loc: SourceLoc
  ) {
    self.base = base
    self.name = name
    self.labels = labels
    self.trailing = trailing
    self.arguments = arguments
    self.targets = targets
    self.extensions = extensions
    super.init(loc)
  }

  override func eval(_ rt: Runtime, _ fp: Frame) throws -> Value {
    let receiver = try base.eval(rt, fp)
    let type: StructType?
    switch receiver {
    case .structInstance(let s): type = s.type
    default: type = Lowerer.builtinKey(of: receiver).flatMap { extensions[$0] }
    }
    var found: (FunctionCode, [Int?])?
    if let type {
      for code in type.methods.values.sorted(by: { $0.fullName < $1.fullName }) where code.name == name {
        if let m = Lowerer.match(labels, code, trailing: trailing) {
          found = (code, m)
          break
        }
      }
    }
    guard let type, let (code, mapping) = found else {
      throw LocatedFailure(
        kind: .runtime, message: "value of type '\(receiver.typeName)' has no method '\(name)' with these labels",
        loc: loc)
    }
    for (k, m) in mapping.enumerated() where m != nil && code.parameters[k].isInout != (targets[m!] != nil) {
      throw LocatedFailure(
        kind: .runtime,
        message: code.parameters[k].isInout
          ? "passing value to 'inout' parameter '\(code.parameters[k].name)' requires '&'"
          : "'&' used with non-inout parameter '\(code.parameters[k].name)'", loc: loc)
    }
    try rt.checkTime(loc)
    let frame = try rt.pushFrame(code.frameSize, at: loc)
    defer { rt.popFrame(frame, code.frameSize) }
    frame[0] = receiver
    for (k, p) in code.parameters.enumerated() {
      let v: Value
      if let i = mapping[k] {
        v = try p.type.coerce(arguments[i].eval(rt, fp), loc)
      } else {
        v = try p.defaultValue!.eval(rt, fp)
      }
      frame[p.slot] = p.isBoxed ? .box(Box(v)) : v
    }
    let result: Value
    do {
      result = try rt.runBody(code, frame)
    } catch var failure as LocatedFailure {
      failure.leaveFunction(calledAt: loc)
      throw failure
    }
    // Copy out: each `&` argument, then `self` of a mutating method.
    for (k, p) in code.parameters.enumerated() {
      guard let i = mapping[k], let target = targets[i] else { continue }
      var v = frame[p.slot]
      if case .box(let b) = v { v = b.value }
      try target.set(rt, fp, v)
    }
    if type.mutatingMethods.contains(code.fullName), let target = base as? LValue {
      var me = frame[0]
      if case .box(let b) = me { me = b.value }
      try target.set(rt, fp, me)
    }
    return result
  }
}

extension Lowerer {
  /// `f(&arr[i])` where `f` is a closure value `(inout Int) -> Void`: the `&` arguments are
  /// copied in and, when the closure returns, out again.
  func inoutValueCall(_ callee: Typed, _ args: [Argument], at c: FunctionCallExprSyntax) throws -> Typed {
    let (arguments, targets) = try inoutArguments(args)
    var result = TypeHint.unknown
    if case .functionOf(_, let r) = callee.type { result = r }
    return Typed(CallValueInoutExpr(callee: callee.node, arguments: arguments, targets: targets, loc(c)), result)
  }
}

final class CallValueInoutExpr: Expr {
  let callee: Expr
  let arguments: [Expr]
  let targets: [LValue?]

  init(callee: Expr, arguments: [Expr], targets: [LValue?], _ loc: SourceLoc) {
    self.callee = callee
    self.arguments = arguments
    self.targets = targets
    super.init(loc)
  }

  override func eval(_ rt: Runtime, _ fp: Frame) throws -> Value {
    guard case .function(let c) = try callee.eval(rt, fp), let f = c as? UserFunction else {
      throw LocatedFailure(
        kind: .unsupported, message: "'&' arguments are passed only to a cell's own closures", loc: loc)
    }
    let code = f.code
    guard arguments.count == code.parameters.count else {
      throw LocatedFailure(
        kind: .runtime, message: "\(code.name) expects \(code.parameters.count) argument(s), got \(arguments.count)",
        loc: loc)
    }
    var values: [Value] = []
    for (a, p) in zip(arguments, code.parameters) {
      let v = try a.eval(rt, fp)
      values.append(code.coercesArguments ? try p.type.convert(v, loc) : v)
    }
    try rt.checkTime(loc)
    let size = code.frameSize
    let newFP = try rt.pushFrame(size, at: loc)
    for (v, p) in zip(values, code.parameters) { newFP[p.slot] = p.isBoxed ? .box(Box(v)) : v }
    for s in code.captureSlots.indices { newFP[code.captureSlots[s]] = .box(f.captures[s]) }
    let result: Value
    do { result = try rt.runBody(code, newFP) } catch var failure as LocatedFailure {
      rt.popFrame(newFP, size)
      failure.leaveFunction(calledAt: loc)
      throw failure
    } catch {
      rt.popFrame(newFP, size)
      throw error
    }
    var finals: [Value] = []
    for (p, t) in zip(code.parameters, targets) where t != nil {
      if case .box(let b) = newFP[p.slot] { finals.append(b.value) } else { finals.append(newFP[p.slot]) }
    }
    rt.popFrame(newFP, size)
    var k = 0
    for t in targets {
      guard let t else { continue }
      try t.set(rt, fp, finals[k])
      k += 1
    }
    return result
  }
}
