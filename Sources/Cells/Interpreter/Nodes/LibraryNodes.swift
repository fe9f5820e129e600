/// A call of a library function resolved at lowering, with arguments matched to its
/// parameters. `inout` parameters (`optimizer.update(&model, ...)`) are copied in and,
/// after the call, copied out to the caller's variable, as Swift specifies.
final class LibraryCallExpr: Expr {
  let function: LibraryFunction
  /// One per parameter, in parameter order (defaults filled in as constants).
  let arguments: [Expr]
  /// Where each `inout` parameter's final value goes; nil for the others.
  let inoutTargets: [LValue?]
  let hasInout: Bool

  init(_ function: LibraryFunction, arguments: [Expr], inoutTargets: [LValue?], _ loc: SourceLoc) {
    self.function = function
    self.arguments = arguments
    self.inoutTargets = inoutTargets
    self.hasInout = inoutTargets.contains { $0 != nil }
    super.init(loc)
  }

  /// The array the last call's arguments were in, emptied, for the next call to fill: one
  /// allocation and one free less per call (a sixth of `relu(a)` on a small tensor). Taken
  /// out while a call runs, so a call of this node inside its own arguments gets its own.
  /// A node runs on its session's thread only.
  private var spare: [Value] = []

  override func eval(_ rt: Runtime, _ fp: Frame) throws -> Value {
    var values: [Value] = []
    swap(&values, &spare)
    if values.capacity < arguments.count { values.reserveCapacity(arguments.count) }
    for a in arguments { values.append(try a.eval(rt, fp)) }
    var args = Arguments(signature: function.signature, values: consume values, runtime: rt)
    let result: Value
    do { result = try function.body(&args) } catch let e as RuntimeFailure { throw rt.located(e, loc) }
    if hasInout {
      for (i, target) in inoutTargets.enumerated() {
        if let target { try target.set(rt, fp, args.values[i]) }
      }
    }
    // Emptied now: an argument kept alive until the next call would make a tensor look
    // shared to an in-place update.
    args.values.removeAll(keepingCapacity: true)
    swap(&spare, &args.values)
    return result
  }
}

/// A method call on a library object (found on its type hierarchy when the cell runs)
/// or, for other values, on the built-in method found when the cell was lowered.
final class MethodCallExpr: Expr {
  let base: Expr
  let name: String
  let labels: [String?]
  let builtin: BuiltinMethod?
  let arguments: [Expr]
  /// Arguments written `&x`: where their final values go (library methods only).
  let inoutTargets: [LValue?]
  private let hasInout: Bool
  /// Why a mutating library method may not change the receiver (`'m' is a 'let' constant`);
  /// nil when the receiver is a variable.
  let immutableBase: String?
  /// The library method found for a tensor receiver at this call site (set on the first call).
  /// A class, so a call reads it in place instead of copying the method's signature.
  private final class Found {
    let method: LibraryMethod
    let mapping: [Int?]
    /// The arguments of a call that writes none (`x.sum()`): the defaults, made once.
    /// (Given to `call` as its arguments, as are the values of a call `inOrder`.)
    let defaults: [Value]?
    /// Whether the call writes every argument, in order, each `&` exactly where the
    /// parameter is `inout` (`x.matmul(w)`): its arguments are the values as they are.
    let inOrder: Bool
    init(_ method: LibraryMethod, _ mapping: [Int?], inoutTargets: [LValue?]) {
      self.method = method
      self.mapping = mapping
      self.defaults =
        mapping.allSatisfy { $0 == nil } && method.signature.parameters.allSatisfy { $0.defaultValue != nil }
        ? method.signature.parameters.map { $0.defaultValue! } : nil
      self.inOrder =
        mapping.count == inoutTargets.count
        && mapping.enumerated().allSatisfy { k, m in
          m == k && method.signature.parameters[k].isInout == (inoutTargets[k] != nil)
        }
    }
  }
  private var tensorMethod: Found?

  init(
    base: Expr, name: String, labels: [String?], builtin: BuiltinMethod?, arguments: [Expr],
    inoutTargets: [LValue?]? = nil, immutableBase: String? = nil, _ loc: SourceLoc
  ) {
    self.immutableBase = immutableBase
    self.base = base
    self.name = name
    self.labels = labels
    self.builtin = builtin
    self.arguments = arguments
    self.inoutTargets = inoutTargets ?? arguments.map { _ in nil }
    self.hasInout = self.inoutTargets.contains { $0 != nil }
    super.init(loc)
  }

