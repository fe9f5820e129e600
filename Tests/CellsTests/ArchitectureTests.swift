import Testing

@testable import Cells

/// Convolution, recurrent and attention layers against PyTorch's numbers, with the
/// weights PyTorch drew loaded by their `state_dict` names.
@Suite("Architectures compute what PyTorch computes")
struct ArchitectureFixtureTests {
  let fixture: PyTorchFixture
  let context = Context()
  let random = NNRandom(seed: 1)

  init() throws { fixture = try PyTorchFixture("architectures.json") }

  /// `module` with every parameter replaced by the fixture's tensor of the same name.
  func loaded(_ module: Module, _ name: String) throws -> Module {
    try module.replacing(
      Dictionary(uniqueKeysWithValues: try module.namedParameters.map { ($0.name, try fixture.tensor(name, $0.name)) }))
  }

  @Test(arguments: [("conv2d", 3, 3, 1, 1), ("conv2d_strided", 4, 2, 2, 0)])
  func conv2d(_ name: String, outputs: Int, kernel: Int, stride: Int, padding: Int) throws {
    let conv = try loaded(
      Conv2d(
        inputChannels: 2, outputChannels: outputs, kernelSize: kernel, stride: stride, padding: padding, random: random),
      name)
    let y = try conv.forward(try fixture.tensor(name, "x"), context: context)
    expectClose(y, try fixture.tensor(name, "y"), rtol: 1e-9, atol: 1e-12, name)
  }

  @Test(
    arguments: [
      ("max2", Pool2d.Kind.maximum, 2, nil), ("avg2", .average, 2, nil), ("max3s2", .maximum, 3, 2),
      ("avg3s1", .average, 3, 1),
    ] as [(String, Pool2d.Kind, Int, Int?)])
  func pooling(_ key: String, _ kind: Pool2d.Kind, _ kernel: Int, _ stride: Int?) throws {
    let y = try Pool2d(kind, kernelSize: kernel, stride: stride).forward(
      try fixture.tensor("pooling", "x"), context: context)
    expectClose(y, try fixture.tensor("pooling", key), rtol: 1e-12, key)
  }

  @Test func globalAveragePool() throws {
    let pool = GlobalAveragePool()
    expectClose(
      try pool.forward(try fixture.tensor("pooling", "x"), context: context), try fixture.tensor("pooling", "gap"),
      rtol: 1e-12, "images")
    expectClose(
      try pool.forward(try fixture.tensor("global_average_pool", "x"), context: context),
      try fixture.tensor("global_average_pool", "y"), rtol: 1e-12, "sequences")
  }

  @Test(arguments: Recurrent.Cell.allCases, [false, true])
  func recurrent(_ cell: Recurrent.Cell, returnSequences: Bool) throws {
    let name = cell.rawValue.lowercased()
    let layer = try loaded(
      Recurrent(cell, inputSize: 3, hiddenSize: 4, returnSequences: returnSequences, random: random), name)
    let y = try layer.forward(try fixture.tensor(name, "x"), context: context)
    expectClose(
      y, try fixture.tensor(name, returnSequences ? "y_sequences" : "y_last"), rtol: 1e-9, atol: 1e-12,
      "\(cell.rawValue) returnSequences: \(returnSequences)")
  }

  @Test func embedding() throws {
    let layer = try loaded(Embedding(embeddingCount: 10, dimensions: 4, random: random), "embedding")
    let y = try layer.forward(try fixture.tensor("embedding", "ids"), context: context)
    expectClose(y, try fixture.tensor("embedding", "y"), rtol: 0, atol: 0, "Embedding")
  }

  @Test func positionalEncoding() throws {
    let f = "positional_encoding"
    let y = try PositionalEncoding(dimensions: 6, maxLength: 7).forward(try fixture.tensor(f, "x"), context: context)
    expectClose(y, try fixture.tensor(f, "y"), rtol: 1e-12, atol: 1e-12, "PositionalEncoding")
  }

  @Test func causalMaskIsPyTorchs() throws {
    let mask = causalMask(5)
    let masked = try fixture.tensor("mha", "masked").doubles
    #expect(mask.doubles.map { $0 == -.infinity ? 1.0 : $0 } == masked)
  }

