import Foundation

/// Classification metrics: `accuracy`, `confusionMatrix`, `classificationReport`.
enum Metrics {
  /// Class indices from predictions or labels: a label vector, probabilities of the
  /// positive class (`[n]` or `[n, 1]`, thresholded at 0.5), or scores per class (`[n, c]`, argmax).
  static func classes(_ value: Value, name: String, probabilities: Bool) throws(RuntimeFailure) -> [Int] {
    let (shape, values) = try numbers(value, name: name)
    if shape.count == 2 && shape[1] > 1 {
      let c = shape[1]
      return (0..<shape[0]).map { i in
        var best = 0
        for k in 1..<c where values[i * c + k] > values[i * c + best] { best = k }
        return best
      }
    }
    if probabilities && values.contains(where: { $0 != $0.rounded() }) {
      return values.map { $0 >= 0.5 ? 1 : 0 }
    }
    var indices: [Int] = []
    for value in values {
      // `Int(_:)` traps on NaN and past Int.max; no lesson has a billion classes.
      guard value.isFinite, abs(value) < 1e9 else {
        throw RuntimeFailure("\(name): \(value) is not a class index")
      }
      indices.append(Int(value.rounded()))
    }
    return indices
  }

  static func numbers(_ value: Value, name: String) throws(RuntimeFailure) -> ([Int], [Double]) {
    switch value {
    case .object(let o as NumericArrayConvertible): return (o.numericShape, o.numericValues)
    case .object(let d as Dataset): return (d.y.shape, d.y.doubles)
    case .array(let a):
      var out: [Double] = []
      for v in a {
        switch v {
        case .int(let i): out.append(Double(i))
        case .double(let d): out.append(d)
        case .float(let f): out.append(Double(f))
        case .bool(let b): out.append(b ? 1 : 0)
        default: throw RuntimeFailure("\(name) expects numbers, got a value of type '\(v.typeName)'")
        }
      }
      return ([out.count], out)
    default:
      throw RuntimeFailure("\(name) expects a tensor or an array, got a value of type '\(value.typeName)'")
    }
  }

  static func pair(_ predictions: Value, _ labels: Value, _ name: String) throws(RuntimeFailure) -> ([Int], [Int]) {
    let p = try classes(predictions, name: name, probabilities: true)
    let t = try classes(labels, name: name, probabilities: false)
    guard p.count == t.count else {
      throw RuntimeFailure("\(name): \(p.count) predictions but \(t.count) labels")
    }
    return (p, t)
  }

  static func accuracy(_ predictions: Value, _ labels: Value) throws(RuntimeFailure) -> Double {
    let (p, t) = try pair(predictions, labels, "accuracy")
    guard !p.isEmpty else { throw RuntimeFailure("accuracy: no examples") }
    return Double(zip(p, t).filter { $0 == $1 }.count) / Double(p.count)
  }

  /// Rows are true classes, columns predicted classes (scikit-learn's convention).
  static func confusion(_ predictions: Value, _ labels: Value) throws(RuntimeFailure) -> [[Int]] {
    let (p, t) = try pair(predictions, labels, "confusionMatrix")
    let n = max(p.max() ?? 0, t.max() ?? 0) + 1
    guard p.allSatisfy({ $0 >= 0 }), t.allSatisfy({ $0 >= 0 }) else {
      throw RuntimeFailure("confusionMatrix: classes must be non-negative integers")
    }
    try Runtime.checkAllocation(count: n * n, bytesPerElement: MemoryLayout<Int>.stride)
    var m = Array(repeating: Array(repeating: 0, count: n), count: n)
    for (a, b) in zip(t, p) { m[a][b] += 1 }
    return m
  }

  static func report(_ predictions: Value, _ labels: Value) throws(RuntimeFailure) -> Table {
    let m = try confusion(predictions, labels)
    let n = m.count
    var rows: [[String]] = []
    var precisions: [Double] = []
    var recalls: [Double] = []
    var f1s: [Double] = []
    var supports: [Int] = []
    for c in 0..<n {
      let tp = Double(m[c][c])
      let predicted = Double((0..<n).map { m[$0][c] }.reduce(0, +))
      let support = m[c].reduce(0, +)
      let precision = predicted > 0 ? tp / predicted : 0
      let recall = support > 0 ? tp / Double(support) : 0
      let f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
      precisions.append(precision)
      recalls.append(recall)
      f1s.append(f1)
      supports.append(support)
      rows.append(["\(c)", fixed(precision), fixed(recall), fixed(f1), "\(support)"])
    }
    let total = supports.reduce(0, +)
    let correct = (0..<n).map { m[$0][$0] }.reduce(0, +)
    func mean(_ xs: [Double]) -> Double { xs.reduce(0, +) / Double(max(1, xs.count)) }
    func weighted(_ xs: [Double]) -> Double {
      zip(xs, supports).map { $0 * Double($1) }.reduce(0, +) / Double(max(1, total))
    }
    rows.append(["accuracy", "", "", fixed(Double(correct) / Double(max(1, total))), "\(total)"])
    rows.append(["macro avg", fixed(mean(precisions)), fixed(mean(recalls)), fixed(mean(f1s)), "\(total)"])
    rows.append([
      "weighted avg", fixed(weighted(precisions)), fixed(weighted(recalls)), fixed(weighted(f1s)), "\(total)",
    ])
    return Table(
      header: ["class", "precision", "recall", "f1-score", "support"], rows: rows,
      alignments: [.left, .right, .right, .right, .right])
  }

  static func fixed(_ x: Double) -> String { String(format: "%.4f", x) }
}

/// A table shown as a table (Markdown pipe table in the lesson, `<table>` in HTML).
final class TableObject: NativeObject, DisplayableObject {
  let table: Table
  init(_ table: Table) { self.table = table }
  override var typeName: String { "Table" }
  var output: CellOutput { .table(table) }

  /// Plain text, for `print(table)`: aligned columns.
  override func describe() -> String {
    let all = [table.header] + table.rows
    let widths = table.header.indices.map { c in all.map { c < $0.count ? $0[c].count : 0 }.max() ?? 0 }
    func line(_ row: [String]) -> String {
      row.enumerated().map { c, text in
        let pad = String(repeating: " ", count: max(0, widths[c] - text.count))
        return table.alignments[c] == .right ? pad + text : text + pad
      }.joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
    }
    return ([line(table.header)] + table.rows.map(line)).joined(separator: "\n")
  }

  /// Formats a cell value: integers as they are, other numbers with 4 decimals.
  static func cell(_ v: Value) -> String {
    switch v {
    case .double(let d): return d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : String(format: "%.4f", d)
    case .float(let f): return cell(.double(Double(f)))
    case .string(let s): return s
    case .some(let inner): return cell(inner)
    default: return v.description
    }
  }
}

/// A confusion matrix: displayed as a labelled table, plotted as a heatmap.
final class ConfusionMatrix: NativeObject, DisplayableObject, NumericArrayConvertible {
  let counts: [[Int]]
  init(_ counts: [[Int]]) { self.counts = counts }
  override var typeName: String { "ConfusionMatrix" }
  var numericShape: [Int] { [counts.count, counts.count] }
  var numericValues: [Double] { counts.flatMap { $0.map(Double.init) } }
  var table: Table {
    Table(
      header: ["true \\ predicted"] + counts.indices.map(String.init),
      rows: counts.enumerated().map { ["\($0.offset)"] + $0.element.map(String.init) },
      alignments: [.left] + counts.indices.map { _ in .right })
  }
  var output: CellOutput { .table(table) }
  override func describe() -> String { TableObject(table).describe() }
}
