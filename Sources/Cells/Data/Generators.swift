import Foundation

/// Synthetic data sets with scikit-learn's geometry and parameters, drawn from
/// nnbook's own generator (so the numbers differ from scikit-learn's).
enum Generators {
  /// Two concentric circles (`make_circles`): the outer circle (label 0) has
  /// `samples / 2` points, the inner one (label 1, radius `factor`) the rest; points
  /// are evenly spaced in angle, shuffled, then moved by Gaussian noise of std `noise`.
  static func circles(samples: Int, noise: Double, factor: Double, random: NNRandom) throws(RuntimeFailure) -> Dataset {
    guard factor >= 0 && factor < 1 else { throw RuntimeFailure("circles: factor must be in [0, 1), got \(factor)") }
    let outer = samples / 2
    let inner = samples - outer
    var rows: [[Double]] = []
    var labels: [Int] = []
    for i in 0..<outer {
      let a = 2 * Double.pi * Double(i) / Double(outer)
      rows.append([cos(a), sin(a)])
      labels.append(0)
    }
    for i in 0..<inner {
      let a = 2 * Double.pi * Double(i) / Double(inner)
      rows.append([factor * cos(a), factor * sin(a)])
      labels.append(1)
    }
    return finish(rows, labels, noise: noise, random: random, name: "circles")
  }

  /// Two interleaving half circles (`make_moons`).
  static func moons(samples: Int, noise: Double, random: NNRandom) -> Dataset {
    let outer = samples / 2
    let inner = samples - outer
    var rows: [[Double]] = []
    var labels: [Int] = []
    for i in 0..<outer {
      let a = Double.pi * Double(i) / Double(max(1, outer - 1))
      rows.append([cos(a), sin(a)])
      labels.append(0)
    }
    for i in 0..<inner {
      let a = Double.pi * Double(i) / Double(max(1, inner - 1))
      rows.append([1 - cos(a), 1 - sin(a) - 0.5])
      labels.append(1)
    }
    return finish(rows, labels, noise: noise, random: random, name: "moons")
  }

  /// Isotropic Gaussian blobs (`make_blobs`) around `centers` centres drawn uniformly in
  /// the box [-10, 10]², `samples` split evenly (the first centres get the remainder).
  static func blobs(samples: Int, centers: Int, std: Double, features: Int, random: NNRandom) throws(RuntimeFailure)
    -> Dataset
  {
    guard centers > 0 else { throw RuntimeFailure("blobs: centers must be positive") }
    let middles = (0..<centers).map { _ in (0..<features).map { _ in -10 + 20 * random.nextUniform() } }
    var rows: [[Double]] = []
    var labels: [Int] = []
    for c in 0..<centers {
      let n = samples / centers + (c < samples % centers ? 1 : 0)
      for _ in 0..<n {
        rows.append(middles[c].map { $0 + std * random.nextNormal() })
        labels.append(c)
      }
    }
    return finish(rows, labels, noise: 0, random: random, name: "blobs")
  }

  /// `make_classification`, simplified: each class is a Gaussian cluster (std 1) around
  /// a vertex of a hypercube of side 2 in the `informative` dimensions; the remaining
  /// features are noise. scikit-learn also adds redundant features, several clusters per
  /// class and label flipping; nnbook does not.
  static func classification(samples: Int, features: Int, informative: Int, classes: Int, random: NNRandom)
    throws(RuntimeFailure)
    -> Dataset
  {
    guard informative <= features, informative > 0 else {
      throw RuntimeFailure("classification: informative (\(informative)) must be between 1 and features (\(features))")
    }
    guard classes >= 2, classes <= 1 << informative else {
      throw RuntimeFailure(
        "classification: \(classes) classes need at least \(Int(ceil(log2(Double(classes))))) informative features")
    }
    var vertices: [Int] = Array(0..<(1 << informative))
    random.shuffle(&vertices)
    let centres = (0..<classes).map { c in (0..<informative).map { bit in (vertices[c] >> bit) & 1 == 1 ? 1.0 : -1.0 } }
    var rows: [[Double]] = []
    var labels: [Int] = []
    for i in 0..<samples {
      let c = i % classes
      var row = centres[c].map { $0 + random.nextNormal() }
      for _ in informative..<features { row.append(random.nextNormal()) }
      rows.append(row)
      labels.append(c)
    }
    return finish(rows, labels, noise: 0, random: random, name: "classification")
  }

