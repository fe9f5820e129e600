import Foundation
import Testing

@Suite("check: stale outputs fail, moved errors do not")
struct StalenessTests {
  private let lesson = """
    # Stale

    ```swift
    let scores = [1, 2, 3]
    print(scores.count)
    ```

    ```swift
    //| error: true
    print(scores[3])
    ```

    ```swift
    print("end")
    ```

    """

  @Test func aStaleCellFailsCheckEvenWhenItsOutputIsTheSame() throws {
    let h = try Harness()
    try h.write("lesson.md", lesson)
    #expect(try h.nnbook("update", "lesson.md").status == 0)
    #expect(try h.nnbook("check", "lesson.md").status == 0)
    #expect(try h.nnbook("check", "--no-execute", "lesson.md").status == 0)

    // Same output, different code: the stored output no longer says what produced it.
    let edited = try h.read("lesson.md").replacingOccurrences(of: "print(scores.count)", with: "print(3)")
    try h.write("lesson.md", edited)
    let check = try h.nnbook("check", "lesson.md")
    #expect(check.status == 1)
    #expect(check.stderr.contains("lesson.md:3: error: cell 1 is stale"), "\(check.stderr)")
    #expect(check.stderr.contains("note: 2 later cell(s) are stale too"), "\(check.stderr)")
    #expect(check.stderr.contains("run 'nnbook update lesson.md'"), "\(check.stderr)")

    // The keys alone say so, without running anything (a cell that would fail is not run).
    try h.write("lesson.md", edited.replacingOccurrences(of: "print(\"end\")", with: "print(undefinedName)"))
    let keys = try h.nnbook("check", "--no-execute", "--junit", "report.xml", "lesson.md")
    #expect(keys.status == 1)
    #expect(keys.stderr.contains("lesson.md:3: error: cell 1 is stale"), "\(keys.stderr)")
    #expect(!keys.stderr.contains("undefinedName"), "nothing ran")
    let report = try h.read("report.xml")
    #expect(report.components(separatedBy: "<failure").count - 1 == 3, "\(report)")

    try h.write("lesson.md", edited)
    #expect(try h.nnbook("update", "lesson.md").status == 0)
    #expect(try h.nnbook("check", "lesson.md").status == 0)
  }

  @Test func proseAddedAboveAnExpectedErrorDoesNotFailCheck() throws {
    let h = try Harness()
    try h.write("lesson.md", lesson)
    #expect(try h.nnbook("update", "lesson.md").status == 0)
    let stored = try h.read("lesson.md")
    #expect(stored.contains("lesson.md:15:7: error: index out of range"), "stored as the compiler prints it")

    try h.write(
      "lesson.md", stored.replacingOccurrences(of: "# Stale\n", with: "# Stale\n\nA paragraph\nadded later.\n"))
    let check = try h.nnbook("check", "lesson.md")
    #expect(check.status == 0, "\(check.stderr)")

    // update brings the stored line up to date; nothing else changes.
    #expect(try h.nnbook("update", "lesson.md").status == 0)
    #expect(try h.read("lesson.md").contains("lesson.md:18:7: error: index out of range"))
  }
}

@Suite("check --no-execute on lessons it cannot read")
struct NoExecuteFailureTests {
  @Test func anUnreadableFileIsBadUsageAndAnUnclosedRegionFailsAtItsLine() throws {
    let h = try Harness()
    try Data([0, 1, 2]).write(to: h.folder.appendingPathComponent("binary.md"))
    try h.write("broken.md", "```swift\nprint(1)\n```\n<!-- nnbook:output 0123456789abcdef -->\n```text\n1\n```\n")
    let binary = try h.nnbook("check", "--no-execute", "binary.md")
    #expect(binary.status == 2)
    #expect(binary.stderr.contains("binary.md: error: not a text file"), "\(binary.stderr)")
    let broken = try h.nnbook("check", "--no-execute", "broken.md")
    #expect(broken.status == 1)
    #expect(broken.stderr.contains("broken.md:4:"), "\(broken.stderr)")
  }
}
