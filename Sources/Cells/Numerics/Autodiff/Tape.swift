/// The record of one reverse-mode differentiation: what was computed from the
/// tracked inputs, and how to send a gradient back through each step.
///
/// `gradient(at:)` makes a tape, marks its inputs as leaves, runs the closure, then
/// walks the nodes backwards. Operations record a node only when one of their
/// inputs is tracked by a tape that is still recording, so code outside a gradient
/// pays one nil check per operation and allocates nothing for autodiff.
///
/// Nodes are appended in the order the closure computes them, which is already a
/// topological order: the backward pass is one reverse sweep.
final class Tape {
  struct Node {
    /// Node indices of the operation's inputs on this tape; -1 for a constant.
    var inputs: [Int]
    /// Maps the gradient of the output to the gradients of the inputs (nil: no
    /// gradient flows there). Nil for a leaf.
    var backward: ((Tensor) throws -> [Tensor?])?
  }

  private(set) var nodes: [Node] = []
  /// False once the backward pass starts: the gradient computations are not recorded.
  private(set) var isRecording = true
  /// Orders nested tapes: an operation records on the innermost (the latest) one.
  let serial: Int

  init() {
    serial = Context.current.nextTapeSerial()
  }

  /// A tracked copy of `tensor` (sharing its buffer) that becomes a leaf of this tape.
  func leaf(_ tensor: Tensor) -> Tensor {
    let t = Tensor(shape: tensor.shape, storage: tensor.storage)
    t.tape = self
    t.node = nodes.count
    nodes.append(Node(inputs: [], backward: nil))
    return t
  }

  /// Records `output` as computed from `inputs`.
  func record(_ output: Tensor, _ inputs: Tensor..., backward: @escaping (Tensor) throws -> [Tensor?]) {
    record(output, inputs: inputs, backward: backward)
  }

  func record(_ output: Tensor, inputs: [Tensor], backward: @escaping (Tensor) throws -> [Tensor?]) {
    let indices = inputs.map { $0.tape === self ? $0.node : -1 }
    output.tape = self
    output.node = nodes.count
    nodes.append(Node(inputs: indices, backward: backward))
  }

  /// The recording tape an operation on `a` must use, if any.
  @inline(__always)
  static func active(_ a: Tensor) -> Tape? {
    guard let t = a.tape, t.isRecording else { return nil }
    return t
  }

  @inline(__always)
  static func active(_ a: Tensor, _ b: Tensor) -> Tape? {
    if a.tape == nil && b.tape == nil { return nil }
    return innermost([a, b])
  }

  static func active(_ tensors: [Tensor]) -> Tape? {
    innermost(tensors)
  }

  private static func innermost(_ tensors: [Tensor]) -> Tape? {
    var best: Tape?
    for t in tensors {
      if let tape = t.tape, tape.isRecording, tape.serial > (best?.serial ?? Int.min) { best = tape }
    }
    return best
  }

  /// Sends `seed` (the gradient of `output`) back to every node; returns each node's
  /// gradient, nil where none arrived. Stops recording first, and drops the nodes
  /// afterwards: their closures hold tensors that hold this tape.
  func backward(from output: Tensor, seed: Tensor) throws -> [Tensor?] {
    isRecording = false
    defer { nodes.removeAll() }
    var grads = [Tensor?](repeating: nil, count: nodes.count)
    guard output.tape === self else { return grads }
    grads[output.node] = seed
    for i in stride(from: output.node, through: 0, by: -1) {
      guard let g = grads[i], let backward = nodes[i].backward else { continue }
      let inputGrads = try backward(g)
      for (k, input) in nodes[i].inputs.enumerated() where input >= 0 {
        guard k < inputGrads.count, let ig = inputGrads[k] else { continue }
        if let existing = grads[input] {
          grads[input] = try existing.adding(ig)
        } else {
          grads[input] = ig
        }
      }
      // An intermediate gradient is not needed once it has been passed on.
      grads[i] = nil
    }
    return grads
  }

  /// Ends recording without a backward pass (the closure threw).
  func abandon() {
    isRecording = false
    nodes.removeAll()
  }
}
