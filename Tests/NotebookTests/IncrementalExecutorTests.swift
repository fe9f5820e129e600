import Cells
import Testing

@testable import Notebook

private func lesson(_ cells: [String]) -> String {
  cells.map { "```swift\n\($0)\n```\n" }.joined(separator: "\n")
}

private func texts(_ execution: Execution) -> [String] {
  execution.cells.flatMap { cell in
    cell.outputs.compactMap { if case .text(let text) = $0 { text } else { nil } }
  }
}

@Suite("Incremental execution (watch)")
struct IncrementalExecutorTests {
  @Test func anEditRunsFromTheFirstChangedCellOnTheStateBeforeIt() throws {
    let executor = IncrementalExecutor(filesFolder: nil)
    let first = executor.execute(try parse(lesson(["var n = 10", "n += 1\nprint(n)", "print(\"end\")"])))
    #expect(first.reusedCells == 0)
    #expect(texts(first.execution) == ["11", "end"])

    let last = executor.execute(try parse(lesson(["var n = 10", "n += 1\nprint(n)", "print(\"end!\")"])))
    #expect(last.reusedCells == 2)
    #expect(texts(last.execution) == ["11", "end!"])

    // Cell 2 runs again on the state before it: n is 10 again, not 11.
    let middle = executor.execute(try parse(lesson(["var n = 10", "n += 2\nprint(n)", "print(\"end!\")"])))
    #expect(middle.reusedCells == 1)
    #expect(texts(middle.execution) == ["12", "end!"])

    // A failing cell stops the run; fixing it runs from there.
    let broken = executor.execute(try parse(lesson(["var n = 10", "n += undefinedName", "print(\"end!\")"])))
    #expect(!broken.execution.succeeded)
    let fixed = executor.execute(try parse(lesson(["var n = 10", "n += 3\nprint(n)", "print(\"end!\")"])))
    #expect(fixed.reusedCells == 1)
    #expect(texts(fixed.execution) == ["13", "end!"])
  }

  @Test func aModelInAGlobalIsRestoredSoOnlyTheEditedCellRuns() throws {
    let executor = IncrementalExecutor(filesFolder: nil)
    let cells = [
      "seed(3)\nvar model = Sequential { Linear(2, 2); BatchNorm(featureCount: 2) }\nmodel.isTraining = true",
      "_ = model(Tensor([[1.0, 2.0], [0.0, 4.0]]))\nprint(model.layers[1].runningMean)",
      "print(\"x\")",
    ]
    let first = executor.execute(try parse(lesson(cells)))
    #expect(first.execution.succeeded)
    let last = executor.execute(try parse(lesson([cells[0], cells[1], "print(\"y\")"])))
    #expect(last.reusedCells == 2, "a model is a value: its snapshot is exact")
    #expect(texts(last.execution) == texts(first.execution).dropLast() + ["y"])

    // Re-running the cell that updates the running statistics starts from the state before it.
    let middle = executor.execute(try parse(lesson([cells[0], cells[1] + "\n// again", "print(\"y\")"])))
    #expect(middle.reusedCells == 1)
    #expect(texts(middle.execution) == texts(last.execution))
  }
}
