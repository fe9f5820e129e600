import Testing

@testable import Cells

/// A struct whose field default builds the struct again recurses forever in Swift too; in a
/// cell it must stop at a located error, not overflow the native stack (the fuzzer found it).
@Suite("Field defaults that build their own type")
struct FieldDefaultRecursionTests {
  @Test(arguments: [
    "struct Node {\n  var next = Node()\n  init() {}\n}\nlet n = Node()\nprint(1)\n",
    "struct Node {\n  var value = 1\n  var next = Node(value: 2)\n}\nlet n = Node(value: 0)\nprint(1)\n",
  ])
  func endsInALocatedError(_ source: String) throws {
    let result = Session().run(source, timeout: 20)
    let error = try #require(result.error)
    #expect(error.message.contains("recursion too deep"), "\(error.message)")
    #expect(error.line > 0)
  }
}
