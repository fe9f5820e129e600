import Testing

@testable import Cells

@Suite("Training with fit")
struct TrainingTests {
  static let circles = """
    let data = Dataset.circles(samples: 400, noise: 0.1, factor: 0.5, seed: 42)
    let (train, test) = data.split(testFraction: 0.25, seed: 42)
    var model = Sequential {
      Linear(2, 16, weightInit: .heNormal)
      ReLU()
      Linear(16, 1)
      Sigmoid()
    }
    """

  @Test func learnsTwoCirclesAndReportsPerEpoch() {
    let text = output(
      Self.circles + """

        let history = model.fit(train, validation: test, loss: .binaryCrossEntropy,
                                optimizer: Adam(learningRate: 0.05), epochs: 40, seed: 0)
        print(history.epochs, history.loss.count, history.validationAccuracy.count, history.learningRate.count)
        print(history.loss.first! > history.loss.last!, model.isTraining)
        print(model.evaluate(test).accuracy! > 0.95)
        """)
    #expect(text == "40 40 40 40\ntrue false\ntrue")
  }

  @Test func isDeterministicForASeed() {
    let cell =
      Self.circles + """

        let h = model.fit(train, loss: .binaryCrossEntropy, optimizer: SGD(learningRate: 0.1, momentum: 0.9), epochs: 5, seed: 3)
        print(h.loss)
        """
    #expect(output(cell) == output(cell))
  }

  @Test func earlyStoppingRestoresTheBestEpoch() {
    let text = output(
      Self.circles + """

        // A learning rate far too large: the validation loss stops improving quickly.
        let h = model.fit(train, validation: test, loss: .binaryCrossEntropy, optimizer: SGD(learningRate: 50),
                          epochs: 200, callbacks: [.earlyStopping(patience: 3)], seed: 1)
        print(h.epochs < 200, h.epochs - 1 - h.bestEpoch)
        let best = h.validationLoss[h.bestEpoch]
        print(abs(model.evaluate(test).loss - best) < 1e-6)
        """)
    #expect(text == "true 3\ntrue")
  }

  @Test func frozenLayersDoNotChange() {
    let text = output(
      Self.circles + """

        model.freeze(upTo: 2)
        let before = model.layers[0].weight.scalars
        let headBefore = model.layers[2].weight.scalars
        _ = model.fit(train, loss: .binaryCrossEntropy, optimizer: Adam(), epochs: 2)
        print(model.layers[0].weight.scalars == before, model.layers[2].weight.scalars == headBefore)
        """)
    #expect(text == "true false")
  }

  @Test func updateAlongAGradientIsOneOptimizerStep() {
    // One SGD step by hand: w - lr * dL/dw, for a model with one weight and no bias.
    let text = output(
      """
      var model = Sequential { Linear(1, 1, bias: false) }
      model.layers[0].weight = Tensor([[2.0]])
      let x = Tensor([[3.0]])
      var optimizer = SGD(learningRate: 0.1)
      let (loss, g) = valueWithGradient(at: model) { m in (m(x) * m(x)).sum() }
      optimizer.update(&model, along: g)
      print(g.layers[0].weight.item(), model.layers[0].weight.item(), optimizer.step)
      """)
    // loss = (3w)² = 9w², dL/dw = 18w = 36 at w = 2; w' = 2 - 3.6.
    #expect(text == "36.0 -1.6000001430511475 1")
  }

  @Test func updateRequiresAmpersand() {
    let e = failure(
      """
      var model = Sequential { Linear(1, 1) }
      var optimizer = SGD()
      let (_, g) = valueWithGradient(at: model) { m in m(Tensor([[1.0]])).sum() }
      optimizer.update(model, along: g)
      """)
    #expect(e?.message.contains("requires '&'") == true)
    #expect(e?.line == 4)
  }

  @Test func crossEntropyOnDigitsWithOneHotOrIndices() {
    let text = output(
      """
      let digits = Dataset.digits().subset(classes: [0, 1, 2])
      var a = Sequential { Linear(64, 3) }
      var b = a
      let ha = a.fit(digits, loss: .crossEntropy, optimizer: SGD(learningRate: 0.01), epochs: 2, seed: 0)
      let hb = b.fit(digits.oneHot(), loss: .crossEntropy, optimizer: SGD(learningRate: 0.01), epochs: 2, seed: 0)
      print(ha.loss == hb.loss, ha.accuracy.last! > 0.8)
      """)
    #expect(text == "true true")
  }

  @Test func schedulesSetTheLearningRatePerEpoch() {
    let text = output(
      Self.circles + """

        let h = model.fit(train, loss: .binaryCrossEntropy,
                          optimizer: SGD(learningRate: 0.1, schedule: StepDecay(every: 2, factor: 0.5)), epochs: 5)
        print(h.learningRate)
        print(StepDecay(every: 2, factor: 0.5).learningRates(epochs: 5, base: 0.1))
        """)
    #expect(text == "[0.1, 0.1, 0.05, 0.05, 0.025]\n[0.1, 0.1, 0.05, 0.05, 0.025]")
  }

