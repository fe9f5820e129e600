import SwiftSyntax

/// `throw`, `try`, `try?`, `try!`, `do`/`catch`; `defer`; labeled `break` and `continue`.
extension Lowerer {
  func throwStatement(_ t: ThrowStmtSyntax) throws -> [Stmt] {
    usesErrors = true
    return [ThrowStmt(try expr(t.expression).node, loc(t))]
  }

  func tryExpression(_ t: TryExprSyntax, expected: TypeHint) throws -> Typed {
    usesErrors = true
    let inner = try expr(t.expression, expected: expected)
    switch t.questionOrExclamationMark?.tokenKind {
    case .postfixQuestionMark?:
      var type = inner.type
      if case .optional = type {} else if type != .unknown { type = .optional(type) }
      return Typed(TryExpr(inner.node, mode: .optional, loc(t)), type)
    case .exclamationMark?:
      return Typed(TryExpr(inner.node, mode: .forced, loc(t)), inner.type)
    default:
      return inner
    }
  }

  func doStatement(_ d: DoStmtSyntax) throws -> [Stmt] {
    let firstSlot = function.frameSize
    var body = try block(d.body.statements)
    // The block's variables (and those of blocks inside it) end with it, as in Swift: a
    // class instance only they hold is released there, its `deinit` run before what follows.
    if function.frameSize > firstSlot {
      body.append(ReleaseLocalsStmt(Array(firstSlot..<function.frameSize), loc(d.body.rightBrace)))
    }
    if d.catchClauses.isEmpty { return [Block(body, loc(d))] }
    usesErrors = true
    var clauses: [DoCatchStmt.Clause] = []
    for c in d.catchClauses {
      try withScope {
        var matchers: [Matcher] = []
        var guards: [Expr?] = []
        if c.catchItems.isEmpty {
          matchers.append(BindMatcher(try declareVariable("error", isLet: true, type: .unknown, at: c)))
          guards.append(nil)
        }
        for item in c.catchItems {
          if let p = item.pattern {
            matchers.append(try matcher(p, binding: false))
          } else {
            matchers.append(BindMatcher(try declareVariable("error", isLet: true, type: .unknown, at: item)))
          }
          guards.append(try item.whereClause.map { try condition($0.condition) })
        }
        clauses.append(DoCatchStmt.Clause(matchers: matchers, guards: guards, body: try block(c.body.statements)))
      }
    }
    return [DoCatchStmt(body: body, clauses: clauses, loc(d))]
  }

  // MARK: defer

  /// Statements after a `defer` run inside it, so the deferred block runs however they end.
  func applyingDefers(_ statements: [Stmt]) -> [Stmt] {
    guard let i = statements.firstIndex(where: { $0 is DeferMarker }) else { return statements }
    let marker = statements[i] as! DeferMarker
    let rest = applyingDefers(Array(statements[(i + 1)...]))
    return Array(statements[..<i]) + [DeferStmt(body: rest, deferred: marker.deferred, marker.loc)]
  }

  func deferStatement(_ d: DeferStmtSyntax) throws -> [Stmt] {
    return [DeferMarker(deferred: try block(d.body.statements), loc(d))]
  }

  // MARK: Labels

  func labeledStatement(_ l: LabeledStmtSyntax) throws -> [Stmt] {
    let label = l.label.text
    guard
      l.statement.is(ForStmtSyntax.self) || l.statement.is(WhileStmtSyntax.self)
        || l.statement.is(RepeatStmtSyntax.self)
    else {
      throw unsupported("labels on statements other than loops ('\(label):') are not supported in cells", at: l)
    }
    loopLabels.append(label)
    defer { loopLabels.removeLast() }
    pendingLabel = label
    defer { pendingLabel = nil }
    return try statement(l.statement)
  }

  /// A loop's body, ready for `break label` and `continue label` when the loop has that label.
  func labeledBody(_ body: [Stmt]) -> [Stmt] {
    guard let label = pendingLabel else { return body }
    pendingLabel = nil
    return [LabelTargetStmt(label: label, body: body, body.first?.loc ?? .unknown)]
  }

  func jump(_ label: TokenSyntax?, isContinue: Bool, at node: some SyntaxProtocol) throws -> [Stmt]? {
    guard let label else { return nil }
    guard loopLabels.contains(label.text) else {
      throw fail("cannot find label '\(label.text)' in scope", at: label)
    }
    return [LabeledJumpStmt(label: label.text, isContinue: isContinue, loc(node))]
  }
}

/// A value thrown by `throw`, on its way to a `catch`. Sendable unchecked: it never leaves
/// the session's thread (a `catch` in the cell takes it, or it becomes the cell's error).
struct ThrownError: Error, @unchecked Sendable {
  var value: Value
  var loc: SourceLoc

  /// What Swift prints when nothing catches it.
  var located: LocatedFailure {
    LocatedFailure(
      kind: .runtime, message: "Fatal error: Error raised at top level: \(value.debugDescription)", loc: loc)
  }
}

