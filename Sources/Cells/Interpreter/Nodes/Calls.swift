/// A call of a cell-defined function known at lowering (a global `func`), with
/// arguments already matched to parameters by label. Arguments are evaluated
/// straight into the callee's frame.
final class CallFunctionExpr: Expr {
  let callee: Expr
  let code: FunctionCode
  /// One per parameter, in parameter order (defaults filled in).
  let arguments: [Expr]
  /// For `inout` parameters: where to write the final value back.
  let inoutTargets: [LValue?]
  let hasInout: Bool
  /// The global the callee is read from, read in place instead of through `callee`.
  let globalIndex: Int?
  /// Where each argument goes in the frame of `code` (its parameters are known at lowering;
  /// its body and frame size may not be, for a function that calls itself).
  /// Read at the first call, not at lowering: a function declared further down the cell
  /// gets its parameters' slots when its body is lowered, after the calls above it.
  private var parameterSlots: [Int] = []
  private var boxesParameters = false
  private var slotsRead = false
  /// The same slots with each argument's node and how it is read, in memory this node owns
  /// (allocated at the first call): the common call reads them without retaining an array.
  private var plan: UnsafeMutablePointer<ArgumentPlan>?

  deinit { plan?.deallocate() }

  init(callee: Expr, code: FunctionCode, arguments: [Expr], inoutTargets: [LValue?], _ loc: SourceLoc) {
    self.callee = callee
    self.code = code
    self.arguments = arguments
    self.inoutTargets = inoutTargets
    self.hasInout = inoutTargets.contains { $0 != nil }
    self.globalIndex = (callee as? GlobalVar)?.index
    super.init(loc)
  }

  /// The function value this call found in its global last time, when it is one the fast
  /// path can run (the code the arguments were matched to, nothing captured). Held so that
  /// its identity stays its own while `knownID` names it.
  private var known: UserFunction?
  private var knownID: ObjectIdentifier?

  override func eval(_ rt: Runtime, _ fp: Frame) throws -> Value {
    // The global still holds the function seen last time: no copy, no cast, no retain.
    if let knownID, let globalIndex, rt.globals[globalIndex].isFunction(knownID) {
      return try callKnown(rt, fp)
    }
    if !slotsRead {
      parameterSlots = code.parameters.map(\.slot)
      boxesParameters = code.parameters.contains { $0.isBoxed }
      if arguments.count == parameterSlots.count {
        let p = UnsafeMutablePointer<ArgumentPlan>.allocate(capacity: max(arguments.count, 1))
        for i in 0..<arguments.count {
          (p + i).initialize(to: ArgumentPlan(slot: parameterSlots[i], node: arguments[i]))
        }
        plan = p
      }
      slotsRead = true
    }
    let f: UserFunction
    if let globalIndex, case .function(let c) = rt.globals[globalIndex], let u = c as? UserFunction {
      f = u
    } else {
      guard case .function(let c as UserFunction) = try callee.eval(rt, fp) else {
        throw LocatedFailure(kind: .runtime, message: "'\(code.name)' is not a function", loc: loc)
      }
      f = c
    }
    if f.code === code && f.captures.isEmpty && !hasInout && !boxesParameters && plan != nil {
      if globalIndex != nil {
        known = f
        knownID = ObjectIdentifier(f)
      }
      return try callKnown(rt, fp)
    }
    return try callGeneral(f, rt, fp)
  }

  /// The call as a number (`f(x) + 1`, `total += f(x)`): a function whose body is one
  /// expression hands over that expression's number without making a `Value`.
  override func evalNumber(_ rt: Runtime, _ fp: Frame) throws -> Number {
    guard let knownID, let globalIndex, rt.globals[globalIndex].isFunction(knownID) else {
      return rt.number(try eval(rt, fp))
    }
    guard let e = code.implicitReturnUnretained else { return rt.number(try callKnown(rt, fp)) }
    try rt.checkTime(loc)
    let size = code.frameSize
    let newFP = try rt.pushFrame(size, at: loc)
    do { try bindPlanned(plan.unsafelyUnwrapped, count: arguments.count, rt, fp, into: newFP) } catch {
      rt.popFrame(newFP, size)
      throw error
    }
    do {
      defer { rt.popFrame(newFP, size) }
      return try e._withUnsafeGuaranteedRef { try $0.evalNumber(rt, newFP) }
    } catch var failure as LocatedFailure {
      failure.leaveFunction(calledAt: loc)
      throw failure
    }
  }