  @Test func theTimeLimitStopsTraining() {
    let session = Session()
    let result = session.run(
      Self.circles + """

        _ = model.fit(train, loss: .binaryCrossEntropy, optimizer: SGD(), epochs: 1_000_000, batchSize: 1)
        """, timeout: 1)
    #expect(result.error?.kind == .timeout)
    #expect(result.error?.line == 9)
  }

  @Test func badArgumentsAreLocatedAndNamed() {
    let e = failure(
      Self.circles + """

        _ = model.fit(train, loss: .binaryCrossEntropy, optimizer: SGD(), epochs: 2.5)
        """)
    #expect(e?.message.contains("argument 5 'epochs' must be an Int, got Double") == true)
  }
}

@Suite("Sessions are independent")
struct SessionIsolationTests {
  static let lesson = [
    "seed(7)\nlet data = Dataset.moons(samples: 200, noise: 0.2, seed: 1)",
    "var model = Sequential { Linear(2, 8); Tanh(); Linear(8, 1); Sigmoid() }",
    "let h = model.fit(data, loss: .binaryCrossEntropy, optimizer: Adam(learningRate: 0.02), epochs: 15)\nprint(h.loss.last!)",
    "print(Tensor.randomNormal([3]).scalars)",
  ]

  static func runLesson() -> [String] {
    let session = Session()
    return lesson.map { cell in
      let r = session.run(cell, timeout: 30)
      return r.outputs.map { "\($0)" }.joined() + (r.error.map { "\($0)" } ?? "")
    }
  }

  @Test func twoSessionsOnTwoThreadsGiveWhatOneAfterTheOtherGives() async {
    let sequential = [Self.runLesson(), Self.runLesson()]
    async let first = Task.detached { Self.runLesson() }.value
    async let second = Task.detached { Self.runLesson() }.value
    let parallel = await [first, second]
    #expect(parallel == sequential)
    #expect(sequential[0] == sequential[1])
  }
}

@Suite("Absurd sizes are errors, not crashes")
struct NeuralNetworkLimitTests {
  @Test(arguments: [
    "Linear(Int.max, 2)", "LayerNorm(dimensions: Int.max)", "BatchNorm(featureCount: 1 << 62)",
    "Dataset.majority(samples: Int.max, length: 2)", "Dataset.reversal(samples: 1 << 40, length: 1 << 40)",
    "Dataset.sineWave(samples: Int.max, length: Int.max)",
  ])
  func hugeLayersAndDataSetsAreRefused(_ cell: String) {
    let e = failure("let x = " + cell)
    #expect(e?.message.contains("too many elements") == true || e?.message.contains("memory limit") == true)
  }

  @Test func aBatchLargerThanTheDataIsTheWholeDataSet() {
    let text = output(
      """
      var m = Sequential { Linear(2, 2) }
      let h = m.fit(Dataset.moons(samples: 40, seed: 1), loss: .crossEntropy, optimizer: SGD(), epochs: 2, batchSize: Int.max)
      print(h.epochs, m.evaluate(Dataset.moons(samples: 10, seed: 2)).loss.isFinite)
      """)
    #expect(text == "2 true")
  }

  @Test func aDivergingLossStopsFitWithAdvice() {
    let text = output(
      """
      var m = Sequential { Linear(2, 8); ReLU(); Linear(8, 1) }
      let h = m.fit(Dataset.moons(samples: 100, seed: 1), loss: .meanSquaredError, optimizer: SGD(learningRate: 1e20), epochs: 50)
      print(h.diverged, h.epochs < 50, h.loss.last!.isFinite, m.predict(Tensor([[0.0, 0.0]])).item().isFinite)
      """)
    let lines = text.split(separator: "\n")
    #expect(lines.first?.contains("so training stopped; the learning rate (1e+20) is probably too large") == true)
    #expect(lines.last == "true true false true")
  }

  @Test func aWrongInputWidthNamesTheLayerAndBothShapes() {
    let e = failure(
      """
      let m = Sequential { Linear(2, 8); ReLU(); Linear(8, 1) }
      m.predict(Tensor.zeros([4, 3]))
      """)
    #expect(e?.message == "layer 0 (Linear): Linear(2, 8) expects inputs whose last dimension is 2, got shape [4, 3]")
  }

  @Test func labelsThatDoNotFitTheLossSaySo() {
    let e = failure(
      """
      let x = Tensor([[1.0, 2.0, 3.0]])
      let l = crossEntropy(logits: x, labels: Tensor([5.0]))
      """)
    #expect(e?.message.contains("not a class index in 0..<3") == true)
  }
}
