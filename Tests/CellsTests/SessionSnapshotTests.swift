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
}
