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
///
/// Only a regular file is ever replaced: a symbolic link is followed and its target
/// written (the link stays), a character device (`/dev/null`) is written through, and
/// anything else (a FIFO, a folder) is refused, as is a read-only file.
public func writeAtomically(_ text: String, to path: String) throws {
  try writeAtomically(Array(text.utf8), to: path)
}

/// Writes `bytes` to `path` atomically; see `writeAtomically(_:to:)` for text.
public func writeAtomically(_ bytes: [UInt8], to path: String) throws {
  var status = stat()
  var path = path
  if lstat(path, &status) == 0 && (status.st_mode & mode_t(S_IFMT)) == mode_t(S_IFLNK) {
    guard let resolved = realpath(path, nil) else {
      throw FileWriteError(path: path, reason: "is a symbolic link to a missing file; nnbook does not replace the link")
    }
    path = String(cString: resolved)
    free(resolved)
  }
  let exists = stat(path, &status) == 0
  if exists {
    switch status.st_mode & mode_t(S_IFMT) {
    case mode_t(S_IFREG):
      // Root may write anything: the permission bits say what the owner meant.
      guard status.st_mode & 0o222 != 0, access(path, W_OK) == 0 else {
        throw FileWriteError(path: path, reason: "the file is read-only; make it writable to let nnbook write it")
      }
    case mode_t(S_IFCHR):
      try writeThrough(bytes, to: path)
      return
    case mode_t(S_IFDIR):
      throw FileWriteError(path: path, reason: "is a folder, not a file")
    default:
      throw FileWriteError(
        path: path, reason: "is not a regular file (a FIFO, socket or device); nnbook does not replace it")
    }
  }
  removeStaleTemporaryFiles(of: path)

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
  let mode = exists ? status.st_mode & 0o7777 : 0o644
  guard fchmod(descriptor, mode) == 0 else { throw failure("set the permissions of the temporary file") }

  guard writeAll(bytes, to: descriptor) else { throw failure("write") }
  guard fsync(descriptor) == 0 else { throw failure("flush to disk") }
  closed = true
  guard close(descriptor) == 0 else { throw failure("close the temporary file") }
  guard rename(temporaryPath, path) == 0 else { throw failure("replace the file") }
  renamed = true
}

/// Writes every byte, retrying after interruptions; false on an error (in `errno`).
private func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
  var written = 0
  while written < bytes.count {
    let count = bytes[written...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
    if count < 0 {
      if errno == EINTR { continue }
      return false
    }
    written += count
  }
  return true
}

/// Writes to a character device (`-o /dev/null`, a terminal) in place: renaming a
/// regular file over it would replace the device.
private func writeThrough(_ bytes: [UInt8], to path: String) throws {
  let descriptor = open(path, O_WRONLY | O_NOCTTY)
  guard descriptor >= 0 else {
    throw FileWriteError(path: path, reason: "cannot open: \(String(cString: strerror(errno)))")
  }
  defer { close(descriptor) }
  guard writeAll(bytes, to: descriptor) else {
    throw FileWriteError(path: path, reason: "cannot write: \(String(cString: strerror(errno)))")
  }
}

/// Removes the temporary files an interrupted write of `path` left beside it
/// (`.name.tmp-XXXXXX`, from a `kill -9` between creating and renaming one).
public func removeStaleTemporaryFiles(of path: String) {
  let slash = path.lastIndex(of: "/")
  let folder = slash.map { String(path[...$0]) } ?? ""
  let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
  let prefix = "." + name + ".tmp-"
  guard let directory = opendir(folder.isEmpty ? "." : folder) else { return }
  defer { closedir(directory) }
  var stale: [String] = []
  while let entry = readdir(directory) {
    // Read the name in place, up to its NUL: glibc allocates a dirent only as long as its
    // name, so copying the whole struct (`entry.pointee`) can read past the end of a page.
    let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name) ?? 0
    let entryName = String(cString: (UnsafeRawPointer(entry) + nameOffset).assumingMemoryBound(to: CChar.self))
    // Only names mkstemp makes from our template: the prefix and six more characters.
    if entryName.hasPrefix(prefix) && entryName.utf8.count == prefix.utf8.count + 6 {
      stale.append(folder + entryName)
    }
  }
  for file in stale {
    var status = stat()
    if lstat(file, &status) == 0 && (status.st_mode & mode_t(S_IFMT)) == mode_t(S_IFREG) { unlink(file) }
  }
}