  /// The common call: the function the lowerer matched the arguments to, nothing captured,
  /// no `inout`, no captured parameter. The slots come from this node, not from the
  /// function's code.
  @inline(__always)
  private func callKnown(_ rt: Runtime, _ fp: Frame) throws -> Value {
    try rt.checkTime(loc)
    let size = code.frameSize
    let newFP = try rt.pushFrame(size, at: loc)
    do { try bindPlanned(plan.unsafelyUnwrapped, count: arguments.count, rt, fp, into: newFP) } catch {
      // An argument that throws (caught by a `do` in the cell) leaves no frame behind.
      rt.popFrame(newFP, size)
      throw error
    }
    do {
      defer { rt.popFrame(newFP, size) }
      return try rt.runBody(code, newFP)
    } catch var failure as LocatedFailure {
      failure.leaveFunction(calledAt: loc)
      throw failure
    }
  }

  private func callGeneral(_ f: UserFunction, _ rt: Runtime, _ fp: Frame) throws -> Value {
    let code = f.code
    try rt.checkTime(loc)
    let newFP = try rt.pushFrame(code.frameSize, at: loc)
    let params = code.parameters
    try rt.popping(newFP, code.frameSize) { try rt.bindArguments(code, arguments, fp, into: newFP) }
    if !hasInout {
      return try rt.invoke(f, newFP, at: loc)
    }
    // Copy-in, copy-out, as Swift specifies for `inout`.
    for s in code.captureSlots.indices { newFP[code.captureSlots[s]] = .box(f.captures[s]) }
    var finals: [Value] = []
    let result: Value
    do {
      let body = code.body
      var flow = Flow.normal
      for s in body {
        flow = try s.exec(rt, newFP)
        if flow == .returned { break }
      }
      result = flow == .returned ? rt.returnValue : .void
      rt.returnValue = .void
      for (i, p) in params.enumerated() where inoutTargets[i] != nil {
        let v = newFP[p.slot]
        if case .box(let b) = v { finals.append(b.value) } else { finals.append(v) }
      }
    } catch var failure as LocatedFailure {
      failure.leaveFunction(calledAt: loc)
      throw failure
    }
    rt.popFrame(newFP, code.frameSize)
    var k = 0
    for t in inoutTargets {
      if let t {
        try t.set(rt, fp, finals[k])
        k += 1
      }
    }
    return result
  }
}

/// A call of a function value whose signature is not known at lowering (a closure in a variable).
final class CallValueExpr: Expr {
  let callee: Expr
  let arguments: [Expr]
  /// The call site's labels: a library object tells `mha(q, k, v, mask: m)` from `mha(q, k, v, m)`.
  let labels: [String?]
  /// The global the callee is read from, when it is one.
  let globalIndex: Int?
  init(callee: Expr, arguments: [Expr], labels: [String?]? = nil, _ loc: SourceLoc) {
    self.callee = callee
    self.arguments = arguments
    self.labels = labels ?? arguments.map { _ in nil }
    self.globalIndex = (callee as? GlobalVar)?.index
    self.localSlot = (callee as? LocalVar)?.slot
    super.init(loc)
  }

  /// The frame slot of a callee that is a plain local or parameter (`f(v)` inside
  /// `func apply(_ f: (Int) -> Int, ...)`), read in place.
  private let localSlot: Int?
  /// The code of the closure this call ran from that local last time, and its parameters'
  /// slots: a closure made anew from the same code (one per call of `apply`) still
  /// matches; its captures are bound at each call.
  private var localCode: FunctionCode?
  private var localSlots: [Int] = []
  /// What `total += f(v)` needs of `localCode`, kept here so the call reads no reference
  /// (each read of the code, the closure and an argument's node was a retain and a
  /// release): the code's address to compare, its frame size, its single expression, and
  /// the arguments planned into its slots (memory this node owns).
  private var localCodeAddress: UnsafeMutableRawPointer?
  private var localFrameSize = 0
  private var localReturn: Unmanaged<Expr>?
  private var localCaptures = false
  private var localPlan: UnsafeMutablePointer<ArgumentPlan>?