final class ThrowStmt: Stmt {
  let value: Expr
  init(_ value: Expr, _ loc: SourceLoc) {
    self.value = value
    super.init(loc)
  }
  override func exec(_ rt: Runtime, _ fp: Frame) throws -> Flow {
    throw ThrownError(value: try value.eval(rt, fp), loc: loc)
  }
}

final class TryExpr: Expr {
  enum Mode { case optional, forced }
  let inner: Expr
  let mode: Mode
  init(_ inner: Expr, mode: Mode, _ loc: SourceLoc) {
    self.inner = inner
    self.mode = mode
    super.init(loc)
  }
  override func eval(_ rt: Runtime, _ fp: Frame) throws -> Value {
    do {
      let v = try inner.eval(rt, fp)
      if mode == .optional {
        switch v {
        case .some, .none: return v
        default: return .some(v)
        }
      }
      return v
    } catch let thrown as ThrownError {
      if mode == .optional { return .none }
      throw LocatedFailure(
        kind: .runtime,
        message: "Fatal error: 'try!' expression unexpectedly raised an error: \(thrown.value.debugDescription)",
        loc: loc)
    }
  }
}

final class DoCatchStmt: Stmt {
  struct Clause {
    var matchers: [Matcher]
    var guards: [Expr?]
    var body: [Stmt]
  }
  let body: [Stmt]
  let clauses: [Clause]
  init(body: [Stmt], clauses: [Clause], _ loc: SourceLoc) {
    self.body = body
    self.clauses = clauses
    super.init(loc)
  }
  override func exec(_ rt: Runtime, _ fp: Frame) throws -> Flow {
    do {
      return try execBody(body, rt, fp)
    } catch let thrown as ThrownError {
      for c in clauses {
        for (m, g) in zip(c.matchers, c.guards) {
          guard try m.match(thrown.value, rt, fp, loc) else { continue }
          if let g, try !truth(g.eval(rt, fp), rt, g.loc) { continue }
          return try execBody(c.body, rt, fp)
        }
      }
      throw thrown
    }
  }
}

/// A top-level statement of a cell that uses errors: an error nothing caught stops the cell.
final class UncaughtErrorStmt: Stmt {
  let inner: Stmt
  init(_ inner: Stmt) {
    self.inner = inner
    super.init(inner.loc)
  }
  override func exec(_ rt: Runtime, _ fp: Frame) throws -> Flow {
    do { return try inner.exec(rt, fp) } catch let thrown as ThrownError { throw thrown.located }
  }
}

/// Where a `defer` was written, until the statements after it are known.
final class DeferMarker: Stmt {
  let deferred: [Stmt]
  init(deferred: [Stmt], _ loc: SourceLoc) {
    self.deferred = deferred
    super.init(loc)
  }
  override func exec(_ rt: Runtime, _ fp: Frame) throws -> Flow { .normal }
}

final class DeferStmt: Stmt {
  let body: [Stmt]
  let deferred: [Stmt]
  init(body: [Stmt], deferred: [Stmt], _ loc: SourceLoc) {
    self.body = body
    self.deferred = deferred
    super.init(loc)
  }
  override func exec(_ rt: Runtime, _ fp: Frame) throws -> Flow {
    let flow: Flow
    do {
      flow = try execBody(body, rt, fp)
    } catch {
      _ = try? execBody(deferred, rt, fp)
      throw error
    }
    let saved = rt.returnValue
    _ = try execBody(deferred, rt, fp)
    rt.returnValue = saved
    return flow
  }
}

/// `break label` / `continue label`: unwinds to the loop with that label.
struct LabeledJump: Error {
  var label: String
  var isContinue: Bool
}

final class LabeledJumpStmt: Stmt {
  let label: String
  let isContinue: Bool
  init(label: String, isContinue: Bool, _ loc: SourceLoc) {
    self.label = label
    self.isContinue = isContinue
    super.init(loc)
  }
  override func exec(_ rt: Runtime, _ fp: Frame) throws -> Flow {
    throw LabeledJump(label: label, isContinue: isContinue)
  }
}

/// The body of a labeled loop: turns a jump to its label into the loop's own break or continue.
final class LabelTargetStmt: Stmt {
  let label: String
  let body: [Stmt]
  init(label: String, body: [Stmt], _ loc: SourceLoc) {
    self.label = label
    self.body = body
    super.init(loc)
  }
  override func exec(_ rt: Runtime, _ fp: Frame) throws -> Flow {
    do {
      return try execBody(body, rt, fp)
    } catch let jump as LabeledJump where jump.label == label {
      return jump.isContinue ? .continued : .broke
    }
  }
}

/// The end of a `do` block: its variables' slots let go of their values.
final class ReleaseLocalsStmt: Stmt {
  let slots: [Int]
  init(_ slots: [Int], _ loc: SourceLoc) {
    self.slots = slots
    super.init(loc)
  }
  override func exec(_ rt: Runtime, _ fp: Frame) throws -> Flow {
    for slot in slots { fp[slot] = .void }
    return .normal
  }
}