  override func eval(_ rt: Runtime, _ fp: Frame) throws -> Value {
    var args: [Value] = []
    // Reserving on the empty array allocates even for nothing (`x.sum()`).
    if !arguments.isEmpty { args.reserveCapacity(arguments.count) }
    for a in arguments { args.append(try a.eval(rt, fp)) }
    do {
      var receiver = try base.eval(rt, fp)
      if let builtin, builtin.mutating, Slices.isSlice(receiver), let target = base as? LValue {
        // `slice.swapAt(i, j)`, `slice.removeFirst()` on a slice or substring variable.
        receiver = .void
        var result = Value.void
        try target.modify(rt, fp) { v in result = try Slices.mutate(builtin, &v, args, rt) }
        return result
      }
      if case .object(let o) = receiver {
        return try callLibrary(o, receiver, args, rt, fp)
      }
      Slices.textArguments(&args)
      guard let builtin else {
        throw RuntimeFailure("value of type '\(receiver.typeName)' has no member '\(name)'")
      }
      if builtin.mutating, let target = base as? LValue {
        // A second reference to the variable's array would make `append` copy it every
        // time (40,000 appends took seconds): drop it, so the buffer changes in place.
        receiver = .void
        var result = Value.void
        try target.modify(rt, fp) { v in result = try builtin.body(rt, &v, args) }
        return result
      }
      var v = receiver
      do {
        return try builtin.body(rt, &v, args)
      } catch let failure as RuntimeFailure {
        // `tree.map { ... }` on a cell's own Sequence whose type was not known where the cell
        // was read (the result of a `reduce`): Swift's method on its elements.
        guard case .structInstance(let s) = receiver, !builtin.mutating,
          s.type.methods["makeIterator()"] != nil || s.type.methods["next()"] != nil
        else { throw failure }
        var elements = Value.array(try UserSequenceExpr.drain(receiver, rt, at: loc))
        return try builtin.body(rt, &elements, args)
      }
    } catch let e as RuntimeFailure {
      throw rt.located(e, loc)
    }
  }

  private func callLibrary(_ o: NativeObject, _ receiver: Value, _ args: [Value], _ rt: Runtime, _ fp: Frame) throws
    -> Value
  {
    let library = Library.shared
    // A slice has an array's methods, a substring a string's (no library type has them).
    if let builtin, !builtin.mutating, Slices.isSlice(o) {
      var texts = args
      Slices.textArguments(&texts)
      if let slice = o as? ArraySliceObject { return try slice.call(builtin, labels: labels, texts, rt) }
      if let substring = o as? SubstringObject { return try substring.call(builtin, texts, rt) }
    }
    // A tensor's methods do not depend on the instance (a module's do, by its type name):
    // the lookup is made once per call site, not per call.
    if type(of: o) == Tensor.self {
      if tensorMethod == nil, let (method, mapping) = library.method(of: o, name, labels: labels) {
        tensorMethod = Found(method, mapping, inoutTargets: inoutTargets)
      }
      if let found = tensorMethod {
        return try call(
          found.method, found.mapping, receiver, args, rt, fp, matched: found.inOrder ? args : found.defaults)
      }
    }
    guard let (method, mapping) = library.method(of: o, name, labels: labels) else {
      // A Swift method that also serves sized integers (`UInt8.addingReportingOverflow`).
      // And `hasher.combine(x)` in a type's `hash(into:)`, and `it.next()` on an iterator (a
      // reference, so advancing it through a copy is fine).
      if let builtin,
        (!builtin.mutating && o is FixedInt) || o is HasherObject || o is ElementIterator
          || o is AnyIteratorObject
      {
        var v = receiver
        return try builtin.body(rt, &v, args)
      }
      // `s.map { ... }` on a set whose type the cell does not show (a generic `Sequence`).
      if let builtin, !builtin.mutating, o is SetObject {
        var v = Value.array(try SetObject.elements(of: receiver))
        return try builtin.body(rt, &v, args)
      }
      let known = library.methodOverloads(of: o, name).map(\.signature.shortName)
      if known.isEmpty {
        var message = "value of type '\(o.typeName)' has no method '\(name)'"
        let names = o.typeHierarchy.flatMap { library.methods[$0].map { Array($0.keys) } ?? [] }
        if let g = Suggestions.closest(to: name, in: names) { message += "; did you mean '\(g)'?" }
        throw RuntimeFailure(message)
      }
      throw RuntimeFailure(
        "no method '\(name)' of '\(o.typeName)' takes the labels (\(labels.map { ($0 ?? "_") + ":" }.joined())); use '\(known.joined(separator: "', '"))'"
      )
    }
    return try call(method, mapping, receiver, args, rt, fp)
  }