  deinit {
    localPlan?.deinitialize(count: arguments.count)
    localPlan?.deallocate()
  }

  /// Plans the arguments of a closure with `code` found in the callee's local.
  private func planLocal(_ code: FunctionCode) {
    localPlan?.deinitialize(count: arguments.count)
    localPlan?.deallocate()
    let slots = code.parameterSlots
    let p = UnsafeMutablePointer<ArgumentPlan>.allocate(capacity: max(arguments.count, 1))
    for i in 0..<arguments.count { (p + i).initialize(to: ArgumentPlan(slot: slots[i], node: arguments[i])) }
    localPlan = p
    localCodeAddress = Unmanaged.passUnretained(code).toOpaque()
    localFrameSize = code.frameSize
    localReturn = code.implicitReturnUnretained
    localCaptures = !code.captureSlots.isEmpty
  }

  /// The user closure a slot holds, not retained (the slot keeps it: a plain local is
  /// changed by its own frame only, which waits for the call), or nil.
  @inline(__always)
  private static func unretainedClosure(at p: UnsafePointer<Value>) -> Unmanaged<UserFunction>? {
    guard case .function(let c) = p.pointee, type(of: c) == UserFunction.self else { return nil }
    return .passUnretained(unsafeDowncast(c, to: UserFunction.self))
  }

  /// The closure this call found in its global last time, when it captures nothing and
  /// takes its arguments as they are; held so that its identity stays its own while
  /// `knownID` names it. `knownSlots`: where its parameters go in its frame.
  private var known: FunctionCode?
  private var knownFunction: UserFunction?
  private var knownID: ObjectIdentifier?
  private var knownSlots: [Int] = []
  /// The parameters' types, when an argument may need converting (`Double` given an `Int`).
  private var knownTypes: [TypeHint]?

  /// Pushes the frame of the known closure `code` and evaluates the arguments into it
  /// (converted where its parameters ask); pops it again if an argument throws.
  @inline(__always)
  private func pushKnown(_ code: FunctionCode, _ rt: Runtime, _ fp: Frame) throws -> Frame {
    try rt.checkTime(loc)
    let size = code.frameSize
    let newFP = try rt.pushFrame(size, at: loc)
    do {
      for i in 0..<arguments.count {
        let v = try arguments[i].eval(rt, fp)
        (newFP + knownSlots[i]).initialize(to: try knownTypes?[i].convert(v, loc) ?? v)
      }
    } catch {
      // An argument that throws (caught by a `do` in the cell) leaves no frame behind.
      rt.popFrame(newFP, size)
      throw error
    }
    return newFP
  }

  /// The call as a number (`total += g(x)`): a known closure whose body is one expression
  /// hands over that expression's number without making a `Value`.
  override func evalNumber(_ rt: Runtime, _ fp: Frame) throws -> Number {
    if let localSlot, let e = localReturn, let plan = localPlan, let fn = Self.unretainedClosure(at: fp + localSlot),
      fn._withUnsafeGuaranteedRef({ Unmanaged.passUnretained($0.code).toOpaque() }) == localCodeAddress
    {
      // A closure passed as a parameter (`total += f(v)` in `apply`), with the code this
      // call planned for: its arguments into their slots as `bindPlanned` reads them, its
      // captured boxes after them, its expression's number.
      try rt.checkTime(loc)
      let size = localFrameSize
      let newFP = try rt.pushFrame(size, at: loc)
      do { try bindPlanned(plan, count: arguments.count, rt, fp, into: newFP) } catch {
        rt.popFrame(newFP, size)
        throw error
      }
      if localCaptures {
        fn._withUnsafeGuaranteedRef { f in
          let captureSlots = f.code.captureSlots
          for i in 0..<captureSlots.count { (newFP + captureSlots[i]).initialize(to: .box(f.captures[i])) }
        }
      }
      return try rt.number(of: e, frameSize: size, newFP, at: loc)
    }
    if let localSlot, let code = localCode, case .function(let c) = fp[localSlot], type(of: c) == UserFunction.self {
      // A closure passed as a parameter (`total += f(v)` in `apply`).
      let f = unsafeDowncast(c, to: UserFunction.self)
      if f.code === code, let e = code.implicitReturnUnretained {
        return try rt.number(of: e, code, try pushLocal(f, code, rt, fp), at: loc)
      }
    }
    guard let knownID, let globalIndex, let code = known, rt.globals[globalIndex].isFunction(knownID),
      let e = code.implicitReturnUnretained
    else { return rt.number(try eval(rt, fp)) }
    return try rt.number(of: e, code, try pushKnown(code, rt, fp), at: loc)
  }

