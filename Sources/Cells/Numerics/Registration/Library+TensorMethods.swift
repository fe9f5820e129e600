/// Tensor methods (`x.sum(axis: 0)`) and the global tensor functions (`matmul(a, b)`).
extension Library {
  /// A method on `Tensor` whose body gets the receiver as a tensor.
  private func tensorMethod(
    _ signature: String, defaults: [String: Value] = [:], _ body: @escaping (Runtime, Tensor, [Value]) throws -> Value
  ) {
    method("Tensor", signature, defaults: defaults) { rt, v, a in try body(rt, try Library.receiver(v), a) }
  }

  func registerTensorMethods() {
    let none = Value.none
    let reduceDefaults: [String: Value] = ["axis": none, "keepingDims": .bool(false)]

    tensorMethod("item()") { _, t, _ in .double(try t.item()) }
    tensorMethod("matmul(_:)") { _, t, a in .object(try t.matmul(try TensorArguments.tensor(a[0], "matmul"))) }

    typealias Reduce = (Tensor, Int?, Bool) throws -> Tensor
    let reductions: [(String, Reduce)] = [
      ("sum", { try $0.sum(axis: $1, keepingDims: $2) }),
      ("mean", { try $0.mean(axis: $1, keepingDims: $2) }),
      ("max", { try $0.max(axis: $1, keepingDims: $2) }),
      ("min", { try $0.min(axis: $1, keepingDims: $2) }),
      ("variance", { try $0.variance(axis: $1, keepingDims: $2) }),
      ("std", { try $0.standardDeviation(axis: $1, keepingDims: $2) }),
    ]
    for (name, reduce) in reductions {
      tensorMethod("\(name)(axis:keepingDims:)", defaults: reduceDefaults) { _, t, a in
        .object(
          try reduce(t, try TensorArguments.axis(a[0], name), try TensorArguments.bool(a[1], name, "keepingDims")))
      }
    }
    for (name, largest) in [("argmax", true), ("argmin", false)] {
      // Without an axis: the flat index, as an Int; with one: a tensor of indices.
      tensorMethod("\(name)(axis:)", defaults: ["axis": none]) { _, t, a in
        guard let axis = try TensorArguments.axis(a[0], name) else {
          return .int(try t.argExtremum(largest: largest, operation: name))
        }
        return .object(try t.argExtremum(axis: axis, largest: largest, operation: name))
      }
    }

    let elementwise: [(String, (Tensor) throws -> Tensor)] = [
      ("exp", { $0.exp() }), ("log", { $0.log() }), ("sqrt", { $0.squareRoot() }), ("abs", { $0.absolute() }),
      ("sin", { $0.sine() }), ("cos", { $0.cosine() }), ("tanh", { $0.tanh() }), ("sigmoid", { $0.sigmoid() }),
      ("relu", { $0.activation(Activation.ReLU(), derivative: Activation.ReLUDerivative()) }),
      ("squared", { $0.squared() }), ("flattened", { try $0.flattened() }),
    ]
    for (name, f) in elementwise {
      tensorMethod("\(name)()") { _, t, _ in .object(try f(t)) }
    }
    tensorMethod("pow(_:)") { _, t, a in .object(try Library.power(t, a[0])) }
    tensorMethod("clip(min:max:)", defaults: ["min": none, "max": none]) { _, t, a in
      .object(try Library.clip(t, a[0], a[1]))
    }
    tensorMethod("maximum(_:)") { _, t, a in .object(try t.maximum(try TensorArguments.tensor(a[0], "maximum"))) }
    tensorMethod("minimum(_:)") { _, t, a in .object(try t.minimum(try TensorArguments.tensor(a[0], "minimum"))) }
    tensorMethod("softmax(axis:)", defaults: ["axis": .int(-1)]) { _, t, a in
      .object(try t.softmax(axis: try TensorArguments.int(a[0], "softmax", "axis")))
    }
    tensorMethod("logSoftmax(axis:)", defaults: ["axis": .int(-1)]) { _, t, a in
      .object(try t.logSoftmax(axis: try TensorArguments.int(a[0], "logSoftmax", "axis")))
    }

    // `x.reshaped([2, 3])`, and `x.reshaped(2, 3)` for short.
    tensorMethod("reshaped(_:)") { _, t, a in .object(try t.reshaped(try TensorArguments.signedShape(a, "reshaped"))) }
    tensorMethod("reshaped(_:_:)") { _, t, a in .object(try t.reshaped(try TensorArguments.signedShape(a, "reshaped")))
    }
    tensorMethod("reshaped(_:_:_:)") { _, t, a in
      .object(try t.reshaped(try TensorArguments.signedShape(a, "reshaped")))
    }
    tensorMethod("reshaped(_:_:_:_:)") { _, t, a in
      .object(try t.reshaped(try TensorArguments.signedShape(a, "reshaped")))
    }
    tensorMethod("transposed()") { _, t, _ in .object(try t.transposed()) }
    tensorMethod("transposed(_:)") { _, t, a in
      .object(try t.transposed(try TensorArguments.signedShape([a[0]], "transposed")))
    }
    tensorMethod("squeezed(axis:)", defaults: ["axis": none]) { _, t, a in
      .object(try t.squeezed(axis: try TensorArguments.axis(a[0], "squeezed")))
    }
    tensorMethod("expandedDimensions(axis:)") { _, t, a in
      .object(try t.expandingDimensions(axis: try TensorArguments.int(a[0], "expandedDimensions", "axis")))
    }
    tensorMethod("broadcasted(to:)") { _, t, a in
      .object(try t.broadcasted(to: try TensorArguments.shape(a[0], "broadcasted")))
    }
    tensorMethod("asType(_:)") { _, t, a in
      .object(t.converted(to: try TensorArguments.dtype(a[0], "asType") ?? t.dtype))
    }
    tensorMethod("allClose(_:rtol:atol:)", defaults: ["rtol": .double(1e-5), "atol": .double(1e-8)]) { _, t, a in
      .bool(
        try Library.allClose(
          t, try TensorArguments.tensor(a[0], "allClose"), rtol: try TensorArguments.number(a[1], "allClose", "rtol"),
          atol: try TensorArguments.number(a[2], "allClose", "atol")))
    }
  }

