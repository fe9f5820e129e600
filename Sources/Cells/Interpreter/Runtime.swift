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
  private var stackTop = 0

  /// Current call depth, bounded so deep recursion is an error, not a crash.
  var depth = 0
  let maxDepth = 10_000

  /// The value of the last `return`.
  var returnValue: Value = .void

  /// What the running cell has produced so far.
  var outputs: [CellOutput] = []
  var pendingText = ""

  // Time limit.
  private var deadline: UInt64 = .max
  private var tick: UInt32 = 0

  /// The runtime of the cell running on this thread (for library code called without one).
  nonisolated(unsafe) static var current = Runtime(placeholder: ())

  private init(placeholder: ()) {
    globalCapacity = 1
    globals = .allocate(capacity: 1)
    globals.initialize(to: .void)
    stackCapacity = 1
    stack = .allocate(capacity: 1)
    stack.initialize(to: .void)
  }

  init() {
    globalCapacity = 256
    globals = .allocate(capacity: globalCapacity)
    globals.initialize(repeating: .void, count: globalCapacity)
    stackCapacity = 1 << 18
    stack = .allocate(capacity: stackCapacity)
    stack.initialize(repeating: .void, count: stackCapacity)
  }

  deinit {
    globals.deinitialize(count: globalCapacity)
    globals.deallocate()
    stack.deinitialize(count: stackCapacity)
    stack.deallocate()
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

  // MARK: Frames

  /// Pushes a frame of `size` slots (all `.void`).
  @inline(__always)
  func pushFrame(_ size: Int, at loc: SourceLoc) throws -> Frame {
    if stackTop + size > stackCapacity || depth >= maxDepth {
      throw LocatedFailure(
        kind: .runtime,
        message: "recursion too deep: more than \(maxDepth) nested calls (is a base case missing?)",
        loc: loc)
    }
    let fp = stack + stackTop
    stackTop += size
    depth += 1
    return fp
  }

  @inline(__always)
  func popFrame(_ fp: Frame, _ size: Int) {
    for i in 0..<size { fp[i] = .void }
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

  private func run(_ fn: UserFunction, _ fp: Frame) throws -> Value {
    let code = fn.code
    defer { popFrame(fp, code.frameSize) }
    for (i, slot) in code.captureSlots.enumerated() {
      fp[slot] = .box(fn.captures[i])
    }
    if let e = code.implicitReturn {
      return try e.eval(self, fp)
    }
    for s in code.body {
      let flow = try s.exec(self, fp)
      if flow == .returned {
        let v = returnValue
        returnValue = .void
        return v
      }
    }
    return .void
  }

  /// Frees every frame (after an error unwound past them).
  func resetStack() {
    for i in 0..<stackTop { stack[i] = .void }
    stackTop = 0
    depth = 0
  }

  // MARK: Output

  func write(_ text: String) {
    pendingText += text
  }

  func emit(_ output: CellOutput) {
    flushText()
    outputs.append(output)
  }

  func flushText() {
    guard !pendingText.isEmpty else { return }
    var text = pendingText
    pendingText = ""
    if text.hasSuffix("\n") { text.removeLast() }
    if case .text(let previous)? = outputs.last {
      outputs[outputs.count - 1] = .text(previous + "\n" + text)
    } else {
      outputs.append(.text(text))
    }
  }

  // MARK: Limits

  func startClock(timeout: Double) {
    Runtime.current = self
    deadline = Runtime.now() &+ UInt64(max(0, timeout) * 1e9)
    tick = 0
  }

  /// Called on loop back-edges and calls; looks at the clock and the process's
  /// memory every few thousand ticks.
  @inline(__always)
  func checkTime(_ loc: SourceLoc) throws {
    tick &+= 1
    if tick & 0xFFF == 0 { try checkLimits(loc) }
  }

  private func checkLimits(_ loc: SourceLoc) throws {
    if Runtime.now() > deadline {
      throw LocatedFailure(kind: .timeout, message: timeoutMessage, loc: loc)
    }
    if let resident = Runtime.residentBytes(), resident > memoryLimit {
      throw LocatedFailure(
        kind: .runtime,
        message:
          "the cell needs more than the memory limit (\(memoryLimit >> 20) MB; the lesson reached \(resident >> 20) MB)",
        loc: loc)
    }
  }

  /// The most memory this lesson's process may hold, in bytes.
  var memoryLimit = Runtime.defaultMemoryLimit

  /// `NNBOOK_MEMORY_LIMIT_MB`, or 4 GiB.
  static let defaultMemoryLimit: Int = {
    if let text = getenv("NNBOOK_MEMORY_LIMIT_MB"), let mb = Int(String(cString: text)), mb > 0 {
      return mb << 20
    }
    return 4 << 30
  }()

  /// Bytes requested through `checkAllocation` since the process's memory was last read.
  private var requestedSinceCheck = 0

  /// Refuses an allocation that would pass the memory limit, before it is made. Large
  /// allocations between two clock ticks would otherwise grow the process far past the
  /// limit before `checkTime` next reads its size.
  func checkAllocation(count: Int, bytesPerElement: Int) throws(RuntimeFailure) {
    let (bytes, overflow) = count.multipliedReportingOverflow(by: bytesPerElement)
    if overflow || bytes > memoryLimit {
      throw RuntimeFailure(
        "cannot allocate \(count) elements: that needs more than the memory limit (\(memoryLimit >> 20) MB)")
    }
    requestedSinceCheck += bytes
    guard requestedSinceCheck > 16 << 20 else { return }
    requestedSinceCheck = 0
    if let resident = Runtime.residentBytes(), resident + bytes > memoryLimit {
      throw RuntimeFailure(
        "the cell needs more than the memory limit (\(memoryLimit >> 20) MB; the lesson reached \(resident >> 20) MB)")
    }
  }

  /// `checkAllocation` for library code that has no runtime at hand.
  static func checkAllocation(count: Int, bytesPerElement: Int) throws(RuntimeFailure) {
    try Runtime.current.checkAllocation(count: count, bytesPerElement: bytesPerElement)
  }

  /// Resident memory of this process, from /proc (nil where there is none).
  static func residentBytes() -> Int? {
    #if os(Linux)
      let fd = open("/proc/self/statm", O_RDONLY)
      guard fd >= 0 else { return nil }
      defer { close(fd) }
      var buffer = [UInt8](repeating: 0, count: 128)
      let n = read(fd, &buffer, buffer.count)
      guard n > 0 else { return nil }
      let fields = buffer[..<n].split(separator: UInt8(ascii: " "))
      guard fields.count > 1, let pages = Int(String(decoding: fields[1], as: UTF8.self)) else { return nil }
      return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    #else
      return nil
    #endif
  }

  var timeoutMessage = "the cell ran past its time limit"

  static func now() -> UInt64 {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
  }

  // MARK: Errors

  func located(_ failure: RuntimeFailure, _ loc: SourceLoc) -> LocatedFailure {
    LocatedFailure(kind: .runtime, message: failure.message, loc: loc)
  }
}

/// How a statement finished.
enum Flow: UInt8 {
  case normal
  case broke
  case continued
  case returned
}