  override func eval(_ rt: Runtime, _ fp: Frame) throws -> Value {
    // The global still holds the closure seen last time: no copy, no cast, no parameter records.
    if let knownID, let globalIndex, let code = known, rt.globals[globalIndex].isFunction(knownID) {
      let newFP = try pushKnown(code, rt, fp)
      do {
        defer { rt.popFrame(newFP, code.frameSize) }
        return try rt.runBody(code, newFP)
      } catch var failure as LocatedFailure {
        failure.leaveFunction(calledAt: loc)
        throw failure
      }
    }
    if let localSlot, let code = localCode, case .function(let c) = fp[localSlot], type(of: c) == UserFunction.self {
      let f = unsafeDowncast(c, to: UserFunction.self)
      if f.code === code { return try callLocal(f, code, rt, fp) }
    }
    let f = try callee.eval(rt, fp)
    if case .object(let o as CallableObject) = f {
      var args: [Value] = []
      for a in arguments { args.append(try a.eval(rt, fp)) }
      do { return try o.call(rt, args, labels: labels) } catch let e as RuntimeFailure { throw rt.located(e, loc) }
    }
    guard case .function(let c) = f else {
      throw LocatedFailure(
        kind: .runtime, message: "cannot call value of non-function type '\(f.typeName)'", loc: loc)
    }
    try rt.checkTime(loc)
    if let f = c as? UserFunction, f.code.parameterSlots.count == arguments.count {
      // A closure in a variable or a parameter: arguments straight into its frame, as for
      // a `func`, each to the slot the code lists (no parameter record copied).
      let code = f.code
      if globalIndex != nil && f.captures.isEmpty && !code.boxesParameters {
        known = code
        knownFunction = f
        knownID = ObjectIdentifier(f)
        knownSlots = code.parameterSlots
        knownTypes = code.coercesArguments ? code.parameters.map(\.type) : nil
      }
      if localSlot != nil && !code.boxesParameters && !code.coercesArguments {
        localCode = code
        localSlots = code.parameterSlots
        planLocal(code)
      }
      let newFP = try rt.pushFrame(code.frameSize, at: loc)
      try rt.popping(newFP, code.frameSize) {
        if code.coercesArguments || code.boxesParameters {
          let params = code.parameters
          for i in 0..<arguments.count {
            var v = try arguments[i].eval(rt, fp)
            if code.coercesArguments { v = try params[i].type.coerce(v, loc) }
            newFP[params[i].slot] = params[i].isBoxed ? .box(Box(v)) : v
          }
        } else {
          let slots = code.parameterSlots
          for i in 0..<arguments.count { newFP[slots[i]] = try arguments[i].eval(rt, fp) }
        }
      }
      return try rt.invoke(f, newFP, at: loc)
    }
    var args: [Value] = []
    args.reserveCapacity(arguments.count)
    for a in arguments { args.append(try a.eval(rt, fp)) }
    return try c.call(rt, args, at: loc)
  }
}

