/// The HTML page around a rendered lesson: styles, KaTeX, table of contents, banner, footer.
struct PageTemplate {
  /// The title, already HTML.
  var title: String
  /// The rendered lesson.
  var body: String
  var outline: [HeadingOutline.Entry]
  /// A notice shown above the lesson, already HTML.
  var banner: String?
  /// The footer text, already HTML.
  var footer: String
  var math: MathTypesetting = .cdn

  /// KaTeX typesets the math when the page is online; offline the TeX stays readable.
  static let katexVersion = "0.16.11"

  /// Typesets the `\\(...\\)` and `\\[...\\]` spans `MathProtector` leaves in the page.
  static let renderMathCall =
    "renderMathInElement(document.body, {delimiters: [{left: '\\\\[', right: '\\\\]', display: true}, {left: '\\\\(', right: '\\\\)', display: false}], throwOnError: false})"

  private var mathHead: String {
    switch math {
    case .none:
      return ""
    case .embedded(let katex):
      return katex.headHTML(renderCall: Self.renderMathCall)
    case .cdn:
      let katex = "https://cdn.jsdelivr.net/npm/katex@\(Self.katexVersion)/dist"
      return """
        <link rel="stylesheet" href="\(katex)/katex.min.css" crossorigin="anonymous">
        <script defer src="\(katex)/katex.min.js" crossorigin="anonymous"></script>
        <script defer src="\(katex)/contrib/auto-render.min.js" crossorigin="anonymous"
          onload="\(Self.renderMathCall)"></script>
        """
    }
  }

  var html: String {
    var page = """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <meta name="generator" content="nnbook">
      <title>\(title)</title>
      \(mathHead)
      <style>
      \(Self.css)
      </style>
      </head>
      <body>

      """
    let contents = tableOfContents
    page += "<div class=\"page\(contents.isEmpty ? "" : " has-toc")\">\n"
    page += contents
    page += "<main class=\"lesson\">\n"
    if let banner { page += "<div class=\"banner\">\(banner)</div>\n" }
    page += body
    page += "<footer class=\"page-footer\">\(footer)</footer>\n</main>\n</div>\n</body>\n</html>\n"
    return page
  }

  /// Sections and subsections; the first top-level heading is the page title, not an entry.
  private var tableOfContents: String {
    let entries = outline.filter { (2...3).contains($0.level) }
    guard entries.count >= 2 else { return "" }
    var html = "<nav class=\"toc\" aria-label=\"Contents\">\n<div class=\"toc-title\">Contents</div>\n<ul>\n"
    for entry in entries {
      html += "<li class=\"toc-level-\(entry.level)\"><a href=\"#\(entry.id)\">\(entry.title)</a></li>\n"
    }
    return html + "</ul>\n</nav>\n"
  }

