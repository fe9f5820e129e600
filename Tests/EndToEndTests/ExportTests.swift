import Foundation
import Testing

private let exported = """
  # Export

  Prose with $x^2$.

  ```swift
  print("hello")
  print("world")
  ```

  More prose.

  ```swift
  table(["x": [1.0, 2.0], "y": [3.0, 4.0]])
  ```

  ```swift
  //| label: squares
  plot([1.0, 2.0, 3.0], [1.0, 4.0, 9.0], title: "squares")
  ```

  ```swift
  //| error: true
  let z = undefinedName
  ```

  ```swift
  //| eval: false
  print("never")
  ```

  """

@Suite("run --to ipynb")
struct ExportTests {
  @Test func aLessonBecomesAJupyterNotebookWithItsOutputs() throws {
    let h = try Harness()
    try h.write("l.md", exported)
    // Stored regions must not show up as prose in the notebook.
    #expect(try h.nnbook("update", "l.md").status == 0)
    let result = try h.nnbook("run", "--to", "ipynb", "l.md")
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("wrote l.ipynb"))

    let json = try #require(JSONSerialization.jsonObject(with: Data(h.read("l.ipynb").utf8)) as? [String: Any])
    #expect(json["nbformat"] as? Int == 4)
    #expect(json["nbformat_minor"] as? Int == 5)
    let metadata = try #require(json["metadata"] as? [String: Any])
    #expect((metadata["kernelspec"] as? [String: String])?["name"] != nil)
    let cells = try #require(json["cells"] as? [[String: Any]])
    #expect(
      cells.map { $0["cell_type"] as? String } == [
        "markdown", "code", "markdown", "code", "code", "code", "code",
      ])
    let ids = cells.compactMap { $0["id"] as? String }
    #expect(Set(ids).count == cells.count)
    for cell in cells {
      let source = try #require(cell["source"] as? [String])
      #expect(!source.joined().contains("nnbook:output"), "regions are not prose: \(source)")
      #expect(cell["metadata"] is [String: Any])
    }
    #expect((cells[0]["source"] as? [String]) == ["# Export\n", "\n", "Prose with $x^2$."])

    func outputs(_ index: Int) -> [[String: Any]] { cells[index]["outputs"] as? [[String: Any]] ?? [] }
    #expect(cells[1]["execution_count"] as? Int == 1)
    #expect(outputs(1).count == 1)
    #expect(outputs(1).first?["output_type"] as? String == "stream")
    #expect(outputs(1).first?["name"] as? String == "stdout")
    #expect((outputs(1).first?["text"] as? [String]) == ["hello\n", "world\n"])

    let table = try #require(outputs(3).first?["data"] as? [String: [String]])
    #expect(outputs(3).first?["output_type"] as? String == "display_data")
    #expect(table["text/html"]?.joined().contains("<table") == true)

    let figure = try #require(outputs(4).first?["data"] as? [String: [String]])
    #expect(figure["image/svg+xml"]?.joined().hasPrefix("<svg") == true)

    let error = try #require(outputs(5).first)
    #expect(error["output_type"] as? String == "error")
    #expect((error["evalue"] as? String)?.contains("undefinedName") == true)
    #expect(((error["traceback"] as? [String]) ?? []).first?.hasPrefix("l.md:") == true)

    #expect(cells[6]["execution_count"] is NSNull)
    #expect(outputs(6).isEmpty)

    // The reference validator, where it is installed.
    let python = "/work/venv/bin/python"
    if FileManager.default.isExecutableFile(atPath: python) {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: python)
      process.arguments = [
        "-c",
        "import sys\ntry:\n import nbformat\nexcept ImportError:\n sys.exit(0)\nnbformat.validate(nbformat.read(sys.argv[1], as_version=4))",
        h.folder.appendingPathComponent("l.ipynb").path,
      ]
      try process.run()
      process.waitUntilExit()
      #expect(process.terminationStatus == 0, "nbformat rejects the notebook")
    }
  }
}