  private func call(
    _ method: LibraryMethod, _ mapping: [Int?], _ receiver: Value, _ args: [Value], _ rt: Runtime, _ fp: Frame,
    matched: [Value]? = nil
  ) throws -> Value {
    var full: [Value] = []
    if let matched {
      // Already matched to the parameters (the defaults of a call without arguments, or
      // arguments written in order): no second array.
      full = matched
    } else if !mapping.isEmpty {
      full.reserveCapacity(mapping.count)
      // Read in the signature's buffer: `parameters[k]` copied the whole parameter (two
      // strings, a type and a default) to look at one flag.
      try method.signature.parameters.withUnsafeBufferPointer { parameters in
        for (k, m) in mapping.enumerated() {
          if let i = m {
            if parameters[k].isInout != (inoutTargets[i] != nil) {
              let p = parameters[k]
              throw RuntimeFailure(
                p.isInout
                  ? "passing value to 'inout' parameter '\(p.name)' of '\(method.signature.shortName)' requires '&'"
                  : "'&' used with non-inout parameter '\(p.name)' of '\(method.signature.shortName)'")
            }
            full.append(args[i])
          } else {
            full.append(parameters[k].defaultValue!)
          }
        }
      }
    }
    var arguments = Arguments(signature: method.signature, values: full, runtime: rt)
    var result = Value.void
    if method.mutating, let immutableBase {
      throw RuntimeFailure("cannot use mutating member '\(name)' on immutable value: \(immutableBase)")
    }
    if method.mutating, let target = base as? LValue {
      try target.modify(rt, fp) { v in result = try method.body(&v, &arguments) }
    } else if method.mutating {
      throw RuntimeFailure("cannot use mutating member '\(name)' on an immutable value")
    } else {
      var v = receiver
      result = try method.body(&v, &arguments)
    }
    if hasInout {
      for (k, m) in mapping.enumerated() {
        if let i = m, let target = inoutTargets[i] { try target.set(rt, fp, arguments.values[k]) }
      }
    }
    return result
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

/// `x.matmul(w) + b` with plain variables for `x`, `w` and `b` (a layer written by hand):
/// one fused product when the values allow it (`Tensor.matmulAddingBias`: the same bits as
/// the two operations), else the expression as written. Reading a variable has no effect,
/// so evaluating the operands here and again in `general` changes nothing a cell can see.
final class MatmulBiasExpr: Expr {
  private let input: Expr
  private let weight: Expr
  private let bias: Expr
  /// The expression as written: `x.matmul(w)` and then `+ b`.
  private let general: Expr

  /// The fused node for `general` when it is a `+` of a one-argument `matmul` call and a
  /// variable, all three operands plain variables; nil otherwise.
  static func make(_ general: BinaryExpr) -> MatmulBiasExpr? {
    guard general.op == .add, let call = general.lhs as? MethodCallExpr, call.name == "matmul",
      call.arguments.count == 1, call.labels.allSatisfy({ $0 == nil }), isVariable(call.base),
      isVariable(call.arguments[0]), isVariable(general.rhs)
    else { return nil }
    return MatmulBiasExpr(call.base, call.arguments[0], general.rhs, general)
  }

  private static func isVariable(_ e: Expr) -> Bool { e is LocalVar || e is GlobalVar || e is BoxedVar }

  private init(_ input: Expr, _ weight: Expr, _ bias: Expr, _ general: BinaryExpr) {
    self.input = input
    self.weight = weight
    self.bias = bias
    self.general = general
    super.init(general.loc)
  }

  override func eval(_ rt: Runtime, _ fp: Frame) throws -> Value {
    if case .object(let x as Tensor) = try input.eval(rt, fp), case .object(let w as Tensor) = try weight.eval(rt, fp),
      case .object(let b as Tensor) = try bias.eval(rt, fp), let out = Tensor.matmulAddingBias(x, w, b)
    {
      return .object(out)
    }
    return try general.eval(rt, fp)
  }
}