  /// Interleaved spiral arms, one per class (the CS231n spiral).
  static func spirals(samples: Int, classes: Int, noise: Double, random: NNRandom) -> Dataset {
    var rows: [[Double]] = []
    var labels: [Int] = []
    let perClass = samples / max(1, classes)
    for c in 0..<classes {
      for i in 0..<perClass {
        let r = Double(i) / Double(max(1, perClass - 1))
        let t = Double(c) * 4 + 4 * r + noise * random.nextNormal()
        rows.append([r * sin(t), r * cos(t)])
        labels.append(c)
      }
    }
    return finish(rows, labels, noise: 0, random: random, name: "spirals")
  }

  /// Points uniform in [-1, 1]², labelled 1 when the two coordinates differ in sign.
  static func xor(samples: Int, noise: Double, random: NNRandom) -> Dataset {
    var rows: [[Double]] = []
    var labels: [Int] = []
    for _ in 0..<samples {
      let a = 2 * random.nextUniform() - 1
      let b = 2 * random.nextUniform() - 1
      rows.append([a, b])
      labels.append((a > 0) != (b > 0) ? 1 : 0)
    }
    return finish(rows, labels, noise: noise, random: random, name: "xor")
  }

  private static func finish(_ rows: [[Double]], _ labels: [Int], noise: Double, random: NNRandom, name: String)
    -> Dataset
  {
    let order = random.permutation(rows.count)
    var shuffled = order.map { rows[$0] }
    if noise > 0 {
      for i in shuffled.indices {
        for j in shuffled[i].indices { shuffled[i][j] += noise * random.nextNormal() }
      }
    }
    return Dataset(rows: shuffled, labels: order.map { labels[$0] }, name: name)
  }

  /// The 1,797 bundled 8x8 digits: `x` is `[1797, 64]` intensities 0...16, `y` the digit.
  /// With `asImages`, `x` is `[1797, 1, 8, 8]` (one channel, as `Conv2d` takes images).
  static func digits(asImages: Bool = false) throws(RuntimeFailure) -> Dataset {
    let flat = try bundledDigits.get()
    guard asImages else { return flat }
    return Dataset(
      x: flat.x.sharing(shape: [flat.count, 1, 8, 8]), y: flat.y, classes: flat.classes, name: flat.name)
  }

  /// `field` without leading and trailing spaces and tabs. Foundation's
  /// `trimmingCharacters(in:)` bridges each field through `NSString`, which was
  /// two thirds of decoding the digits (0.2 s).
  static func trimmingBlanks(_ field: Substring) -> Substring {
    let blank: (UInt8) -> Bool = { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
    let bytes = field.utf8
    guard let first = bytes.firstIndex(where: { !blank($0) }) else { return field[field.endIndex...] }
    let last = bytes.lastIndex(where: { !blank($0) })!
    return field[first...last]
  }

  /// Decoded once per process (a `static let` is initialized once, safely across threads);
  /// a `Dataset` is immutable, so lessons on several threads can share it.
  nonisolated(unsafe) private static let bundledDigits: Result<Dataset, RuntimeFailure> = Result {
    () throws(RuntimeFailure) -> Dataset in
    guard let compressed = Data(base64Encoded: DigitsData.gzipBase64) else {
      throw RuntimeFailure("the bundled digits are damaged")
    }
    let text = String(decoding: try Gunzip.inflate([UInt8](compressed)), as: UTF8.self)
    var rows: [[Double]] = []
    var labels: [Int] = []
    for line in text.split(separator: "\n") where !line.isEmpty {
      let fields = line.split(separator: ",").compactMap { Double(Generators.trimmingBlanks($0)) }
      guard fields.count == 65 else { continue }
      rows.append(Array(fields[0..<64]))
      labels.append(Int(fields[64]))
    }
    return Dataset(rows: rows, labels: labels, name: "digits", classes: 10)
  }
}
