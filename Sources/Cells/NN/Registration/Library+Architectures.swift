/// Convolutional, recurrent and attention layers as cells see them: initializers with
/// PyTorch's hyperparameters, and `causalMask`.
extension Library {
  func registerArchitectures() {
    registerConvolution()
    registerRecurrent()
    registerAttention()
  }

  private func registerConvolution() {
    type("Conv2d", help: "A 2-D convolution over [batch, channels, height, width]; weight is [out, in, kh, kw]")
    function(
      Signature(
        "Conv2d",
        [
          .labeled("inputChannels", .int), .labeled("outputChannels", .int), .labeled("kernelSize", .int),
          .labeled("stride", .int, default: .int(1)), .labeled("padding", .int, default: .int(0)),
        ], .object("Conv2d"), help: "Cross-correlation with learned kernels, as PyTorch's Conv2d")
    ) { a in
      let inputs = try a.int(0, atLeast: 1)
      let outputs = try a.int(1, atLeast: 1)
      let kernel = try a.int(2, atLeast: 1)
      try a.context.checkAllocation(products: [inputs, outputs, kernel, kernel], bytesPerElement: 8)
      return .object(
        Conv2d(
          inputChannels: inputs, outputChannels: outputs, kernelSize: kernel, stride: try a.int(3, atLeast: 1),
          padding: try a.int(4, atLeast: 0), random: a.context.random))
    }

    for kind in [Pool2d.Kind.maximum, .average] {
      let name = kind.rawValue
      let what = kind == .maximum ? "largest value" : "mean"
      type(name, help: "The \(what) of each window of [batch, channels, height, width]")
      function(
        Signature(
          name,
          [
            .labeled("kernelSize", .int),
            .labeled("stride", .optional(.int), default: Value.none, shown: "kernelSize"),
          ], .object(name), help: "The \(what) of each kernelSize x kernelSize window")
      ) { a in
        .object(Pool2d(kind, kernelSize: try a.int(0, atLeast: 1), stride: try a.optionalInt(1)))
      }
    }

    type("GlobalAveragePool", help: "The mean over time ([batch, time, f] to [batch, f]) or over h and w of images")
    function(
      Signature(
        "GlobalAveragePool", [], .object("GlobalAveragePool"),
        help: "[batch, time, features] to [batch, features]; [batch, c, h, w] to [batch, c]")
    ) { _ in .object(GlobalAveragePool()) }
  }

  private func registerRecurrent() {
    for cell in Recurrent.Cell.allCases {
      let name = cell.rawValue
      let what: String
      switch cell {
      case .rnn: what = "A recurrent layer with tanh: h = tanh(W_ih x + b_ih + W_hh h + b_hh)"
      case .lstm: what = "A long short-term memory layer (gates i, f, g, o as PyTorch)"
      case .gru: what = "A gated recurrent unit layer (gates r, z, n as PyTorch)"
      }
      type(name, help: what)
      function(
        Signature(
          name,
          [
            .labeled("inputSize", .int), .labeled("hiddenSize", .int),
            .labeled("returnSequences", .bool, default: .bool(false)),
          ], .object(name),
          help: "[batch, time, inputSize] to the last hidden state [batch, hidden], or every one with returnSequences")
      ) { a in
        let inputs = try a.int(0, atLeast: 1)
        let hidden = try a.int(1, atLeast: 1)
        try a.context.checkAllocation(
          products: [cell.gates, hidden, inputs], [cell.gates, hidden, hidden], bytesPerElement: 8)
        return .object(
          Recurrent(
            cell, inputSize: inputs, hiddenSize: hidden, returnSequences: try a.bool(2), random: a.context.random))
      }
    }
  }

