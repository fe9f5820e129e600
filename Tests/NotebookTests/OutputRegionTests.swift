import Cells
import Testing

@testable import Notebook

@Suite("Output regions")
struct OutputRegionTests {
  /// A damaged region (here a comment left open, which cmark closes at the `-->` inside a
  /// fence, so the fence's closing line opens a new one) must not hide the cells after
  /// it: cmark alone reads the rest of the lesson as code until the next bare fence, so the
  /// first update missed the cell and the second, after the region was rewritten, found it
  /// (a lesson libFuzzer's FuzzDocument target made from lesson 06).
  @Test func aDamagedRegionDoesNotHideTheCellsAfterIt() throws {
    let lesson = """
      ```swift
      print(1)
      ```
      <!-- nnbook:output 0123456789abcdef -->
      <!-- an unclosed comment
      ```
      -->
      ```
      <!-- nnbook:end -->

      ```swift
      print(2)
      ```

      Prose.
      """
    let document = try parse(lesson)
    #expect(document.cells.map(\.fenceLine) == [1, 11])
    #expect(document.cells[0].region?.endLine == 9)
    #expect(FuzzProperties.checkLesson(Array(lesson.utf8)) == nil)
  }

  @Test func regionAfterACellIsAttachedAndReadBack() throws {
    let document = try parse(
      """
      ```swift
      print("hi")
      ```

      <!-- nnbook:output 0123456789abcdef -->
      ````text
      hello ``` world
      second line
      ````

      | name | value |
      | --- | ---: |
      | a \\| b | 1.5 |

      ![Loss \\[log\\]](lesson_files/fig-1.svg)
      ```error
      lesson.md:2:1: error: boom
      ```
      <!-- nnbook:end -->
      After.
      """)
    let region = try #require(document.cells[0].region)
    #expect(region.key == "0123456789abcdef")
    #expect(region.startLine == 5)
    #expect(region.endLine == 19)
    #expect(region.bodyLines.first == "````text")
    #expect(region.bodyLines.count == 13)
    #expect(
      region.outputs == [
        .text("hello ``` world\nsecond line"),
        .table(Table(header: ["name", "value"], rows: [["a | b", "1.5"]], alignments: [.left, .right])),
        .figure(caption: "Loss [log]", path: "lesson_files/fig-1.svg"),
        .error("lesson.md:2:1: error: boom"),
      ])
    #expect(document.orphanRegions.isEmpty)
  }

  @Test func regionNotFollowingACellIsAnOrphan() throws {
    let document = try parse(
      """
      Prose.

      <!-- nnbook:output aaaa -->
      ```text
      old
      ```
      <!-- nnbook:end -->

      ```swift
      print(1)
      ```
      Not blank in between.
      <!-- nnbook:output bbbb -->
      <!-- nnbook:end -->
      """)
    #expect(document.cells[0].region == nil)
    #expect(document.orphanRegions.map(\.key) == ["aaaa", "bbbb"])
    #expect(document.orphanRegions.map(\.lines) == [3...7, 13...14])
  }

  @Test func secondRegionAfterACellIsAnOrphan() throws {
    let document = try parse(
      "```swift\nprint(1)\n```\n<!-- nnbook:output a -->\n<!-- nnbook:end -->\n\n<!-- nnbook:output b -->\n<!-- nnbook:end -->\n"
    )
    #expect(document.cells[0].region?.key == "a")
    #expect(document.orphanRegions.map(\.key) == ["b"])
  }

  @Test func unclosedRegionIsALocatedError() throws {
    let error = try #require(parseError("```swift\nprint(1)\n```\n\n<!-- nnbook:output abc -->\n```text\n1\n```\n"))
    #expect(error.line == 5)
    #expect(error.message.hasPrefix("output region opened here is never closed"))
  }

  @Test func endMarkerInsideAFenceDoesNotCloseTheRegion() throws {
    let document = try parse(
      "```swift\nprint(1)\n```\n<!-- nnbook:output k -->\n```text\n<!-- nnbook:end -->\n```\n<!-- nnbook:end -->\nTail\n"
    )
    let region = try #require(document.cells[0].region)
    #expect(region.endLine == 8)
    #expect(region.outputs == [.text("<!-- nnbook:end -->")])
  }

  @Test func markersInsideCodeOrQuotesAreProse() throws {
    let document = try parse(
      "```markdown\n<!-- nnbook:output k -->\n```\n\n> <!-- nnbook:output k -->\n> <!-- nnbook:end -->\n")
    #expect(document.orphanRegions.isEmpty)
  }

  @Test func swiftFenceInsideARegionIsNotACell() throws {
    let document = try parse(
      "```swift\nprint(1)\n```\n<!-- nnbook:output k -->\n```swift\nnot a cell\n```\n<!-- nnbook:end -->\n")
    #expect(document.cells.count == 1)
    #expect(document.cells[0].region?.outputs == [.unrecognized("```swift\nnot a cell")])
  }

  @Test func staleWhenTheKeyDoesNotMatch() throws {
    let fresh = try parse("```swift\nprint(1)\n```\n")
    let key = fresh.cells[0].inputKey
    let stored = try parse("```swift\nprint(1)\n```\n<!-- nnbook:output \(key) -->\n<!-- nnbook:end -->\n")
    #expect(!stored.cells[0].isStale)
    let edited = try parse("```swift\nprint(2)\n```\n<!-- nnbook:output \(key) -->\n<!-- nnbook:end -->\n")
    #expect(edited.cells[0].isStale)
  }

  @Test(arguments: [
    ("<!-- nnbook:output 3f9a -->", "3f9a"),
    ("<!--nnbook:output 3f9a-->", "3f9a"),
    ("  <!-- nnbook:output -->", ""),
  ])
  func openingMarkers(line: String, key: String) {
    #expect(RegionMarker.key(inOpeningLine: line) == key)
  }

  @Test(arguments: ["<!-- nnbook:outputs x -->", "<!-- nnbook:end -->", "<!-- other -->", "text"])
  func notOpeningMarkers(line: String) {
    #expect(RegionMarker.key(inOpeningLine: line) == nil)
  }
}
