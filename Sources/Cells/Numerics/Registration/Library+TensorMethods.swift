/// Tensor operations as cells see them: each registered once, under the spellings
/// cells use (`relu(x)` and `x.relu()`), plus the global tensor functions
/// (`concatenated`, `where`, `measure`) and convolution.
extension Library {
  /// Which spellings a tensor operation has.
  enum Spelling {
    /// `exp(x)` and `x.exp()`.
    case both
    /// `leakyRelu(x)` only.
    case function
    /// `x.sum()` only.
    case method
  }

  /// The form of an operation for a plain number: the number, the arguments, the first parameter after it.
  typealias NumberForm = (Double, inout Arguments, Int) throws -> Value

  /// Registers one tensor operation: `name(_ x: Tensor, parameters...)` and/or the method
  /// `x.name(parameters...)`. `body` gets the tensor and reads the other parameters from
  /// the arguments starting at `first` (1 for the function, 0 for the method).
  ///
  /// `number` handles a plain number given to the function (`relu(2.0)` is a `Double`,
  /// so a lesson can plot an activation over scalars); without it a number becomes a
  /// one-element tensor.
  func tensorOperation(
    _ name: String, _ parameters: [Parameter] = [], _ result: ValueType = .tensor, spelling: Spelling = .both,
    help: String, number: NumberForm? = nil,
    _ body: @escaping (Tensor, inout Arguments, _ first: Int) throws -> Value
  ) {
    if spelling != .method {
      let signature = Signature(name, [.positional("x", .tensor)] + parameters, result, help: help)
      function(signature) { a in
        let x = a.unwrapped(0)
        if let number, let n = x.plainNumber {
          let value = try number(n, &a, 1)
          // A Float stays a Float, as Swift's math functions keep their argument's type.
          if case .float = x, case .double(let d) = value { return .float(Float(d)) }
          return value
        }
        return try body(try a.tensor(0), &a, 1)
      }
    }
    if spelling != .function {
      method("Tensor", Signature(name, parameters, result, help: help)) { receiver, a in
        try body(try Library.receiver(receiver), &a, 0)
      }
    }
  }

  /// An elementwise operation with a scalar form: numbers give `Double`s, tensors tensors.
  func elementwise(
    _ name: String, _ parameters: [Parameter] = [], spelling: Spelling = .both, help: String,
    _ make: @escaping (inout Arguments, Int) throws -> (tensor: (Tensor) throws -> Tensor, number: (Double) -> Double)
  ) {
    let onNumber: NumberForm = { x, a, first in .double(try make(&a, first).number(x)) }
    tensorOperation(
      name, parameters, spelling: spelling, help: help + " (a number gives a Double)", number: onNumber
    ) { t, a, first in .object(try make(&a, first).tensor(t)) }
  }

