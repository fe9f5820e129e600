/// Elementwise functions of one tensor (and `where`), and their gradients.
extension Tensor {
  /// `f` on every element, same shape and dtype. Records nothing.
  func mapped<F: UnaryElementFunction>(_ f: F) -> Tensor {
    let out = Tensor(shape: shape, storage: TensorStorage.make(count: count, dtype: dtype))
    switch dtype {
    case .float32: Tensor.mapLoop(f, storage.pointer(Float.self), out.storage.pointer(Float.self), count)
    case .float64: Tensor.mapLoop(f, storage.pointer(Double.self), out.storage.pointer(Double.self), count)
    }
    return out
  }

  /// Applies `f` in place; the caller has checked the buffer is private.
  func formMapped<F: UnaryElementFunction>(_ f: F) {
    switch dtype {
    case .float32: Tensor.mapLoop(f, storage.pointer(Float.self), storage.pointer(Float.self), count)
    case .float64: Tensor.mapLoop(f, storage.pointer(Double.self), storage.pointer(Double.self), count)
    }
  }

  @inline(__always)
  static func mapLoop<F: UnaryElementFunction, T: TensorScalar>(
    _ f: F, _ x: UnsafeMutablePointer<T>, _ out: UnsafeMutablePointer<T>, _ n: Int
  ) {
    for i in 0..<n { out[i] = f(x[i]) }
  }

  /// A tensor of `value` with this tensor's dtype and rank 0, for mixing with scalars.
  func scalar(_ value: Double) -> Tensor { Tensor(scalar: value, dtype: dtype) }

  // MARK: Differentiable elementwise functions

  func negated() -> Tensor {
    let out = mapped(ElementFunctions.Negate())
    if let tape = Tape.active(self) { tape.record(out, self) { g in [g.negated()] } }
    return out
  }

  func exp() -> Tensor {
    let out = mapped(ElementFunctions.Exp())
    if let tape = Tape.active(self) { tape.record(out, self) { g in [try g.multiplying(out)] } }
    return out
  }

  func log() -> Tensor {
    let out = mapped(ElementFunctions.Log())
    if let tape = Tape.active(self) { tape.record(out, self) { [x = self] g in [try g.dividing(x)] } }
    return out
  }

  func squareRoot() -> Tensor {
    let out = mapped(ElementFunctions.SquareRoot())
    if let tape = Tape.active(self) {
      tape.record(out, self) { g in [try g.dividing(out.multiplying(out.scalar(2)))] }
    }
    return out
  }

  func absolute() -> Tensor {
    let out = mapped(ElementFunctions.Absolute())
    if let tape = Tape.active(self) {
      tape.record(out, self) { [x = self] g in [try g.multiplying(x.mapped(ElementFunctions.Sign()))] }
    }
    return out
  }

  func sine() -> Tensor {
    let out = mapped(ElementFunctions.Sine())
    if let tape = Tape.active(self) {
      tape.record(out, self) { [x = self] g in [try g.multiplying(x.cosine())] }
    }
    return out
  }

  func cosine() -> Tensor {
    let out = mapped(ElementFunctions.Cosine())
    if let tape = Tape.active(self) {
      tape.record(out, self) { [x = self] g in [try g.multiplying(x.sine()).negated()] }
    }
    return out
  }

  func squared() -> Tensor {
    let out = mapped(ElementFunctions.Square())
    if let tape = Tape.active(self) {
      tape.record(out, self) { [x = self] g in [try g.multiplying(x).multiplying(x.scalar(2))] }
    }
    return out
  }

  /// `pow(x, exponent)` for a number exponent.
  func raised(to exponent: Double) -> Tensor {
    let out = mapped(ElementFunctions.PowerOf(exponent: exponent))
    if let tape = Tape.active(self) {
      tape.record(out, self) { [x = self] g in
        [try g.multiplying(x.raised(to: exponent - 1)).multiplying(x.scalar(exponent))]
      }
    }
    return out
  }

  /// Limits every element to `low...high`; the gradient passes where the input was inside.
  func clipped(min low: Double, max high: Double) -> Tensor {
    let out = mapped(ElementFunctions.Clip(low: low, high: high))
    if let tape = Tape.active(self) {
      tape.record(out, self) { [x = self] g in
        [try g.multiplying(x.mapped(ElementFunctions.InsideClip(low: low, high: high)))]
      }
    }
    return out
  }

  /// `condition ? a : b` elementwise (NumPy's `where`); the three broadcast together.
  static func select(_ condition: Tensor, _ a: Tensor, _ b: Tensor) throws -> Tensor {
    let ab = try Shape.broadcast(a.shape, b.shape, operation: "where")
    let shape = try Shape.broadcast(condition.shape, ab, operation: "where")
    let dtype = DType.promoted(a.dtype, b.dtype)
    let c = try condition.converted(to: dtype).broadcastedCopy(to: shape)
    let x = try a.converted(to: dtype).broadcastedCopy(to: shape)
    let y = try b.converted(to: dtype).broadcastedCopy(to: shape)
    let out = Tensor(uninitializedShape: shape, dtype: dtype)
    let n = out.count
    switch dtype {
    case .float32:
      let pc = c.storage.pointer(Float.self)
      let px = x.storage.pointer(Float.self)
      let py = y.storage.pointer(Float.self)
      let po = out.storage.pointer(Float.self)
      for i in 0..<n { po[i] = pc[i] != 0 ? px[i] : py[i] }
    case .float64:
      let pc = c.storage.pointer(Double.self)
      let px = x.storage.pointer(Double.self)
      let py = y.storage.pointer(Double.self)
      let po = out.storage.pointer(Double.self)
      for i in 0..<n { po[i] = pc[i] != 0 ? px[i] : py[i] }
    }
    if let tape = Tape.active([a, b]) {
      tape.record(out, inputs: [a, b]) { g in
        let mask = try c.compared(.notEqual, c.scalar(0))
        let ga = try g.multiplying(mask)
        let gb = try g.subtracting(ga)
        return [try ga.reduced(toShape: a.shape, dtype: a.dtype), try gb.reduced(toShape: b.shape, dtype: b.dtype)]
      }
    }
    return out
  }
}