  private func registerAttention() {
    type("Embedding", help: "A table of learned vectors looked up by token id; weight is [count, dimensions]")
    function(
      Signature(
        "Embedding", [.labeled("embeddingCount", .int), .labeled("dimensions", .int)], .object("Embedding"),
        help: "Token ids [batch, time] to vectors [batch, time, dimensions]")
    ) { a in
      let count = try a.int(0, atLeast: 1)
      let dimensions = try a.int(1, atLeast: 1)
      try a.context.checkAllocation(products: [count, dimensions], bytesPerElement: 8)
      return .object(Embedding(embeddingCount: count, dimensions: dimensions, random: a.context.random))
    }

    type("PositionalEncoding", help: "Adds the sinusoidal position signal of \"Attention Is All You Need\"")
    function(
      Signature(
        "PositionalEncoding", [.labeled("dimensions", .int), .labeled("maxLength", .int, default: .int(5000))],
        .object("PositionalEncoding"), help: "x + sin/cos of the position at geometric frequencies; no parameters")
    ) { a in
      let dimensions = try a.int(0, atLeast: 1)
      let length = try a.int(1, atLeast: 1)
      try a.context.checkAllocation(products: [dimensions, length], bytesPerElement: 8)
      return .object(PositionalEncoding(dimensions: dimensions, maxLength: length))
    }

    type("MultiHeadAttention", help: "Scaled dot-product attention over several heads, as PyTorch's")
    function(
      Signature(
        "MultiHeadAttention",
        [
          .labeled("dimensions", .int), .labeled("numHeads", .int), .labeled("dropout", .double, default: .double(0)),
        ], .object("MultiHeadAttention"),
        help: "mha(x) is self-attention; mha(query, key, value, mask:) the general form")
    ) { a in
      let dimensions = try a.int(0, atLeast: 1)
      let heads = try a.int(1, atLeast: 1)
      guard dimensions % heads == 0 else { throw a.invalid(1, "must divide dimensions (\(dimensions))") }
      try a.context.checkAllocation(products: [4, dimensions, dimensions], bytesPerElement: 8)
      return .object(
        MultiHeadAttention(
          dimensions: dimensions, numHeads: heads, dropout: try Self.probability(a, 2), random: a.context.random))
    }
    property(
      "MultiHeadAttention", "attentionWeights", .optional(.tensor),
      help: "The last call's attention weights [batch, heads, queries, keys] (nil before the first call)"
    ) { v in
      try Library.receiver(v, as: MultiHeadAttention.self, "MultiHeadAttention").member("attentionWeights")!
    }

    // A layer held in a property is called through it: `mha.outProjection(x)`,
    // `encoder.selfAttention(x)`.
    let mask = Parameter.labeled("mask", .optional(.tensor), default: Value.none)
    method(
      "MultiHeadAttention",
      Signature(
        "outProjection", [.positional("x", .tensor)], .tensor,
        help: "The output projection (a Linear, PyTorch's out_proj) applied to x")
    ) { v, a in
      let attention = try Library.receiver(v, as: MultiHeadAttention.self, "MultiHeadAttention")
      return .object(try attention.children[0].module.forward(a.tensor(0), context: a.context))
    }
    method(
      "TransformerEncoderLayer",
      Signature(
        "selfAttention", [.positional("x", .tensor), mask], .tensor,
        help: "The layer's MultiHeadAttention on x (self-attention)")
    ) { v, a in
      let layer = try Library.receiver(v, as: TransformerEncoderLayer.self, "TransformerEncoderLayer")
      let x = try a.tensor(0)
      return .object(try layer.attention.attend(x, x, x, mask: a.isNil(1) ? nil : a.tensor(1), context: a.context))
    }
    method(
      "TransformerEncoderLayer",
      Signature(
        "selfAttention",
        [.positional("query", .tensor), .positional("key", .tensor), .positional("value", .tensor), mask], .tensor,
        help: "The layer's MultiHeadAttention on query, key and value")
    ) { v, a in
      let layer = try Library.receiver(v, as: TransformerEncoderLayer.self, "TransformerEncoderLayer")
      return .object(
        try layer.attention.attend(
          a.tensor(0), a.tensor(1), a.tensor(2), mask: a.isNil(3) ? nil : a.tensor(3), context: a.context))
    }

    function(
      Signature(
        "causalMask", [.positional("length", .int)], .tensor,
        help: "[length, length]: 0 where a position may look (itself and earlier), -inf after; added to scores")
    ) { a in
      let length = try a.int(0, atLeast: 1)
      try Shape.checkSize([length, length])
      return .object(causalMask(length))
    }

    type("TransformerEncoderLayer", help: "Self-attention then an MLP, each added back and normalized (post-norm)")
    function(
      Signature(
        "TransformerEncoderLayer",
        [
          .labeled("dimensions", .int), .labeled("numHeads", .int),
          .labeled("mlpDimensions", .int, default: .int(2048)),
          .labeled("dropout", .double, default: .double(0.1)),
        ], .object("TransformerEncoderLayer"),
        help: "PyTorch's TransformerEncoderLayer(batch_first=True): post-norm, ReLU; layer(x) or layer(x, mask:)")
    ) { a in
      let dimensions = try a.int(0, atLeast: 1)
      let heads = try a.int(1, atLeast: 1)
      guard dimensions % heads == 0 else { throw a.invalid(1, "must divide dimensions (\(dimensions))") }
      let mlp = try a.int(2, atLeast: 1)
      try a.context.checkAllocation(
        products: [4, dimensions, dimensions], [2, dimensions, mlp], bytesPerElement: 8)
      return .object(
        TransformerEncoderLayer(
          dimensions: dimensions, numHeads: heads, mlpDimensions: mlp, dropout: try Self.probability(a, 3),
          random: a.context.random))
    }
  }

  private static func probability(_ a: Arguments, _ index: Int) throws(RuntimeFailure) -> Double {
    let p = try a.double(index)
    guard p >= 0 && p < 1 else { throw a.invalid(index, "must be in 0..<1") }
    return p
  }
}
