/// A weight penalty added to the loss: `.l1(λ)` or `.l2(λ)`.
///
/// Exactly what is computed, over every element `w` of every tensor given:
///
/// - `.l1(λ)`: `λ · Σ |w|`, whose gradient is `λ · sign(w)` (0 at w = 0, as PyTorch's `abs`);
/// - `.l2(λ)`: `λ · Σ w²`, whose gradient is `2λ · w`.
///
/// There is no ½ in front of the L2 sum and no division by the batch size, so
/// `.l2(λ)` with plain SGD moves the weights as `SGD(weightDecay: 2λ)` does. The
/// penalty is added to the mean loss of each batch; which tensors count (usually
/// the weights, not the biases) is for the caller to choose.
enum Regularization: Equatable, Sendable {
  case l1(Double)
  case l2(Double)

  /// λ, the strength.
  var strength: Double {
    switch self {
    case .l1(let s), .l2(let s): return s
    }
  }

  /// The penalty of `weights`, a rank-0 tensor recorded on the tape when a weight
  /// is tracked (so it can be added to a loss inside a gradient); 0 for no weights.
  func penalty(of weights: [Tensor]) throws -> Tensor {
    var total: Tensor?
    for w in weights {
      let term: Tensor
      switch self {
      case .l1: term = try w.absolute().sum()
      case .l2: term = try w.squared().sum()
      }
      total = try total.map { try $0.adding(term) } ?? term
    }
    guard let total else { return Tensor(scalar: 0) }
    return try total.multiplying(total.scalar(strength))
  }
}
