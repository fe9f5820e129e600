/// The tensor library as cells see it: `Tensor`, its constructors, properties,
/// methods and operators, the elementwise functions, and `measure`.
extension Library {
  /// Registers everything numeric: tensors, activations, autodiff, randomness.
  func registerNumerics() {
    registerTensorType()
    registerTensorOperators()
    registerTensorMethods()
    registerTensorFunctions()
    registerConvolutions()
    registerActivations()
    registerAutodiff()
    registerRandom()
  }

  private func registerTensorType() {
    type(
      "Tensor", help: "An n-dimensional array of Float (float32) or Double (float64) numbers that autodiff can track")
    type("DType", help: "The element type of a tensor: .float32 (the default) or .float64")
    implicitMember("float32", .object(DTypeObject.float32))
    implicitMember("float64", .object(DTypeObject.float64))
    let dtype = Parameter.labeled("dtype", .object("DType"), default: .object(DTypeObject.float32), shown: ".float32")
    let seed = Parameter.labeled("seed", .optional(.int), default: Value.none)

    function(
      Signature(
        "Tensor", [.positional("values", .tensor), dtype], .tensor,
        help: "A tensor of a number, nested arrays of numbers, or another tensor, in the given dtype")
    ) { a in .object(try a.tensor(0, dtype: a.dtype(1))) }
    function(
      Signature(
        "Tensor", [.positional("values", .tensor), .labeled("shape", .shape), dtype], .tensor,
        help: "The values, in row-major order, arranged in the given shape")
    ) { a in
      let shape = try a.shape(1)
      let flat = try a.tensor(0, dtype: a.dtype(2))
      guard flat.count == Tensor.count(of: shape) else {
        throw RuntimeFailure(
          "Tensor: \(flat.count) values do not fill shape \(Shape.text(shape)) (\(Tensor.count(of: shape)) elements)")
      }
      return .object(flat.sharing(shape: shape))
    }
    function(
      Signature(
        "Tensor.zeros", [.positional("shape", .shape), dtype], .tensor, help: "A tensor of zeros of this shape")
    ) { a in .object(Tensor.zeros(try a.shape(0), dtype: try a.dtype(1))) }
    function(
      Signature("Tensor.ones", [.positional("shape", .shape), dtype], .tensor, help: "A tensor of ones of this shape")
    ) { a in .object(Tensor.ones(try a.shape(0), dtype: try a.dtype(1))) }
    function(
      Signature(
        "Tensor.zeros", [.labeled("like", .tensor)], .tensor, help: "Zeros with the shape and dtype of another tensor")
    ) { a in
      let t = try a.tensor(0)
      return .object(Tensor.zeros(t.shape, dtype: t.dtype))
    }
    function(
      Signature(
        "Tensor.ones", [.labeled("like", .tensor)], .tensor, help: "Ones with the shape and dtype of another tensor")
    ) { a in
      let t = try a.tensor(0)
      return .object(Tensor.ones(t.shape, dtype: t.dtype))
    }
    function(
      Signature(
        "Tensor.full", [.positional("shape", .shape), .labeled("value", .double), dtype], .tensor,
        help: "A tensor of this shape with every element equal to value")
    ) { a in .object(Tensor.full(try a.shape(0), value: try a.double(1), dtype: try a.dtype(2))) }
    function(
      Signature(
        "Tensor.eye", [.positional("size", .int), dtype], .tensor,
        help: "The size×size identity matrix: ones on the diagonal, zeros elsewhere")
    ) { a in .object(try Tensor.eye(try a.int(0, atLeast: 0), dtype: try a.dtype(1))) }
    function(
      Signature(
        "Tensor.linspace",
        [.positional("start", .double), .positional("stop", .double), .labeled("count", .int), dtype],
        .tensor, help: "count evenly spaced values from start to stop, both included")
    ) { a in .object(try Tensor.linspace(try a.double(0), try a.double(1), count: try a.int(2), dtype: try a.dtype(3)))
    }
    // `arange(5)` counts from 0; `arange(2, 5)` from 2.
    function(
      Signature(
        "Tensor.arange",
        [
          .positional("start", .double), .positional("stop", .optional(.double), default: Value.none),
          .labeled("step", .double, default: .int(1)), dtype,
        ], .tensor,
        help: "start, start + step, ... up to but not including stop; arange(n) counts 0..<n")
    ) { a in
      let first = try a.double(0)
      let (start, stop) = a.isNil(1) ? (0, first) : (first, try a.double(1))
      return .object(try Tensor.arange(start, stop, step: try a.double(2), dtype: try a.dtype(3)))
    }
    function(
      Signature(
        "Tensor.randomNormal",
        [
          .positional("shape", .shape), .labeled("mean", .double, default: .double(0)),
          .labeled("std", .double, default: .double(1)), dtype, seed,
        ], .tensor,
        help: "Samples of a normal distribution; seed: gives a fresh generator instead of the lesson's")
    ) { a in
      .object(
        Tensor.randomNormal(
          try a.shape(0), mean: try a.double(1), std: try a.double(2), dtype: try a.dtype(3), using: try a.generator(4))
      )
    }
    function(
      Signature(
        "Tensor.randomUniform",
        [
          .positional("shape", .shape), .labeled("in", .range, default: Value.none, shown: "0..<1"), dtype, seed,
        ], .tensor,
        help: "Samples spread evenly over a range (-1...1 or a pair (low, high)); seed: as for randomNormal")
    ) { a in
      let (low, high) = try a.bounds(1)
      return .object(
        Tensor.randomUniform(try a.shape(0), low: low, high: high, dtype: try a.dtype(2), using: try a.generator(3)))
    }
    function(
      Signature(
        "Tensor.randomUniform",
        [.positional("shape", .shape), .labeled("low", .double), .labeled("high", .double), dtype, seed], .tensor,
        help: "Samples spread evenly between low and high")
    ) { a in
      .object(
        Tensor.randomUniform(
          try a.shape(0), low: try a.double(1), high: try a.double(2), dtype: try a.dtype(3), using: try a.generator(4))
      )
    }

    func tensorProperty(_ name: String, _ type: ValueType, _ help: String, _ get: @escaping (Tensor) throws -> Value) {
      property("Tensor", name, type, help: help) { v in try get(try Library.receiver(v)) }
    }
    tensorProperty("shape", .shape, "The size of each axis, outermost first") { .array($0.shape.map { .int($0) }) }
    tensorProperty("rank", .int, "The number of axes (0 for a scalar)") { .int($0.rank) }
    tensorProperty("count", .int, "The number of elements") { .int($0.count) }
    tensorProperty("dtype", .object("DType"), "The element type, .float32 or .float64") {
      .object(DTypeObject.of($0.dtype))
    }
    tensorProperty("T", .tensor, "The transpose (the last two axes swapped)") { .object(try $0.transposed()) }
    tensorProperty("scalars", .array(.double), "Every element, in row-major order, as [Double]") {
      .array($0.doubles.map { .double($0) })
    }
  }