  @Test(arguments: ["", "_causal", "_cross"])
  func multiHeadAttention(_ variant: String) throws {
    let mha = try loaded(MultiHeadAttention(dimensions: 8, numHeads: 2, random: random), "mha") as! MultiHeadAttention
    let x = try fixture.tensor("mha", "x")
    let query = variant == "_cross" ? try fixture.tensor("mha", "query") : x
    let y = try mha.attend(query, x, x, mask: variant == "_causal" ? causalMask(5) : nil, context: context)
    expectClose(y, try fixture.tensor("mha", "y" + variant), rtol: 1e-9, atol: 1e-12, "output" + variant)
    expectClose(
      try #require(mha.attentionWeights), try fixture.tensor("mha", "weights" + variant), rtol: 1e-9, atol: 1e-12,
      "weights" + variant)
  }

  @Test(arguments: [false, true])
  func transformerEncoderLayerInEvalMode(causal: Bool) throws {
    let layer =
      try loaded(
        TransformerEncoderLayer(dimensions: 8, numHeads: 2, mlpDimensions: 16, dropout: 0.1, random: random),
        "encoder_layer") as! TransformerEncoderLayer
    let y = try layer.encode(
      try fixture.tensor("encoder_layer", "x"), mask: causal ? causalMask(5) : nil, context: context)
    expectClose(y, try fixture.tensor("encoder_layer", causal ? "y_causal" : "y"), rtol: 1e-9, atol: 1e-12, "encoder")
  }
}

@Suite("Architecture gradients match finite differences (float64)")
struct ArchitectureGradientTests {
  let random = NNRandom(seed: 2)

  @Test func conv2d() throws {
    let conv = Conv2d(inputChannels: 2, outputChannels: 3, kernelSize: 3, stride: 2, padding: 1, random: random)
    #expect(try LayerGradientTests.worstError(conv, input: [2, 2, 5, 5]) < 1e-7)
  }

  @Test func pooling() throws {
    #expect(try LayerGradientTests.worstError(Pool2d(.maximum, kernelSize: 2), input: [2, 2, 4, 4]) < 1e-7)
    #expect(try LayerGradientTests.worstError(Pool2d(.average, kernelSize: 3, stride: 1), input: [1, 2, 5, 5]) < 1e-7)
    #expect(try LayerGradientTests.worstError(GlobalAveragePool(), input: [2, 3, 4]) < 1e-7)
  }

  @Test(arguments: Recurrent.Cell.allCases, [false, true])
  func recurrent(_ cell: Recurrent.Cell, returnSequences: Bool) throws {
    let layer = Recurrent(cell, inputSize: 3, hiddenSize: 4, returnSequences: returnSequences, random: random)
    #expect(try LayerGradientTests.worstError(layer, input: [2, 5, 3]) < 1e-6)
  }

  @Test func embedding() throws {
    let ids = Tensor(shape: [2, 3], storage: TensorStorage.make(count: 6, dtype: .float64))
    for (i, id) in [1, 4, 1, 0, 2, 4].enumerated() { ids.storage.set(Double(id), at: i) }
    let layer = Embedding(embeddingCount: 5, dimensions: 3, random: random)
    #expect(try LayerGradientTests.worstError(layer, input: ids, differentiatingInput: false) < 1e-7)
  }

  @Test func positionalEncoding() throws {
    #expect(
      try LayerGradientTests.worstError(PositionalEncoding(dimensions: 4, maxLength: 8), input: [2, 3, 4]) < 1e-7)
  }

  @Test func multiHeadAttention() throws {
    let mha = MultiHeadAttention(dimensions: 4, numHeads: 2, random: random)
    #expect(try LayerGradientTests.worstError(mha, input: [2, 3, 4]) < 1e-6)
  }

  @Test func transformerEncoderLayer() throws {
    let layer = TransformerEncoderLayer(dimensions: 4, numHeads: 2, mlpDimensions: 6, dropout: 0, random: random)
    #expect(try LayerGradientTests.worstError(layer, input: [2, 3, 4]) < 1e-6)
  }
}