extension CallValueExpr {
  /// Pushes the frame of the closure `f` found in the callee's local, with the arguments
  /// and its captured boxes in their slots (a new frame's slots are `.void`: initialized).
  @inline(__always)
  fileprivate func pushLocal(_ f: UserFunction, _ code: FunctionCode, _ rt: Runtime, _ fp: Frame) throws -> Frame {
    try rt.checkTime(loc)
    let size = code.frameSize
    let newFP = try rt.pushFrame(size, at: loc)
    do {
      for i in 0..<arguments.count { (newFP + localSlots[i]).initialize(to: try arguments[i].eval(rt, fp)) }
    } catch {
      rt.popFrame(newFP, size)
      throw error
    }
    let captureSlots = code.captureSlots
    for i in 0..<captureSlots.count { (newFP + captureSlots[i]).initialize(to: .box(f.captures[i])) }
    return newFP
  }

  /// Calls the closure in the callee's local whose code this call ran last time: no
  /// dynamic cast, no parameter records; its captured boxes go to their slots.
  @inline(__always)
  fileprivate func callLocal(_ f: UserFunction, _ code: FunctionCode, _ rt: Runtime, _ fp: Frame) throws -> Value {
    let newFP = try pushLocal(f, code, rt, fp)
    do {
      defer { rt.popFrame(newFP, code.frameSize) }
      return try rt.runBody(code, newFP)
    } catch var failure as LocatedFailure {
      failure.leaveFunction(calledAt: loc)
      throw failure
    }
  }
}

/// A built-in function resolved at lowering.
final class NativeCallExpr: Expr {
  let name: String
  let body: (Runtime, [Value]) throws -> Value
  let arguments: [Expr]
  init(
    name: String, arguments: [Expr], _ loc: SourceLoc,
    _ body: @escaping (Runtime, [Value]) throws -> Value
  ) {
    self.name = name
    self.body = body
    self.arguments = arguments
    super.init(loc)
  }
  /// The argument array of the last call, kept for the next so that a call does not
  /// allocate one. Taken out while in use: a call nested in an argument (`Double(f(x))`
  /// where `f` runs this node again) finds it empty and allocates its own.
  private var spare: [Value] = []

  override func eval(_ rt: Runtime, _ fp: Frame) throws -> Value {
    var args: [Value] = []
    swap(&args, &spare)
    let count = arguments.count
    if args.count == count {
      // The array of the last call, its elements `.void`: overwritten in place.
      for i in 0..<count { args[i] = try arguments[i].eval(rt, fp) }
    } else {
      args.removeAll(keepingCapacity: true)
      if args.capacity < count { args.reserveCapacity(count) }
      for a in arguments { args.append(try a.eval(rt, fp)) }
    }
    let result: Value
    do {
      result = try body(rt, args)
    } catch let e as RuntimeFailure {
      throw rt.located(e, loc)
    }
    // The arguments are let go (a tensor in the array would not be uniquely referenced
    // any more), the array kept. Still unique unless the body kept it (then the
    // assignments leave that copy alone).
    for i in 0..<count { args[i] = .void }
    swap(&args, &spare)
    return result
  }
}

/// `Double(x)` and `Int(x)`: a number converted without an argument array (`Double(i % 10)`
/// in a loop); a string, a `Float` or a value out of `Int`'s range goes to the built-in.
final class NumberConversionExpr: Expr {
  let operand: Expr
  let toDouble: Bool
  let general: (Runtime, [Value]) throws -> Value
  init(_ operand: Expr, toDouble: Bool, _ loc: SourceLoc, general: @escaping (Runtime, [Value]) throws -> Value) {
    self.operand = operand
    self.toDouble = toDouble
    self.general = general
    super.init(loc)
  }
  override func evalNumber(_ rt: Runtime, _ fp: Frame) throws -> Number {
    switch try operand.evalNumber(rt, fp) {
    case .int(let n): return toDouble ? .double(Double(n)) : .int(n)
    case .double(let d):
      if toDouble { return .double(d) }
      if d > -9.223_372_036_854_775_808e18 && d < 9.223_372_036_854_775_808e18 { return .int(Int(d)) }
      return rt.number(try convert(.double(d), rt))
    case .other: return rt.number(try convert(rt.takeSpill(), rt))
    }
  }
  override func eval(_ rt: Runtime, _ fp: Frame) throws -> Value {
    switch try evalNumber(rt, fp) {
    case .int(let n): return .int(n)
    case .double(let d): return .double(d)
    case .other: return rt.takeSpill()
    }
  }
  private func convert(_ v: Value, _ rt: Runtime) throws -> Value {
    do { return try general(rt, [v]) } catch let e as RuntimeFailure { throw rt.located(e, loc) }
  }
}

