import SwiftSyntax

/// Cell types that conform to `Sequence` or `IteratorProtocol`, and Swift's
/// `AnyIterator`: `for x in stack` where `Stack` has `makeIterator()`, an iterator's
/// `next()` called until it returns nil. A loop visits the elements the iterator gives,
/// taken in order before the loop runs (so an endless iterator stops at the cell's time
/// limit, with a located error).
extension Lowerer {
  /// Whether any type of the cell declares `makeIterator()` or `next()`.
  var hasUserSequences: Bool {
    let all = Array(globals.structs.values) + Array(globals.extensions.values) + Array(globals.protocols.values)
    return all.contains { t in t.methods.keys.contains { $0 == "makeIterator()" || $0 == "next()" } }
  }

  /// Whether `s` is a sequence of the cell's (`makeIterator()`, or `Sequence` among its
  /// conformances): `map { ... }` in its methods is `self.map { ... }`.
  func isUserSequence(_ s: StructType) -> Bool {
    s.conformances.contains("Sequence") || s.conformances.contains("Collection")
      || s.methods["makeIterator()"] != nil
  }

  /// `AnyIterator { ... }` and `AnyIterator(body)`: an iterator whose `next()` is the closure.
  /// `element` is the type written in `AnyIterator<Int> { ... }`, which `type(of:)` prints.
  func anyIteratorInit(_ args: [Argument], at c: FunctionCallExprSyntax, element: String? = nil) throws -> Typed {
    guard args.count == 1, args[0].label == nil else {
      throw fail("AnyIterator takes one closure (AnyIterator { ... }) or an iterator", at: c)
    }
    let body = try expr(args[0].expression).node
    let at = loc(c)
    return Typed(
      NativeCallExpr(name: "AnyIterator", arguments: [body], at) { rt, v in
        let made = AnyIteratorObject(source: v[0], loc: at)
        made.elementType = element
        return .object(made)
      }, .named("AnyIterator"))
  }
}

/// Swift's `AnyIterator`: its elements are what its closure (or the iterator it wraps)
/// returns until nil.
final class AnyIteratorObject: NativeObject, SequenceObject {
  let source: Value
  let loc: SourceLoc
  /// A fresh `next` closure for each loop over a sequence that is a value (`sequence(first:next:)`
  /// gives one: looping over it twice starts twice from the first element); nil for an iterator.
  let restart: (() -> Value)?
  init(source: Value, loc: SourceLoc, restart: (() -> Value)? = nil) {
    self.source = source
    self.loc = loc
    self.restart = restart
  }
  /// The element type written (`AnyIterator<Int> { ... }`); nil where it is read from the
  /// wrapped iterator's elements, or unknown.
  var elementType: String?
  override var typeName: String {
    var element = elementType
    if element == nil {
      switch source {
      case .object(let o as ElementIterator): element = o.items.first?.swiftTypeName(qualified: false)
      case .object(let o as AnyIteratorObject) where o.typeName != "AnyIterator": return o.typeName
      case .array(let xs): element = xs.first?.swiftTypeName(qualified: false)
      case .structInstance(let s):
        // A cell type's iterator: the type its `next()` declares it returns.
        if case .optional(let t)? = s.type.methods["next()"]?.returnType {
          switch t {
          case .int, .double, .float, .bool: element = t.name
          case .named(let n) where s.type.genericParameters.isEmpty: element = n
          default: break
          }
        }
      default: break
      }
    }
    return element.map { "AnyIterator<\($0)>" } ?? "AnyIterator"
  }

  func elements() throws(RuntimeFailure) -> [Value] {
    guard let rt = Runtime.current else { throw RuntimeFailure("AnyIterator needs a running cell") }
    do {
      return try UserSequenceExpr.drain(.object(self), rt, at: loc)
    } catch let e as RuntimeFailure {
      throw e
    } catch let e as LocatedFailure {
      throw RuntimeFailure(e.message)
    } catch {
      throw RuntimeFailure("\(error)")
    }
  }
}

/// The sequence of a `for` loop when it may be a cell type's: a value whose type has
/// `makeIterator()` (or is itself an iterator with `next()`) becomes the array of its
/// elements; anything else passes through to the loop unchanged.
final class UserSequenceExpr: Expr {
  let sequence: Expr
  init(_ sequence: Expr) {
    self.sequence = sequence
    super.init(sequence.loc)
  }

