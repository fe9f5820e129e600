/// A gradient-descent algorithm: given the gradient of the loss with respect to
/// each named parameter, moves the parameters one step, as `torch.optim`'s
/// optimizer of the same name does with the same hyperparameters.
///
/// One small type per algorithm (`SGD`, `RMSProp`, `Adam`, `AdamW`, `Adagrad`),
/// each a value holding its hyperparameters and its per-parameter state (momentum,
/// running averages) by parameter name:
///
/// ```swift
/// var optimizer = Adam(learningRate: 1e-3)
/// var parameters = [(name: "0.weight", value: w), (name: "0.bias", value: b)]
/// try optimizer.update(parameters: &parameters, gradients: ["0.weight": dw, "0.bias": db])
/// ```
///
/// A parameter without an entry in `gradients` is frozen: it keeps its value and
/// its state, and (as in PyTorch) its own step count does not advance.
/// Updates record nothing on a tape; each writes new parameter tensors, so a model
/// value that still holds the old ones is unaffected.
protocol Optimizer {
  /// The step size; a schedule (or `fit`) may change it between steps.
  var learningRate: Double { get set }
  /// How many times `update` has run.
  var step: Int { get }

  /// One step for every parameter that has a gradient.
  ///
  /// Throws when a gradient's shape differs from its parameter's, when a gradient
  /// names no parameter, or when a hyperparameter is out of range (`validate()`).
  mutating func update(parameters: inout [(name: String, value: Tensor)], gradients: [String: Tensor]) throws

  /// Throws if a hyperparameter is out of the range `torch.optim` accepts; for
  /// checking when the optimizer is made, before any step.
  func validate() throws
}

extension Optimizer {
  /// Throws unless `value` satisfies `valid`, naming the hyperparameter.
  func require(_ valid: Bool, _ name: String, _ value: Double, _ expectation: String) throws {
    guard valid else {
      throw RuntimeFailure("\(Self.self): \(name) must be \(expectation), got \(value)")
    }
  }
}

/// The per-element arithmetic of one optimizer step, as a type so the loop over
/// the elements is specialized for it (as `BinaryElementFunction` is for kernels).
protocol UpdateRule {
  /// The new value of a parameter element `p` whose gradient is `g`; reads and
  /// writes the element's state `first` and `second` (the optimizer's running
  /// buffers, 0 before the first step; a rule with fewer ignores the rest).
  func callAsFunction<T: TensorScalar>(_ p: T, _ g: T, _ first: inout T, _ second: inout T) -> T

  /// The rule over `count` elements: `out[i] = rule(p[i], g[i], &first[i], &second[i])`.
  /// The default calls the rule element by element; a rule may replace it with a loop
  /// that computes the same values faster (`Adam`'s, with its constants hoisted).
  func apply<T: TensorScalar>(
    count: Int, _ p: UnsafeMutablePointer<T>, _ g: UnsafeMutablePointer<T>, _ first: UnsafeMutablePointer<T>?,
    _ second: UnsafeMutablePointer<T>?, into out: UnsafeMutablePointer<T>)
}

extension UpdateRule {
  func apply<T: TensorScalar>(
    count: Int, _ p: UnsafeMutablePointer<T>, _ g: UnsafeMutablePointer<T>, _ first: UnsafeMutablePointer<T>?,
    _ second: UnsafeMutablePointer<T>?, into out: UnsafeMutablePointer<T>
  ) {
    applyElementwise(count: count, p, g, first, second, into: out)
  }

  /// The rule element by element, one version per buffer count so the inner loop has no branch.
  @inline(__always)
  func applyElementwise<T: TensorScalar>(
    count: Int, _ p: UnsafeMutablePointer<T>, _ g: UnsafeMutablePointer<T>, _ first: UnsafeMutablePointer<T>?,
    _ second: UnsafeMutablePointer<T>?, into out: UnsafeMutablePointer<T>
  ) {
    var unused: (T, T) = (0, 0)
    if let first, let second {
      for i in 0..<count { out[i] = self(p[i], g[i], &first[i], &second[i]) }
    } else if let first {
      for i in 0..<count { out[i] = self(p[i], g[i], &first[i], &unused.1) }
    } else {
      for i in 0..<count { out[i] = self(p[i], g[i], &unused.0, &unused.1) }
    }
  }
}

