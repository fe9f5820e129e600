import Cells
import Foundation

/// Starts nnbook again with `OPENBLAS_CORETYPE` set when OpenBLAS chose kernels far
/// below what the processor runs (BLASKernels.betterCoreType): in this process when
/// OpenBLAS exports its kernel chooser, else by replacing the process once (OpenBLAS
/// reads the setting when it is loaded; the child inherits it, so it cannot loop).
/// `NNBOOK_KEEP_BLAS_KERNELS=1` turns this off.
enum Kernels {
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
