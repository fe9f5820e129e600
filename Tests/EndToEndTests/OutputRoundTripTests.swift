import Foundation
import Testing

/// Whatever a cell prints, `update` writes a lesson that reads back the same: a second
/// `update` changes nothing and `check` passes (issue 14, class 3).
@Suite("Printed control characters round-trip through the lesson")
struct OutputRoundTripTests {
  @Test(arguments: [
    #"print("a\rb")"#,
    #"print("p\r\nq")"#,
    #"print("x\0y")"#,
    #"print("\r")"#,
    #"print("end\r", terminator: "")"#,
    #"print(String(format: "%.", 1.0))"#,
    #"fatalError("bad\0\r")"#,
  ])
  func updateIsIdempotentAndCheckPasses(_ cell: String) throws {
    let h = try Harness()
    try h.write(
      "l.md",
      "# x\n\n```swift\n//| error: true\n\(cell)\n```\n".replacingOccurrences(
        of: "//| error: true\n", with: cell.contains("fatalError") ? "//| error: true\n" : ""))
    let first = try h.nnbook("update", "l.md")
    #expect(first.status == 0 || cell.contains("String(format"), "\(first.stderr)")
    let once = try h.bytes("l.md")
    #expect(!once.contains(0))
    #expect(!once.contains(UInt8(ascii: "\r")))
    _ = try h.nnbook("update", "l.md")
    #expect(try h.bytes("l.md") == once)
    let check = try h.nnbook("check", "l.md")
    #expect(check.status == first.status, "\(check.stderr)")
  }
}
