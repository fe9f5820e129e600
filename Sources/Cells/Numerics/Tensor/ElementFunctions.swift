// The scalar functions the elementwise kernels apply, one type each.
//
// A kernel is generic over the function's type, so the optimizer specializes it
// per function and per element type: the inner loop is a plain loop over
// `Float`s or `Double`s with the function inlined, which it can vectorize.

/// A function of two elements, as a type, so a kernel is specialized for it and
/// its inner loop has no call or switch in it.
protocol BinaryElementFunction {
  /// The operator or function name, for messages (`+: shapes ... cannot broadcast`).
  var name: String { get }
  func callAsFunction<T: TensorScalar>(_ x: T, _ y: T) -> T
  /// Whether `lanes` is a vector instruction per lane that gives each lane the bits the
  /// scalar form gives (IEEE `+ - * /` do). The kernels use it where the compiler does
  /// not vectorize: a loop whose output is one of its inputs (`W -= lr * dW` in place),
  /// which its overlap check sends to the scalar loop.
  static var hasLanes: Bool { get }
  /// The function on eight elements at once.
  func lanes<T: TensorScalar>(_ x: SIMD8<T>, _ y: SIMD8<T>) -> SIMD8<T>
}

extension BinaryElementFunction {
  static var hasLanes: Bool { false }
  /// Lane by lane, with the scalar form (for a function without a vector instruction).
  @inline(__always)
  func lanes<T: TensorScalar>(_ x: SIMD8<T>, _ y: SIMD8<T>) -> SIMD8<T> {
    var r = x
    for i in 0..<8 { r[i] = self(x[i], y[i]) }
    return r
  }
}

enum ElementFunctions {
  struct Add: BinaryElementFunction {
    var name: String { "+" }
    @inline(__always) func callAsFunction<T: TensorScalar>(_ x: T, _ y: T) -> T { x + y }
    static var hasLanes: Bool { true }
    @inline(__always) func lanes<T: TensorScalar>(_ x: SIMD8<T>, _ y: SIMD8<T>) -> SIMD8<T> { x + y }
  }
  struct Subtract: BinaryElementFunction {
    var name: String { "-" }
    @inline(__always) func callAsFunction<T: TensorScalar>(_ x: T, _ y: T) -> T { x - y }
    static var hasLanes: Bool { true }
    @inline(__always) func lanes<T: TensorScalar>(_ x: SIMD8<T>, _ y: SIMD8<T>) -> SIMD8<T> { x - y }
  }
  struct Multiply: BinaryElementFunction {
    var name: String { "*" }
    @inline(__always) func callAsFunction<T: TensorScalar>(_ x: T, _ y: T) -> T { x * y }
    static var hasLanes: Bool { true }
    @inline(__always) func lanes<T: TensorScalar>(_ x: SIMD8<T>, _ y: SIMD8<T>) -> SIMD8<T> { x * y }
  }
  struct Divide: BinaryElementFunction {
    var name: String { "/" }
    @inline(__always) func callAsFunction<T: TensorScalar>(_ x: T, _ y: T) -> T { x / y }
    static var hasLanes: Bool { true }
    @inline(__always) func lanes<T: TensorScalar>(_ x: SIMD8<T>, _ y: SIMD8<T>) -> SIMD8<T> { x / y }
  }
  /// NaN-propagating, as NumPy's `maximum`.
  struct Maximum: BinaryElementFunction {
    var name: String { "maximum" }
    @inline(__always) func callAsFunction<T: TensorScalar>(_ x: T, _ y: T) -> T {
      x.isNaN || x >= y ? x : y
    }
  }
  struct Minimum: BinaryElementFunction {
    var name: String { "minimum" }
    @inline(__always) func callAsFunction<T: TensorScalar>(_ x: T, _ y: T) -> T {
      x.isNaN || x <= y ? x : y
    }
  }
  struct Power: BinaryElementFunction {
    var name: String { "pow" }
    @inline(__always) func callAsFunction<T: TensorScalar>(_ x: T, _ y: T) -> T {
      y == 2 ? x * x : T.pow(x, y)
    }
  }
  // Comparisons as 0/1 elements (NumPy's bool arrays, as numbers): one type per
  // operator, so the kernel loop has no switch in it.
  struct Equal: BinaryElementFunction {
    var name: String { "==" }
    @inline(__always) func callAsFunction<T: TensorScalar>(_ x: T, _ y: T) -> T { x == y ? 1 : 0 }
  }
  struct NotEqual: BinaryElementFunction {
    var name: String { "!=" }
    @inline(__always) func callAsFunction<T: TensorScalar>(_ x: T, _ y: T) -> T { x != y ? 1 : 0 }
  }
  struct Less: BinaryElementFunction {
    var name: String { "<" }
    @inline(__always) func callAsFunction<T: TensorScalar>(_ x: T, _ y: T) -> T { x < y ? 1 : 0 }
  }
  struct LessEqual: BinaryElementFunction {
    var name: String { "<=" }
    @inline(__always) func callAsFunction<T: TensorScalar>(_ x: T, _ y: T) -> T { x <= y ? 1 : 0 }
  }
  struct Greater: BinaryElementFunction {
    var name: String { ">" }
    @inline(__always) func callAsFunction<T: TensorScalar>(_ x: T, _ y: T) -> T { x > y ? 1 : 0 }
  }
  struct GreaterEqual: BinaryElementFunction {
    var name: String { ">=" }
    @inline(__always) func callAsFunction<T: TensorScalar>(_ x: T, _ y: T) -> T { x >= y ? 1 : 0 }
  }
  /// `x >= y` as 0/1: where `maximum` sends its gradient to the first operand.
  struct FirstIsMax: BinaryElementFunction {
    var name: String { "maximum" }
    @inline(__always) func callAsFunction<T: TensorScalar>(_ x: T, _ y: T) -> T { x >= y ? 1 : 0 }
  }
  struct FirstIsMin: BinaryElementFunction {
    var name: String { "minimum" }
    @inline(__always) func callAsFunction<T: TensorScalar>(_ x: T, _ y: T) -> T { x <= y ? 1 : 0 }
  }
}

