import Testing

@testable import Cells

@Suite("Losses and penalties: PyTorch's values and gradients, finite differences, clear errors")
struct NNLossTests {
  @Test func fixturesLoad() throws {
    let file = try NNFixtures.load("nn-losses.json", as: NNFixtures.File<NNFixtures.LossCase>.self)
    #expect(file.cases.count >= 10)
  }

  /// Value and every gradient PyTorch computed, to 1e-10 relative (float64).
  @Test(arguments: NNFixtures.losses)
  func agreesWithPyTorch(_ fixture: NNFixtures.LossCase) throws {
    let (value, gradients) = try fixture.valueWithGradient()
    #expect(Swift.abs(value - fixture.value) <= 1e-10 * Swift.abs(fixture.value), "value \(value) vs \(fixture.value)")
    for (name, expected) in fixture.gradients {
      let actual = try #require(gradients[name])
      let difference = largestRelativeDifference(actual, expected.tensor)
      #expect(difference <= 1e-10, "gradient of \(name): largest relative difference \(difference)")
    }
  }

  /// Autodiff against central differences, for every case whose inputs can move
  /// both ways (p = 0 and 1 cannot: probabilities must stay in 0...1).
  @Test(arguments: NNFixtures.losses.filter { !$0.name.contains("p = 0") })
  func gradientsMatchFiniteDifferences(_ fixture: NNFixtures.LossCase) throws {
    let (_, gradients) = try fixture.valueWithGradient()
    let names = fixture.inputOrder
    for (name, analytic) in gradients {
      let position = try #require(names.firstIndex(of: name))
      let error = try finiteDifferenceError(analytic: analytic, at: names.map { fixture.inputs[$0]!.tensor }, position)
      {
        try fixture.evaluate($0).item()
      }
      #expect(error < 1e-6, "gradient of \(name): error \(error) against central differences")
    }
  }

  @Test func crossEntropyStaysFiniteForHugeFloat32Logits() throws {
    let logits = tensor64([1000, -1000, 0, 3e4, 3e4, -3e4], [2, 3]).converted(to: .float32)
    let labels = tensor64([1, 0], [2]).converted(to: .float32)
    let (loss, gradients) = try Gradient.valueWithGradient(at: [logits]) {
      try Losses.crossEntropy(logits: $0[0], labels: labels)
    }
    // Row 0: label 1 sits 2000 below the max; row 1: two equal winners, log 2.
    #expect(Swift.abs(try loss.item() - (2000 + 0.6931471805599453) / 2) < 1e-3)
    #expect(gradients[0].dtype == .float32)
    expectClose(gradients[0], tensor64([0.5, -0.5, 0, -0.25, 0.25, 0], [2, 3]), rtol: 1e-6, atol: 1e-7)
  }

  @Test func crossEntropyGradientFlowsThroughEarlierOperations() throws {
    let x = tensor64([0.5, -1, 2, 0.25, 1, -0.5], [2, 3])
    let labels = tensor64([2, 0], [2])
    let (_, direct) = try Gradient.valueWithGradient(at: [try x.multiplying(x.scalar(3))]) {
      try Losses.crossEntropy(logits: $0[0], labels: labels)
    }
    let (_, chained) = try Gradient.valueWithGradient(at: [x]) {
      try Losses.crossEntropy(logits: $0[0].multiplying($0[0].scalar(3)), labels: labels)
    }
    expectClose(chained[0], try direct[0].multiplying(x.scalar(3)), rtol: 1e-14)
  }

  @Test func binaryCrossEntropyIsFiniteAtZeroAndOne() throws {
    let p = tensor64([0, 1, 0, 1], [4])
    let t = tensor64([1, 0, 0, 1], [4])
    // Two examples at the clamp (100 each), two exactly right (0).
    #expect(try Losses.binaryCrossEntropy(p, t).item() == 50)
  }

  @Test func penaltiesAreWhatTheDocumentationSays() throws {
    let w = tensor64([1, -2, 0, 3], [2, 2])
    let b = tensor64([-1], [1])
    #expect(try Regularization.l1(0.5).penalty(of: [w, b]).item() == 0.5 * 7)
    #expect(try Regularization.l2(0.5).penalty(of: [w, b]).item() == 0.5 * 15)
    #expect(try Regularization.l2(0.5).penalty(of: []).item() == 0)
    let (_, gradients) = try Gradient.valueWithGradient(at: [w]) { try Regularization.l2(0.5).penalty(of: $0) }
    // 2λw: the same step as SGD's weightDecay of 2λ.
    expectClose(gradients[0], tensor64([1, -2, 0, 3], [2, 2]), rtol: 1e-15)
  }

