/// The lesson as Markdown with this run's outputs in place (`nnbook run --to md`).
public enum MarkdownRenderer {
  /// The same text `update` would write, so the rendition and the source never disagree.
  public static func render(_ document: Document, execution: Execution) throws -> SplicedLesson {
    try Splicer.update(document, with: execution)
  }
}