  func registerTensorFunctions() {
    let none = Value.none
    function("matmul(_:_:)") { _, a in
      .object(try TensorArguments.tensor(a[0], "matmul").matmul(try TensorArguments.tensor(a[1], "matmul")))
    }
    // Called by the interpreter for `exp(x)` and friends when `x` is not a number.
    let math: [(String, (Tensor) -> Tensor, (Double) -> Double)] = [
      ("exp", { $0.exp() }, { CMath.exp($0) }), ("log", { $0.log() }, { CMath.log($0) }),
      ("sqrt", { $0.squareRoot() }, { $0.squareRoot() }), ("abs", { $0.absolute() }, { Swift.abs($0) }),
      ("sin", { $0.sine() }, { CMath.sin($0) }), ("cos", { $0.cosine() }, { CMath.cos($0) }),
    ]
    for (name, f, scalar) in math {
      function("\(name)(_:)") { _, a in try Library.elementwise(name, a[0], { f($0) }, scalar) }
    }
    function("pow(_:_:)") { _, a in
      if let x = TensorArguments.scalar(a[0]), let y = TensorArguments.scalar(a[1]) { return .double(CMath.pow(x, y)) }
      if case .object(let t as Tensor) = a[0] { return .object(try Library.power(t, a[1])) }
      guard let x = TensorArguments.scalar(a[0]) else {
        throw RuntimeFailure("pow: expected a Tensor or a number, got a value of type '\(a[0].typeName)'")
      }
      let exponent = try TensorArguments.tensor(a[1], "pow")
      return .object(try exponent.scalar(x).raised(to: exponent))
    }
    function("clip(_:min:max:)", defaults: ["min": none, "max": none]) { _, a in
      if let x = TensorArguments.scalar(a[0]) {
        let low = a[1].isNone ? -Double.infinity : try TensorArguments.number(a[1], "clip", "min")
        let high = a[2].isNone ? Double.infinity : try TensorArguments.number(a[2], "clip", "max")
        return .double(Swift.min(Swift.max(x, low), high))
      }
      return .object(try Library.clip(try TensorArguments.tensor(a[0], "clip"), a[1], a[2]))
    }
    function("maximum(_:_:)") { _, a in
      .object(try TensorArguments.tensor(a[0], "maximum").maximum(try TensorArguments.tensor(a[1], "maximum")))
    }
    function("minimum(_:_:)") { _, a in
      .object(try TensorArguments.tensor(a[0], "minimum").minimum(try TensorArguments.tensor(a[1], "minimum")))
    }
    // `where` is a Swift keyword: cells write `` `where`(c, a, b) `` or MLX's `which(c, a, b)`.
    for name in ["where", "which"] {
      function("\(name)(_:_:_:)") { _, a in
        .object(
          try Tensor.select(
            try TensorArguments.tensor(a[0], name), try TensorArguments.tensor(a[1], name),
            try TensorArguments.tensor(a[2], name)))
      }
    }
    function("concatenated(_:axis:)", defaults: ["axis": .int(0)]) { _, a in
      .object(
        try Tensor.concatenate(
          try TensorArguments.tensors(a[0], "concatenated"), axis: try TensorArguments.int(a[1], "concatenated", "axis")
        ))
    }
    function("stacked(_:axis:)", defaults: ["axis": .int(0)]) { _, a in
      .object(
        try Tensor.stack(
          try TensorArguments.tensors(a[0], "stacked"), axis: try TensorArguments.int(a[1], "stacked", "axis")))
    }
    function("measure(repeat:_:)", defaults: ["repeat": .int(5)], result: .double) { rt, a in
      let n = try TensorArguments.int(a[0], "measure", "repeat")
      guard n >= 1 else { throw RuntimeFailure("measure: repeat must be at least 1, got \(n)") }
      return .double(try Library.medianSeconds(repeating: n) { _ = try Builtins.invoke(a[1], [], rt) })
    }
  }

