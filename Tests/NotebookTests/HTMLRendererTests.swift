import Cells
import Testing

@testable import Notebook

@Suite("HTML page")
struct HTMLRendererTests {
  func render(_ lesson: String, execution makeExecution: ((Document) -> Execution)? = nil) throws -> String {
    let document = try parse(lesson)
    return HTMLRenderer.render(document, execution: makeExecution?(document) ?? executionPrintingNames(of: document))
  }

  @Test func linksToLessonsOpenTheirPages() {
    let html = CommonMark.html(
      from: "Next: [one](02-b.md), [part](../x/03-c.md#goals), [web](https://example.com/a.md), [data](d.csv)\n")
    #expect(html.contains("href=\"02-b.html\""))
    #expect(html.contains("href=\"../x/03-c.html#goals\""))
    #expect(html.contains("href=\"https://example.com/a.md\""))
    #expect(html.contains("href=\"d.csv\""))
  }

  @Test func pageHasTitleMetaAndKaTeX() throws {
    let html = try render("# Gradient *descent*\n\nText.\n")
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    #expect(html.contains("<meta charset=\"utf-8\">"))
    #expect(html.contains("<meta name=\"viewport\""))
    #expect(html.contains("<title>Gradient descent</title>"))
    #expect(html.contains("https://cdn.jsdelivr.net/npm/katex@0.16"))
    #expect(html.contains("contrib/auto-render.min.js"))
  }

  @Test func pipeTablesBecomeTablesWithAlignmentAndInlineMarkdown() throws {
    let html = try render(
      "Intro\n\n| name | value |\n|:-----|------:|\n| **bold** | `x` |\n| a \\| b | 3 |\n\nAfter.\n")
    #expect(html.contains("<table>"))
    #expect(html.contains("<th style=\"text-align: left\">name</th><th style=\"text-align: right\">value</th>"))
    #expect(html.contains("<td style=\"text-align: left\"><strong>bold</strong></td>"))
    #expect(html.contains("<td style=\"text-align: left\">a | b</td>"))
    #expect(!html.contains("|:-----|"))
    #expect(html.contains("<p>Intro</p>"))
    #expect(html.contains("<p>After.</p>"))
  }

  @Test func tableAfterParagraphTextInTheSameParagraph() throws {
    let html = try render("Some text\n| a | b |\n| - | - |\n| 1 | 2 |\n")
    #expect(html.contains("<p>Some text</p>"))
    #expect(html.contains("<td>1</td><td>2</td>"))
  }

  @Test func mathSurvivesMarkdownUntouched() throws {
    let html = try render(
      "Let $a_i * b_j = c_{ij}^*$ and $\\alpha \\_ x$.\n\n$$\n\\sum_{i=1}^{n} x_i * w_i\n$$\n\nCode `$not_math$` stays code.\n"
    )
    #expect(html.contains("<span class=\"math inline\">\\(a_i * b_j = c_{ij}^*\\)</span>"))
    #expect(html.contains("<span class=\"math inline\">\\(\\alpha \\_ x\\)</span>"))
    #expect(html.contains("<div class=\"math display\">\\[\n\\sum_{i=1}^{n} x_i * w_i\n\\]</div>"))
    #expect(html.contains("<code>$not_math$</code>"))
    #expect(!html.contains("<em>"))
  }

  @Test func currencyIsNotMath() throws {
    let html = try render("It costs $5 and $6 today.\n")
    #expect(html.contains("<p>It costs $5 and $6 today.</p>"))
  }

  @Test func mathInCodeBlocksIsCode() throws {
    let html = try render("```python\nprice = \"$a_b$\"\n```\n")
    #expect(html.contains("price = &quot;$a_b$&quot;"))
    #expect(!html.contains("math inline"))
  }

  @Test func mathIsEscapedForHTML() throws {
    let html = try render("Compare $a<b$ here.\n")
    #expect(html.contains("\\(a&lt;b\\)"))
  }

  @Test func cellsAreHighlightedAndOptionLinesHidden() throws {
    let html = try render("```swift\n//| label: intro\nlet x = 42 // answer\nprint(\"hi\", Tensor.zeros([2]))\n```\n")
    #expect(html.contains("<span class=\"kw\">let</span>"))
    #expect(html.contains("<span class=\"num\">42</span>"))
    #expect(html.contains("<span class=\"com\">// answer</span>"))
    #expect(html.contains("<span class=\"str\">&quot;hi&quot;</span>"))
    #expect(html.contains("<span class=\"ty\">Tensor</span>"))
    #expect(!html.contains("//|"))
    #expect(html.contains("<span class=\"tag\">intro</span>"))
    #expect(html.contains("<pre class=\"output\">output of cell 1</pre>"))
  }