  func registerTensorMethods() {
    let axis = Parameter.labeled("axis", .optional(.int), default: Value.none)
    let lastAxis = Parameter.labeled("axis", .int, default: .int(-1))
    let keepingDims = Parameter.labeled("keepingDims", .bool, default: .bool(false))

    tensorOperation(
      "item", [], .double, spelling: .method, help: "The only element of a one-element tensor, as a Double"
    ) { t, _, _ in .double(try t.item()) }
    tensorOperation(
      "matmul", [.positional("other", .tensor)],
      help: "The matrix product, with NumPy's rules for vectors and batch dimensions"
    ) { t, a, k in .object(try t.matmul(try a.tensor(k))) }

    typealias Reduce = (Tensor, Int?, Bool) throws -> Tensor
    let reductions: [(String, String, Reduce)] = [
      ("sum", "The sum of the elements, over one axis or all", { try $0.sum(axis: $1, keepingDims: $2) }),
      ("mean", "The mean of the elements, over one axis or all", { try $0.mean(axis: $1, keepingDims: $2) }),
      ("max", "The largest element, over one axis or all", { try $0.max(axis: $1, keepingDims: $2) }),
      ("min", "The smallest element, over one axis or all", { try $0.min(axis: $1, keepingDims: $2) }),
      (
        "variance", "The (population) variance, over one axis or all",
        { try $0.variance(axis: $1, keepingDims: $2) }
      ),
      (
        "std", "The (population) standard deviation, over one axis or all",
        { try $0.standardDeviation(axis: $1, keepingDims: $2) }
      ),
    ]
    for (name, help, reduce) in reductions {
      tensorOperation(name, [axis, keepingDims], spelling: .method, help: help) { t, a, k in
        .object(try reduce(t, try a.axis(k), try a.bool(k + 1)))
      }
    }
    for (name, largest) in [("argmax", true), ("argmin", false)] {
      let which = largest ? "largest" : "smallest"
      // Without an axis: the flat index, as an Int; with one: a tensor of indices.
      tensorOperation(
        name, [axis], .any, spelling: .method,
        help: "The index of the \(which) element: an Int over all elements, a tensor of indices along an axis"
      ) { t, a, k in
        guard let axis = try a.axis(k) else { return .int(try t.argExtremum(largest: largest, operation: name)) }
        return .object(try t.argExtremum(axis: axis, largest: largest, operation: name))
      }
    }

    tensorOperation("squared", spelling: .method, help: "Each element squared") { t, _, _ in .object(t.squared()) }
    tensorOperation("flattened", spelling: .method, help: "The elements as one axis, in row-major order") {
      t, _, _ in .object(try t.flattened())
    }
    let numberToPower: NumberForm = { x, a, k in
      if let y = a.unwrapped(k).plainNumber { return .double(CMath.pow(x, y)) }
      let exponent = try a.tensor(k)
      return .object(try exponent.scalar(x).raised(to: exponent))
    }
    tensorOperation(
      "pow", [.positional("exponent", .tensor)], help: "Each element raised to a power (a number or a tensor)",
      number: numberToPower
    ) { t, a, k in
      if let e = a.unwrapped(k).plainNumber { return .object(t.raised(to: e)) }
      return .object(try t.raised(to: try a.tensor(k)))
    }
    let bounds: [Parameter] = [
      .labeled("min", .optional(.double), default: Value.none),
      .labeled("max", .optional(.double), default: Value.none),
    ]
    let clipNumber: NumberForm = { x, a, k in
      .double(Swift.min(Swift.max(x, try a.optionalDouble(k) ?? -.infinity), try a.optionalDouble(k + 1) ?? .infinity))
    }
    tensorOperation(
      "clip", bounds, help: "Each element limited to min...max (either may be left out)", number: clipNumber
    ) { t, a, k in
      let low = try a.optionalDouble(k) ?? -.infinity
      let high = try a.optionalDouble(k + 1) ?? .infinity
      guard low <= high else { throw RuntimeFailure("clip: min (\(low)) is greater than max (\(high))") }
      return .object(t.clipped(min: low, max: high))
    }
    tensorOperation("maximum", [.positional("other", .tensor)], help: "The larger of two tensors, elementwise") {
      t, a, k in .object(try t.maximum(try a.tensor(k)))
    }
    tensorOperation("minimum", [.positional("other", .tensor)], help: "The smaller of two tensors, elementwise") {
      t, a, k in .object(try t.minimum(try a.tensor(k)))
    }
    tensorOperation("softmax", [lastAxis], help: "exp(x) / sum(exp(x)) along an axis: each slice sums to 1") {
      t, a, k in .object(try t.softmax(axis: try a.int(k)))
    }
    tensorOperation("logSoftmax", [lastAxis], help: "log(softmax(x)), computed stably along an axis") { t, a, k in
      .object(try t.logSoftmax(axis: try a.int(k)))
    }

    // `x.reshaped([2, 3])`, and `x.reshaped(2, 3)` for short.
    tensorOperation(
      "reshaped", [.positional("shape", .shape)], spelling: .method,
      help: "The same elements in another shape; one dimension may be -1 (inferred)"
    ) { t, a, k in
      if case .int(let n) = a.unwrapped(k) { return .object(try t.reshaped([n])) }
      return .object(try t.reshaped(try a.ints(k)))
    }
    for rank in 2...4 {
      let dimensions = (0..<rank).map { Parameter.positional("d\($0)", .int) }
      tensorOperation(
        "reshaped", dimensions, spelling: .method, help: "reshaped([d0, d1, ...]) with the dimensions listed"
      ) { t, a, k in .object(try t.reshaped(try (k..<(k + rank)).map { i throws(RuntimeFailure) in try a.int(i) })) }
    }
    tensorOperation("transposed", spelling: .method, help: "The axes in reverse order (a matrix's transpose)") {
      t, _, _ in .object(try t.transposed())
    }
    tensorOperation(
      "transposed", [.positional("axes", .array(.int))], spelling: .method, help: "The axes in the order listed"
    ) { t, a, k in .object(try t.transposed(try a.ints(k))) }
    tensorOperation(
      "squeezed", [axis], spelling: .method, help: "Without axes of size 1 (only the given one, if any)"
    ) { t, a, k in .object(try t.squeezed(axis: try a.axis(k))) }
    tensorOperation(
      "expandedDimensions", [.labeled("axis", .int)], spelling: .method, help: "With a new axis of size 1 at axis"
    ) { t, a, k in .object(try t.expandingDimensions(axis: try a.int(k))) }
    tensorOperation(
      "broadcasted", [.labeled("to", .shape)], spelling: .method,
      help: "Repeated along axes of size 1 to fill the shape, as broadcasting would"
    ) { t, a, k in .object(try t.broadcasted(to: try a.shape(k))) }
    tensorOperation(
      "asType", [.positional("dtype", .object("DType"))], spelling: .method, help: "The tensor converted to a dtype"
    ) { t, a, k in .object(t.converted(to: try a.dtype(k))) }
    tensorOperation(
      "allClose",
      [
        .positional("other", .tensor), .labeled("rtol", .double, default: .double(1e-5)),
        .labeled("atol", .double, default: .double(1e-8)),
      ], .bool, spelling: .method, help: "Whether |x - other| <= atol + rtol * |other| everywhere (NumPy's allclose)"
    ) { t, a, k in .bool(try Library.allClose(t, try a.tensor(k), rtol: try a.double(k + 1), atol: try a.double(k + 2)))
    }
  }

