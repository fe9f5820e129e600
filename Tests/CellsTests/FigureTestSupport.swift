import Foundation
import Testing

@testable import Cells

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// The figures a cell displayed (as its last value or through `show`); records a failure
/// if the cell raised an error.
func figures(_ cell: String, sourceLocation: SourceLocation = #_sourceLocation) -> [Figure] {
  let result = Session().run(cell, timeout: 30)
  if let error = result.error {
    Issue.record("unexpected error \(error)", sourceLocation: sourceLocation)
  }
  return result.outputs.compactMap { output in
    if case .figure(let figure) = output { return figure }
    return nil
  }
}

/// The one figure a cell displayed.
func drawnFigure(_ cell: String, sourceLocation: SourceLocation = #_sourceLocation) -> Figure? {
  let all = figures(cell, sourceLocation: sourceLocation)
  #expect(all.count == 1, "expected one figure, got \(all.count)", sourceLocation: sourceLocation)
  return all.first
}

/// A series of a figure by name, or a recorded failure listing the names there are.
func series(_ name: String, of figure: Figure?, sourceLocation: SourceLocation = #_sourceLocation) -> [Double] {
  guard let figure else { return [] }
  guard let found = figure.series.first(where: { $0.name == name }) else {
    Issue.record("no series '\(name)'; there are \(figure.series.map(\.name))", sourceLocation: sourceLocation)
    return []
  }
  return found.values
}

/// The XML elements of a document, as (name, attributes) in document order, or the parse error.
final class XMLElements: NSObject, XMLParserDelegate {
  var elements: [(name: String, attributes: [String: String])] = []
  var texts: [String: String] = [:]
  private var current: [String] = []

  static func parse(_ text: String) -> Result<XMLElements, Error> {
    let collector = XMLElements()
    let parser = XMLParser(data: Data(text.utf8))
    parser.delegate = collector
    if parser.parse() { return .success(collector) }
    return .failure(parser.parserError ?? CocoaError(.fileReadCorruptFile))
  }

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
    attributes: [String: String] = [:]
  ) {
    elements.append((elementName, attributes))
    current.append(elementName)
  }

  func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
    current.removeLast()
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    if let name = current.last { texts[name, default: ""] += string }
  }
}