  override func eval(_ rt: Runtime, _ fp: Frame) throws -> Value {
    let v = try sequence.eval(rt, fp)
    switch v {
    case .structInstance, .object(is AnyIteratorObject): return .array(try Self.drain(v, rt, at: loc))
    default: return v
    }
  }

  /// The most elements an iterator may give one loop before the cell is stopped.
  static let limit = 10_000_000

  /// The elements of a sequence or iterator value, in order.
  static func drain(
    _ value: Value, _ rt: Runtime, at loc: SourceLoc, upTo maxCount: Int = .max,
    until stop: ((Value) throws -> Bool)? = nil
  ) throws -> [Value] {
    if maxCount <= 0 { return [] }
    var iterator = value
    if case .structInstance(let s) = value, let make = s.type.methods["makeIterator()"] {
      iterator = try rt.callMethod(make, self: value, [], at: loc).0
    }
    if case .object(let o as AnyIteratorObject) = value, let restart = o.restart {
      // A sequence that is a value runs from its start each time, on its own copy of the state.
      iterator = .object(AnyIteratorObject(source: restart(), loc: o.loc))
    }
    var out: [Value] = []
    // An iterator over elements known at once (`out.makeIterator()` of an array): the count and
    // the stop still apply to them (`first(where:)` finds its element there).
    func finish(_ rest: [Value]) throws -> [Value] {
      for x in rest {
        if out.count >= maxCount { break }
        out.append(x)
        if let stop, try stop(x) { break }
      }
      return out
    }
    while true {
      let next: Value
      switch iterator {
      case .object(let o as AnyIteratorObject):
        if case .function(let f) = o.source {
          next = try f.call(rt, [], at: loc)
        } else {
          return try finish(try drain(o.source, rt, at: loc))
        }
      case .structInstance(let s):
        guard let code = s.type.methods["next()"] else {
          throw LocatedFailure(
            kind: .runtime,
            message: "for-in loop requires a sequence: '\(s.type.name)' has no makeIterator() or next()", loc: loc)
        }
        let (result, newSelf) = try rt.callMethod(code, self: iterator, [], at: loc)
        iterator = newSelf
        next = result
      case .object(let o as SequenceObject):
        return try finish(try o.elements())
      case .array(let a):
        return try finish(a)
      default:
        throw LocatedFailure(
          kind: .runtime, message: "makeIterator() returned a value of type '\(iterator.typeName)', not an iterator",
          loc: loc)
      }
      switch next {
      case .some(let x): out.append(x)
      case .none: return out
      default: out.append(next)
      }
      if out.count >= maxCount { return out }
      if let stop, try stop(out[out.count - 1]) { return out }
      if out.count > limit {
        throw LocatedFailure(kind: .runtime, message: "an iterator gave more than \(limit) elements", loc: loc)
      }
      try rt.checkTime(loc)
    }
  }
}

/// `prefix(n)` and `first(where:)` on a cell type's sequence: its iterator is asked for no
/// more elements than the answer needs, so an endless sequence (`Fibs().prefix(8)`) ends.
final class UserSequenceLazyExpr: Expr {
  enum Kind { case prefix, first }
  let sequence: Expr
  let argument: Expr
  let kind: Kind
  init(_ sequence: Expr, _ kind: Kind, _ argument: Expr, _ loc: SourceLoc) {
    self.sequence = sequence
    self.kind = kind
    self.argument = argument
    super.init(loc)
  }

  override func eval(_ rt: Runtime, _ fp: Frame) throws -> Value {
    let v = try sequence.eval(rt, fp)
    let a = try argument.eval(rt, fp)
    switch kind {
    case .prefix:
      guard case .int(let n) = a, n >= 0 else {
        throw LocatedFailure(kind: .runtime, message: "prefix(_:) needs a length of 0 or more", loc: loc)
      }
      return .array(try UserSequenceExpr.drain(v, rt, at: loc, upTo: n))
    case .first:
      var found: Value?
      _ = try UserSequenceExpr.drain(v, rt, at: loc) { x in
        guard case .bool(true) = try Builtins.invoke(a, x, rt) else { return false }
        found = x
        return true
      }
      return found.map { .some($0) } ?? .none
    }
  }
}

