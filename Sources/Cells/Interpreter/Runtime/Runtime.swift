#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A position in a cell's source: 1-based line and column, and which cell.
struct SourceLoc: Equatable {
  var line: Int32
  var column: Int32
  /// The session's number of the cell the position is in, from 1; 0 where it is not known
  /// (library code calling a closure), which counts as the cell that is running.
  var cell: Int32 = 0
  static let unknown = SourceLoc(line: 1, column: 1)
}

/// A frame: the slots of one function activation, on the runtime's value stack.
typealias Frame = UnsafeMutablePointer<Value>

/// A failure with its position: what nodes throw once located.
struct LocatedFailure: Error {
  var kind: CellError.Kind
  var message: String
  var loc: SourceLoc
  /// Where the functions the failure unwound out of were called, innermost first.
  var frames: [SourceLoc] = []

  /// How many call sites a failure keeps: enough to follow a lesson's functions, not
  /// ten thousand copies of one line when a recursion runs too deep.
  static let maximumFrames = 10

  /// Notes that the failure leaves a function called at `site`.
  mutating func leaveFunction(calledAt site: SourceLoc) {
    guard site.cell != 0, frames.count < Self.maximumFrames else { return }
    frames.append(site)
  }
}

/// The state a running lesson shares: globals, the value stack, printed output, limits.
final class Runtime {
  /// Global variables of the lesson (all cells' top-level declarations).
  private(set) var globals: UnsafeMutablePointer<Value>
  private var globalCapacity: Int

  private let stack: UnsafeMutablePointer<Value>
  private let stackCapacity: Int
  /// Slots below this are initialized (`.void` above the top); the rest of the stack's
  /// memory is untouched until a call needs it. Initializing all 262,144 slots up front
  /// wrote megabytes for every session: about 2,000 page faults of a one-cell lesson's
  /// 3,300.
  private var stackPrepared: Int
  private var stackTop = 0

  /// Current call depth, bounded so deep recursion is an error, not a crash.
  var depth = 0
  /// Calls deeper than this go on only while the thread's own stack has room left (a
  /// compiled program recurses 100 000 deep on its 8 MB stack; the cell's thread has up to 1 GB),
  /// up to 100 000 calls.
  let maxDepth = 10_000

  /// The value of the last `return`.
  var returnValue: Value = .void

  /// The value of an operand that was not a number (see `Expr.evalNumber`).
  var spill: Value = .void

  /// Takes the value out of `spill`, leaving `.void` (so a tensor in it stays unique).
  @inline(__always)
  func takeSpill() -> Value {
    var v = Value.void
    swap(&v, &spill)
    return v
  }

  /// A value as a number, or `.other` with the value put in `spill`.
  @inline(__always)
  func number(_ v: Value) -> Number {
    if case .int(let n) = v { return .int(n) }
    if case .double(let d) = v { return .double(d) }
    spill = v
    return .other
  }

  /// What the running cell has produced so far.
  var outputs: [CellOutput] = []
  var pendingText = ""

  private var tick: UInt32 = 0

  init(context: Context = Context()) {
    self.context = context
    globalCapacity = 256
    globals = .allocate(capacity: globalCapacity)
    globals.initialize(repeating: .void, count: globalCapacity)
    stackCapacity = 1 << 18
    stack = .allocate(capacity: stackCapacity)
    stackPrepared = 4096
    stack.initialize(repeating: .void, count: stackPrepared)
  }

  deinit {
    // A cell's value may nest thousands deep (a list of structs, each holding the next), and
    // letting it go recurses as deep: more than the main thread's stack holds. Off a cell's
    // thread, the globals are let go on a thread with a cell's stack.
    let held =
      NativeStack.isCellThread ? nil : HeldValues(Array(UnsafeBufferPointer(start: globals, count: globalCapacity)))
    globals.deinitialize(count: globalCapacity)
    globals.deallocate()
    // Slots above the top are `.void` (a popped frame clears its slots), which holds
    // nothing: only live frames (a session dropped while a cell ran) have values to release.
    // Destroying all 262,144 slots cost 7 million instructions at the end of every run.
    stack.deinitialize(count: stackTop)
    stack.deallocate()
    if let held { Session.release(held) }
  }