/// A built-in method, found by name and argument labels.
struct BuiltinMethod {
  let name: String
  let mutating: Bool
  let body: (Runtime, inout Value, [Value]) throws -> Value
}

/// Creates a closure value, capturing the boxes of the variables it uses.
final class ClosureExpr: Expr {
  let code: FunctionCode
  /// Slots of the enclosing frame that hold the boxes to capture.
  let captureSources: [Int]
  init(code: FunctionCode, captureSources: [Int], _ loc: SourceLoc) {
    self.code = code
    self.captureSources = captureSources
    super.init(loc)
  }
  override func eval(_ rt: Runtime, _ fp: Frame) throws -> Value {
    var boxes: [Box] = []
    boxes.reserveCapacity(captureSources.count)
    for s in captureSources {
      // A variable captured by reference lives in a box both frames share; `self` in a
      // method is captured by value, in a box of the closure's own.
      if case .box(let b) = fp[s] { boxes.append(b) } else { boxes.append(Box(fp[s])) }
    }
    return .function(UserFunction(code: code, captures: boxes))
  }
}

/// `func f(...)` inside a cell or function: binds the function value to its slot.
final class FuncDeclStmt: Stmt {
  let closure: ClosureExpr
  let target: Binding
  init(_ closure: ClosureExpr, target: Binding) {
    self.closure = closure
    self.target = target
    super.init(closure.loc)
  }
  override func exec(_ rt: Runtime, _ fp: Frame) throws -> Flow {
    let value = try closure.eval(rt, fp)
    switch target {
    case .boxed(let slot, _):
      // A local function that refers to itself: the box exists before the closure is made.
      if case .box(let b) = fp[slot] { b.value = value } else { fp[slot] = .box(Box(value)) }
    default:
      try target.bind(value, rt, fp, loc)
    }
    return .normal
  }
}

/// Moves the value in a slot into a new box (a `mutating` method's `self` that a closure
/// changes): the frame and the closure then share it.
final class BoxSlotStmt: Stmt {
  let slot: Int
  init(slot: Int, _ loc: SourceLoc) {
    self.slot = slot
    super.init(loc)
  }
  override func exec(_ rt: Runtime, _ fp: Frame) throws -> Flow {
    var value = Value.void
    swap(&value, &fp[slot])
    fp[slot] = .box(Box(value))
    return .normal
  }
}

/// Reserves the box of a captured local function before its closure is created.
final class PrepareBoxStmt: Stmt {
  let slot: Int
  init(slot: Int, _ loc: SourceLoc) {
    self.slot = slot
    super.init(loc)
  }
  override func exec(_ rt: Runtime, _ fp: Frame) throws -> Flow {
    fp[slot] = .box(Box(.void))
    return .normal
  }
}

/// One argument of a call whose parameters are known: the callee's slot it goes to, the
/// node that computes it and how that node is read (a local or a literal without a call).
/// Held in memory its call node owns, which also keeps `node` alive.
struct ArgumentPlan {
  let slot: Int
  let operand: Operand
  /// Not retained: the call node's `arguments` holds it.
  let node: Unmanaged<Expr>
  init(slot: Int, node: Expr) {
    self.slot = slot
    self.operand = Operand(node)
    self.node = .passUnretained(node)
  }
}

/// A method call's arguments planned for the method it ran last time (a call site sees
/// one method almost always): where each goes in that method's frame and how it is read.
/// Owned by its call node; `deallocate()` in the node's `deinit`.
struct MethodArgumentPlan {
  private unowned(unsafe) var code: FunctionCode?
  private var plan: UnsafeMutablePointer<ArgumentPlan>?
  private var count = 0

