/// The `//| key: value` lines at the top of a cell (the Quarto convention).
public struct CellOptions: Equatable, Sendable {
  /// A stable name, used in messages and figure file names.
  public var label: String?
  /// `eval: false` shows the code without running it.
  public var evaluates = true
  /// `echo: false` runs the cell but hides its code in the rendered page.
  public var echoes = true
  /// `output: false` runs the cell but keeps none of its outputs.
  public var keepsOutput = true
  /// `error: true`: the cell must fail, and its error is its output.
  public var expectsError = false
  /// `check: false` keeps `nnbook check` from comparing the cell's outputs.
  public var isChecked = true
  /// Seconds before the cell is stopped; `nil` for the engine's default.
  public var timeout: Double?
  /// Relative tolerance for numbers when outputs are compared; `nil` for the default.
  public var tolerance: Double?
  /// The caption of the figures the cell produces.
  public var figureCaption: String?

  public init() {}

  /// The option keys nnbook understands, in the order the documentation lists them.
  static let knownKeys = ["label", "eval", "echo", "output", "error", "timeout", "tolerance", "fig-cap", "check"]
}