  // MARK: Errors

  @Test(arguments: [
    ("meanSquaredError", [3, 1], [3]),
    ("huberLoss", [2, 3], [3, 2]),
    ("binaryCrossEntropy", [4], [4, 1]),
  ])
  func mismatchedShapesNameBothShapes(_ loss: String, _ predictionShape: [Int], _ targetShape: [Int]) {
    let predictions = Tensor.full(predictionShape, value: 0.5, dtype: .float64)
    let targets = Tensor.full(targetShape, value: 1, dtype: .float64)
    let message = errorMessage {
      switch loss {
      case "meanSquaredError": _ = try Losses.meanSquaredError(predictions, targets)
      case "huberLoss": _ = try Losses.huberLoss(predictions, targets)
      default: _ = try Losses.binaryCrossEntropy(predictions, targets)
      }
    }
    #expect(message.hasPrefix("\(loss):"))
    #expect(message.contains(Shape.text(predictionShape)) && message.contains(Shape.text(targetShape)), "\(message)")
  }

  @Test func crossEntropyExplainsWrongLabels() {
    let logits = Tensor.zeros([4, 3], dtype: .float64)
    let shape = errorMessage { _ = try Losses.crossEntropy(logits: logits, labels: Tensor.zeros([4, 1])) }
    #expect(shape.contains("[4, 3]") && shape.contains("[4, 1]") && shape.contains("[4]"), "\(shape)")
    let oneHot = errorMessage { _ = try Losses.crossEntropy(logits: logits, labels: Tensor.zeros([4, 3])) }
    #expect(oneHot.contains("not one-hot"), "\(oneHot)")
    let range = errorMessage { _ = try Losses.crossEntropy(logits: logits, labels: tensor64([0, 1, 3, 2], [4])) }
    #expect(range.contains("labels[2] is 3.0") && range.contains("0..<3"), "\(range)")
    let fraction = errorMessage {
      _ = try Losses.crossEntropy(logits: Tensor.zeros([1, 2, 3]), labels: tensor64([0, 1.5], [1, 2]))
    }
    #expect(fraction.contains("labels[0, 1] is 1.5"), "\(fraction)")
    let rank = errorMessage { _ = try Losses.crossEntropy(logits: Tensor.zeros([3]), labels: Tensor.zeros([])) }
    #expect(rank.contains("[batch, classes]"), "\(rank)")
  }

  @Test func binaryCrossEntropyRejectsLogits() {
    let message = errorMessage {
      _ = try Losses.binaryCrossEntropy(tensor64([0.2, 1.7], [2]), tensor64([0, 1], [2]))
    }
    #expect(message.contains("1.7") && message.contains("sigmoid"), "\(message)")
  }

  @Test func huberNeedsAPositiveDelta() {
    let x = Tensor.zeros([2], dtype: .float64)
    #expect(errorMessage { _ = try Losses.huberLoss(x, x, delta: 0) }.contains("delta must be positive"))
  }
}

/// The message of the `RuntimeFailure` that `body` throws, or a recorded failure.
func errorMessage(sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws -> Void) -> String {
  do {
    try body()
  } catch let failure as RuntimeFailure {
    return failure.message
  } catch {
    Issue.record("expected a RuntimeFailure, got \(error)", sourceLocation: sourceLocation)
    return ""
  }
  Issue.record("expected an error", sourceLocation: sourceLocation)
  return ""
}

/// The worst disagreement between `analytic` (the gradient with respect to
/// `inputs[position]`) and central differences of `f`, each element measured as
/// `|analytic - numeric| / max(1, |analytic|, |numeric|)` (Gradient.check's measure).
func finiteDifferenceError(
  analytic: Tensor, at inputs: [Tensor], _ position: Int, step: Double = 1e-6, _ f: ([Tensor]) throws -> Double
) throws -> Double {
  var worst = 0.0
  let x = inputs[position]
  for i in 0..<x.count {
    func shifted(_ delta: Double) throws -> Double {
      let moved = Tensor(shape: x.shape, storage: x.storage.copy())
      moved.storage.set(x.storage.double(at: i) + delta, at: i)
      var arguments = inputs
      arguments[position] = moved
      return try f(arguments)
    }
    let numeric = (try shifted(step) - shifted(-step)) / (2 * step)
    let a = analytic.storage.double(at: i)
    let error = Swift.abs(a - numeric) / Swift.max(1, Swift.abs(a), Swift.abs(numeric))
    worst = Swift.max(worst, error.isNaN ? .infinity : error)
  }
  return worst
}
