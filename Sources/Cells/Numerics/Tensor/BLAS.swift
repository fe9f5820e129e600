internal import CBLAS

#if canImport(Glibc)
  import Glibc
#endif

/// General matrix multiplication through OpenBLAS: the only file that sees cblas.
///
/// `c = op(a) · op(b)` for row-major matrices, where `op` transposes when asked;
/// `accumulate` adds into `c` instead of overwriting it (BLAS's `beta = 1`).
enum BLAS {
  /// Stops the worker threads OpenBLAS starts at load time. They spin on the CPU
  /// for about a tenth of a second waiting for work, which on a small machine takes a
  /// core from the lesson; most lessons' products are small and single-threaded,
  /// and a large one starts the workers again.
  static let quietIdleThreads: Void = {
    _ = blas_thread_shutdown_()
  }()

  /// Products below this many multiply-adds run on one thread. OpenBLAS splits a
  /// product of a few million (a training step's weight gradient) over its workers,
  /// and on a loaded machine the caller then waits for a worker the scheduler has not
  /// run yet, a time-slice per product: an LSTM's training ran twice as long.
  static let threadedProduct = 1 << 23
  /// The thread count last given to OpenBLAS (0: not yet). A product's last bits can
  /// depend on how many threads computed it, so lessons' numbers are this policy's.
  nonisolated(unsafe) private static var threads = 0
  /// Held around choosing the thread count and the product that uses it. Two threads can
  /// multiply at once (two sessions in one test process; a timed-out cell still running
  /// beside the next cell): stopping OpenBLAS's workers while the other thread's product
  /// used them deadlocked both, and each could run with the other's count.
  nonisolated(unsafe) private static let productLock: UnsafeMutablePointer<pthread_mutex_t> = {
    let lock = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    pthread_mutex_init(lock, nil)
    return lock
  }()
  /// OpenBLAS's own count (the machine's cores), for the large products.
  private static let allThreads = Int(Swift.max(1, openblas_get_num_threads()))

  @inline(__always)
  private static func chooseThreads(m: Int, n: Int, k: Int) {
    let wanted = m * n * k < threadedProduct ? 1 : allThreads
    if threads != wanted {
      threads = wanted
      openblas_set_num_threads(Int32(wanted))
      // Setting the count starts OpenBLAS's workers again, and idle they spin on the CPU
      // (sched_yield) that the lesson's own thread needs: stop them while products are small.
      if wanted == 1 { _ = blas_thread_shutdown_() }
    }
  }

  static func gemm(
    _ a: UnsafeMutablePointer<Float>, transposeA: Bool, _ b: UnsafeMutablePointer<Float>, transposeB: Bool,
    _ c: UnsafeMutablePointer<Float>, m: Int, n: Int, k: Int, accumulate: Bool = false
  ) {
    if m == 0 || n == 0 { return }
    if k == 0 {
      if !accumulate { c.initialize(repeating: 0, count: m * n) }
      return
    }
    if SmallProduct.handles(m: m, n: n, k: k, transposeA: transposeA) {
      SmallProduct.gemm(
        a, transposeA: transposeA, b, transposeB: transposeB, c, m: m, n: n, k: k, accumulate: accumulate)
      return
    }
    pthread_mutex_lock(productLock)
    defer { pthread_mutex_unlock(productLock) }
    chooseThreads(m: m, n: n, k: k)
    cblas_sgemm(
      CblasRowMajor, transposeA ? CblasTrans : CblasNoTrans, transposeB ? CblasTrans : CblasNoTrans,
      blasint(m), blasint(n), blasint(k), 1, a, blasint(transposeA ? m : k), b, blasint(transposeB ? k : n),
      accumulate ? 1 : 0, c, blasint(n))
  }

