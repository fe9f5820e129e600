import Foundation

/// How a tensor prints: a header with its shape and dtype, then its elements as a
/// NumPy-style grid.
///
/// ```
/// Tensor(shape: [2, 2], dtype: float64)
/// [[ 1.50, -2.00],
///  [ 3.00, 40.25]]
/// ```
/// Every element is printed with the same number of decimals (the fewest, up to 4,
/// that show each displayed element to 4 decimals) and right-aligned to one width,
/// so columns line up. Scientific notation takes over when the magnitudes are too
/// small or too large for 4 decimals. A tensor of more than 1,000 elements shows
/// the first and last 3 entries of each long axis with `...` between, as NumPy does.
/// The output depends only on the values, never on the platform.
struct TensorFormatter {
  static let elisionThreshold = 1000
  static let edgeItems = 3
  static let lineWidth = 75
  static let maxDecimals = 4

  let tensor: Tensor
  private let elide: Bool

  init(_ tensor: Tensor) {
    self.tensor = tensor
    elide = tensor.count > TensorFormatter.elisionThreshold
  }

  var text: String {
    let dtype = tensor.dtype.rawValue
    if tensor.rank == 0 {
      let v = tensor.storage.double(at: 0)
      let format = NumberFormat([v])
      return "Tensor(\(format.string(v)), dtype: \(dtype))"
    }
    let header = "Tensor(shape: \(Shape.text(tensor.shape)), dtype: \(dtype))"
    if tensor.count == 0 { return header + "\n[]" }
    let format = NumberFormat(shownIndices(axis: 0, offset: 0).map { tensor.storage.double(at: $0) })
    return header + "\n" + block(axis: 0, offset: 0, format: format)
  }

  /// The positions along `axis` that are printed (nil marks the `...`).
  private func positions(axis: Int) -> [Int?] {
    let n = tensor.shape[axis]
    let e = TensorFormatter.edgeItems
    if elide && n > 2 * e { return Array(0..<e) + [nil] + Array((n - e)..<n) }
    return Array(0..<n)
  }

  private func shownIndices(axis: Int, offset: Int) -> [Int] {
    let stride = Tensor.strides(of: tensor.shape)[axis]
    let here = positions(axis: axis).compactMap { $0 }.map { offset + $0 * stride }
    if axis == tensor.rank - 1 { return here }
    return here.flatMap { shownIndices(axis: axis + 1, offset: $0) }
  }

  private func block(axis: Int, offset: Int, format: NumberFormat) -> String {
    let stride = Tensor.strides(of: tensor.shape)[axis]
    let indent = String(repeating: " ", count: axis + 1)
    if axis == tensor.rank - 1 {
      let items = positions(axis: axis).map { p in
        p.map { format.padded(tensor.storage.double(at: offset + $0 * stride)) } ?? "..."
      }
      // Wrap long rows, continuing under the first element.
      var lines: [String] = []
      var line = ""
      for (i, item) in items.enumerated() {
        let piece = item + (i < items.count - 1 ? "," : "")
        if !line.isEmpty && indent.count + line.count + 1 + piece.count > TensorFormatter.lineWidth {
          lines.append(line)
          line = piece
        } else {
          line += (line.isEmpty ? "" : " ") + piece
        }
      }
      lines.append(line)
      return "[" + lines.joined(separator: "\n" + indent) + "]"
    }
    // Blocks of higher rank are separated by blank lines, one fewer per level down.
    let separator = "," + String(repeating: "\n", count: tensor.rank - axis - 1) + indent
    let children = positions(axis: axis).map { p in
      p.map { block(axis: axis + 1, offset: offset + $0 * stride, format: format) } ?? "..."
    }
    return "[" + children.joined(separator: separator) + "]"
  }
}

/// One number format for all the printed elements of a tensor.
struct NumberFormat {
  private enum Style {
    case fixed(decimals: Int)
    case scientific
  }
  private let style: Style
  private let width: Int

  init(_ values: [Double]) {
    let finite = values.filter { $0.isFinite }
    let magnitudes = finite.map { Swift.abs($0) }.filter { $0 != 0 }
    let largest = magnitudes.max() ?? 0
    let smallest = magnitudes.min() ?? 0
    if largest >= 1e8 || (smallest > 0 && smallest < 1e-4)
      || (smallest > 0 && largest / smallest >= 1e6 && smallest < 1e-2)
    {
      style = .scientific
    } else {
      var decimals = 1
      for v in finite {
        var d = decimals
        let target = (v * 1e4).rounded() / 1e4
        while d < TensorFormatter.maxDecimals {
          let scale = pow(10.0, Double(d))
          if Swift.abs((v * scale).rounded() / scale - target) < 1e-12 * Swift.max(1, Swift.abs(v)) { break }
          d += 1
        }
        decimals = Swift.max(decimals, d)
      }
      style = .fixed(decimals: decimals)
    }
    var w = 0
    let unpadded = NumberFormat(style: style, width: 0)
    for v in values { w = Swift.max(w, unpadded.string(v).count) }
    width = w
  }

  private init(style: Style, width: Int) {
    self.style = style
    self.width = width
  }

  func string(_ v: Double) -> String {
    if v.isNaN { return "nan" }
    if v.isInfinite { return v < 0 ? "-inf" : "inf" }
    switch style {
    case .fixed(let decimals):
      let s = String(format: "%.\(decimals)f", v)
      // "-0.0" reads as a bug in a lesson.
      return s.allSatisfy({ "-0.".contains($0) }) && s.hasPrefix("-") ? String(s.dropFirst()) : s
    case .scientific:
      return String(format: "%.4e", v)
    }
  }

  func padded(_ v: Double) -> String {
    let s = string(v)
    return s.count >= width ? s : String(repeating: " ", count: width - s.count) + s
  }
}
