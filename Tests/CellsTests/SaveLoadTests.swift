import Foundation
import Testing

@testable import Cells

@Suite("save and load: safetensors in the lesson's _files folder")
struct SaveLoadTests {
  /// A fresh folder standing for a lesson's `_files` folder.
  static func folder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("nnbook-files-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  static func run(_ cells: [String], in folder: URL) -> [CellResult] {
    let session = Session(filesFolder: folder)
    return cells.map { session.run($0, timeout: 20) }
  }

  static func text(_ r: CellResult) -> String {
    r.outputs.map { o -> String in
      if case .text(let t) = o { return t }
      return "\(o)"
    }.joined(separator: "\n")
  }

  @Test func savedModelsLoadBackExactly() throws {
    let dir = try Self.folder()
    let results = Self.run(
      [
        """
        seed(3)
        var a = Sequential { Linear(3, 4); ReLU(); BatchNorm(featureCount: 4); Linear(4, 2) }
        a.isTraining = true
        _ = a(Tensor.randomNormal([6, 3]))
        a.isTraining = false
        a.save("mlp")
        """,
        """
        seed(99)
        var b = Sequential { Linear(3, 4); ReLU(); BatchNorm(featureCount: 4); Linear(4, 2) }
        let x = Tensor.randomNormal([5, 3])
        print(a.predict(x).scalars == b.predict(x).scalars)
        b.load("mlp")
        print(a.predict(x).scalars == b.predict(x).scalars)
        """,
      ], in: dir)
    #expect(results.allSatisfy { $0.error == nil }, "\(results.compactMap(\.error))")
    #expect(Self.text(results[1]) == "false\ntrue")
    let bytes = try Data(contentsOf: dir.appendingPathComponent("mlp.safetensors"))
    let names = try SafeTensors.decode([UInt8](bytes)).map(\.name).sorted()
    #expect(
      names == [
        "0.bias", "0.weight", "2.bias", "2.num_batches_tracked", "2.running_mean", "2.running_var", "2.weight",
        "3.bias", "3.weight",
      ])
  }

  @Test func aFileWrittenByPyTorchLoadsAndPredictsTheSame() throws {
    let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    let dir = try Self.folder()
    try FileManager.default.copyItem(
      at: fixtures.appendingPathComponent("torch-mlp.safetensors"),
      to: dir.appendingPathComponent("torch-mlp.safetensors"))
    struct Expected: Decodable {
      let x: [[Double]]
      let y: [[Double]]
    }
    let expected = try JSONDecoder().decode(
      Expected.self, from: Data(contentsOf: fixtures.appendingPathComponent("torch-mlp.json")))
    let x =
      "[" + expected.x.map { "[" + $0.map { "\($0)" }.joined(separator: ", ") + "]" }.joined(separator: ", ") + "]"
    let results = Self.run(
      [
        """
        var m = Sequential { Linear(3, 4); ReLU(); BatchNorm(featureCount: 4); Linear(4, 2) }
        m.load("torch-mlp")
        print(m.predict(Tensor(\(x))).scalars)
        """
      ], in: dir)
    let r = try #require(results.first)
    #expect(r.error == nil, "\(String(describing: r.error))")
    let printed = Self.text(r).dropFirst().dropLast().split(separator: ",").compactMap {
      Double($0.trimmingCharacters(in: .whitespaces))
    }
    let want = expected.y.flatMap { $0 }
    #expect(printed.count == want.count)
    for (a, b) in zip(printed, want) { #expect(abs(a - b) < 1e-5, "\(a) vs PyTorch \(b)") }
  }

  @Test func mismatchedFilesNameTheFirstMismatch() throws {
    let dir = try Self.folder()
    let results = Self.run(
      [
        "let small = Sequential { Linear(2, 3) }\nsmall.save(\"small\")",
        "var wide = Sequential { Linear(2, 4) }\nwide.load(\"small\")",
        "var deep = Sequential { Linear(2, 3); ReLU(); Linear(3, 1) }\ndeep.load(\"small\")",
        "var missing = Sequential { Linear(2, 3) }\nmissing.load(\"nothing-here\")",
      ], in: dir)
    #expect(results[0].error == nil)
    #expect(results[1].error?.message == "load: '0.weight' is [3, 2] in 'small.safetensors' but [4, 2] in the model")
    #expect(results[1].error?.line == 2)
    #expect(results[2].error?.message.contains("has no tensor named '2.weight'") == true)
    #expect(results[3].error?.message.contains("there is no file 'nothing-here.safetensors'") == true)
  }

  @Test(arguments: ["../escape", "/tmp/escape", "a/../../escape", "./x/../../y"])
  func pathsOutsideTheFolderAreRefused(_ name: String) throws {
    let dir = try Self.folder()
    let r = Self.run(["let m = Sequential { Linear(1, 1) }\nm.save(\"\(name)\")"], in: dir)[0]
    #expect(r.error?.message.contains("_files folder") == true, "\(String(describing: r.error))")
  }

  @Test func symbolicLinksOutAreRefused() throws {
    let dir = try Self.folder()
    let outside = try Self.folder()
    try FileManager.default.createSymbolicLink(
      at: dir.appendingPathComponent("link"), withDestinationURL: outside)
    try FileManager.default.createSymbolicLink(
      at: dir.appendingPathComponent("file.safetensors"), withDestinationURL: outside.appendingPathComponent("f"))
    let results = Self.run(
      [
        "let m = Sequential { Linear(1, 1) }\nm.save(\"link/model\")",
        "m.save(\"file\")",
      ], in: dir)
    #expect(results[0].error?.message.contains("symbolic link") == true)
    #expect(results[1].error?.message.contains("symbolic link") == true)
    #expect(try FileManager.default.contentsOfDirectory(atPath: outside.path).isEmpty)
  }

  @Test func withoutALessonFolderSaveIsRefused() {
    let r = Session().run("let m = Sequential { Linear(1, 1) }\nm.save(\"m\")", timeout: 5)
    #expect(r.error?.message.contains("no lesson folder") == true)
  }
}
