internal import CCmark
import Foundation

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
  /// punctuation is left as written. GitHub's strikethrough, task lists and bare links
  /// render as on GitHub (`GitHubInlines`).
  ///
  /// - Parameter imageFolder: the lesson's folder (`""` for the current one): images it
  ///   holds are put into the page as data URLs, so the page stands alone. Nil: left as links.
  static func html(from markdown: String, imageFolder: String? = nil) -> String {
    var markdown = markdown
    return markdown.withUTF8 { buffer in
      buffer.withMemoryRebound(to: CChar.self) { characters in
        guard let root = cmark_parse_document(characters.baseAddress, characters.count, CMARK_OPT_DEFAULT) else {
          return ""
        }
        defer { cmark_node_free(root) }
        linkLessonsToPages(root)
        cmark_consolidate_text_nodes(root)
        addGitHubInlines(root)
        if let imageFolder { inlineLocalImages(root, folder: imageFolder) }
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

  /// Every node of the tree, in document order (collected first, so the tree can change after).
  private static func nodes(of root: OpaquePointer) -> [OpaquePointer] {
    guard let iterator = cmark_iter_new(root) else { return [] }
    defer { cmark_iter_free(iterator) }
    var nodes: [OpaquePointer] = []
    while true {
      let event = cmark_iter_next(iterator)
      if event == CMARK_EVENT_DONE { break }
      if event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) { nodes.append(node) }
    }
    return nodes
  }

  private static func type(_ node: OpaquePointer?) -> cmark_node_type {
    node.map(cmark_node_get_type) ?? CMARK_NODE_NONE
  }

  /// Strikethrough in each inline container, task-list checkboxes, then bare links in text
  /// outside links and images.
  private static func addGitHubInlines(_ root: OpaquePointer) {
    let all = nodes(of: root)
    for container in all
    where [
      CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING, CMARK_NODE_EMPH, CMARK_NODE_STRONG,
      CMARK_NODE_LINK,
    ].contains(type(container)) {
      var texts: [OpaquePointer] = []
      var child = cmark_node_first_child(container)
      while let current = child {
        if type(current) == CMARK_NODE_TEXT { texts.append(current) }
        child = cmark_node_next(current)
      }
      let literals = texts.map { string(cmark_node_get_literal($0)) }
      guard literals.contains(where: { $0.containsBytes("~~") }) else { continue }
      for (node, pieces) in zip(texts, GitHubInlines.strikethrough(literals))
      where pieces != [.text(string(cmark_node_get_literal(node)))] {
        replace(node, with: pieces)
      }
    }
    for item in all where type(item) == CMARK_NODE_ITEM {
      guard let paragraph = cmark_node_first_child(item), type(paragraph) == CMARK_NODE_PARAGRAPH,
        let text = cmark_node_first_child(paragraph), type(text) == CMARK_NODE_TEXT,
        let (checked, rest) = GitHubInlines.taskMarker(string(cmark_node_get_literal(text)))
      else { continue }
      replace(text, with: [.html(GitHubInlines.checkbox(checked: checked))] + (rest.isEmpty ? [] : [.text(rest)]))
    }
    for text in nodes(of: root) where type(text) == CMARK_NODE_TEXT {
      var ancestor = cmark_node_parent(text)
      var insideLink = false
      while let current = ancestor {
        if type(current) == CMARK_NODE_LINK || type(current) == CMARK_NODE_IMAGE { insideLink = true }
        ancestor = cmark_node_parent(current)
      }
      let literal = string(cmark_node_get_literal(text))
      guard !insideLink,
        literal.containsBytes("http") || literal.containsBytes("www.") || literal.containsBytes("HTTP")
          || literal.containsBytes("WWW.")
      else { continue }
      let pieces = GitHubInlines.autolinked(literal)
      if pieces != [.text(literal)] { replace(text, with: pieces) }
    }
  }

  /// Puts new nodes for `pieces` where `node` is, and frees it.
  private static func replace(_ node: OpaquePointer, with pieces: [GitHubInlines.Piece]) {
    for piece in pieces {
      let new: OpaquePointer?
      switch piece {
      case .text(let text):
        new = cmark_node_new(CMARK_NODE_TEXT)
        if let new { cmark_node_set_literal(new, text) }
      case .html(let html):
        new = cmark_node_new(CMARK_NODE_HTML_INLINE)
        if let new { cmark_node_set_literal(new, html) }
      case .link(let url, let text):
        new = cmark_node_new(CMARK_NODE_LINK)
        if let new {
          cmark_node_set_url(new, url)
          if let label = cmark_node_new(CMARK_NODE_TEXT) {
            cmark_node_set_literal(label, text)
            cmark_node_append_child(new, label)
          }
        }
      }
      if let new { cmark_node_insert_before(node, new) }
    }
    cmark_node_unlink(node)
    cmark_node_free(node)
  }

  /// Images in the lesson's folder as data URLs (`![](diagram.png)`); remote images, and
  /// files outside the folder or not images, are left as they are.
  private static func inlineLocalImages(_ root: OpaquePointer, folder: String) {
    for image in nodes(of: root) where type(image) == CMARK_NODE_IMAGE {
      let url = string(cmark_node_get_url(image))
      if let data = LocalImage.dataURL(for: url, in: folder) { cmark_node_set_url(image, data) }
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