  @Test func pythonBlockIsProseNotACell() throws {
    let html = try render("```python\ndef f(x):\n    return x\n```\n")
    #expect(html.contains("<pre><code class=\"language-python\">def f(x):"))
    #expect(!html.contains("class=\"kw\""))
    #expect(!html.contains("class=\"cell"))
  }

  @Test func echoFalseHidesCodeButShowsOutputs() throws {
    let html = try render("```swift\n//| echo: false\nsecretCode()\n```\n")
    #expect(!html.contains("secretCode"))
    #expect(html.contains("output of cell 1"))
  }

  @Test func storedRegionsAreReplacedByThisRunsOutputs() throws {
    let html = try render(
      "```swift\nprint(1)\n```\n<!-- nnbook:output k -->\n```text\nstale output\n```\n<!-- nnbook:end -->\n\n<!-- nnbook:output o -->\n<!-- nnbook:end -->\n"
    )
    #expect(!html.contains("stale output"))
    #expect(!html.contains("nnbook:output"))
    #expect(html.contains("output of cell 1"))
  }

  @Test func errorsTablesFiguresAndNotRunCells() throws {
    let lesson = "```swift\nshow()\n```\n\n```swift\nboom()\n```\n\n```swift\nlater()\n```\n"
    let html = try render(lesson) { document in
      let error = LessonError(path: "lesson.md", line: 6, column: 1, message: "x < y", sourceLine: "boom()")
      return Execution(
        cells: [
          CellExecution(
            index: 0, status: .ok,
            outputs: [
              .table(Table(header: ["k", "v"], rows: [["<a>", "1"]], alignments: [.left, .right])),
              .figure(Figure(svg: "<svg id=\"plot\"></svg>", caption: "A & B", series: [])),
            ]),
          CellExecution(index: 1, status: .failed, error: error),
          CellExecution(index: 2, status: .notRun),
        ], failures: [error.description])
    }
    #expect(html.contains("<td>&lt;a&gt;</td><td style=\"text-align: right\">1</td>"))
    // The figure's own title is drawn in the SVG; without `fig-cap` there is no caption below.
    #expect(html.contains("<figure class=\"figure\"><svg id=\"plot\"></svg></figure>"))
    #expect(html.contains("<pre class=\"error\">lesson.md:6:1: error: x &lt; y\nboom()\n^</pre>"))
    #expect(html.contains("Not run: an earlier cell failed."))
    #expect(html.contains("class=\"banner\""))
  }

  @Test func headingsGetAnchorsAndATableOfContents() throws {
    let html = try render("# Title\n\n## First part\n\ntext\n\n## First part\n\n### Détails & more\n")
    #expect(html.contains("<h2 id=\"first-part\">"))
    #expect(html.contains("<h2 id=\"first-part-1\">"))
    #expect(html.contains("<h3 id=\"détails-more\">"))
    #expect(html.contains("<nav class=\"toc\""))
    #expect(html.contains("<a href=\"#first-part-1\">First part</a>"))
    #expect(!html.contains("<a href=\"#title\">"))
  }

  @Test func rawHTMLInProseSurvives() throws {
    let html = try render("<details><summary>Hint</summary>\n\nUse *ReLU*.\n\n</details>\n")
    #expect(html.contains("<details><summary>Hint</summary>"))
    #expect(html.contains("<em>ReLU</em>"))
  }
}

/// Placeholders are replaced in one pass over the page's bytes.
@Suite struct PlaceholderTests {
  @Test func replacesKnownIdsAndLeavesTheRest() {
    let text = "é<!--P12-->x<!--P7--><!--P-->y<!--P99999999999999999999999-->z<!--P3->ü<!--P5-->"
    let replaced = text.replacingPlaceholders(prefix: "<!--P", suffix: "-->") { id in
      id == 5 ? nil : "[\(id)]"
    }
    #expect(replaced == "é[12]x[7]<!--P-->y<!--P99999999999999999999999-->z<!--P3->ü<!--P5-->")
    #expect("".replacingPlaceholders(prefix: "<!--P", suffix: "-->") { _ in "x" } == "")
    #expect("<!--P1-->".replacingPlaceholders(prefix: "<!--P", suffix: "-->") { "\($0)" } == "1")
  }
}