/// An optimizer's memory, by parameter name: how many steps each parameter has
/// taken and its running buffers (same shape and dtype as the parameter).
struct OptimizerState {
  struct Entry {
    /// Steps this parameter has taken (frozen steps not counted).
    var step = 0
    var buffers: [Tensor] = []
  }

  private(set) var entries: [String: Entry] = [:]

  /// Moves every parameter that has a gradient by `rule`, made for that
  /// parameter's step number (1 on its first step), with `bufferCount` buffers.
  mutating func apply<Rule: UpdateRule>(
    to parameters: inout [(name: String, value: Tensor)], gradients: [String: Tensor], bufferCount: Int,
    operation: String, rule: (_ step: Int) -> Rule
  ) throws {
    let names = Set(parameters.map(\.name))
    if let stray = gradients.keys.filter({ !names.contains($0) }).sorted().first {
      throw RuntimeFailure(
        "\(operation): there is a gradient for '\(stray)' but no parameter of that name (parameters: \(parameters.map(\.name).joined(separator: ", ")))"
      )
    }
    for index in parameters.indices {
      let (name, parameter) = parameters[index]
      guard var gradient = gradients[name] else { continue }
      guard gradient.shape == parameter.shape else {
        throw RuntimeFailure(
          "\(operation): the gradient of '\(name)' has shape \(Shape.text(gradient.shape)) but the parameter has shape \(Shape.text(parameter.shape))"
        )
      }
      if gradient.dtype != parameter.dtype {
        gradient = Tensor(shape: gradient.shape, storage: gradient.storage.converted(to: parameter.dtype))
      }
      if let shape = entries[name]?.buffers.first?.shape, shape != parameter.shape {
        throw RuntimeFailure(
          "\(operation): '\(name)' now has shape \(Shape.text(parameter.shape)), but the optimizer's state for it has shape \(Shape.text(shape)); make a new optimizer for a changed model"
        )
      }
      // Taken out of the dictionary so that its buffers can be written in place.
      var entry = entries.removeValue(forKey: name) ?? Entry()
      prepare(&entry, for: parameter, bufferCount: bufferCount)
      entry.step += 1
      let updated = Tensor(uninitializedShape: parameter.shape, dtype: parameter.dtype)
      let step = rule(entry.step)
      switch parameter.dtype {
      case .float32: Self.run(step, parameter, gradient, entry.buffers, into: updated, Float.self)
      case .float64: Self.run(step, parameter, gradient, entry.buffers, into: updated, Double.self)
      }
      entries[name] = entry
      parameters[index].value = updated
    }
  }

  /// Makes `entry`'s buffers exist, match the parameter, and be private to this
  /// state (a copied optimizer shares them until one of the copies steps).
  private func prepare(_ entry: inout Entry, for parameter: Tensor, bufferCount: Int) {
    if entry.buffers.isEmpty {
      entry.buffers = (0..<bufferCount).map { _ in Tensor.zeros(parameter.shape, dtype: parameter.dtype) }
      return
    }
    for k in entry.buffers.indices {
      if entry.buffers[k].dtype != parameter.dtype {
        let b = entry.buffers[k]
        entry.buffers[k] = Tensor(shape: b.shape, storage: b.storage.converted(to: parameter.dtype))
      } else if isKnownUniquelyReferenced(&entry.buffers[k]) {
        entry.buffers[k].makeStorageUnique()
      } else {
        let b = entry.buffers[k]
        entry.buffers[k] = Tensor(shape: b.shape, storage: b.storage.copy())
      }
    }
  }

  /// The loop over the elements, as the rule runs it.
  private static func run<Rule: UpdateRule, T: TensorScalar>(
    _ rule: Rule, _ parameter: Tensor, _ gradient: Tensor, _ buffers: [Tensor], into updated: Tensor, _: T.Type
  ) {
    rule.apply(
      count: parameter.count, parameter.storage.pointer(T.self), gradient.storage.pointer(T.self),
      buffers.count > 0 ? buffers[0].storage.pointer(T.self) : nil,
      buffers.count > 1 ? buffers[1].storage.pointer(T.self) : nil, into: updated.storage.pointer(T.self))
  }
}
