/// Metrics recorded per epoch while training: what `lossCurves(history)` draws.
///
/// The `History` that `fit` returns adopts this, so figures need not know its type.
protocol TrainingHistory: NativeObject {
  /// Each metric's per-epoch values, in the order to draw them: `("loss", ...)`,
  /// `("validation loss", ...)`, `("accuracy", ...)`. Empty metrics are skipped.
  var epochMetrics: [(name: String, values: [Double])] { get }
}
