#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Large buffers freed recently, handed to the next allocation of the same size.
///
/// glibc gives a freed multi-megabyte block back to the system, so allocating the
/// next one faults in every 4 KiB page again: for a 1024 x 1024 matmul that is
/// 1,024 page faults, a tenth of the arithmetic's time. Training loops allocate
/// the same shapes over and over, so keeping a few blocks per size removes that.
final class BufferPool: @unchecked Sendable {
  static let shared = BufferPool()
  /// Smaller buffers come from malloc's own free lists, which are fast already.
  static let minimumBytes = 256 << 10
  /// At most this much is kept, and at most `perSize` blocks of one size.
  let capacity = 128 << 20
  let perSize = 4

  /// On the heap: a mutex must not move, and a Swift property's address may.
  private let lock: UnsafeMutablePointer<pthread_mutex_t> = .allocate(capacity: 1)
  private var free: [Int: [UnsafeMutableRawPointer]] = [:]
  private var keptBytes = 0

  private init() { pthread_mutex_init(lock, nil) }

  func take(_ bytes: Int) -> UnsafeMutableRawPointer? {
    pthread_mutex_lock(lock)
    defer { pthread_mutex_unlock(lock) }
    guard let p = free[bytes]?.popLast() else { return nil }
    keptBytes -= bytes
    return p
  }

  /// Keeps `pointer` for reuse; false when the pool is full (the caller frees it).
  func give(_ pointer: UnsafeMutableRawPointer, _ bytes: Int) -> Bool {
    pthread_mutex_lock(lock)
    defer { pthread_mutex_unlock(lock) }
    guard keptBytes + bytes <= capacity, free[bytes, default: []].count < perSize else { return false }
    free[bytes, default: []].append(pointer)
    keptBytes += bytes
    return true
  }
}
