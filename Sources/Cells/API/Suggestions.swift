/// "Did you mean" suggestions: the one edit distance and matcher behind every
/// misspelled name nnbook reports, in cells (`pritn`) and in cell options (`lable`).
///
/// ```swift
/// Suggestions.closest(to: "pritn", in: ["print", "min"])  // "print"
/// ```
public enum Suggestions {
  /// The candidate `name` most likely meant: the nearest by edit distance, if it is close
  /// enough for the length of `name` (one edit up to three characters, a third of the
  /// length but at least two beyond). Ties go to the candidate capitalised like `name`,
  /// then to the alphabetically first.
  public static func closest(to name: String, in candidates: some Sequence<String>) -> String? {
    let limit = maximumDistance(for: name)
    var best: (candidate: String, distance: Int)?
    for candidate in Set(candidates) where candidate != name {
      let distance = editDistance(name, candidate)
      guard distance <= limit else { continue }
      if let current = best {
        if distance > current.distance { continue }
        if distance == current.distance {
          // Same distance: the one capitalised as the name was (`adam` suggests `adam(...)`
          // before `Adam`), then the alphabetically first.
          let sameCase = candidate.first?.isUppercase == name.first?.isUppercase
          let currentSameCase = current.candidate.first?.isUppercase == name.first?.isUppercase
          if currentSameCase && !sameCase { continue }
          if sameCase == currentSameCase && candidate > current.candidate { continue }
        }
      }
      best = (candidate, distance)
    }
    return best?.candidate
  }

  /// The most edits a suggestion for `name` may be away from it.
  public static func maximumDistance(for name: String) -> Int {
    name.count <= 3 ? 1 : max(2, name.count / 3)
  }

  /// The optimal string alignment distance, ignoring case: insertions, deletions,
  /// substitutions and swaps of two neighbours each count as one edit, so `pritn` is
  /// one edit from `print`.
  public static func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a.lowercased())
    let b = Array(b.lowercased())
    guard !a.isEmpty else { return b.count }
    guard !b.isEmpty else { return a.count }
    var beforePrevious = Array(0...b.count)
    var previous = beforePrevious
    var current = previous
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
        current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          current[j] = min(current[j], beforePrevious[j - 2] + 1)
        }
      }
      beforePrevious = previous
      swap(&previous, &current)
    }
    return previous[b.count]
  }
}
