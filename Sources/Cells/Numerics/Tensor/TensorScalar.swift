#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The element types a tensor can hold (`Float`, `Double`), with the C math library's
/// functions for each.
///
/// Kernels are generic over this protocol and are specialized for both types by the
/// optimizer, so an inner loop calls `expf` or `exp` directly: no `Value`, no
/// existential, no Foundation.
protocol TensorScalar: BinaryFloatingPoint, SIMDScalar, Codable where Self.RawSignificand: FixedWidthInteger {
  static var dtype: DType { get }
  static func exp(_ x: Self) -> Self
  static func log(_ x: Self) -> Self
  static func log1p(_ x: Self) -> Self
  static func expm1(_ x: Self) -> Self
  static func sin(_ x: Self) -> Self
  static func cos(_ x: Self) -> Self
  static func tanh(_ x: Self) -> Self
  static func erf(_ x: Self) -> Self
  static func pow(_ x: Self, _ y: Self) -> Self
}

extension Float: TensorScalar {
  static var dtype: DType { .float32 }
  @inline(__always) static func exp(_ x: Float) -> Float { expf(x) }
  @inline(__always) static func log(_ x: Float) -> Float { logf(x) }
  @inline(__always) static func log1p(_ x: Float) -> Float { log1pf(x) }
  @inline(__always) static func expm1(_ x: Float) -> Float { expm1f(x) }
  @inline(__always) static func sin(_ x: Float) -> Float { sinf(x) }
  @inline(__always) static func cos(_ x: Float) -> Float { cosf(x) }
  @inline(__always) static func tanh(_ x: Float) -> Float { tanhf(x) }
  @inline(__always) static func erf(_ x: Float) -> Float { erff(x) }
  @inline(__always) static func pow(_ x: Float, _ y: Float) -> Float { powf(x, y) }
}

extension Double: TensorScalar {
  static var dtype: DType { .float64 }
  // Module-qualified so the static method does not call itself.
  @inline(__always) static func exp(_ x: Double) -> Double { CMath.exp(x) }
  @inline(__always) static func log(_ x: Double) -> Double { CMath.log(x) }
  @inline(__always) static func log1p(_ x: Double) -> Double { CMath.log1p(x) }
  @inline(__always) static func expm1(_ x: Double) -> Double { CMath.expm1(x) }
  @inline(__always) static func sin(_ x: Double) -> Double { CMath.sin(x) }
  @inline(__always) static func cos(_ x: Double) -> Double { CMath.cos(x) }
  @inline(__always) static func tanh(_ x: Double) -> Double { CMath.tanh(x) }
  @inline(__always) static func erf(_ x: Double) -> Double { CMath.erf(x) }
  @inline(__always) static func pow(_ x: Double, _ y: Double) -> Double { CMath.pow(x, y) }
}

/// The C math library, reachable from `CMath.exp` where `Double.exp` would shadow it.
enum CMath {
  @inline(__always) static func exp(_ x: Double) -> Double { cExp(x) }
  @inline(__always) static func log(_ x: Double) -> Double { cLog(x) }
  @inline(__always) static func log1p(_ x: Double) -> Double { cLog1p(x) }
  @inline(__always) static func expm1(_ x: Double) -> Double { cExpm1(x) }
  @inline(__always) static func sin(_ x: Double) -> Double { cSin(x) }
  @inline(__always) static func cos(_ x: Double) -> Double { cCos(x) }
  @inline(__always) static func tanh(_ x: Double) -> Double { cTanh(x) }
  @inline(__always) static func erf(_ x: Double) -> Double { cErf(x) }
  @inline(__always) static func pow(_ x: Double, _ y: Double) -> Double { cPow(x, y) }
}

// At file scope the names below resolve to the C library's free functions.
@inline(__always) private func cExp(_ x: Double) -> Double { exp(x) }
@inline(__always) private func cLog(_ x: Double) -> Double { log(x) }
@inline(__always) private func cLog1p(_ x: Double) -> Double { log1p(x) }
@inline(__always) private func cExpm1(_ x: Double) -> Double { expm1(x) }
@inline(__always) private func cSin(_ x: Double) -> Double { sin(x) }
@inline(__always) private func cCos(_ x: Double) -> Double { cos(x) }
@inline(__always) private func cTanh(_ x: Double) -> Double { tanh(x) }
@inline(__always) private func cErf(_ x: Double) -> Double { erf(x) }
@inline(__always) private func cPow(_ x: Double, _ y: Double) -> Double { pow(x, y) }
