import Foundation
import Testing

/// What `update` and `run -o` may write: the lesson (through a link), never a link,
/// a device, a FIFO or a read-only file in its place (issue 14, class 4).
@Suite("Files nnbook must not replace")
struct FileSafetyTests {
  let cell = "# x\n\n```swift\nprint(6 * 7)\n```\n"

  func kind(_ path: String) throws -> FileAttributeType? {
    try FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType
  }

  @Test func updateThroughASymlinkWritesTheTargetAndKeepsTheLink() throws {
    let h = try Harness()
    let target = try h.write("real.md", cell)
    try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: target)
    let link = h.folder.appendingPathComponent("link.md").path
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "real.md")
    let result = try h.nnbook("update", "link.md")
    #expect(result.status == 0, "\(result.stderr)")
    #expect(try kind(link) == .typeSymbolicLink)
    #expect(try h.read("real.md").contains("42"))
    let permissions = try FileManager.default.attributesOfItem(atPath: target)[.posixPermissions] as? Int
    #expect(permissions == 0o600)
    #expect(try h.nnbook("check", "link.md").status == 0)
  }

  @Test func aReadOnlyLessonIsRefusedWithExitTwo() throws {
    let h = try Harness()
    let path = try h.write("ro.md", cell)
    try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: path)
    let result = try h.nnbook("update", "ro.md")
    #expect(result.status == 2)
    #expect(result.stderr.contains("read-only"), "\(result.stderr)")
    #expect(!result.stderr.contains("error: cannot write: "), "one prefix: \(result.stderr)")
    #expect(try h.read("ro.md") == cell)
  }

  @Test func runOutputWritesThroughADeviceAndRefusesAFIFO() throws {
    let h = try Harness()
    try h.write("l.md", cell)
    // A null device of our own (making one needs root): the system's /dev/null is not
    // ours to risk if this ever regresses.
    let device = h.folder.appendingPathComponent("null").path
    if mknod(device, mode_t(S_IFCHR) | 0o666, dev_t(1 << 8 | 3)) == 0 {  // major 1, minor 3: Linux's null device
      let null = try h.nnbook("run", "l.md", "-o", "null")
      #expect(null.status == 0, "\(null.stderr)")
      var status = stat()
      #expect(lstat(device, &status) == 0 && (status.st_mode & mode_t(S_IFMT)) == mode_t(S_IFCHR))
    }

    let fifo = h.folder.appendingPathComponent("pipe").path
    #expect(mkfifo(fifo, 0o644) == 0)
    let refused = try h.nnbook("run", "l.md", "-o", "pipe")
    #expect(refused.status == 2)
    #expect(refused.stderr.contains("not a regular file"), "\(refused.stderr)")
    var status = stat()
    #expect(lstat(fifo, &status) == 0 && (status.st_mode & mode_t(S_IFMT)) == mode_t(S_IFIFO))
  }

  @Test func runOutputOntoASymlinkWritesItsTarget() throws {
    let h = try Harness()
    try h.write("l.md", cell)
    try h.write("out.html", "old")
    let link = h.folder.appendingPathComponent("out-link.html").path
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "out.html")
    let result = try h.nnbook("run", "l.md", "-o", "out-link.html")
    #expect(result.status == 0, "\(result.stderr)")
    #expect(try kind(link) == .typeSymbolicLink)
    #expect(try h.read("out.html").contains("42"))
  }

  @Test func staleTemporaryFilesOfALessonAreRemovedOnTheNextRun() throws {
    let h = try Harness()
    try h.write("l.md", cell)
    try h.write(".l.md.tmp-AbC123", "partial")
    try h.write(".other.md.tmp-AbC123", "not ours to judge")
    try h.write(".l.md.tmp-notmkstemp", "not our pattern")
    #expect(try h.nnbook("update", "l.md").status == 0)
    #expect(try h.nnbook("update", "l.md").status == 0)
    let names = try FileManager.default.contentsOfDirectory(atPath: h.folder.path).sorted()
    #expect(names == [".l.md.tmp-notmkstemp", ".other.md.tmp-AbC123", "l.md"])
  }

  @Test func aFilesFolderLinkedOutsideTheLessonFolderIsRefused() throws {
    let h = try Harness()
    let outside = FileManager.default.temporaryDirectory.appendingPathComponent("nnbook-outside-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: outside) }
    try FileManager.default.createSymbolicLink(
      atPath: h.folder.appendingPathComponent("f_files").path, withDestinationPath: outside.path)
    try h.write("f.md", "# x\n\n```swift\nplot([1.0, 2.0, 3.0])\n```\n")
    let result = try h.nnbook("update", "f.md")
    #expect(result.status == 2)
    #expect(result.stderr.contains("outside the lesson's folder"), "\(result.stderr)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: outside.path).isEmpty)
  }
}
