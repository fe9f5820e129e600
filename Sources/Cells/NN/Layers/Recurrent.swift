/// The recurrent layers `RNN` (tanh), `LSTM` and `GRU`, as PyTorch computes them
/// with `batch_first=True` and one layer: input `[batch, time, features]`, a zero
/// initial state, and PyTorch's parameters and gate orders
/// (`weight_ih_l0` `[gates·hidden, inputSize]`, `weight_hh_l0` `[gates·hidden, hidden]`,
/// `bias_ih_l0`, `bias_hh_l0`; LSTM gates i, f, g, o; GRU gates r, z, n).
///
/// The output is the last hidden state `[batch, hidden]`, or every hidden state
/// `[batch, time, hidden]` with `returnSequences: true`.
///
/// The whole sequence is one node on the autodiff tape: the forward pass keeps the
/// gates and states of every step, and the node's backward pass runs
/// backpropagation through time in native code, with one matrix product per step.
final class Recurrent: Module {
  enum Cell: String, CaseIterable {
    case rnn = "RNN"
    case lstm = "LSTM"
    case gru = "GRU"

    /// How many blocks of `hidden` rows the weights stack.
    var gates: Int {
      switch self {
      case .rnn: return 1
      case .lstm: return 4
      case .gru: return 3
      }
    }
  }

  let cell: Cell
  let inputSize: Int
  let hiddenSize: Int
  let returnSequences: Bool

  /// Every parameter starts U(±1/√hiddenSize), as in PyTorch.
  init(_ cell: Cell, inputSize: Int, hiddenSize: Int, returnSequences: Bool = false, random: NNRandom) {
    self.cell = cell
    self.inputSize = inputSize
    self.hiddenSize = hiddenSize
    self.returnSequences = returnSequences
    super.init()
    let rows = cell.gates * hiddenSize
    let bound = 1 / Double(Swift.max(hiddenSize, 1)).squareRoot()
    func uniform(_ shape: [Int]) -> Tensor { Tensor.randomUniform(shape, low: -bound, high: bound, using: random) }
    addParameter("weightIH", key: "weight_ih_l0", uniform([rows, inputSize]))
    addParameter("weightHH", key: "weight_hh_l0", uniform([rows, hiddenSize]))
    addParameter("biasIH", key: "bias_ih_l0", uniform([rows]))
    addParameter("biasHH", key: "bias_hh_l0", uniform([rows]))
  }

  required init(copying other: Module) {
    let o = other as! Recurrent
    cell = o.cell
    inputSize = o.inputSize
    hiddenSize = o.hiddenSize
    returnSequences = o.returnSequences
    super.init(copying: other)
  }

  override var typeName: String { cell.rawValue }
  override var configuration: String {
    "inputSize: \(inputSize), hiddenSize: \(hiddenSize)" + (returnSequences ? ", returnSequences: true" : "")
  }

  override func forward(_ input: Tensor, context: Context) throws -> Tensor {
    guard input.rank == 3, input.shape[2] == inputSize, input.shape[1] >= 1 else {
      throw RuntimeFailure(
        "\(typeName)(inputSize: \(inputSize), ...) expects sequences [batch, time, \(inputSize)], got \(Shape.text(input.shape))"
      )
    }
    let dtype = parameter("weightIH")!.dtype
    let tensors = [input] + ["weightIH", "weightHH", "biasIH", "biasHH"].map { parameter($0)! }
    let converted = tensors.map { $0.converted(to: dtype) }
    // Every step's gates and states are kept for the backward pass, and as much again is
    // needed for their gradients.
    let (batch, time) = (input.shape[0], input.shape[1])
    try context.checkAllocation(
      count: 2 * batch * time * (2 * cell.gates + 4) * hiddenSize, bytesPerElement: dtype.size)
    let pass: RecurrentPass
    switch dtype {
    case .float32: pass = try RecurrentKernel<Float>(self, converted).run(context: context)
    case .float64: pass = try RecurrentKernel<Double>(self, converted).run(context: context)
    }
    if let tape = Tape.active(converted) {
      tape.record(pass.output, inputs: converted) { g in try pass.backward(g.converted(to: dtype)) }
    }
    return pass.output
  }
}

