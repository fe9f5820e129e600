/// A notebook kernel: one shared scope in which a lesson's cells run in order.
public final class Session {
  /// The default per-cell time limit in seconds.
  public static let defaultTimeout: Double = 60

  public init() {}

  /// Runs one cell's source (the whole fenced block content, `//|` option lines included:
  /// they are Swift comments, so line numbers match the cell).
  /// - Parameter timeout: seconds before the cell is stopped with a `.timeout` error.
  public func run(_ source: String, timeout: Double = Session.defaultTimeout) -> CellResult {
    // Placeholder until the interpreter lands.
    CellResult(outputs: [.text("(not yet executed)")], error: nil)
  }
}

/// The engine version, part of every cell's input key: bump it when outputs may change.
public let engineVersion = "0.1.0"
