import Testing

@testable import Cells

@Suite("Did-you-mean suggestions")
struct SuggestionsTests {
  @Test(arguments: [
    ("eval", "evl", 1),
    ("", "abc", 3),
    ("abc", "", 3),
    ("kitten", "sitting", 3),
    ("lable", "label", 1),
    ("pritn", "print", 1),
    ("Print", "print", 0),
    ("same", "same", 0),
  ])
  func editDistance(_ a: String, _ b: String, _ expected: Int) {
    #expect(Suggestions.editDistance(a, b) == expected)
    #expect(Suggestions.editDistance(b, a) == expected)
  }

  @Test func shortNamesAllowOneEditLongerOnesAThird() {
    #expect(Suggestions.maximumDistance(for: "abc") == 1)
    #expect(Suggestions.maximumDistance(for: "abcd") == 2)
    #expect(Suggestions.maximumDistance(for: "abcdefghi") == 3)
    #expect(Suggestions.closest(to: "ab", in: ["xy"]) == nil)
    #expect(Suggestions.closest(to: "ab", in: ["ax"]) == "ax")
    #expect(Suggestions.closest(to: "relu", in: ["rexx"]) == "rexx")
    #expect(Suggestions.closest(to: "relu", in: ["xxxx"]) == nil)
  }

  @Test func theNearestCandidateWinsAndTiesGoAlphabetically() {
    #expect(Suggestions.closest(to: "pritn", in: ["print", "paint", "min"]) == "print")
    #expect(Suggestions.closest(to: "cat", in: ["cut", "bat"]) == "bat")
    #expect(Suggestions.closest(to: "x", in: ["x"]) == nil, "a name is not a suggestion for itself")
  }
}

@Suite("FNV-1a digests")
struct FNV1aTests {
  @Test func knownValues() {
    // The empty input gives the offset basis; digests must not depend on the machine.
    #expect(FNV1a().hexDigest == "cbf29ce484222325")
    #expect(FNV1a.hexDigest(of: "a") == "af63dc4c8601ec8c")
    var hasher = FNV1a()
    hasher.combine("a".utf8)
    #expect(hasher.hexDigest == "af63dc4c8601ec8c")
    #expect(FNV1a.hexDigest(of: "foobar") == "85944171f73967e8")
  }

  @Test func contiguousAndElementWiseBytesGiveTheSameDigest() {
    // A native string's UTF-8 is hashed as one buffer; a bridged or lazy sequence byte by byte.
    let text = String(repeating: "é<svg> 1.25 ", count: 50)
    var contiguous = FNV1a()
    contiguous.combine(text.utf8)
    var stepped = FNV1a()
    stepped.combine(text.utf8.lazy.map { $0 })
    #expect(contiguous.hexDigest == stepped.hexDigest)
    var array = FNV1a()
    array.combine(Array(text.utf8))
    #expect(array.hexDigest == stepped.hexDigest)
  }

  @Test func combiningInPiecesIsCombiningTheWhole() {
    var pieces = FNV1a()
    pieces.combine("ab".utf8)
    pieces.combine("cd".utf8)
    #expect(pieces.hexDigest == FNV1a.hexDigest(of: "abcd"))
  }
}
