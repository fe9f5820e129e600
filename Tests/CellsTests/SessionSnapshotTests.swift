import Testing

@testable import Cells

@Suite("Session snapshots")
struct SessionSnapshotTests {
  @Test func restoreGoesBackToTheNamesValuesAndRandomDrawsOfTheSnapshot() throws {
    let session = Session()
    #expect(session.run("var x = Tensor([1.0, 2.0])\nvar n = 1").error == nil)
    let before = session.run("print(x, n)").outputs
    let snapshot = session.snapshot()

    let first = session.run(
      "x[0] = 10\nn += 1\nlet later = 3\nprint(Tensor.randomNormal([2], dtype: .float64), n)")
    #expect(first.error == nil, "\(String(describing: first.error))")

    session.restore(snapshot)
    #expect(session.run("print(x, n)").outputs == before)
    #expect(session.run("print(x, n)").outputs != first.outputs)
    let unknown = session.run("print(later)")
    #expect(unknown.error?.message.contains("later") == true, "names declared after the snapshot are gone")

    session.restore(snapshot)
    let again = session.run(
      "x[0] = 10\nn += 1\nlet later = 3\nprint(Tensor.randomNormal([2], dtype: .float64), n)")
    #expect(again.outputs == first.outputs, "the same random draws after a restore")
  }

  @Test func modelsAndOptimizersAreRestoredExactly() throws {
    let session = Session()
    let setup = session.run(
      """
      seed(1)
      var model = Sequential { Linear(2, 3); BatchNorm(featureCount: 3) }
      var optimizer = Adam(learningRate: 0.1)
      var bn = BatchNorm(featureCount: 2)
      bn.isTraining = true
      let x = Tensor([[1.0, 2.0], [3.0, 5.0]])
      """)
    #expect(setup.error == nil, "\(String(describing: setup.error))")
    let show = "print(model.namedParameters.map { $0.1.sum().item() }, bn.runningMean, optimizer.step)"
    let before = session.run(show).outputs
    let snapshot = session.snapshot()
    #expect(snapshot.isExact, "modules and optimizers are values: a snapshot of them is exact")

    // A training step, and a BatchNorm in training mode updating its running statistics in its own object.
    let later = session.run(
      """
      let (_, g) = valueWithGradient(at: model) { m in m(x).sum() }
      optimizer.update(&model, along: g)
      _ = bn(x)
      """)
    #expect(later.error == nil, "\(String(describing: later.error))")
    let changed = session.run(show).outputs
    #expect(changed != before)

    for _ in 0..<2 {
      session.restore(snapshot)
      #expect(session.run(show).outputs == before)
      #expect(session.run("_ = bn(x)\nprint(bn.runningMean)").error == nil)
    }
  }
}
