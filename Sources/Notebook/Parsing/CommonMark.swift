internal import CCmark

/// A block of a CommonMark document, with the source lines cmark reports for it.
struct MarkdownBlock: Equatable, Sendable {
  enum Kind: Equatable, Sendable {
    /// A fenced or indented code block; `info` is empty for indented ones.
    case codeBlock(info: String, literal: String)
    case htmlBlock
    case paragraph
    case heading(level: Int)
    case blockQuote
    case list
    case item
    case thematicBreak
    case other
  }

  var kind: Kind
  /// 1-based first line.
  var startLine: Int
  /// 1-based last line. cmark's value is reliable for code blocks and paragraphs,
  /// not for HTML blocks, whose end nnbook finds itself when it needs it.
  var endLine: Int
  /// Blocks inside block quotes, lists and list items.
  var children: [MarkdownBlock]
}

/// The one place nnbook talks to libcmark: it turns cmark's C tree into Swift
/// values at once and frees every C object before returning.
enum CommonMark {
  /// The top-level blocks of a document, with source positions.
  static func blocks(in bytes: [UInt8]) -> [MarkdownBlock] {
    let root = bytes.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) { characters in
        cmark_parse_document(characters.baseAddress, characters.count, CMARK_OPT_SOURCEPOS)
      }
    }
    guard let root else { return [] }
    defer { cmark_node_free(root) }
    return children(of: root)
  }

  /// Renders Markdown to HTML. Raw HTML passes through (lessons may use it);
  /// punctuation is left as written.
  static func html(from markdown: String) -> String {
    var markdown = markdown
    return markdown.withUTF8 { buffer in
      buffer.withMemoryRebound(to: CChar.self) { characters in
        guard let root = cmark_parse_document(characters.baseAddress, characters.count, CMARK_OPT_DEFAULT) else {
          return ""
        }
        defer { cmark_node_free(root) }
        linkLessonsToPages(root)
        guard let rendered = cmark_render_html(root, CMARK_OPT_UNSAFE) else { return "" }
        defer { cmark_get_default_mem_allocator().pointee.free(rendered) }
        return String(cString: rendered)
      }
    }
  }

  /// Links between lessons (`02-activation-functions.md`, `../notebooks/x.md#goals`) point
  /// at the pages nnbook writes next to them (`.html`), so "Next:" opens the page, not
  /// the raw Markdown. Links with a scheme (`https:`) or to other files are left alone.
  private static func linkLessonsToPages(_ root: OpaquePointer) {
    guard let iterator = cmark_iter_new(root) else { return }
    defer { cmark_iter_free(iterator) }
    while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
      guard let node = cmark_iter_get_node(iterator), cmark_node_get_type(node) == CMARK_NODE_LINK,
        let url = cmark_node_get_url(node).map({ String(cString: $0) })
      else { continue }
      if let page = pageURL(forLessonLink: url) { cmark_node_set_url(node, page) }
    }
  }

  /// `lesson.md#part` -> `lesson.html#part`; nil for anything that is not a relative link to a `.md` file.
  static func pageURL(forLessonLink url: String) -> String? {
    if url.contains(":") || url.hasPrefix("/") || url.hasPrefix("#") { return nil }
    let hash = url.firstIndex(of: "#") ?? url.endIndex
    let path = url[..<hash]
    guard path.hasSuffix(".md") else { return nil }
    return path.dropLast(3) + ".html" + url[hash...]
  }

  private static func children(of node: OpaquePointer) -> [MarkdownBlock] {
    var blocks: [MarkdownBlock] = []
    var child = cmark_node_first_child(node)
    while let current = child {
      if let block = block(from: current) { blocks.append(block) }
      child = cmark_node_next(current)
    }
    return blocks
  }

  private static func block(from node: OpaquePointer) -> MarkdownBlock? {
    let kind: MarkdownBlock.Kind
    var hasBlockChildren = false
    switch cmark_node_get_type(node) {
    case CMARK_NODE_CODE_BLOCK:
      kind = .codeBlock(info: string(cmark_node_get_fence_info(node)), literal: string(cmark_node_get_literal(node)))
    case CMARK_NODE_HTML_BLOCK: kind = .htmlBlock
    case CMARK_NODE_PARAGRAPH: kind = .paragraph
    case CMARK_NODE_HEADING: kind = .heading(level: Int(cmark_node_get_heading_level(node)))
    case CMARK_NODE_BLOCK_QUOTE:
      kind = .blockQuote
      hasBlockChildren = true
    case CMARK_NODE_LIST:
      kind = .list
      hasBlockChildren = true
    case CMARK_NODE_ITEM:
      kind = .item
      hasBlockChildren = true
    case CMARK_NODE_THEMATIC_BREAK: kind = .thematicBreak
    case CMARK_NODE_CUSTOM_BLOCK: kind = .other
    default: return nil  // Inline nodes are not blocks.
    }
    return MarkdownBlock(
      kind: kind,
      startLine: Int(cmark_node_get_start_line(node)),
      endLine: Int(cmark_node_get_end_line(node)),
      children: hasBlockChildren ? children(of: node) : []
    )
  }

  private static func string(_ pointer: UnsafePointer<CChar>?) -> String {
    pointer.map { String(cString: $0) } ?? ""
  }
}