/// A forward pass over a sequence, and how to send its output's gradient back to
/// the input and the four parameters.
struct RecurrentPass {
  let output: Tensor
  let backward: (Tensor) throws -> [Tensor?]
}

/// Forward and backpropagation through time for one element type.
///
/// Layouts: `x` and its gradient are batch-major `[batch, time, ...]` as the layer's
/// input; the per-step states are time-major `[time, batch, ...]`, so each step's
/// states form one matrix for the recurrent product.
private struct RecurrentKernel<T: TensorScalar> {
  let cell: Recurrent.Cell
  let returnSequences: Bool
  let batch: Int, time: Int, inputs: Int, hidden: Int
  let x: Tensor, weightIH: Tensor, weightHH: Tensor, biasIH: Tensor, biasHH: Tensor

  init(_ layer: Recurrent, _ tensors: [Tensor]) {
    cell = layer.cell
    returnSequences = layer.returnSequences
    (batch, time, inputs, hidden) = (tensors[0].shape[0], tensors[0].shape[1], layer.inputSize, layer.hiddenSize)
    (x, weightIH, weightHH, biasIH, biasHH) = (tensors[0], tensors[1], tensors[2], tensors[3], tensors[4])
  }

  var width: Int { cell.gates * hidden }

  @inline(__always) private func sigmoid(_ v: T) -> T { 1 / (1 + T.exp(-v)) }

  private func buffer(_ shape: [Int], zeroed: Bool = false) -> Tensor {
    zeroed ? Tensor.zeros(shape, dtype: T.dtype) : Tensor(uninitializedShape: shape, dtype: T.dtype)
  }

