#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A file that could not be written. The target, if it existed, is unchanged.
public struct FileWriteError: Error, Equatable, Sendable, CustomStringConvertible {
  public var path: String
  public var reason: String

  public init(path: String, reason: String) {
    self.path = path
    self.reason = reason
  }

  public var description: String { "\(path): error: \(reason)" }
}

/// Writes `text` to `path` so that the file is either entirely old or entirely new.
///
/// The bytes go to a temporary file in the same folder (`.name.tmp-XXXXXX`), are
/// flushed to disk, and the temporary file is renamed over the target. An existing
/// target's permissions are kept. On failure the temporary file is removed.
public func writeAtomically(_ text: String, to path: String) throws {
  try writeAtomically(Array(text.utf8), to: path)
}

/// Writes `bytes` to `path` atomically; see `writeAtomically(_:to:)` for text.
public func writeAtomically(_ bytes: [UInt8], to path: String) throws {
  let slash = path.lastIndex(of: "/")
  let folder = slash.map { String(path[...$0]) } ?? ""
  let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
  var template = Array((folder + "." + name + ".tmp-XXXXXX").utf8CString)

  func failure(_ action: String) -> FileWriteError {
    FileWriteError(path: path, reason: "cannot \(action): \(String(cString: strerror(errno)))")
  }

  let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
  guard descriptor >= 0 else { throw failure("create a temporary file next to it") }
  let temporaryPath = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
  var closed = false
  var renamed = false
  defer {
    if !closed { close(descriptor) }
    if !renamed { unlink(temporaryPath) }
  }

  // mkstemp creates the file readable by its owner only; a new file gets the usual
  // rw-r--r--, an existing one keeps its own permissions.
  var status = stat()
  let mode = stat(path, &status) == 0 ? status.st_mode & 0o7777 : 0o644
  guard fchmod(descriptor, mode) == 0 else { throw failure("set the permissions of the temporary file") }

  var written = 0
  while written < bytes.count {
    let count = bytes[written...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
    if count < 0 {
      if errno == EINTR { continue }
      throw failure("write")
    }
    written += count
  }
  guard fsync(descriptor) == 0 else { throw failure("flush to disk") }
  closed = true
  guard close(descriptor) == 0 else { throw failure("close the temporary file") }
  guard rename(temporaryPath, path) == 0 else { throw failure("replace the file") }
  renamed = true
}