@Suite("Architectures as cells see them")
struct ArchitectureCellTests {
  @Test func convolutionalNetworkTrainsOnDigitImages() {
    let text = output(
      """
      let digits = Dataset.digits(asImages: true).subset(classes: [0, 1, 2])
      print(digits.x.shape)
      var model = Sequential {
        Conv2d(inputChannels: 1, outputChannels: 4, kernelSize: 3)
        ReLU()
        MaxPool2d(kernelSize: 2)
        Flatten()
        Linear(36, 3)
      }
      let history = model.fit(digits, loss: .crossEntropy, optimizer: Adam(learningRate: 0.01), epochs: 3, seed: 0)
      print(history.loss.last! < history.loss.first!, history.accuracy.last! > 0.9)
      for (name, t) in model.namedParameters { print(name, t.shape) }
      """)
    #expect(
      text == """
        [537, 1, 8, 8]
        true true
        0.weight [4, 1, 3, 3]
        0.bias [4]
        4.weight [3, 36]
        4.bias [3]
        """)
  }

  /// The sign of a sequence's sum: every layer has to carry information across time.
  @Test func sequenceModelsTrainWithFit() {
    let text = output(
      """
      seed(0)
      let x = Tensor.randomNormal([256, 6, 1])
      let data = Dataset(x: x, y: x.sum(axis: 1).reshaped([256]) > 0)
      var lstm = Sequential { LSTM(inputSize: 1, hiddenSize: 8); Linear(8, 2) }
      var gru = Sequential { GRU(inputSize: 1, hiddenSize: 8); Linear(8, 2) }
      var rnn = Sequential { RNN(inputSize: 1, hiddenSize: 8, returnSequences: true); GlobalAveragePool(); Linear(8, 2) }
      var encoder = Sequential {
        Linear(1, 8)
        TransformerEncoderLayer(dimensions: 8, numHeads: 2, mlpDimensions: 16, dropout: 0)
        GlobalAveragePool()
        Linear(8, 2)
      }
      let optimizer = Adam(learningRate: 0.02)
      let a = lstm.fit(data, loss: .crossEntropy, optimizer: optimizer, epochs: 15, seed: 0).accuracy.last!
      let b = gru.fit(data, loss: .crossEntropy, optimizer: optimizer, epochs: 15, seed: 0).accuracy.last!
      let c = rnn.fit(data, loss: .crossEntropy, optimizer: optimizer, epochs: 15, seed: 0).accuracy.last!
      let d = encoder.fit(data, loss: .crossEntropy, optimizer: optimizer, epochs: 15, seed: 0).accuracy.last!
      print(a, b, c, d)
      """)
    let accuracies = text.split(separator: " ").compactMap { Double($0) }
    #expect(accuracies.count == 4 && accuracies.allSatisfy { $0 > 0.9 }, "\(text)")
  }

  @Test func recurrentParametersHavePyTorchsNames() {
    let text = output(
      """
      let model = Sequential {
        LSTM(inputSize: 2, hiddenSize: 3)
        Linear(3, 1)
      }
      for (name, t) in model.namedParameters { print(name, t.shape) }
      print(model.layers[0].weightIH.shape, model.parameterCount)
      print(model(Tensor.zeros([5, 7, 2])).shape)
      """)
    #expect(
      text == """
        0.weight_ih_l0 [12, 2]
        0.weight_hh_l0 [12, 3]
        0.bias_ih_l0 [12]
        0.bias_hh_l0 [12]
        1.weight [1, 3]
        1.bias [1]
        [12, 2] 88
        [5, 1]
        """)
  }

  @Test func attentionInCells() {
    let text = output(
      """
      let mha = MultiHeadAttention(dimensions: 8, numHeads: 2)
      let x = Tensor.randomNormal([2, 5, 8])
      print(mha(x).shape, mha(x, x, x, mask: causalMask(5)).shape, mha.attentionWeights!.shape)
      print(mha.attentionWeights![0, 0, 0].scalars)
      let encoder = TransformerEncoderLayer(dimensions: 8, numHeads: 2, mlpDimensions: 16)
      print(encoder(x, mask: causalMask(5)).shape)
      print(encoder.namedParameters.map { $0.name }.joined(separator: " "))
      let tokens = Sequential {
        Embedding(embeddingCount: 10, dimensions: 8)
        PositionalEncoding(dimensions: 8, maxLength: 16)
        GRU(inputSize: 8, hiddenSize: 4, returnSequences: true)
        GlobalAveragePool()
      }
      print(tokens(Tensor([[1, 2, 3], [4, 5, 9]])).shape)
      """)
    #expect(
      text == """
        [2, 5, 8] [2, 5, 8] [2, 2, 5, 5]
        [1.0, 0.0, 0.0, 0.0, 0.0]
        [2, 5, 8]
        self_attn.in_proj_weight self_attn.in_proj_bias self_attn.out_proj.weight self_attn.out_proj.bias \
        linear1.weight linear1.bias linear2.weight linear2.bias norm1.weight norm1.bias norm2.weight norm2.bias
        [2, 4]
        """)
  }

  @Test func summaryShowsRecurrentOutputShapes() {
    let text = output(
      """
      let model = Sequential { RNN(inputSize: 3, hiddenSize: 5); Linear(5, 2) }
      print(model.summary)
      """)
    #expect(text.contains("(None, 5)") && text.contains("(None, 2)"))
  }

  @Test func summaryShowsTheTimeAxisOfTokenModelsAsNone() {
    let text = output(
      """
      let model = Sequential {
        Embedding(embeddingCount: 10, dimensions: 8)
        PositionalEncoding(dimensions: 8, maxLength: 16)
        TransformerEncoderLayer(dimensions: 8, numHeads: 2, mlpDimensions: 16)
        GlobalAveragePool()
        Linear(8, 3)
      }
      print(model.summary)
      """)
    #expect(text.contains("(None, None, 8)") && text.contains("(None, 8)") && text.contains("(None, 3)"))
    #expect(!text.contains("?"))
  }

  @Test func summaryOfAConvolutionalModelShowsShapesOnceItHasSeenImages() {
    let text = output(
      """
      var model = Sequential {
        Conv2d(inputChannels: 1, outputChannels: 4, kernelSize: 3, padding: 1)
        MaxPool2d(kernelSize: 2)
        Flatten()
        Linear(64, 10)
      }
      print(model.summary)
      let data = Dataset.digits(asImages: true)
      let (train, _) = data.split(testFraction: 0.9, seed: 0)
      model.fit(train, loss: .crossEntropy, optimizer: Adam(), epochs: 1, batchSize: 64, seed: 0)
      print(model.summary)
      """)
    let parts = text.components(separatedBy: "Total")
    #expect(parts.count == 3)
    #expect(parts[0].contains("?"))
    #expect(
      parts[1].contains("(None, 4, 8, 8)") && parts[1].contains("(None, 4, 4, 4)") && parts[1].contains("(None, 64)")
        && parts[1].contains("(None, 10)"))
  }

  @Test func layersHeldInPropertiesCanBeCalled() {
    let text = output(
      """
      seed(1)
      let mha = MultiHeadAttention(dimensions: 4, numHeads: 2)
      let x = Tensor.randomNormal([1, 3, 4])
      let direct = mha.outProjection(x)
      let through = mha.layers[0](x)
      print(direct.shape, (direct - through).abs().max().item())
      let encoder = TransformerEncoderLayer(dimensions: 4, numHeads: 2, mlpDimensions: 8, dropout: 0)
      let attended = encoder.selfAttention(x)
      print(attended.shape, (attended - encoder.layers[0](x)).abs().max().item())
      print(encoder.selfAttention(x, x, x, mask: causalMask(3)).shape)
      """)
    #expect(text == "[1, 3, 4] 0.0\n[1, 3, 4] 0.0\n[1, 3, 4]")
  }

  @Test func attentionWeightsAsAHeatmapWithTokenLabels() throws {
    let figure = try #require(
      drawnFigure(
        """
        let tokens = ["the", "cat", "sat"]
        let mha = MultiHeadAttention(dimensions: 4, numHeads: 2)
        let y = mha(Tensor.randomNormal([1, 3, 4]))
        heatmap(mha.attentionWeights![0, 1], rowLabels: tokens, columnLabels: tokens, title: "head 1")
        """))
    let values = series("values", of: figure)
    #expect(values.count == 9)
    // Each query's weights over the keys sum to 1.
    for row in 0..<3 { #expect(abs(values[(3 * row)..<(3 * row + 3)].reduce(0, +) - 1) < 1e-6) }
    #expect(figure.svg.components(separatedBy: ">cat</text>").count == 3 && figure.svg.contains(">head 1</text>"))
  }

  @Test func wrongInputShapesAreNamed() {
    let e = failure("let c = Conv2d(inputChannels: 3, outputChannels: 2, kernelSize: 3)\nc(Tensor.zeros([1, 1, 5, 5]))")
    #expect(e?.message.contains("[batch, 3, height, width]") == true)
    let m = failure("let m = MultiHeadAttention(dimensions: 6, numHeads: 4)")
    #expect(m?.message.contains("numHeads") == true)
    let ids = failure("let e = Embedding(embeddingCount: 3, dimensions: 2)\ne(Tensor([[0, 3]]))")
    #expect(ids?.message.contains("0..<3") == true)
  }
}
