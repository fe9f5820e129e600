import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What library code needs of the lesson it runs in: the lesson's random
/// generator, its time limit and cancellation flag, and its memory limit.
///
/// One per `Session`; nothing here is process-wide, so two lessons can run side
/// by side on two threads. Library code reaches it through `Arguments.context`;
/// the few kernels called without arguments (tensor allocation) use
/// `Context.current`, the context of the session whose cell runs on this thread.
final class Context {
  /// The lesson's generator: what `seed(_:)` resets and everything random draws from.
  let random = NNRandom()

  /// The lesson's `_files` folder: where `save` writes and `load` reads, and nowhere else.
  var filesFolder: URL?

  /// The name Swift would give the lesson's module: `print` of a class instance or an
  /// enum case inside an optional qualifies the type with it (`lesson.Coin.dime`).
  var moduleName = "main"

  /// The most memory the lesson's process may hold, in bytes.
  var memoryLimit: Int

  /// Monotonic nanoseconds after which the running cell must stop.
  private(set) var deadline: UInt64 = .max
  /// Set from another thread to stop the running cell at its next check.
  private var cancelled = false
  var timeoutMessage = "the cell ran past its time limit"

  private var tapeSerial = 0

  /// Orders the gradient tapes of this lesson (an inner `gradient` records on the latest).
  func nextTapeSerial() -> Int {
    tapeSerial &+= 1
    return tapeSerial
  }

  /// Bytes requested through `checkAllocation` since the process's memory was last read.
  private var requestedSinceCheck = 0

  init(memoryLimit: Int = Context.defaultMemoryLimit) {
    self.memoryLimit = memoryLimit
  }

  /// `NNBOOK_MEMORY_LIMIT_MB`, or 4 GiB: the default for sessions that set none.
  static var defaultMemoryLimit: Int {
    if let text = getenv("NNBOOK_MEMORY_LIMIT_MB"), let mb = Int(String(cString: text)), mb > 0, mb < Int.max >> 20 {
      return mb << 20
    }
    return 4 << 30
  }

  func start(timeout: Double) {
    let seconds = timeout.isFinite && timeout > 0 ? Swift.min(timeout, 1e9) : 0
    deadline = Context.now() &+ UInt64(seconds * 1e9)
    cancelled = false
    needsCheck = false
    deferredFailure = nil
    // The interpreter reads the clock only every few thousand ticks; a tick that runs a
    // long native operation (a large product, a big tensor) would let the cell run far past
    // its limit. At the deadline the timer raises `needsCheck`, so the next tick checks.
    timerGeneration &+= 1
    let generation = timerGeneration
    let timer = TimerTarget(context: self)
    DispatchQueue.global().asyncAfter(deadline: .now() + .nanoseconds(Int(seconds * 1e9) + 1_000_000)) {
      guard timer.context.timerGeneration == generation else { return }
      timer.context.needsCheck = true
    }
  }

  /// What the timer holds: the context, strongly (it lives until the timer has fired; a
  /// weak reference would be read on the timer's thread while the session may be going
  /// away). Only a flag is written from the timer's thread; the cell's thread reads it.
  private struct TimerTarget: @unchecked Sendable {
    let context: Context
  }

  /// Which cell's timer may raise `needsCheck`: a timer of an earlier cell does nothing.
  private var timerGeneration = 0

  /// Stops the running cell at its next limit check (as its time limit would).
  func cancel() {
    cancelled = true
    needsCheck = true
  }

  /// A failure in cell code that library code called where Swift cannot throw: a type's
  /// `==` or `hash(into:)` inside a set or dictionary. The library goes on with a harmless
  /// answer; the cell stops at its next check with this failure, which is the first one.
  private var deferredFailure: (any Error)?

  /// Keeps a failure for the interpreter's next check (its next statement, loop turn or call).
  func deferFailure(_ failure: any Error) {
    if deferredFailure == nil { deferredFailure = failure }
    needsCheck = true
  }

  /// The deferred failure, once.
  func takeDeferredFailure() -> (any Error)? {
    defer { deferredFailure = nil }
    return deferredFailure
  }

  /// Throws the timeout failure once the cell's time is up: native loops (training,
  /// large products, `measure`) call this between steps.
  func checkTime() throws(RuntimeFailure) {
    if cancelled || Context.now() > deadline {
      throw RuntimeFailure(timeoutMessage, kind: .timeout)
    }
  }

  /// Time and memory, for the interpreter's periodic check.
  func checkLimits() throws(RuntimeFailure) {
    try checkTime()
    needsCheck = false
    if let resident = Context.residentBytes(), resident > memoryLimit {
      throw RuntimeFailure(
        "the cell needs more than the memory limit (\(memoryLimit >> 20) MB; the lesson reached \(resident >> 20) MB)")
    }
  }

  /// Set when a limit may have been passed: by native allocations that took the process
  /// past the memory limit, by the timer at the deadline, by `cancel()`. The interpreter
  /// then checks its limits at its next statement, loop turn or call (one flag, so the
  /// per-tick cost is one load).
  private(set) var needsCheck = false
  private var allocatedSinceRead = 0