  static let css = """
    :root {
      color-scheme: light dark;
      --text: #1f2328; --muted: #656d76; --faint: #8c959f; --background: #ffffff;
      --surface: #f6f8fa; --border: #d0d7de; --accent: #0969da; --accent-soft: #ddf4ff;
      --output: #fbfcfd; --error: #b42318; --error-background: #fef3f2; --error-border: #f04438;
      --warning: #9a6700; --warning-background: #fff8c5; --zebra: #f6f8fa;
      --kw: #cf222e; --ty: #8250df; --str: #0a3069; --num: #0550ae; --com: #6e7781;
      --attr: #8250df; --arg: #953800; --op: #cf222e; --var: #116329;
      --mono: ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace;
    }
    @media (prefers-color-scheme: dark) {
      :root {
        --text: #e6edf3; --muted: #9198a1; --faint: #6e7681; --background: #0d1117;
        --surface: #161b22; --border: #30363d; --accent: #4493f8; --accent-soft: #12263f;
        --output: #0f141a; --error: #ffa198; --error-background: #2d1214; --error-border: #f85149;
        --warning: #d29922; --warning-background: #2e2410; --zebra: #161b22;
        --kw: #ff7b72; --ty: #d2a8ff; --str: #a5d6ff; --num: #79c0ff; --com: #8b949e;
        --attr: #d2a8ff; --arg: #ffa657; --op: #ff7b72; --var: #7ee787;
      }
      /* Figures are drawn for a white page. */
      .figure svg { background: #ffffff; border-radius: 0.3rem; }
    }
    * { box-sizing: border-box; }
    html { -webkit-text-size-adjust: 100%; scroll-padding-top: 1rem; }
    body {
      margin: 0; background: var(--background); color: var(--text);
      font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", Arial, sans-serif;
      font-size: 1.0625rem; line-height: 1.65;
    }
    .page { max-width: 48rem; margin: 0 auto; padding: 2.5rem 1.25rem 3rem; }
    .lesson > :first-child { margin-top: 0; }
    h1, h2, h3, h4, h5, h6 { line-height: 1.25; margin: 2.2em 0 0.6em; font-weight: 650; position: relative; }
    h1 { font-size: 2.1rem; margin-top: 0.5em; letter-spacing: -0.01em; }
    h2 { font-size: 1.5rem; padding-bottom: 0.3em; border-bottom: 1px solid var(--border); }
    h3 { font-size: 1.2rem; }
    h4 { font-size: 1.05rem; }
    .anchor { margin-left: 0.4em; color: var(--faint); text-decoration: none; opacity: 0; font-weight: 400; }
    h1:hover .anchor, h2:hover .anchor, h3:hover .anchor, h4:hover .anchor, .anchor:focus { opacity: 1; }
    p, ul, ol, blockquote, .table-wrap, figure { margin: 0 0 1.1em; }
    a { color: var(--accent); text-underline-offset: 0.15em; }
    img, svg { max-width: 100%; height: auto; }
    hr { border: 0; border-top: 1px solid var(--border); margin: 2.5em 0; }
    blockquote { padding: 0.2em 1em; color: var(--muted); border-left: 0.25em solid var(--border); }
    li + li { margin-top: 0.25em; }
    li:has(> .task-list-item-checkbox), li:has(> p > .task-list-item-checkbox) { list-style: none; }
    .task-list-item-checkbox { margin: 0 0.35em 0 -1.4em; vertical-align: middle; }
    code, pre { font-family: var(--mono); font-size: 0.875rem; }
    :not(pre) > code { background: var(--surface); border: 1px solid var(--border); border-radius: 0.3em; padding: 0.1em 0.35em; font-size: 0.85em; }
    pre { background: var(--surface); border: 1px solid var(--border); border-radius: 0.5rem; padding: 0.85rem 1rem;
      overflow-x: auto; white-space: pre; line-height: 1.5; tab-size: 4; margin: 0 0 1.1em; }
    .table-wrap { overflow-x: auto; }
    table { border-collapse: collapse; font-size: 0.9375rem; font-variant-numeric: tabular-nums; }
    th, td { border: 1px solid var(--border); padding: 0.35em 0.75em; text-align: left; }
    th { background: var(--surface); font-weight: 600; }
    tbody tr:nth-child(even) { background: var(--zebra); }
    .math.display { display: block; overflow-x: auto; text-align: center; margin: 1em 0; }
    .cell { margin: 1.4em 0 1.6em; }
    .cell-code { position: relative; }
    .cell-code pre { margin: 0; border-left: 3px solid var(--accent); }
    .cell-code + .cell-output { border-top: 0; border-radius: 0 0 0.5rem 0.5rem; }
    .cell-code:has(+ .cell-output) pre { border-bottom-left-radius: 0; border-bottom-right-radius: 0; }
    .cell-tags { position: absolute; top: -0.7rem; right: 0.75rem; display: flex; gap: 0.35rem; }
    .tag { font: 600 0.68rem/1.6 system-ui, sans-serif; text-transform: uppercase; letter-spacing: 0.04em;
      color: var(--muted); background: var(--background); border: 1px solid var(--border); border-radius: 1em; padding: 0 0.6em; }
    .tag-muted { color: var(--faint); }
    .tag-warning { color: var(--warning); background: var(--warning-background); border-color: var(--warning); }
    .tag-error { color: var(--error); background: var(--error-background); border-color: var(--error-border); }
    .cell-output { background: var(--output); border: 1px solid var(--border); border-radius: 0.5rem;
      padding: 0.4rem 1rem 0.8rem; }
    .output-label { font: 600 0.68rem/1.6 system-ui, sans-serif; text-transform: uppercase; letter-spacing: 0.06em;
      color: var(--faint); margin-bottom: 0.3rem; }
    .cell-output pre { background: none; border: 0; padding: 0; margin: 0 0 0.6em; border-radius: 0; }
    .cell-output > :last-child { margin-bottom: 0; }
    .cell-output .table-wrap { margin: 0.3em 0 0.8em; }
    .cell-output pre.error { color: var(--error); background: var(--error-background); border-left: 3px solid var(--error-border);
      border-radius: 0.3rem; padding: 0.6rem 0.8rem; }
    .cell-output pre.error.expected { color: var(--warning); background: var(--warning-background); border-left-color: var(--warning); }
    .cell-failed .cell-code pre { border-left-color: var(--error-border); }
    .cell-not-run .cell-code pre, .cell-skipped .cell-code pre { border-left-color: var(--border); }
    .cell-not-run .cell-output { padding: 0.5rem 1rem; }
    .cell-note { color: var(--faint); font-size: 0.85rem; font-style: italic; }
    .figure { margin: 0.4em 0 0.8em; text-align: center; }
    .figure svg { display: block; margin: 0 auto; }
    figcaption { color: var(--muted); font-size: 0.9rem; margin-top: 0.4em; }
    /* A figure wider than the column (a grid of panels) leaves it, centred, up to 1rem from the window's
       edges; on a phone it keeps its text legible and scrolls sideways instead of shrinking. */
    .figure-wide { --fw: min(var(--figure-width), calc(100vw - 2rem)); width: var(--fw);
      margin-left: calc(50% - var(--fw) / 2); overflow-x: auto; }
    .figure-wide svg { max-width: none !important; width: max(100%, calc(var(--figure-width) * 0.9)); }
    .kw { color: var(--kw); } .ty { color: var(--ty); } .str { color: var(--str); } .num { color: var(--num); }
    .com { color: var(--com); font-style: italic; } .attr { color: var(--attr); } .arg { color: var(--arg); }
    .op { color: var(--op); } .var { color: var(--var); }
    .banner { background: var(--error-background); color: var(--error); border: 1px solid var(--error-border);
      border-radius: 0.5rem; padding: 0.75rem 1rem; margin-bottom: 2rem; font-size: 0.95rem; }
    .toc { background: var(--surface); border: 1px solid var(--border); border-radius: 0.5rem; padding: 0.9rem 1.2rem;
      margin-bottom: 2rem; font-size: 0.9rem; }
    .toc-title { font-weight: 650; text-transform: uppercase; letter-spacing: 0.06em; font-size: 0.75rem; color: var(--muted); margin-bottom: 0.4rem; }
    .toc ul { list-style: none; margin: 0; padding: 0; }
    .toc li { margin: 0.2em 0; }
    .toc .toc-level-3 { padding-left: 1em; font-size: 0.95em; }
    .toc a { color: var(--text); text-decoration: none; }
    .toc a:hover { color: var(--accent); text-decoration: underline; }
    .page-footer { margin-top: 4rem; padding-top: 1rem; border-top: 1px solid var(--border); color: var(--faint); font-size: 0.85rem; }
    @media (min-width: 76rem) {
      .page.has-toc { max-width: 70rem; display: grid; grid-template-columns: 15rem minmax(0, 48rem); gap: 3.5rem; justify-content: center; }
      .toc { position: sticky; top: 2rem; align-self: start; max-height: calc(100vh - 4rem); overflow-y: auto;
        background: none; border: 0; border-left: 1px solid var(--border); border-radius: 0; padding: 0 0 0 1rem; margin: 4.2rem 0 0; }
      /* Beside the contents, a wide figure reaches into the gap on the left and the margin on the right. */
      .has-toc .figure-wide { --fw: min(var(--figure-width), calc(50vw + 16.5rem));
        margin-left: max(-4rem, calc(50% - var(--fw) / 2)); }
    }
    @media print {
      .toc, .anchor { display: none; }
      pre { white-space: pre-wrap; }
    }
    """
}