extension Lowerer {
  /// A Swift `Sequence` method (`map`, `filter`, `reduce`, `prefix`, `first(where:)`...)
  /// called on a cell type that conforms by `makeIterator()` or `next()`: run on its
  /// elements, as Swift's default implementations do.
  func userSequenceMethod(
    _ s: StructType, on base: Expr, name: String, _ args: [Argument], at c: FunctionCallExprSyntax
  ) throws -> Typed? {
    guard s.methods["makeIterator()"] != nil || s.methods["next()"] != nil else { return nil }
    let labels = args.map(\.label)
    // A method of the cell's `extension Sequence` (`where Element == Int` too), on the elements.
    if let sequence = globals.extensions["Sequence"],
      sequence.methods.values.contains(where: {
        $0.name == name && labelsMatch($0, labels, trailing: args.trailingClosureIndex)
      })
    {
      return try structMethodCall(sequence, on: UserSequenceExpr(base), name: name, args, at: c, mutableBase: false)
    }
    guard Builtins.method(name, labels: labels, trailing: args.trailingClosureIndex) != nil else { return nil }
    if let lazy = try lazyIteratorMethod(on: base, name: name, args, at: c) { return lazy }
    return try builtinMethodCall(
      on: UserSequenceExpr(base), baseType: .array(.unknown), name: name, args, at: c, mutableBase: false)
  }
}

extension Lowerer {
  /// `prefix(n)` and `first(where:)` on a sequence that may never end: its iterator is
  /// asked for no more elements than the answer needs.
  func lazyIteratorMethod(on base: Expr, name: String, _ args: [Argument], at c: FunctionCallExprSyntax) throws
    -> Typed?
  {
    let labels = args.map(\.label)
    if name == "prefix", labels == [nil] {
      return Typed(
        UserSequenceLazyExpr(base, .prefix, try expr(args[0].expression, expected: .int).node, loc(c)), .array(.unknown)
      )
    }
    if name == "first", labels == ["where"] || (labels == [nil] && args.trailingClosureIndex == 0) {
      return Typed(UserSequenceLazyExpr(base, .first, try expr(args[0].expression).node, loc(c)), .unknown)
    }
    return nil
  }

  /// `sequence(first:next:)` and `sequence(state:next:)`: an iterator whose elements come
  /// from the closure, one call per element, until it returns nil.
  func unfoldSequence(_ args: [Argument], at c: FunctionCallExprSyntax) throws -> Typed {
    let labels = args.map(\.label)
    guard args.count == 2, labels[0] == "first" || labels[0] == "state", labels[1] == nil || labels[1] == "next"
    else {
      throw fail("no 'sequence' takes these arguments; use sequence(first:next:) or sequence(state:next:)", at: c)
    }
    let fromState = labels[0] == "state"
    let start = try expr(args[0].expression).node
    let step = try expr(args[1].expression).node
    let at = loc(c)
    return Typed(
      NativeCallExpr(name: fromState ? "sequence(state:next:)" : "sequence(first:next:)", arguments: [start, step], at)
      {
        _, v in
        guard case .function(let f) = v[1] else { throw RuntimeFailure("sequence needs a closure as next") }
        let first = v[0]
        func makeNext() -> Value {
          var current: Value? = first
          var started = false
          let next = NativeFunction("next", arity: 0) { rt, _ in
            if fromState {
              guard let state = current, let user = f as? UserFunction, user.code.parameters.count == 1 else {
                throw RuntimeFailure("sequence(state:next:) needs a closure of one inout parameter")
              }
              let (result, after) = try rt.callUpdatingOnly(user, state)
              current = after
              return result
            }
            guard let previous = current else { return .none }
            if !started {
              started = true
              return .some(previous)
            }
            let result = try f.call(rt, [previous], at: at)
            current = Lowerer.unwrappedFully(result)
            return current.map { .some($0) } ?? .none
          }
          return .function(next)
        }
        return .object(AnyIteratorObject(source: makeNext(), loc: at, restart: makeNext))
      }, .named("AnyIterator"))
  }
}

/// `(1...).lazy.map { $0 * $0 }.filter { ... }.prefix(5)`: a lazy view of an endless range,
/// whose `map`, `filter` and `compactMap` make elements one at a time, as they are asked for.
extension Lowerer {
  static let lazyEndlessType = "LazySequence"