/// A function of one element, as a type (see `BinaryElementFunction`).
protocol UnaryElementFunction {
  func callAsFunction<T: TensorScalar>(_ x: T) -> T
}

extension ElementFunctions {
  struct Negate: UnaryElementFunction {
    @inline(__always) func callAsFunction<T: TensorScalar>(_ x: T) -> T { -x }
  }
  struct Exp: UnaryElementFunction {
    @inline(__always) func callAsFunction<T: TensorScalar>(_ x: T) -> T { T.exp(x) }
  }
  struct Log: UnaryElementFunction {
    @inline(__always) func callAsFunction<T: TensorScalar>(_ x: T) -> T { T.log(x) }
  }
  struct SquareRoot: UnaryElementFunction {
    @inline(__always) func callAsFunction<T: TensorScalar>(_ x: T) -> T { x.squareRoot() }
  }
  struct Absolute: UnaryElementFunction {
    @inline(__always) func callAsFunction<T: TensorScalar>(_ x: T) -> T { Swift.abs(x) }
  }
  /// -1, 0 or 1: the derivative of `abs`.
  struct Sign: UnaryElementFunction {
    @inline(__always) func callAsFunction<T: TensorScalar>(_ x: T) -> T { x > 0 ? 1 : x < 0 ? -1 : 0 }
  }
  struct Sine: UnaryElementFunction {
    @inline(__always) func callAsFunction<T: TensorScalar>(_ x: T) -> T { T.sin(x) }
  }
  struct Cosine: UnaryElementFunction {
    @inline(__always) func callAsFunction<T: TensorScalar>(_ x: T) -> T { T.cos(x) }
  }
  struct Square: UnaryElementFunction {
    @inline(__always) func callAsFunction<T: TensorScalar>(_ x: T) -> T { x * x }
  }
  struct Clip: UnaryElementFunction {
    let low: Double, high: Double
    @inline(__always) func callAsFunction<T: TensorScalar>(_ x: T) -> T {
      Swift.min(Swift.max(x, T(low)), T(high))
    }
  }
  /// 1 where `low <= x <= high`: where a clipped value still moves with its input.
  struct InsideClip: UnaryElementFunction {
    let low: Double, high: Double
    @inline(__always) func callAsFunction<T: TensorScalar>(_ x: T) -> T { x >= T(low) && x <= T(high) ? 1 : 0 }
  }
  struct PowerOf: UnaryElementFunction {
    let exponent: Double
    @inline(__always) func callAsFunction<T: TensorScalar>(_ x: T) -> T {
      exponent == 2 ? x * x : exponent == 1 ? x : T.pow(x, T(exponent))
    }
  }
}
