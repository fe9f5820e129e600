import ArgumentParser
import Cells
import Foundation
import Notebook

struct Run: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run",
    abstract: "Execute lessons and write them with their outputs, as HTML (default) or Markdown.",
    discussion: """
      Writes LESSON.html next to each lesson (LESSON.out.md with --to md, LESSON.ipynb
      with --to ipynb); the lesson itself is not modified (use 'nnbook update' for that).
      """
  )

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case html, md, ipynb
  }

  @OptionGroup var arguments: LessonArguments

  @OptionGroup var reporting: RunReportOptions

  @Option(name: .customLong("to"), help: "Output format: html, md, or ipynb (a Jupyter notebook).")
  var format: Format = .html

  enum MathMode: String, ExpressibleByArgument, CaseIterable {
    case auto, embed, cdn, none

    /// Whether pages put KaTeX inside when it is installed.
    var embedsKaTeX: Bool { self == .auto || self == .embed }
  }

  @Option(
    help: ArgumentHelp(
      "How the HTML page typesets math: auto (embed when KaTeX is installed, else cdn), embed (KaTeX inside the page, works offline), cdn, or none.",
      discussion:
        "embed reads KaTeX from \(KaTeXBundle.debianFolder) ('apt-get install libjs-katex') or from the folder NNBOOK_KATEX names."
    ))
  var math: MathMode = .auto

  @Option(
    name: .shortAndLong,
    help: "Where to write the output (only with a single lesson); '-' writes it to standard output.")
  var output: String?

  func validate() throws {
    if output != nil && arguments.lessons.count != 1 {
      throw ValidationError("-o/--output needs exactly one lesson")
    }
  }

  func run() throws {
    try Self.perform(
      lessons: arguments.lessons, format: format, math: math, output: output, timings: reporting.timings,
      verbose: reporting.verbose)
  }

  /// `nnbook run LESSON...` with no options, which is most runs: the same work as the
  /// parsed command, without swift-argument-parser's reflection over every command's
  /// properties (about 26 million instructions, half of a one-cell lesson's run, most of
  /// it the Swift runtime scanning the binary's conformance records). Anything else
  /// (an option, `--`, `-` or no lesson at all) goes through the parser.
  static func runPlainInvocation(_ arguments: [String]) throws -> Bool {
    guard arguments.count >= 3, arguments[1] == "run" else { return false }
    let lessons = Array(arguments[2...])
    guard lessons.allSatisfy({ !$0.isEmpty && !$0.hasPrefix("-") }) else { return false }
    try perform(lessons: lessons, format: .html, math: .auto, output: nil, timings: false, verbose: false)
    return true
  }

  static func perform(
    lessons: [String], format: Format, math: MathMode, output: String?, timings: Bool, verbose: Bool
  ) throws {
    var console = Console()
    console.keepsStandardOutputForResults = output == "-"
    var loop = LessonLoop(console: console, numbering: .asRead)
    loop.refusesNonLessons = true
    loop.showsTimings = timings
    loop.streamsPrints = verbose
    // The page's own work runs on another core while the lesson's cells run: KaTeX read
    // once, and each lesson's prose and highlighted code (`HTMLRenderer.prepare`). No
    // thread is started for a format without pages.
    let katex =
      format == .html && math.embedsKaTeX
      ? Background { KaTeXBundle.load(from: KaTeXBundle.defaultFolder) } : nil
    var typesetting: MathTypesetting?
    let pages = PreparedPages()
    if format == .html { loop.beforeRunning = { pages.start($0) } }
    loop.run(lessons) { document, execution in
      if format == .html && typesetting == nil {
        typesetting = Self.mathTypesetting(math, bundle: katex?.value, console: console)
      }
      if output == "-" {
        return Self.writeToStandardOutput(
          document, execution, format: format, math: typesetting ?? .none, console: console)
      }
      let target = output ?? Self.defaultOutputPath(for: document.path, format: format)
      return LessonVerdict.writing(to: target, console: console) {
        switch format {
        case .html:
          let page = pages.take(document) ?? HTMLRenderer.prepare(document)
          try writeAtomically(HTMLRenderer.render(page, execution: execution, math: typesetting ?? .none), to: target)
        case .md:
          let rendition = try MarkdownRenderer.render(document, execution: execution)
          try rendition.write(to: target)
        case .ipynb:
          try writeAtomically(JupyterRenderer.render(document, execution: execution), to: target)
        }
        console.info("wrote \(target)")
        return .done
      }
    }
    try loop.finish()
  }

  /// `-o -`: the page or Markdown goes to standard output, as with pandoc and Quarto; the
  /// Markdown's figure files are written next to the lesson, where its links point.
  static func writeToStandardOutput(
    _ document: Document, _ execution: Execution, format: Format, math: MathTypesetting, console: Console
  ) -> LessonVerdict {
    LessonVerdict.writing(to: "standard output", console: console) {
      let text: String
      switch format {
      case .html: text = HTMLRenderer.render(document, execution: execution, math: math)
      case .ipynb: text = JupyterRenderer.render(document, execution: execution)
      case .md:
        let rendition = try MarkdownRenderer.render(document, execution: execution)
        try rendition.writeFiles(nextTo: document.path)
        text = rendition.text
      }
      FileHandle.standardOutput.write(Data(text.utf8))
      return .done
    }
  }

  /// KaTeX read once for every page; asked-for embedding without KaTeX falls back to the CDN, saying so.
  /// How pages typeset math, KaTeX read from its folder when they embed it.
  static func mathTypesetting(_ math: MathMode, console: Console) -> MathTypesetting {
    mathTypesetting(
      math, bundle: math.embedsKaTeX ? KaTeXBundle.load(from: KaTeXBundle.defaultFolder) : nil, console: console)
  }

  /// How pages typeset math; `bundle` is KaTeX as read from its folder, if it was found.
  static func mathTypesetting(_ math: MathMode, bundle: KaTeXBundle?, console: Console) -> MathTypesetting {
    switch math {
    case .none: return .none
    case .cdn: return .cdn
    case .auto, .embed:
      let folder = KaTeXBundle.defaultFolder
      if let katex = bundle { return .embedded(katex) }
      if math == .embed {
        console.error(
          "nnbook: warning: KaTeX not found in \(folder) (install libjs-katex, or set NNBOOK_KATEX to KaTeX's dist folder); the page loads KaTeX from the CDN"
        )
      }
      return .cdn
    }
  }

  static func defaultOutputPath(for lesson: String, format: Format) -> String {
    let url = URL(fileURLWithPath: lesson)
    let base = url.deletingPathExtension()
    switch format {
    case .html: return relative(base.appendingPathExtension("html").path, like: lesson)
    case .md: return relative(base.path + ".out.md", like: lesson)
    case .ipynb: return relative(base.appendingPathExtension("ipynb").path, like: lesson)
    }
  }

  /// Keeps paths as the user wrote them (relative stays relative).
  private static func relative(_ absolute: String, like lesson: String) -> String {
    guard !lesson.hasPrefix("/") else { return absolute }
    let cwd = FileManager.default.currentDirectoryPath + "/"
    return absolute.hasPrefix(cwd) ? String(absolute.dropFirst(cwd.count)) : absolute
  }
}
