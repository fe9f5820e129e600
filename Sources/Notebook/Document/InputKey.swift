import Cells

/// The hash that identifies what a cell's outputs were computed from.
///
/// It covers the cell's code (without option lines), the options that change
/// execution (`eval`, `error`, `timeout`), the key of the cell before it (so an
/// edit upstream makes every later cell stale) and the engine version. It is a
/// 64-bit FNV-1a hash written as 16 hex digits: stable across machines and runs.
enum InputKey {
  static func compute(for cell: Cell, previousKey: String, engineVersion: String = Cells.engineVersion) -> String {
    var hasher = FNV1a()
    let timeout = cell.options.timeout.map { "\($0)" } ?? "default"
    let fields = [
      "nnbook-input-key-1",
      cell.code,
      "eval=\(cell.options.evaluates)",
      "error=\(cell.options.expectsError)",
      "timeout=\(timeout)",
      previousKey,
      engineVersion,
    ]
    for field in fields {
      hasher.combine(field.utf8)
      hasher.combine(CollectionOfOne(0))  // A separator no field contains, so fields cannot run together.
    }
    return hasher.hexDigest
  }
}
