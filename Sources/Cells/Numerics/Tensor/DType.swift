/// The element type of a tensor.
///
/// `float32` is the default, as in PyTorch and MLX: lessons are about ideas, and
/// single precision halves memory traffic. `float64` is there for gradient checks
/// and for lessons about rounding.
enum DType: String, CaseIterable {
  case float32
  case float64

  /// Bytes per element.
  var size: Int {
    switch self {
    case .float32: return 4
    case .float64: return 8
    }
  }

  /// The type both operands of a binary operation are converted to (NumPy's promotion).
  static func promoted(_ a: DType, _ b: DType) -> DType {
    a == .float64 || b == .float64 ? .float64 : .float32
  }
}

/// A dtype as a cell value: what `.float64` evaluates to and what `x.dtype` returns.
final class DTypeObject: NativeObject {
  let dtype: DType

  private init(_ dtype: DType) { self.dtype = dtype }

  /// One shared object per dtype, so `x.dtype == .float32` can compare identities.
  nonisolated(unsafe) static let float32 = DTypeObject(.float32)
  nonisolated(unsafe) static let float64 = DTypeObject(.float64)

  static func of(_ dtype: DType) -> DTypeObject {
    dtype == .float32 ? float32 : float64
  }

  override var typeName: String { "DType" }
  override func describe() -> String { dtype.rawValue }
}
