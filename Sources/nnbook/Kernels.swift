import Cells
import Foundation

/// Starts nnbook again with `OPENBLAS_CORETYPE` set when OpenBLAS chose other kernels than
/// the ones every AVX2 processor runs alike (BLASKernels.betterCoreType): in this process when
/// OpenBLAS exports its kernel chooser, else by replacing the process once (OpenBLAS
/// reads the setting when it is loaded; the child inherits it, so it cannot loop).
/// `NNBOOK_KEEP_BLAS_KERNELS=1` turns this off.
enum Kernels {
  /// OpenBLAS starts a worker thread per core when it is loaded, and each worker maps a
  /// 128 MB buffer; when `ulimit -v` leaves no room for one, the worker retries forever and
  /// nnbook hangs at exit (even after `--help`). Under such a limit nnbook starts again
  /// once with `OPENBLAS_NUM_THREADS` set to the threads that fit (OpenBLAS reads it only
  /// when it is loaded). A setting of the user's own, or of OpenMP's, is left alone.
  static func restartWithThreadsThatFitIfNeeded() {
    let environment = ProcessInfo.processInfo.environment
    guard environment["OPENBLAS_NUM_THREADS"] == nil, environment["OMP_NUM_THREADS"] == nil,
      let limit = addressSpaceLimit()
    else { return }
    let cores = max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN)))
    let threads = threadsThatFit(addressSpace: limit, cores: cores)
    guard threads < cores else { return }
    setenv("OPENBLAS_NUM_THREADS", String(threads), 1)
    execv("/proc/self/exe", CommandLine.unsafeArgv)
    // execv returns only on failure: carry on as before.
  }

  private static func addressSpaceLimit() -> Int? {
    #if os(Linux)
      var limit = rlimit()
      guard getrlimit(__rlimit_resource_t(RLIMIT_AS.rawValue), &limit) == 0, limit.rlim_cur < UInt64(Int.max)
      else { return nil }
      return Int(limit.rlim_cur)
    #else
      return nil
    #endif
  }

  /// The BLAS threads that fit in an address space: one (the calling thread, which needs no
  /// worker buffer) plus a worker for every 160 MB beyond the 384 MB that nnbook's libraries,
  /// stacks and a small lesson take.
  static func threadsThatFit(addressSpace bytes: Int, cores: Int) -> Int {
    let megabytes = bytes >> 20
    return min(cores, 1 + max(0, (megabytes - 384) / 160))
  }

  static func restartWithBetterKernelsIfNeeded() {
    // Only the commands that run cells multiply matrices; `--help` and `ops` stay instant.
    let arguments = CommandLine.arguments.dropFirst()
    guard let command = arguments.first, ["run", "update", "check", "watch", "fuzz"].contains(command),
      !arguments.contains("--help"), !arguments.contains("-h")
    else { return }
    let environment = ProcessInfo.processInfo.environment
    guard environment["NNBOOK_KEEP_BLAS_KERNELS"] == nil,
      let cpuinfo = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8),
      let flagsLine = cpuinfo.split(separator: "\n").first(where: { $0.hasPrefix("flags") }),
      let core = BLASKernels.betterCoreType(
        environment: environment, cpuFlags: Set(flagsLine.split(whereSeparator: { $0 == " " || $0 == "\t" })))
    else { return }
    setenv("OPENBLAS_CORETYPE", core, 1)
    if switchInThisProcess(to: core) { return }
    execv("/proc/self/exe", CommandLine.unsafeArgv)
    // execv returns only on failure: carry on with the kernels already loaded.
  }

  /// Asks OpenBLAS to choose its kernels again, now that `OPENBLAS_CORETYPE` is set,
  /// without starting a new process (a re-exec costs a lesson about 12 ms). Builds of
  /// OpenBLAS for several processors (Debian's) export the two functions that choose
  /// the kernel table; nothing has multiplied yet, and the table is only read when a
  /// product starts. True when OpenBLAS now runs `core`; otherwise the caller re-execs.
  private static func switchInThisProcess(to core: String) -> Bool {
    guard let forget = dlsym(nil, "gotoblas_dynamic_quit"), let choose = dlsym(nil, "gotoblas_dynamic_init")
    else { return false }
    typealias Entry = @convention(c) () -> Void
    unsafeBitCast(forget, to: Entry.self)()
    unsafeBitCast(choose, to: Entry.self)()
    return BLASKernels.coreName.lowercased() == core.lowercased()
  }
}