  /// The median wall-clock time of `n` runs of `body`, in seconds.
  static func medianSeconds(repeating n: Int, _ body: () throws -> Void) rethrows -> Double {
    var times: [Double] = []
    for _ in 0..<n {
      let start = Runtime.now()
      try body()
      times.append(Double(Runtime.now() - start) / 1e9)
    }
    times.sort()
    return n % 2 == 1 ? times[n / 2] : (times[n / 2 - 1] + times[n / 2]) / 2
  }

  /// Applies a tensor function to a tensor (or nested arrays), a scalar function to a number.
  static func elementwise(
    _ name: String, _ v: Value, _ tensor: (Tensor) throws -> Tensor, _ scalar: (Double) -> Double
  ) throws -> Value {
    switch v {
    case .object(let t as Tensor): return .object(try tensor(t))
    case .double(let d): return .double(scalar(d))
    case .int(let i): return .double(scalar(Double(i)))
    case .float(let f): return .float(Float(scalar(Double(f))))
    case .array: return .object(try tensor(try TensorArguments.tensor(v, name)))
    default: throw RuntimeFailure("\(name): expected a Tensor or a number, got a value of type '\(v.typeName)'")
    }
  }

  static func power(_ t: Tensor, _ exponent: Value) throws -> Tensor {
    if let e = TensorArguments.scalar(exponent) { return t.raised(to: e) }
    return try t.raised(to: try TensorArguments.tensor(exponent, "pow"))
  }

  static func clip(_ t: Tensor, _ low: Value, _ high: Value) throws -> Tensor {
    let lo = low.isNone ? -Double.infinity : try TensorArguments.number(low, "clip", "min")
    let hi = high.isNone ? Double.infinity : try TensorArguments.number(high, "clip", "max")
    guard lo <= hi else { throw RuntimeFailure("clip: min (\(lo)) is greater than max (\(hi))") }
    return t.clipped(min: lo, max: hi)
  }

  /// NumPy's `allclose`: `|a - b| <= atol + rtol * |b|` everywhere, shapes broadcasting.
  static func allClose(_ a: Tensor, _ b: Tensor, rtol: Double, atol: Double) throws -> Bool {
    let shape = try Shape.broadcast(a.shape, b.shape, operation: "allClose")
    let x = try a.converted(to: .float64).broadcastedCopy(to: shape)
    let y = try b.converted(to: .float64).broadcastedCopy(to: shape)
    for i in 0..<x.count {
      let p = x.storage.double(at: i)
      let q = y.storage.double(at: i)
      if p == q { continue }
      if !(Swift.abs(p - q) <= atol + rtol * Swift.abs(q)) { return false }
    }
    return true
  }
}

/// Convolution and pooling for cells (the operations under `Conv2d` and the pooling layers).
extension Library {
  func registerConvolutions() {
    function("conv2d(_:_:stride:padding:)", defaults: ["stride": .int(1), "padding": .int(0)]) { _, a in
      .object(
        try TensorArguments.tensor(a[0], "conv2d").convolved2d(
          with: try TensorArguments.tensor(a[1], "conv2d"), stride: try TensorArguments.int(a[2], "conv2d", "stride"),
          padding: try TensorArguments.int(a[3], "conv2d", "padding")))
    }
    for (name, maximum) in [("maxPool2d", true), ("avgPool2d", false)] {
      function("\(name)(_:kernelSize:stride:)", defaults: ["stride": .none]) { _, a in
        let k = try TensorArguments.int(a[1], name, "kernelSize")
        let s = a[2].isNone ? k : try TensorArguments.int(a[2], name, "stride")
        return .object(try TensorArguments.tensor(a[0], name).pooled2d(kernelSize: k, stride: s, maximum: maximum))
      }
    }
  }
}