  /// `(k...).lazy`: an iterator counting up from `k`; nil for any other `lazy`.
  func endlessLazyRange(_ base: ExprSyntax) throws -> Typed? {
    var inner = base
    while let t = inner.as(TupleExprSyntax.self), t.elements.count == 1, let only = t.elements.first {
      inner = only.expression
    }
    guard let p = inner.as(PostfixOperatorExprSyntax.self), p.operator.text == "..." else { return nil }
    let lower = try expr(p.expression).node
    let at = loc(base)
    return Typed(
      NativeCallExpr(name: "lazy", arguments: [lower], at) { _, v in
        guard case .int(let first) = v[0] else { throw RuntimeFailure("a lazy endless range needs an Int bound") }
        func makeNext() -> Value {
          var next = first
          return .function(
            NativeFunction("next", arity: 0) { _, _ in
              defer { next += 1 }
              return .some(.int(next))
            })
        }
        return .object(AnyIteratorObject(source: makeNext(), loc: at, restart: makeNext))
      }, .named(Lowerer.lazyEndlessType))
  }

  /// `Fib().lazy` where the cell type `Fib` is an iterator (or makes one): a lazy view that
  /// asks it for one element at a time, so an endless sequence can be filtered and cut with
  /// `prefix`; nil for any other `lazy`.
  func userSequenceLazy(_ base: ExprSyntax) throws -> Typed? {
    var inner = base
    while let t = inner.as(TupleExprSyntax.self), t.elements.count == 1, let only = t.elements.first {
      inner = only.expression
    }
    var typeName: String?
    if let call = inner.as(FunctionCallExprSyntax.self), let r = call.calledExpression.as(DeclReferenceExprSyntax.self)
    {
      typeName = r.baseName.text
    } else if let r = inner.as(DeclReferenceExprSyntax.self), case .named(let n) = variableType(r.baseName.text) {
      typeName = n
    }
    guard let typeName, let type = globals.structs[typeName],
      type.methods["next()"] != nil || type.methods["makeIterator()"] != nil
    else { return nil }
    let sequence = try expr(inner).node
    let at = loc(base)
    return Typed(
      NativeCallExpr(name: "lazy", arguments: [sequence], at) { _, v in
        let start = v[0]
        func makeNext() -> Value {
          var iterator: Value?
          return .function(
            NativeFunction("next", arity: 0) { rt, _ in
              if iterator == nil {
                iterator = start
                if case .structInstance(let s) = start, let make = s.type.methods["makeIterator()"] {
                  iterator = try rt.callMethod(make, self: start, [], at: at).0
                }
              }
              guard let current = iterator else { return .none }
              // `makeIterator()` may give a built-in iterator (an `AnyIterator`).
              guard case .structInstance(let it) = current, let code = it.type.methods["next()"] else {
                return try Builtins.nextElement(current)
              }
              let (result, after) = try rt.callMethod(code, self: current, [], at: at)
              iterator = after
              return result
            })
        }
        return .object(AnyIteratorObject(source: makeNext(), loc: at, restart: makeNext))
      }, .named(Lowerer.lazyEndlessType))
  }

  /// `map`, `filter` and `compactMap` on such a view: another view, made lazily.
  func lazyEndlessMethod(on base: Expr, name: String, _ args: [Argument], at c: FunctionCallExprSyntax) throws
    -> Typed?
  {
    guard ["map", "filter", "compactMap"].contains(name), args.count == 1, args[0].label == nil else { return nil }
    let transform = try expr(args[0].expression).node
    let at = loc(c)
    return Typed(
      NativeCallExpr(name: name, arguments: [base, transform], at) { _, v in
        guard case .object(let source as AnyIteratorObject) = v[0], case .function(let f) = v[1] else {
          throw RuntimeFailure("\(name) needs a lazy sequence and a closure")
        }
        func makeNext() -> Value {
          let upstream = Value.object(AnyIteratorObject(source: source.restart?() ?? source.source, loc: at))
          return .function(
            NativeFunction("next", arity: 0) { rt, _ in
              while true {
                guard case .some(let x) = try Builtins.nextElement(upstream) else { return .none }
                let y = try f.call(rt, [x], at: at)
                switch name {
                case "map": return .some(y)
                case "filter":
                  if case .bool(true) = y { return .some(x) }
                default:
                  if let kept = Lowerer.unwrappedFully(y) { return .some(kept) }
                }
              }
            })
        }
        return .object(AnyIteratorObject(source: makeNext(), loc: at, restart: makeNext))
      }, .named(Lowerer.lazyEndlessType))
  }
}
