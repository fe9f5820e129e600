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
    let nanoseconds = timeout.isFinite && timeout > 0 ? Swift.min(timeout, 1e9) * 1e9 : 0
    deadline = Context.now() &+ UInt64(nanoseconds)
    cancelled = false
    isOverMemory = false
  }

  /// Stops the running cell at its next limit check (as its time limit would).
  func cancel() { cancelled = true }

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
    isOverMemory = false
    if let resident = Context.residentBytes(), resident > memoryLimit {
      throw RuntimeFailure(
        "the cell needs more than the memory limit (\(memoryLimit >> 20) MB; the lesson reached \(resident >> 20) MB)")
    }
  }

  /// Set when native allocations have taken the process past the memory limit; the
  /// interpreter stops the cell at its next statement, loop turn or call.
  private(set) var isOverMemory = false
  private var allocatedSinceRead = 0

  /// Counts a native allocation (a tensor's buffer) already made; every 64 MB the
  /// process's size is read and `isOverMemory` set when it is past the limit.
  func noteAllocation(bytes: Int) {
    allocatedSinceRead &+= bytes
    guard allocatedSinceRead >= 64 << 20 else { return }
    allocatedSinceRead = 0
    if let resident = Context.residentBytes(), resident > memoryLimit { isOverMemory = true }
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
    requestedSinceCheck += bytes
    guard requestedSinceCheck > 16 << 20 else { return }
    requestedSinceCheck = 0
    if let resident = Context.residentBytes(), resident + bytes > memoryLimit {
      throw RuntimeFailure(
        "the cell needs more than the memory limit (\(memoryLimit >> 20) MB; the lesson reached \(resident >> 20) MB)")
    }
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
}
