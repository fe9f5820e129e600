/// The steps that turn one list of lines into another, by longest common subsequence.
enum LineDiff {
  enum Step: Equatable {
    case same(old: Int, new: Int)
    case removed(old: Int)
    case added(new: Int)
  }

  /// Beyond this many cells in the table, lines are paired by position instead (fast, less tidy).
  static let tableLimit = 4_000_000

  static func steps(oldCount: Int, newCount: Int, equal: (Int, Int) -> Bool) -> [Step] {
    // Matching lines at both ends need no table.
    var prefix = 0
    while prefix < oldCount, prefix < newCount, equal(prefix, prefix) { prefix += 1 }
    var suffix = 0
    while suffix < oldCount - prefix, suffix < newCount - prefix,
      equal(oldCount - 1 - suffix, newCount - 1 - suffix)
    {
      suffix += 1
    }
    let rows = oldCount - prefix - suffix
    let columns = newCount - prefix - suffix

    var steps = (0..<prefix).map { Step.same(old: $0, new: $0) }
    if rows * columns > tableLimit {
      for offset in 0..<max(rows, columns) {
        let old = prefix + offset
        let new = prefix + offset
        if offset < rows && offset < columns && equal(old, new) {
          steps.append(.same(old: old, new: new))
        } else {
          if offset < rows { steps.append(.removed(old: old)) }
          if offset < columns { steps.append(.added(new: new)) }
        }
      }
    } else {
      // lengths[i][j]: the longest common subsequence of old[i...] and new[j...] (middle parts only).
      let width = columns + 1
      var lengths = [Int32](repeating: 0, count: (rows + 1) * width)
      for i in stride(from: rows - 1, through: 0, by: -1) {
        for j in stride(from: columns - 1, through: 0, by: -1) {
          lengths[i * width + j] =
            equal(prefix + i, prefix + j)
            ? lengths[(i + 1) * width + j + 1] + 1
            : max(lengths[(i + 1) * width + j], lengths[i * width + j + 1])
        }
      }
      var i = 0
      var j = 0
      while i < rows || j < columns {
        if i < rows, j < columns, equal(prefix + i, prefix + j) {
          steps.append(.same(old: prefix + i, new: prefix + j))
          i += 1
          j += 1
        } else if j == columns || (i < rows && lengths[(i + 1) * width + j] >= lengths[i * width + j + 1]) {
          steps.append(.removed(old: prefix + i))
          i += 1
        } else {
          steps.append(.added(new: prefix + j))
          j += 1
        }
      }
    }
    steps += (0..<suffix).map { Step.same(old: oldCount - suffix + $0, new: newCount - suffix + $0) }
    return steps
  }
}
