import Foundation
import Testing

@testable import Notebook

@Suite("GitHub-flavoured prose: strikethrough, task lists, bare links, local images")
struct GitHubInlinesTests {
  @Test func strikethroughRendersAsDeletedText() {
    let html = CommonMark.html(from: "Use ~~SGD~~ Adam, ~~a *b* c~~, `~~code~~` and 3 ~~ 4 ~ 5 and ~~~three~~~.\n")
    #expect(html.contains("Use <del>SGD</del> Adam, <del>a <em>b</em> c</del>,"), "\(html)")
    #expect(html.contains("<code>~~code~~</code>"))
    #expect(html.contains("3 ~~ 4 ~ 5"), "a delimiter with space on both sides is text")
    #expect(html.contains("~~~three~~~"))
  }

  @Test func taskListItemsGetCheckboxes() {
    let html = CommonMark.html(from: "- [ ] to do\n- [x] done\n- [y] not a task\n- plain\n")
    #expect(
      html.contains(
        "<li><input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled=\"\" /> to do</li>"), "\(html)")
    #expect(html.contains("disabled=\"\" checked=\"\" /> done</li>"))
    #expect(html.contains("<li>[y] not a task</li>"))
    #expect(html.contains("<li>plain</li>"))
  }

  @Test(arguments: [
    ("See https://pytorch.org/docs.", "See <a href=\"https://pytorch.org/docs\">https://pytorch.org/docs</a>."),
    ("(www.example.com/a_(b))", "(<a href=\"http://www.example.com/a_(b)\">www.example.com/a_(b)</a>)"),
    ("Not a link: xhttps://a.b or www.nodot", "Not a link: xhttps://a.b or www.nodot"),
    ("[text](https://a.org) stays", "<a href=\"https://a.org\">text</a> stays"),
    ("`https://in.code`", "<code>https://in.code</code>"),
  ])
  func bareLinksBecomeLinks(markdown: String, expected: String) {
    let html = CommonMark.html(from: markdown + "\n")
    #expect(html == "<p>\(expected)</p>\n")
  }

  @Test func imagesInTheLessonsFolderAreInlined() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nnbook-img-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"
    try Data(svg.utf8).write(to: folder.appendingPathComponent("diagram.svg"))
    let markdown = "![a](diagram.svg) ![b](missing.png) ![c](https://x.org/y.png) ![d](../outside.png)\n"
    let html = CommonMark.html(from: markdown, imageFolder: folder.path + "/")
    #expect(html.contains("src=\"data:image/svg+xml;base64,\(Data(svg.utf8).base64EncodedString())\""), "\(html)")
    #expect(html.contains("src=\"missing.png\""))
    #expect(html.contains("src=\"https://x.org/y.png\""))
    #expect(html.contains("src=\"../outside.png\""))
  }
}