  /// Makes room for `count` globals. Called between cells, never while one runs.
  func reserveGlobals(_ count: Int) {
    guard count > globalCapacity else { return }
    var capacity = globalCapacity
    while capacity < count { capacity *= 2 }
    let grown = UnsafeMutablePointer<Value>.allocate(capacity: capacity)
    grown.moveInitialize(from: globals, count: globalCapacity)
    (grown + globalCapacity).initialize(repeating: .void, count: capacity - globalCapacity)
    globals.deallocate()
    globals = grown
    globalCapacity = capacity
  }

  /// The first `count` globals, copied (values are values: later cells cannot change the copy).
  func globalValues(count: Int) -> [Value] {
    Array(UnsafeBufferPointer(start: globals, count: Swift.min(count, globalCapacity)))
  }

  /// Puts back globals taken by `globalValues(count:)`; the ones after them become `.void`.
  /// Called between cells, never while one runs.
  func restoreGlobals(_ values: [Value]) {
    reserveGlobals(values.count)
    for index in 0..<globalCapacity {
      globals[index] = index < values.count ? values[index] : .void
    }
  }

  // MARK: Frames

  /// Pushes a frame of `size` slots (all `.void`).
  @inline(__always)
  func pushFrame(_ size: Int, at loc: SourceLoc) throws -> Frame {
    if stackTop + size > stackPrepared || depth >= maxDepth, !deepCallFits(size) {
      throw LocatedFailure(
        kind: .runtime,
        message: "recursion too deep: more than \(depth) nested calls (is a base case missing?)",
        loc: loc)
    }
    let fp = stack + stackTop
    stackTop += size
    depth += 1
    return fp
  }

  /// Runs `body` (a call's arguments, evaluated into the frame just pushed) and pops
  /// the frame if it throws: an argument failing inside the cell's `do`/`catch` must not
  /// leave a frame behind (ten thousand of them made every later call "too deep").
  @inline(__always)
  func popping(_ fp: Frame, _ size: Int, _ body: () throws -> Void) throws {
    do { try body() } catch {
      popFrame(fp, size)
      throw error
    }
  }

  /// Whether a call past the prepared slots or past `maxDepth` fits: frames left in the
  /// value stack (more of it prepared when needed), and for a deep call more than a margin
  /// left in the thread's native stack (which the interpreter's own calls use). The fast
  /// path's one comparison covers both the prepared slots and the capacity.
  @inline(never)
  private func deepCallFits(_ size: Int) -> Bool {
    let needed = stackTop + size
    guard needed <= stackCapacity else { return false }
    if needed > stackPrepared {
      var prepared = stackPrepared
      while prepared < needed { prepared = Swift.min(prepared * 2, stackCapacity) }
      (stack + stackPrepared).initialize(repeating: .void, count: prepared - stackPrepared)
      stackPrepared = prepared
    }
    guard depth >= maxDepth else { return true }
    guard depth < 100_000 else { return false }
    return NativeStack.hasRoom()
  }

  @inline(__always)
  func popFrame(_ fp: Frame, _ size: Int) {
    // Last slot first: a function's class instances go away in reverse order, as Swift's do.
    var i = size
    while i > 0 {
      i -= 1
      clearSlot(fp + i)
    }
    stackTop -= size
    depth -= 1
  }

  /// Runs a function whose arguments are already in `fp`; pops the frame.
  func invoke(_ fn: UserFunction, _ fp: Frame, at loc: SourceLoc) throws -> Value {
    do {
      return try run(fn, fp)
    } catch var failure as LocatedFailure {
      failure.leaveFunction(calledAt: loc)
      throw failure
    }
  }

  /// Inlined into `invoke`, so a call costs one function, as before `invoke` caught
  /// failures to note the call site.
  @inline(__always)
  private func run(_ fn: UserFunction, _ fp: Frame) throws -> Value {
    let code = fn.code
    defer { popFrame(fp, code.frameSize) }
    // By index, and not at all without captures: an enumerated iterator retains the array.
    if !code.captureSlots.isEmpty {
      let slots = code.captureSlots
      for i in 0..<slots.count { fp[slots[i]] = .box(fn.captures[i]) }
    }
    if let e = code.implicitReturnUnretained {
      return try e._withUnsafeGuaranteedRef { try $0.eval(self, fp) }
    }
    let body = code.bodyList.items
    var i = 0
    while i < body.count {
      if try body[i]._withUnsafeGuaranteedRef({ try $0.exec(self, fp) }) == .returned { return takeReturnValue() }
      i += 1
    }
    return .void
  }