  /// Counts a native allocation (a tensor's buffer) already made; every 64 MB the
  /// process's size is read and `needsCheck` set when it is past the limit.
  func noteAllocation(bytes: Int) {
    allocatedSinceRead &+= bytes
    guard allocatedSinceRead >= 64 << 20 else { return }
    allocatedSinceRead = 0
    if let resident = Context.residentBytes(), resident > memoryLimit { needsCheck = true }
  }

  /// Refuses an allocation that would pass the memory limit, before it is made. Large
  /// allocations between two clock checks would otherwise grow the process far past the
  /// limit before the next check reads its size.
  func checkAllocation(count: Int, bytesPerElement: Int) throws(RuntimeFailure) {
    let (bytes, overflow) = count.multipliedReportingOverflow(by: bytesPerElement)
    if overflow || count < 0 || bytes > memoryLimit {
      throw RuntimeFailure(
        "cannot allocate \(count) elements: that needs more than the memory limit (\(memoryLimit >> 20) MB)")
    }
    // Under `ulimit -v` a failed allocation would end the process (Swift traps when malloc
    // fails) long before the process's resident size reaches the limit: the cell's 1 GB
    // stack and OpenBLAS's buffers are reserved address space. So a large request is
    // checked against the address space left.
    if bytes >= 1 << 20, let cap = Context.addressSpaceLimit, let mapped = Context.mappedBytes(),
      mapped + bytes > cap - (64 << 20)
    {
      throw RuntimeFailure(
        "cannot allocate \(count) elements (\(bytes >> 20) MB): the process may map only \(cap >> 20) MB in all (ulimit -v), and not that much of it is left"
      )
    }
    requestedSinceCheck += bytes
    guard requestedSinceCheck > 16 << 20 else { return }
    requestedSinceCheck = 0
    if let resident = Context.residentBytes(), resident + bytes > memoryLimit {
      throw RuntimeFailure(
        "the cell needs more than the memory limit (\(memoryLimit >> 20) MB; the lesson reached \(resident >> 20) MB)")
    }
  }

  /// `checkAllocation` for an element count given as a sum of products of sizes a cell
  /// chose (`4 * d * d + 2 * d * mlp` as `[4, d, d], [2, d, mlp]`): an overflow is
  /// refused as too large instead of trapping.
  func checkAllocation(products: [Int]..., bytesPerElement: Int) throws(RuntimeFailure) {
    var total = 0
    var overflow = false
    for factors in products {
      var product = 1
      for factor in factors where !overflow {
        (product, overflow) = product.multipliedReportingOverflow(by: factor)
      }
      if !overflow { (total, overflow) = total.addingReportingOverflow(product) }
    }
    try checkAllocation(count: overflow ? .max : total, bytesPerElement: bytesPerElement)
  }

  // MARK: The context of this thread

  private static let key: pthread_key_t = {
    var key = pthread_key_t()
    pthread_key_create(&key, nil)
    return key
  }()

  /// Used where no session has set one: library code called from tests directly.
  nonisolated(unsafe) private static let fallback = Context()

  /// The context of the session whose cell runs on this thread.
  static var current: Context {
    guard let raw = pthread_getspecific(key) else { return fallback }
    return Unmanaged<Context>.fromOpaque(raw).takeUnretainedValue()
  }

  /// Makes this the thread's context (the session keeps it alive while its cell runs).
  func makeCurrent() {
    pthread_setspecific(Context.key, Unmanaged.passUnretained(self).toOpaque())
  }

  // MARK: Clocks and memory

  static func now() -> UInt64 {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
  }

  /// The address space this process may map (`ulimit -v`), nil when unlimited.
  static let addressSpaceLimit: Int? = {
    #if os(Linux)
      var limit = rlimit()
      guard getrlimit(__rlimit_resource_t(RLIMIT_AS.rawValue), &limit) == 0,
        limit.rlim_cur < UInt64(Int.max)
      else { return nil }
      return Int(limit.rlim_cur)
    #else
      return nil
    #endif
  }()

  /// Address space this process has mapped (VmSize), from /proc (nil where there is none).
  static func mappedBytes() -> Int? { statm(field: 0) }

  /// Resident memory of this process, from /proc (nil where there is none).
  static func residentBytes() -> Int? { statm(field: 1) }

  /// One field of /proc/self/statm (0: mapped, 1: resident), in bytes.
  private static func statm(field: Int) -> Int? {
    #if os(Linux)
      let fd = open("/proc/self/statm", O_RDONLY)
      guard fd >= 0 else { return nil }
      defer { close(fd) }
      var buffer = [UInt8](repeating: 0, count: 128)
      let n = read(fd, &buffer, buffer.count)
      guard n > 0 else { return nil }
      let fields = buffer[..<n].split(separator: UInt8(ascii: " "))
      guard fields.count > field, let pages = Int(String(decoding: fields[field], as: UTF8.self)) else { return nil }
      return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    #else
      return nil
    #endif
  }
}
