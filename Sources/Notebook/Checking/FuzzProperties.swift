import Cells
import Foundation

/// The properties every input must keep, shared by `nnbook fuzz` and the libFuzzer targets
/// in Fuzz/ (docs/FUZZING.md). Each check returns nil when the property held, otherwise
/// what broke; a crash is a failure by itself.
public enum FuzzProperties {
  /// What a failed lesson check leaves for a reproducer: the two updates that differ.
  public struct LessonFailure: Error, CustomStringConvertible {
    public var message: String
    public var first: String?
    public var second: String?
    public var description: String { message }
  }

  /// Parses `bytes` as a lesson and splices outputs printed with every awkward byte (CR,
  /// CRLF, NUL, fences, region markers). Whatever the bytes, parsing ends in a document or
  /// a located error; an updated lesson reads back, a second update changes nothing, and
  /// the bytes outside output regions are those of the input (clearing the update gives
  /// what clearing the input gives).
  public static func checkLesson(_ bytes: [UInt8]) -> LessonFailure? {
    let document: Document
    do {
      document = try Document.parse(bytes: bytes, path: "fuzz.md")
    } catch is DocumentError {
      // Not text (NUL bytes, invalid UTF-8) or an unclosed fence: a document error naming
      // the file, and the line where there is one, is a fine outcome.
      return nil
    } catch {
      return LessonFailure(message: "parsing failed with an error that is not a document error: \(error)")
    }
    let executor = LessonExecutor(runner: echo)
    do {
      let first = try Splicer.update(document, with: executor.execute(document))
      let reread = try Document.parse(text: first.text, path: "fuzz.md")
      let second = try Splicer.update(reread, with: executor.execute(reread))
      if second.text != first.text {
        return LessonFailure(message: "a second update changed the lesson", first: first.text, second: second.text)
      }
      let clearedInput = try Splicer.clear(document).text
      let clearedUpdate = try Splicer.clear(reread).text
      if clearedInput != clearedUpdate {
        return LessonFailure(
          message: "update changed bytes outside the output regions", first: clearedInput, second: clearedUpdate)
      }
    } catch let error as DocumentError where error.line != nil {
      // An unclosed fence and the like: a located document error is a fine outcome.
      return nil
    } catch {
      return LessonFailure(message: "update failed without a location: \(error)")
    }
    return nil
  }

  /// A stand-in engine: each cell "prints" its own first line and the bytes that have
  /// broken lessons before (CR, CRLF, NUL, fences, region markers), and shows a table and
  /// a figure captioned with them.
  static func echo(_ source: String, _ timeout: Double) -> CellResult {
    let first = source.split(separator: "\n", maxSplits: 1).first.map(String.init) ?? ""
    let awkward = first + "\r" + "a\r\nb\0c\n```\n<!-- nnbook:end -->\n~~~]|"
    return CellResult(
      outputs: [
        .text(awkward), .table(Table(header: [awkward, "b"], rows: [[first, "|"]])),
        .figure(Figure(svg: "<svg></svg>", caption: awkward, series: [])),
      ], error: nil)
  }

  /// Runs `source` in a fresh session under a `timeout`-second limit: the session returns
  /// (no trap), within the limit plus `grace` seconds, and an error is located in the cell.
  public static func checkCell(_ source: String, timeout: Double, grace: Double = 5) -> String? {
    let session = Session(filesFolder: nil)
    let start = Date()
    let result = session.run(source, timeout: timeout)
    let seconds = Date().timeIntervalSince(start)
    if seconds > timeout + grace {
      return "the cell ran \(String(format: "%.1f", seconds)) s under a \(timeout) s limit"
    }
    if let error = result.error {
      // Lines as swift-syntax (and cmark, in a lesson) count them: CR and CRLF end a
      // line too.
      let lines = source.reduce(1) { count, character in character.isNewline ? count + 1 : count }
      if error.line < 1 || error.column < 1 || (error.cellsBack == 0 && error.line > lines + 1) {
        return "the error is not located in the cell: \(error)"
      }
    }
    return nil
  }
}