  /// Checks the cell's time limit once per step, forward and backward.
  func run(context: Context) throws -> RecurrentPass {
    let (B, S, H, W) = (batch, time, hidden, width)
    let xp = x.storage.pointer(T.self)
    let bIH = biasIH.storage.pointer(T.self)
    let bHH = biasHH.storage.pointer(T.self)
    let wHH = weightHH.storage.pointer(T.self)

    // The input's share of every gate at every step, in one product: x·W_ihᵀ + b_ih
    // (+ b_hh, except for the GRU, whose n gate needs the hidden projection with its bias).
    let projected = buffer([B * S, W])
    let xw = projected.storage.pointer(T.self)
    BLAS.gemm(xp, transposeA: false, weightIH.storage.pointer(T.self), transposeB: true, xw, m: B * S, n: W, k: inputs)
    for row in 0..<(B * S) {
      for j in 0..<W { xw[row * W + j] += bIH[j] + (cell == .gru ? 0 : bHH[j]) }
    }

    let states = buffer([S + 1, B, H], zeroed: true)  // h_0 = 0, then h_1 ... h_S
    let cells = buffer([cell == .lstm ? S + 1 : 0, B, H], zeroed: true)  // LSTM's c_0 ... c_S
    let squashedCells = buffer([cell == .lstm ? S : 0, B, H])  // LSTM's tanh(c_1) ... tanh(c_S)
    let gates = buffer([S, B, W])  // activated gates per step
    let hiddenProjections = buffer([cell == .gru ? S : 0, B, H])  // GRU: W_hn h + b_hn
    let recurrent = buffer([B, W])
    let hs = states.storage.pointer(T.self)
    let cs = cells.storage.pointer(T.self)
    let tcs = squashedCells.storage.pointer(T.self)
    let acts = gates.storage.pointer(T.self)
    let hn = hiddenProjections.storage.pointer(T.self)
    let hw = recurrent.storage.pointer(T.self)

    // Each step: one product for the recurrent part, then the gates of each example as
    // whole rows, so the activations run over contiguous vectors.
    for t in 0..<S {
      try context.checkTime()
      let hPrev = hs + t * B * H
      BLAS.gemm(hPrev, transposeA: false, wHH, transposeB: true, hw, m: B, n: W, k: H)
      for b in 0..<B {
        let a = xw + (b * S + t) * W
        let r = hw + b * W
        let g = acts + (t * B + b) * W
        let hIn = hPrev + b * H
        let hOut = hs + ((t + 1) * B + b) * H
        switch cell {
        case .rnn:
          for j in 0..<H { g[j] = a[j] + r[j] }
          T.formTanh(g, count: H)
          hOut.update(from: g, count: H)
        case .lstm:
          let cIn = cs + (t * B + b) * H
          let cOut = cs + ((t + 1) * B + b) * H
          let squashed = tcs + (t * B + b) * H
          for j in 0..<W { g[j] = a[j] + r[j] }
          T.formSigmoid(g, count: 2 * H)  // i, f
          T.formTanh(g + 2 * H, count: H)  // g
          T.formSigmoid(g + 3 * H, count: H)  // o
          for j in 0..<H {
            let state = g[H + j] * cIn[j] + g[j] * g[2 * H + j]
            cOut[j] = state
            squashed[j] = state
          }
          T.formTanh(squashed, count: H)
          for j in 0..<H { hOut[j] = g[3 * H + j] * squashed[j] }
        case .gru:
          let projection = hn + (t * B + b) * H
          for j in 0..<(2 * H) { g[j] = a[j] + r[j] + bHH[j] }
          T.formSigmoid(g, count: 2 * H)  // r, z
          for j in 0..<H {
            let p = r[2 * H + j] + bHH[2 * H + j]
            projection[j] = p
            g[2 * H + j] = a[2 * H + j] + g[j] * p
          }
          T.formTanh(g + 2 * H, count: H)  // n
          for j in 0..<H {
            let (update, candidate) = (g[H + j], g[2 * H + j])
            hOut[j] = (1 - update) * candidate + update * hIn[j]
          }
        }
      }
    }

    let output: Tensor
    if returnSequences {
      output = buffer([B, S, H])
      let out = output.storage.pointer(T.self)
      for t in 0..<S {
        for b in 0..<B { (out + (b * S + t) * H).update(from: hs + ((t + 1) * B + b) * H, count: H) }
      }
    } else {
      output = buffer([B, H])
      output.storage.pointer(T.self).update(from: hs + S * B * H, count: B * H)
    }

    let kernel = self
    return RecurrentPass(output: output) { grad in
      try kernel.backward(
        grad, states: states, cells: cells, squashedCells: squashedCells, gates: gates,
        hiddenProjections: hiddenProjections, context: context)
    }
  }