  /// The value of the `return` that ended a function, taken out of `returnValue` (left
  /// `.void`) without a copy: a returned struct or array is not retained and released again.
  @inline(__always)
  func takeReturnValue() -> Value {
    var v = Value.void
    swap(&v, &returnValue)
    return v
  }

  /// Runs a function's body in `fp`: the value of its single expression, or of the
  /// `return` that ends it (`()` when it runs off the end).
  @inline(__always)
  func runBody(_ code: FunctionCode, _ fp: Frame) throws -> Value {
    if let e = code.implicitReturnUnretained { return try e._withUnsafeGuaranteedRef { try $0.eval(self, fp) } }
    let body = code.bodyList.items
    var i = 0
    while i < body.count {
      if try body[i]._withUnsafeGuaranteedRef({ try $0.exec(self, fp) }) == .returned { return takeReturnValue() }
      i += 1
    }
    return .void
  }

  /// Calls a struct method `base.name(arguments)`: the arguments are evaluated straight
  /// into the method's frame, then `self` goes to slot 0. A `mutating` method (`target`
  /// set) moves `self` out of its variable and back when it ends, so the method changes a
  /// uniquely referenced value in place instead of a copy; the arguments are evaluated
  /// before, as Swift evaluates them before an `inout` access begins.
  func callMethod(
    _ code: FunctionCode, base: Expr, target: LValue?, arguments: [Expr], _ fp: Frame, at loc: SourceLoc
  ) throws -> Value {
    do {
      try checkTime(loc)
      let newFP = try pushFrame(code.frameSize, at: loc)
      defer { popFrame(newFP, code.frameSize) }
      // The receiver straight into slot 0 (before the arguments, as Swift evaluates it),
      // not copied there from a local.
      if target == nil { newFP[0] = try base.eval(self, fp) }
      try bindArguments(code, arguments, fp, into: newFP)
      guard let target else { return try runBody(code, newFP) }
      var result = Value.void
      try target.modify(self, fp) { container in
        swap(&newFP[0], &container)
        // Back into the variable whether the method returns or fails.
        defer {
          if case .box(let b) = newFP[0] { container = b.value } else { swap(&newFP[0], &container) }
        }
        result = try runBody(code, newFP)
      }
      return result
    } catch var failure as LocatedFailure {
      failure.leaveFunction(calledAt: loc)
      throw failure
    }
  }

  /// Evaluates a call's arguments straight into the callee's frame `newFP`: one slot
  /// read per argument, and a box only when a closure captures the parameter.
  @inline(__always)
  func bindArguments(_ code: FunctionCode, _ arguments: [Expr], _ fp: Frame, into newFP: Frame) throws {
    let slots = code.parameterSlots
    if code.boxesParameters {
      for i in 0..<arguments.count {
        let v = try arguments[i].eval(self, fp)
        (newFP + slots[i]).initialize(to: code.parameters[i].isBoxed ? .box(Box(v)) : v)
      }
    } else {
      // A new frame's slots hold `.void`: initialized, not assigned (no destroy).
      for i in 0..<arguments.count { (newFP + slots[i]).initialize(to: try arguments[i].eval(self, fp)) }
    }
  }

  /// Calls a class method on an instance already evaluated: `receiver` goes to slot 0
  /// and the arguments straight into the method's frame, without an argument array.
  func callMethod(
    _ code: FunctionCode, receiver: consuming Value, arguments: [Expr], _ fp: Frame, at loc: SourceLoc
  ) throws -> Value {
    do {
      try checkTime(loc)
      let newFP = try pushFrame(code.frameSize, at: loc)
      defer { popFrame(newFP, code.frameSize) }
      try bindArguments(code, arguments, fp, into: newFP)
      newFP[0] = receiver
      return try runBody(code, newFP)
    } catch var failure as LocatedFailure {
      failure.leaveFunction(calledAt: loc)
      throw failure
    }
  }

  /// Frees every frame (after an error unwound past them).
  func resetStack() {
    for i in 0..<stackTop { stack[i] = .void }
    stackTop = 0
    depth = 0
  }

  // MARK: Output

  /// The most text one cell may print: a cell printing in an endless loop must stop
  /// with an error before it fills memory or the lesson.
  static let printLimit = 1 << 20

  /// The most text all cells of a lesson may print together, so that many cells just
  /// under the per-cell cap cannot grow the lesson file without bound either.
  static let lessonPrintLimit = 16 << 20

  /// Bytes the running cell has printed.
  var printedBytes = 0
  /// Bytes every cell of the lesson has printed.
  private var lessonPrintedBytes = 0