  func registerTensorFunctions() {
    // `where` is a Swift keyword: cells write `` `where`(c, a, b) `` or MLX's `which(c, a, b)`.
    for name in ["where", "which"] {
      function(
        Signature(
          name,
          [.positional("condition", .tensor), .positional("ifTrue", .tensor), .positional("ifFalse", .tensor)],
          .tensor, help: "Elementwise choice: ifTrue where condition is nonzero, ifFalse elsewhere")
      ) { a in .object(try Tensor.select(try a.tensor(0), try a.tensor(1), try a.tensor(2))) }
    }
    function(
      Signature(
        "concatenated", [.positional("tensors", .array(.tensor)), .labeled("axis", .int, default: .int(0))], .tensor,
        help: "The tensors joined along an existing axis")
    ) { a in .object(try Tensor.concatenate(try a.tensors(0), axis: try a.int(1))) }
    function(
      Signature(
        "stacked", [.positional("tensors", .array(.tensor)), .labeled("axis", .int, default: .int(0))], .tensor,
        help: "The tensors (of one shape) joined along a new axis")
    ) { a in .object(try Tensor.stack(try a.tensors(0), axis: try a.int(1))) }
    function(
      Signature(
        "measure", [.labeled("repeat", .int, default: .int(5)), .positional("body", .function)], .double,
        help: "Runs the closure repeat times and returns the median time of one run, in seconds"),
      result: .double
    ) { a in
      let n = try a.int(0, atLeast: 1)
      let context = a.context
      return .double(
        try Library.medianSeconds(repeating: n) {
          // A cell's time limit applies between runs: the closure itself may not loop.
          try context.checkTime()
          _ = try a.call(1, [])
        })
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
    function(
      Signature(
        "conv2d",
        [
          .positional("input", .tensor), .positional("weight", .tensor), .labeled("stride", .int, default: .int(1)),
          .labeled("padding", .int, default: .int(0)),
        ], .tensor,
        help: "2-D convolution of [batch, channels, height, width] input with [out, in, kh, kw] weight")
    ) { a in
      .object(
        try a.tensor(0).convolved2d(
          with: try a.tensor(1), stride: try a.int(2, atLeast: 1), padding: try a.int(3, atLeast: 0)))
    }
    for (name, maximum) in [("maxPool2d", true), ("avgPool2d", false)] {
      function(
        Signature(
          name,
          [
            .positional("input", .tensor), .labeled("kernelSize", .int),
            .labeled("stride", .optional(.int), default: Value.none, shown: "kernelSize"),
          ], .tensor,
          help: "The \(maximum ? "largest" : "mean") value of each kernelSize×kernelSize window of an image batch")
      ) { a in
        let k = try a.int(1, atLeast: 1)
        let s = try a.optionalInt(2) ?? k
        return .object(try a.tensor(0).pooled2d(kernelSize: k, stride: s, maximum: maximum))
      }
    }
  }
}

extension Value {
  /// An `Int`, `Double` or `Float` as a `Double`; nil for anything else (`Bool` included).
  var plainNumber: Double? {
    switch self {
    case .double(let v): return v
    case .int(let v): return Double(v)
    case .float(let v): return Double(v)
    default: return nil
    }
  }
}