  /// The plan for `code`, made when the call sees it first; nil when its arguments cannot
  /// go straight into its frame (a parameter a closure captures, a default or variadic
  /// parameter the call leaves to the general path).
  @inline(__always)
  mutating func plan(for code: FunctionCode, _ arguments: [Expr]) -> UnsafeMutablePointer<ArgumentPlan>? {
    if code === self.code { return plan }
    return replan(for: code, arguments)
  }

  private mutating func replan(for code: FunctionCode, _ arguments: [Expr]) -> UnsafeMutablePointer<ArgumentPlan>? {
    deallocate()
    self.code = code
    let slots = code.parameterSlots
    guard !code.boxesParameters, slots.count == arguments.count else { return nil }
    let p = UnsafeMutablePointer<ArgumentPlan>.allocate(capacity: max(arguments.count, 1))
    for i in 0..<arguments.count { (p + i).initialize(to: ArgumentPlan(slot: slots[i], node: arguments[i])) }
    plan = p
    count = arguments.count
    return p
  }

  mutating func deallocate() {
    plan?.deinitialize(count: count)
    plan?.deallocate()
    plan = nil
    count = 0
  }
}

extension Runtime {
  /// Calls a method with `receiver` in slot 0 and the arguments evaluated by `plan`
  /// straight into its frame: no argument array, no parameter records.
  @inline(__always)
  func callPlanned(
    _ code: FunctionCode, receiver: consuming Value, _ plan: UnsafeMutablePointer<ArgumentPlan>, count: Int,
    _ fp: Frame, at loc: SourceLoc
  ) throws -> Value {
    try checkTime(loc)
    let size = code.frameSize
    let newFP = try pushFrame(size, at: loc)
    newFP.initialize(to: receiver)
    do { try bindPlanned(plan, count: count, self, fp, into: newFP) } catch {
      popFrame(newFP, size)
      throw error
    }
    do {
      defer { popFrame(newFP, size) }
      return try runBody(code, newFP)
    } catch var failure as LocatedFailure {
      failure.leaveFunction(calledAt: loc)
      throw failure
    }
  }
}

extension Runtime {
  /// The number of the one-expression body `e` of `code`, run in its frame `newFP`
  /// (already pushed, with the arguments), which it pops; a failure notes the call site.
  @inline(__always)
  func number(of e: Unmanaged<Expr>, _ code: FunctionCode, _ newFP: Frame, at loc: SourceLoc) throws -> Number {
    try number(of: e, frameSize: code.frameSize, newFP, at: loc)
  }

  /// The same, given the frame's size rather than its code.
  @inline(__always)
  func number(of e: Unmanaged<Expr>, frameSize: Int, _ newFP: Frame, at loc: SourceLoc) throws -> Number {
    do {
      defer { popFrame(newFP, frameSize) }
      return try e._withUnsafeGuaranteedRef { try $0.evalNumber(self, newFP) }
    } catch var failure as LocatedFailure {
      failure.leaveFunction(calledAt: loc)
      throw failure
    }
  }
}

/// Evaluates `count` planned arguments into the new frame, whose slots are all `.void`
/// (a pushed frame's are), so each is initialized without destroying what was there.
@inline(__always)
func bindPlanned(
  _ plan: UnsafeMutablePointer<ArgumentPlan>, count: Int, _ rt: Runtime, _ fp: Frame, into newFP: Frame
) throws {
  var i = 0
  while i < count {
    let a = plan + i
    let target = newFP + a.pointee.slot
    switch a.pointee.operand {
    case .local(let s):
      // A number by its bits, without `Value`'s outlined copy.
      switch Number(at: fp + s) {
      case .int(let n): target.initialize(to: .int(n))
      case .double(let d): target.initialize(to: .double(d))
      case .other: target.initialize(to: fp[s])
      }
    case .int(let n): target.initialize(to: .int(n))
    case .double(let d): target.initialize(to: .double(d))
    default: target.initialize(to: try a.pointee.node._withUnsafeGuaranteedRef { try $0.eval(rt, fp) })
    }
    i += 1
  }
}
