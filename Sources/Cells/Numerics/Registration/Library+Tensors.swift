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
    type("Tensor")
    type("DType")
    implicitMember("float32", .object(DTypeObject.float32))
    implicitMember("float64", .object(DTypeObject.float64))
    let none = Value.none

    function("Tensor.init(_:dtype:)", defaults: ["dtype": none]) { _, a in
      .object(try TensorArguments.tensor(a[0], "Tensor", dtype: try TensorArguments.dtype(a[1], "Tensor") ?? .float32))
    }
    function("Tensor.init(_:shape:dtype:)", defaults: ["dtype": none]) { _, a in
      let shape = try TensorArguments.shape(a[1], "Tensor")
      let flat = try TensorArguments.tensor(
        a[0], "Tensor", dtype: try TensorArguments.dtype(a[2], "Tensor") ?? .float32)
      guard flat.count == Tensor.count(of: shape) else {
        throw RuntimeFailure(
          "Tensor: \(flat.count) values do not fill shape \(Shape.text(shape)) (\(Tensor.count(of: shape)) elements)")
      }
      return .object(flat.sharing(shape: shape))
    }
    function("Tensor.zeros(_:dtype:)", defaults: ["dtype": none]) { _, a in
      .object(
        Tensor.zeros(
          try TensorArguments.shape(a[0], "zeros"), dtype: try TensorArguments.dtype(a[1], "zeros") ?? .float32))
    }
    function("Tensor.ones(_:dtype:)", defaults: ["dtype": none]) { _, a in
      .object(
        Tensor.ones(try TensorArguments.shape(a[0], "ones"), dtype: try TensorArguments.dtype(a[1], "ones") ?? .float32)
      )
    }
    function("Tensor.zeros(like:)") { _, a in
      let t = try TensorArguments.tensor(a[0], "zeros")
      return .object(Tensor.zeros(t.shape, dtype: t.dtype))
    }
    function("Tensor.ones(like:)") { _, a in
      let t = try TensorArguments.tensor(a[0], "ones")
      return .object(Tensor.ones(t.shape, dtype: t.dtype))
    }
    function("Tensor.full(_:value:dtype:)", defaults: ["dtype": none]) { _, a in
      .object(
        Tensor.full(
          try TensorArguments.shape(a[0], "full"), value: try TensorArguments.number(a[1], "full", "value"),
          dtype: try TensorArguments.dtype(a[2], "full") ?? .float32))
    }
    function("Tensor.eye(_:dtype:)", defaults: ["dtype": none]) { _, a in
      .object(
        Tensor.eye(
          try TensorArguments.int(a[0], "eye", "size"), dtype: try TensorArguments.dtype(a[1], "eye") ?? .float32))
    }
    function("Tensor.linspace(_:_:count:dtype:)", defaults: ["dtype": none]) { _, a in
      .object(
        try Tensor.linspace(
          try TensorArguments.number(a[0], "linspace", "start"), try TensorArguments.number(a[1], "linspace", "stop"),
          count: try TensorArguments.int(a[2], "linspace", "count"),
          dtype: try TensorArguments.dtype(a[3], "linspace") ?? .float32))
    }
    // `arange(5)` counts from 0; `arange(2, 5)` from 2.
    function("Tensor.arange(_:_:step:dtype:)", defaults: ["_1": none, "step": .int(1), "dtype": none]) { _, a in
      let first = try TensorArguments.number(a[0], "arange", "start")
      let (start, stop) = a[1].isNone ? (0, first) : (first, try TensorArguments.number(a[1], "arange", "stop"))
      return .object(
        try Tensor.arange(
          start, stop, step: try TensorArguments.number(a[2], "arange", "step"),
          dtype: try TensorArguments.dtype(a[3], "arange") ?? .float32))
    }
    function(
      "Tensor.randomNormal(_:mean:std:dtype:seed:)",
      defaults: ["mean": .double(0), "std": .double(1), "dtype": none, "seed": none]
    ) { rt, a in
      .object(
        Tensor.randomNormal(
          try TensorArguments.shape(a[0], "randomNormal"),
          mean: try TensorArguments.number(a[1], "randomNormal", "mean"),
          std: try TensorArguments.number(a[2], "randomNormal", "std"),
          dtype: try TensorArguments.dtype(a[3], "randomNormal") ?? .float32,
          using: try Library.generator(a[4], rt, "randomNormal")))
    }
    function("Tensor.randomUniform(_:in:dtype:seed:)", defaults: ["in": none, "dtype": none, "seed": none]) { rt, a in
      let (low, high) = try Library.bounds(a[1], "randomUniform")
      return .object(
        Tensor.randomUniform(
          try TensorArguments.shape(a[0], "randomUniform"), low: low, high: high,
          dtype: try TensorArguments.dtype(a[2], "randomUniform") ?? .float32,
          using: try Library.generator(a[3], rt, "randomUniform")))
    }
    function("Tensor.randomUniform(_:low:high:dtype:seed:)", defaults: ["dtype": none, "seed": none]) { rt, a in
      .object(
        Tensor.randomUniform(
          try TensorArguments.shape(a[0], "randomUniform"),
          low: try TensorArguments.number(a[1], "randomUniform", "low"),
          high: try TensorArguments.number(a[2], "randomUniform", "high"),
          dtype: try TensorArguments.dtype(a[3], "randomUniform") ?? .float32,
          using: try Library.generator(a[4], rt, "randomUniform")))
    }

    property("Tensor", "shape") { v in .array(try Library.receiver(v).shape.map { .int($0) }) }
    property("Tensor", "rank") { v in .int(try Library.receiver(v).rank) }
    property("Tensor", "count") { v in .int(try Library.receiver(v).count) }
    property("Tensor", "dtype") { v in .object(DTypeObject.of(try Library.receiver(v).dtype)) }
    property("Tensor", "T") { v in .object(try Library.receiver(v).transposed()) }
    property("Tensor", "scalars") { v in .array(try Library.receiver(v).doubles.map { .double($0) }) }
  }

  /// The generator for a `seed:` argument: a fresh one when given, the lesson's otherwise.
  static func generator(_ seed: Value, _ rt: Runtime, _ function: String) throws -> NNRandom {
    if seed.isNone { return rt.random }
    return NNRandom(seed: UInt64(bitPattern: Int64(try TensorArguments.int(seed, function, "seed"))))
  }

  /// `in: -1...1`, `in: (-0.5, 0.5)`, or the default `0..<1`.
  static func bounds(_ value: Value, _ function: String) throws -> (Double, Double) {
    switch value {
    case .none: return (0, 1)
    case .range(let r): return (Double(r.lower), Double(r.upper))
    case .tuple(let t) where t.elements.count == 2:
      return (
        try TensorArguments.number(t.elements[0], function, "in"),
        try TensorArguments.number(t.elements[1], function, "in")
      )
    case .array(let items) where items.count == 2:
      return (
        try TensorArguments.number(items[0], function, "in"), try TensorArguments.number(items[1], function, "in")
      )
    default:
      throw RuntimeFailure(
        "\(function): in: takes a range like -1...1 or a pair (low, high), got a value of type '\(value.typeName)'")
    }
  }

  static func receiver(_ v: Value) throws -> Tensor {
    guard case .object(let t as Tensor) = v else {
      throw RuntimeFailure("expected a Tensor, got a value of type '\(v.typeName)'")
    }
    return t
  }

  // MARK: Operators

  private func registerTensorOperators() {
    binaryOperator = { op, lhs, rhs in
      switch (lhs, rhs) {
      case (.object(let a as Tensor), .object(let b as Tensor)):
        return try Tensor.apply(op, a, b).map { .object($0) }
      case (.object(let a as Tensor), _):
        guard let s = TensorArguments.scalar(rhs) else { return nil }
        return try Tensor.apply(op, a, scalar: s, scalarFirst: false).map { .object($0) }
      case (_, .object(let b as Tensor)):
        guard let s = TensorArguments.scalar(lhs) else { return nil }
        return try Tensor.apply(op, b, scalar: s, scalarFirst: true).map { .object($0) }
      default:
        return nil
      }
    }
    negate = { v in
      guard case .object(let t as Tensor) = v else { return nil }
      return .object(t.negated())
    }
    // `W -= lr * dW` writes into W's buffer when nothing else can see it.
    compoundAssign = { op, target, rhs in
      guard var t = Tensor.take(&target) else { return false }
      // `target` is `.void` now: `t` holds the value's only reference, unless another
      // variable shares the tensor.
      let other: Tensor
      if case .object(let x as Tensor) = rhs {
        other = x
      } else if let s = TensorArguments.scalar(rhs) {
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
        (try? Shape.broadcast(t.shape, other.shape, operation: op.rawValue)) == t.shape,
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
        values = try TensorArguments.tensor(value, "subscript")
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
