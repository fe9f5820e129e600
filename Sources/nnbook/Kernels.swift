import Cells
import Foundation

/// Starts nnbook again with `OPENBLAS_CORETYPE` set when OpenBLAS chose kernels far
/// below what the processor runs (BLASKernels.betterCoreType). OpenBLAS reads the setting only
/// when it is loaded, so the process replaces itself once; the child inherits the
/// setting, so it cannot loop. `NNBOOK_KEEP_BLAS_KERNELS=1` turns this off.
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
    execv("/proc/self/exe", CommandLine.unsafeArgv)
    // execv returns only on failure: carry on with the kernels already loaded.
  }
}