  /// Sees each piece of text as a cell prints it (`--verbose` shows it on the terminal).
  var printObserver: ((String) -> Void)?

  /// Adds printed text, refusing it once the cell has printed more than `printLimit`.
  func write(_ text: String, at loc: SourceLoc) throws {
    printedBytes += text.utf8.count
    lessonPrintedBytes += text.utf8.count
    guard printedBytes <= Runtime.printLimit else {
      throw LocatedFailure(
        kind: .runtime,
        message: "the cell printed more than \(Runtime.printLimit >> 20) MB; print a summary or every nth line instead",
        loc: loc)
    }
    guard lessonPrintedBytes <= Runtime.lessonPrintLimit else {
      throw LocatedFailure(
        kind: .runtime,
        message:
          "the lesson's cells printed more than \(Runtime.lessonPrintLimit >> 20) MB together; print summaries instead",
        loc: loc)
    }
    pendingText += text
    printObserver?(text)
  }

  func emit(_ output: CellOutput) {
    flushText()
    outputs.append(output)
  }

  /// Shows a cell's value (its last expression) as an output of its own, after and apart
  /// from what the cell printed, as Jupyter shows a cell's result below its printed stream.
  func writeResult(_ text: String, at loc: SourceLoc) throws {
    flushText()
    try write(text, at: loc)
    flushText(separately: true)
  }

  func flushText(separately: Bool = false) {
    guard !pendingText.isEmpty else { return }
    var text = pendingText
    pendingText = ""
    if text.hasSuffix("\n") { text.removeLast() }
    if !separately, case .text(let previous)? = outputs.last {
      outputs[outputs.count - 1] = .text(previous + "\n" + text)
    } else {
      outputs.append(.text(text))
    }
  }

  // MARK: Limits

  /// The lesson's random generator, time limit and memory limit.
  let context: Context

  var random: NNRandom { context.random }
  var memoryLimit: Int {
    get { context.memoryLimit }
    set { context.memoryLimit = newValue }
  }

  func startClock(timeout: Double) {
    context.makeCurrent()
    context.start(timeout: timeout)
    tick = 0
    printedBytes = 0
  }

  /// Called on loop back-edges and calls; looks at the clock and the process's
  /// memory every few thousand ticks.
  @inline(__always)
  func checkTime(_ loc: SourceLoc) throws {
    tick &+= 1
    if tick & 0xFFF == 0 || context.needsCheck { try checkLimits(loc) }
  }

  /// The slow path of `checkTime`, kept out of the loops and calls that inline it.
  @inline(never)
  private func checkLimits(_ loc: SourceLoc) throws {
    if let failure = context.takeDeferredFailure() { throw failure }
    do { try context.checkLimits() } catch { throw located(error, loc) }
  }

  func checkAllocation(count: Int, bytesPerElement: Int) throws(RuntimeFailure) {
    try context.checkAllocation(count: count, bytesPerElement: bytesPerElement)
  }

  /// `checkAllocation` for library code that has no runtime at hand.
  static func checkAllocation(count: Int, bytesPerElement: Int) throws(RuntimeFailure) {
    try Context.current.checkAllocation(count: count, bytesPerElement: bytesPerElement)
  }

  static func now() -> UInt64 { Context.now() }

  // MARK: Errors

  func located(_ failure: RuntimeFailure, _ loc: SourceLoc) -> LocatedFailure {
    LocatedFailure(kind: failure.kind, message: failure.message, loc: loc)
  }
}

/// Sets a slot to `.void`; a slot holding a number (as most do) is overwritten without
/// calling `Value`'s destroy, which has nothing to release for it.
@inline(__always)
func clearSlot(_ p: UnsafeMutablePointer<Value>) {
  switch p.pointee {
  case .void, .int, .double, .float, .bool, .none, .range: p.initialize(to: .void)
  default: p.pointee = .void
  }
}

/// Stores a value in a slot; over a number (as most slots hold) without calling
/// `Value`'s destroy for the old value.
@inline(__always)
func setSlot(_ p: UnsafeMutablePointer<Value>, _ v: consuming Value) {
  switch p.pointee {
  case .void, .int, .double, .float, .bool, .none, .range: p.initialize(to: v)
  default: p.pointee = v
  }
}

/// How a statement finished.
enum Flow: UInt8 {
  case normal
  case broke
  case continued
  case returned
}
