/// Standardizes features to zero mean and unit variance, with the statistics of the
/// data it was fitted on (scikit-learn's `StandardScaler`; population std, and a
/// constant feature keeps scale 1).
final class StandardScaler: NativeObject {
  let mean: [Double]
  let scale: [Double]

  init(fitting x: Tensor) throws(RuntimeFailure) {
    guard x.rank == 2, x.shape[0] > 0 else {
      throw RuntimeFailure("StandardScaler.fit expects a [samples, features] tensor, got \(Shape.text(x.shape))")
    }
    let (n, f) = (x.shape[0], x.shape[1])
    let v = x.doubles
    var mean = Array(repeating: 0.0, count: f)
    var variance = Array(repeating: 0.0, count: f)
    for i in 0..<n { for j in 0..<f { mean[j] += v[i * f + j] } }
    for j in 0..<f { mean[j] /= Double(n) }
    for i in 0..<n { for j in 0..<f { variance[j] += (v[i * f + j] - mean[j]) * (v[i * f + j] - mean[j]) } }
    self.mean = mean
    scale = variance.map {
      let s = ($0 / Double(n)).squareRoot()
      return s > 0 ? s : 1
    }
  }

  override var typeName: String { "StandardScaler" }
  override func describe() -> String { "StandardScaler(features: \(mean.count))" }

  func transform(_ x: Tensor) throws(RuntimeFailure) -> Tensor {
    guard x.rank == 2, x.shape[1] == mean.count else {
      throw RuntimeFailure("StandardScaler.transform: fitted on \(mean.count) features, got \(Shape.text(x.shape))")
    }
    let f = mean.count
    let out = Tensor(uninitializedShape: x.shape, dtype: x.dtype)
    for i in 0..<x.shape[0] {
      for j in 0..<f { out.storage.set((x.storage.double(at: i * f + j) - mean[j]) / scale[j], at: i * f + j) }
    }
    return out
  }
}
