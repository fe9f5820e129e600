import Foundation
import Testing

@testable import Cells
@testable import Notebook

@Suite("Atomic writes")
struct AtomicWriteTests {
  func temporaryFolder() throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nnbook-write-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    return folder
  }

  @Test func replacesTheFileAndLeavesNoTemporaryFiles() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/lesson.md"
    try writeAtomically("old\r\n", to: path)
    try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: path)
    try writeAtomically("\u{FEFF}new\r\n", to: path)
    #expect(FileManager.default.contents(atPath: path) == Data("\u{FEFF}new\r\n".utf8))
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["lesson.md"])
    let permissions = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
    #expect(permissions == 0o640)
  }

  @Test func failureLeavesTheTargetAsItWas() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    // A folder in the way: the rename fails, the folder stays, no temporary file is left behind.
    let path = folder + "/taken"
    try FileManager.default.createDirectory(atPath: path + "/inside", withIntermediateDirectories: true)
    #expect(throws: FileWriteError.self) { try writeAtomically("text", to: path) }
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["taken"])
    #expect(try FileManager.default.contentsOfDirectory(atPath: path) == ["inside"])
  }

  @Test func missingFolderIsAnError() {
    #expect(throws: FileWriteError.self) { try writeAtomically("text", to: "/nonexistent-nnbook/lesson.md") }
  }
}