  /// The right side of `x[i] = value`: a tensor, or what `Tensor(...)` accepts.
  static func assignedTensor(_ value: Value) throws -> Tensor {
    switch value {
    case .object(let t as Tensor): return t
    case .box(let b): return try assignedTensor(b.value)
    case let v where v.isNumericLiteral: return try Tensor.from(v, dtype: .float32)
    default: throw RuntimeFailure("subscript: expected a Tensor, got a value of type '\(value.typeName)'")
    }
  }

  static func receiver(_ v: Value) throws(RuntimeFailure) -> Tensor { try receiver(v, as: Tensor.self, "Tensor") }

  // MARK: Operators

  private func registerTensorOperators() {
    binaryOperator = { op, lhs, rhs in
      switch (lhs, rhs) {
      case (.object(let a as Tensor), .object(let b as Tensor)):
        return try Tensor.apply(op, a, b).map { .object($0) }
      case (.object(let a as Tensor), _):
        guard let s = rhs.scalar else { return nil }
        return try Tensor.apply(op, a, scalar: s, scalarFirst: false).map { .object($0) }
      case (_, .object(let b as Tensor)):
        guard let s = lhs.scalar else { return nil }
        return try Tensor.apply(op, b, scalar: s, scalarFirst: true).map { .object($0) }
      default:
        return nil
      }
    }
    negate = { v in
      guard case .object(let t as Tensor) = v else { return nil }
      return .object(t.negated())
    }
    // `a * 2 + b`: the product is a temporary, and the sum is written into its buffer.
    intoTemporary = { op, target, rhs in
      guard var t = Tensor.take(&target) else { return false }
      defer { target = .object(t) }
      guard t.tape == nil, isKnownUniquelyReferenced(&t) else { return false }
      if case .object(let other as Tensor) = rhs {
        guard other.tape == nil, other.dtype == t.dtype, other !== t,
          other.shape == t.shape || Shape.broadcastsInto(other.shape, t.shape)
        else { return false }
        t.makeStorageUnique()
        t.formCombine(op, other)
        return true
      }
      guard let s = rhs.scalar else { return false }
      t.makeStorageUnique()
      t.formCombine(op, scalar: s)
      return true
    }
    // `W -= lr * dW` writes into W's buffer when nothing else can see it.
    compoundAssign = { op, target, rhs in
      guard var t = Tensor.take(&target) else { return false }
      // `target` is `.void` now: `t` holds the value's only reference, unless another
      // variable shares the tensor.
      let other: Tensor
      if case .object(let x as Tensor) = rhs {
        other = x
      } else if let s = rhs.scalar {
        other = t.scalar(s)
      } else {
        target = .object(t)
        return false
      }
      let inPlace: Bool
      switch op {
      case .add, .subtract, .multiply, .divide: inPlace = true
      default: inPlace = false
      }
      if inPlace, t.tape == nil, other.tape == nil, other.dtype == t.dtype,
        Shape.broadcastsInto(other.shape, t.shape),
        isKnownUniquelyReferenced(&t)
      {
        t.makeStorageUnique()
        switch op {
        case .add: t.formCombine(ElementFunctions.Add(), other)
        case .subtract: t.formCombine(ElementFunctions.Subtract(), other)
        case .multiply: t.formCombine(ElementFunctions.Multiply(), other)
        default: t.formCombine(ElementFunctions.Divide(), other)
        }
        target = .object(t)
        return true
      }
      target = .object(t)
      guard let result = try Tensor.apply(op, t, other) else { return false }
      target = .object(result)
      return true
    }
    subscriptSet = { container, index, value in
      guard var t = Tensor.take(&container) else { return false }
      let region: TensorRegion
      let values: Tensor
      do {
        region = try TensorRegion(index, shape: t.shape)
        values = try Library.assignedTensor(value)
      } catch {
        container = .object(t)
        throw error
      }
      if t.tape == nil && values.tape == nil && isKnownUniquelyReferenced(&t) {
        t.makeStorageUnique()
        container = .object(t)
        try t.writeRegion(region, values)
        return true
      }
      container = .object(t)
      container = .object(try t.replacingRegion(region, with: values))
      return true
    }
  }
}