  /// Backpropagation through time: the gradients of x, W_ih, W_hh, b_ih and b_hh.
  private func backward(
    _ grad: Tensor, states: Tensor, cells: Tensor, squashedCells: Tensor, gates: Tensor, hiddenProjections: Tensor,
    context: Context
  ) throws -> [Tensor?] {
    let (B, S, H, W) = (batch, time, hidden, width)
    let gp = grad.storage.pointer(T.self)
    let hs = states.storage.pointer(T.self)
    let cs = cells.storage.pointer(T.self)
    let tcs = squashedCells.storage.pointer(T.self)
    let acts = gates.storage.pointer(T.self)
    let hn = hiddenProjections.storage.pointer(T.self)
    let wHH = weightHH.storage.pointer(T.self)

    // Gradients of the gates' pre-activations: input side batch-major (for dx and dW_ih),
    // hidden side time-major (for dW_hh); they differ only in the GRU's n gate.
    let inputSide = buffer([B * S, W])
    let hiddenSide = buffer([S, B, W])
    let dA = inputSide.storage.pointer(T.self)
    let dR = hiddenSide.storage.pointer(T.self)
    let dhBuffer = buffer([B, H], zeroed: true)
    let dhPrevBuffer = buffer([B, H])
    let dcBuffer = buffer([B, H], zeroed: true)
    var dh = dhBuffer.storage.pointer(T.self)
    var dhPrev = dhPrevBuffer.storage.pointer(T.self)
    let dc = dcBuffer.storage.pointer(T.self)

    for t in stride(from: S - 1, through: 0, by: -1) {
      try context.checkTime()
      if returnSequences {
        for b in 0..<B {
          for j in 0..<H { dh[b * H + j] += gp[(b * S + t) * H + j] }
        }
      } else if t == S - 1 {
        for i in 0..<(B * H) { dh[i] += gp[i] }
      }
      for b in 0..<B {
        let g = acts + (t * B + b) * W
        let da = dA + (b * S + t) * W
        let dr = dR + (t * B + b) * W
        let row = b * H
        switch cell {
        case .rnn:
          for j in 0..<H {
            let v = dh[row + j] * (1 - g[j] * g[j])
            da[j] = v
            dr[j] = v
            dhPrev[row + j] = 0
          }
        case .lstm:
          let cIn = cs + (t * B + b) * H
          let tc = tcs + (t * B + b) * H
          for j in 0..<H {
            let (i, f, c, o) = (g[j], g[H + j], g[2 * H + j], g[3 * H + j])
            let squashed = tc[j]
            let dState = dc[row + j] + dh[row + j] * o * (1 - squashed * squashed)
            da[j] = dState * c * i * (1 - i)
            da[H + j] = dState * cIn[j] * f * (1 - f)
            da[2 * H + j] = dState * i * (1 - c * c)
            da[3 * H + j] = dh[row + j] * squashed * o * (1 - o)
            for k in 0..<4 { dr[k * H + j] = da[k * H + j] }
            dc[row + j] = dState * f
            dhPrev[row + j] = 0
          }
        case .gru:
          let hIn = hs + (t * B + b) * H
          let projection = hn + (t * B + b) * H
          for j in 0..<H {
            let (reset, update, candidate) = (g[j], g[H + j], g[2 * H + j])
            let d = dh[row + j]
            let dCandidate = d * (1 - update) * (1 - candidate * candidate)
            let dReset = dCandidate * projection[j] * reset * (1 - reset)
            let dUpdate = d * (hIn[j] - candidate) * update * (1 - update)
            (da[j], da[H + j], da[2 * H + j]) = (dReset, dUpdate, dCandidate)
            (dr[j], dr[H + j], dr[2 * H + j]) = (dReset, dUpdate, dCandidate * reset)
            dhPrev[row + j] = d * update
          }
        }
      }
      // What reaches h_{t-1} through the recurrent weights.
      BLAS.gemm(dR + t * B * W, transposeA: false, wHH, transposeB: false, dhPrev, m: B, n: H, k: W, accumulate: true)
      swap(&dh, &dhPrev)
    }

    let dx = buffer([B, S, inputs])
    let dWeightIH = buffer([W, inputs])
    let dWeightHH = buffer([W, H])
    BLAS.gemm(
      dA, transposeA: false, weightIH.storage.pointer(T.self), transposeB: false, dx.storage.pointer(T.self),
      m: B * S, n: inputs, k: W)
    BLAS.gemm(
      dA, transposeA: true, x.storage.pointer(T.self), transposeB: false, dWeightIH.storage.pointer(T.self),
      m: W, n: inputs, k: B * S)
    BLAS.gemm(dR, transposeA: true, hs, transposeB: false, dWeightHH.storage.pointer(T.self), m: W, n: H, k: S * B)
    let dBiasIH = buffer([W], zeroed: true)
    let dBiasHH = buffer([W], zeroed: true)
    let dbi = dBiasIH.storage.pointer(T.self)
    let dbh = dBiasHH.storage.pointer(T.self)
    for row in 0..<(B * S) {
      for j in 0..<W {
        dbi[j] += dA[row * W + j]
        dbh[j] += dR[row * W + j]
      }
    }
    return [dx, dWeightIH, dWeightHH, dBiasIH, dBiasHH]
  }
}