  static func gemm(
    _ a: UnsafeMutablePointer<Double>, transposeA: Bool, _ b: UnsafeMutablePointer<Double>, transposeB: Bool,
    _ c: UnsafeMutablePointer<Double>, m: Int, n: Int, k: Int, accumulate: Bool = false
  ) {
    if m == 0 || n == 0 { return }
    if k == 0 {
      if !accumulate { c.initialize(repeating: 0, count: m * n) }
      return
    }
    if SmallProduct.handles(m: m, n: n, k: k, transposeA: transposeA) {
      SmallProduct.gemm(
        a, transposeA: transposeA, b, transposeB: transposeB, c, m: m, n: n, k: k, accumulate: accumulate)
      return
    }
    pthread_mutex_lock(productLock)
    defer { pthread_mutex_unlock(productLock) }
    chooseThreads(m: m, n: n, k: k)
    cblas_dgemm(
      CblasRowMajor, transposeA ? CblasTrans : CblasNoTrans, transposeB ? CblasTrans : CblasNoTrans,
      blasint(m), blasint(n), blasint(k), 1, a, blasint(transposeA ? m : k), b, blasint(transposeB ? k : n),
      accumulate ? 1 : 0, c, blasint(n))
  }
}

extension BLAS {
  /// `gemm` for kernels generic over the element type: dispatches to the `Float` or
  /// `Double` routine.
  @inline(__always)
  static func gemm<T: TensorScalar>(
    _ a: UnsafeMutablePointer<T>, transposeA: Bool, _ b: UnsafeMutablePointer<T>, transposeB: Bool,
    _ c: UnsafeMutablePointer<T>, m: Int, n: Int, k: Int, accumulate: Bool = false
  ) {
    if T.self == Float.self {
      gemm(
        UnsafeMutableRawPointer(a).assumingMemoryBound(to: Float.self), transposeA: transposeA,
        UnsafeMutableRawPointer(b).assumingMemoryBound(to: Float.self), transposeB: transposeB,
        UnsafeMutableRawPointer(c).assumingMemoryBound(to: Float.self), m: m, n: n, k: k, accumulate: accumulate)
    } else {
      gemm(
        UnsafeMutableRawPointer(a).assumingMemoryBound(to: Double.self), transposeA: transposeA,
        UnsafeMutableRawPointer(b).assumingMemoryBound(to: Double.self), transposeB: transposeB,
        UnsafeMutableRawPointer(c).assumingMemoryBound(to: Double.self), m: m, n: n, k: k, accumulate: accumulate)
    }
  }
}

/// Which of OpenBLAS's kernel sets this process runs, for the command line.
public enum BLASKernels {
  /// The kernel set OpenBLAS chose for this processor (`Haswell`, `SkylakeX`, `Prescott`…).
  public static var coreName: String {
    guard let name = openblas_get_corename() else { return "" }
    return String(cString: name)
  }

  /// The kernel set to ask OpenBLAS for instead of the one it chose.
  ///
  /// Every processor with AVX2 and FMA runs OpenBLAS's `Haswell` kernels, whatever OpenBLAS
  /// would choose for it. The kernel sets sum a product's terms in different orders, so a
  /// lesson trained with `SkylakeX` or `Cooperlake` kernels (AVX-512) prints other losses
  /// than one trained with `Haswell` kernels, and `nnbook check` of a course written on one
  /// machine failed on another (lessons 03, 04, 06, 09 and 10 of the bundled course on a
  /// Cooper Lake machine). Debian's OpenBLAS 0.3.21 also falls back to `Prescott`, its SSE3
  /// kernels, on some recent virtual processors with AVX2 and FMA. A user's own
  /// `OPENBLAS_CORETYPE` is always kept. OpenBLAS reads the setting when it is loaded, so
  /// it takes effect in a new process (or through OpenBLAS's kernel chooser, see `Kernels`).
  public static func betterCoreType(environment: [String: String], cpuFlags: Set<Substring>) -> String? {
    guard environment["OPENBLAS_CORETYPE"] == nil else { return nil }
    guard coreName.lowercased() != "haswell" else { return nil }
    return cpuFlags.isSuperset(of: ["avx2", "fma"]) ? "Haswell" : nil
  }
}
