import Cells
import Testing

@testable import Notebook

/// Parses a lesson held in a string, recording a test failure (at the caller) if it does not parse.
func parse(_ text: String, path: String = "lesson.md", sourceLocation: SourceLocation = #_sourceLocation) throws
  -> Document
{
  do {
    return try Document.parse(text: text, path: path)
  } catch {
    Issue.record("lesson did not parse: \(error)", sourceLocation: sourceLocation)
    throw error
  }
}

/// The error parsing a lesson gives, recording a test failure if it parses.
func parseError(_ text: String, path: String = "lesson.md", sourceLocation: SourceLocation = #_sourceLocation)
  -> DocumentError?
{
  do {
    _ = try Document.parse(text: text, path: path)
    Issue.record("lesson parsed, but an error was expected", sourceLocation: sourceLocation)
    return nil
  } catch let error as DocumentError {
    return error
  } catch {
    Issue.record("unexpected error \(error)", sourceLocation: sourceLocation)
    return nil
  }
}

/// An execution in which every cell ran and printed the given text (`nil`: printed nothing).
func execution(of document: Document, printing texts: [String?]) -> Execution {
  Execution(
    cells: document.cells.map { cell in
      let text = cell.index < texts.count ? texts[cell.index] : nil
      return CellExecution(index: cell.index, status: .ok, outputs: text.map { [.text($0)] } ?? [])
    })
}

/// An execution in which every cell ran and printed one line naming itself.
func executionPrintingNames(of document: Document) -> Execution {
  execution(of: document, printing: document.cells.map { "output of cell \($0.index + 1)" })
}

/// Updates a lesson's text with an execution and parses the result again.
func update(
  _ text: String, with makeExecution: (Document) -> Execution, sourceLocation: SourceLocation = #_sourceLocation
)
  throws -> String
{
  let document = try parse(text, sourceLocation: sourceLocation)
  return try Splicer.update(document, with: makeExecution(document)).text
}

/// Runs a lesson with a fake engine: `results[source]` or, by default, no outputs and no error.
func run(_ document: Document, results: [String: CellResult] = [:]) -> Execution {
  LessonExecutor(runner: { source, _ in results[source] ?? CellResult(outputs: [], error: nil) }).execute(document)
}
