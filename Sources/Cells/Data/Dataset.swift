/// Examples and their labels: `x` is `[count, features]`, `y` is `[count]` class
/// indices (or `[count, classes]` after `oneHot()`), both float32 tensors.
final class Dataset: NativeObject {
  let x: Tensor
  let y: Tensor
  /// How many classes the labels come from (the largest label plus one).
  let classes: Int
  let name: String

  init(x: Tensor, y: Tensor, classes: Int, name: String) {
    self.x = x
    self.y = y
    self.classes = classes
    self.name = name
  }

  override var typeName: String { "Dataset" }
  var count: Int { x.shape.first ?? 0 }
  var features: Int { x.shape.count > 1 ? x.shape[1] : 1 }
  var isOneHot: Bool { y.rank == 2 }

  override func describe() -> String {
    "Dataset(\(name): \(count) examples, \(features) features, \(classes) classes)"
  }

  /// Builds a data set from rows of features and integer labels.
  convenience init(rows: [[Double]], labels: [Int], name: String, classes: Int? = nil) {
    let n = rows.count
    let f = rows.first?.count ?? 0
    let x = Tensor(uninitializedShape: [n, f], dtype: .float32)
    let y = Tensor(uninitializedShape: [n], dtype: .float32)
    for i in 0..<n {
      for j in 0..<f { x.storage.set(rows[i][j], at: i * f + j) }
      y.storage.set(Double(labels[i]), at: i)
    }
    self.init(x: x, y: y, classes: classes ?? ((labels.max() ?? -1) + 1), name: name)
  }

  /// The examples at `indices`, in that order.
  func subset(_ indices: [Int], name: String? = nil) -> Dataset {
    Dataset(x: Dataset.rows(of: x, indices), y: Dataset.rows(of: y, indices), classes: classes, name: name ?? self.name)
  }

  /// Rows are contiguous and keep their dtype, so each is one `memcpy` (`fit` gathers
  /// every batch this way).
  static func rows(of t: Tensor, _ indices: [Int]) -> Tensor {
    let width = t.shape.dropFirst().reduce(1, *)
    let out = Tensor(uninitializedShape: [indices.count] + t.shape.dropFirst(), dtype: t.dtype)
    let rowBytes = width * t.dtype.size
    let source = t.storage.base
    let target = out.storage.base
    for (k, i) in indices.enumerated() {
      (target + k * rowBytes).copyMemory(from: source + i * rowBytes, byteCount: rowBytes)
    }
    return out
  }

  /// Shuffles with `random`, then keeps the last `testFraction` (rounded up) for testing,
  /// as scikit-learn's `train_test_split` does.
  func split(testFraction: Double, random: NNRandom) throws(RuntimeFailure) -> (Dataset, Dataset) {
    guard testFraction > 0 && testFraction < 1 else {
      throw RuntimeFailure("split: testFraction must be between 0 and 1, got \(testFraction)")
    }
    let order = random.permutation(count)
    let testCount = Int((Double(count) * testFraction).rounded(.up))
    let test = Array(order[0..<testCount])
    let train = Array(order[testCount...])
    return (subset(train, name: name + " (train)"), subset(test, name: name + " (test)"))
  }

  /// Mini-batches of at most `size` examples, as `(x, y)` pairs; shuffled by `random` when given.
  func batches(size: Int, random: NNRandom?) throws(RuntimeFailure) -> [Value] {
    guard size > 0 else { throw RuntimeFailure("batches: size must be positive, got \(size)") }
    var order = Array(0..<count)
    if let random { order = random.permutation(count) }
    return stride(from: 0, to: count, by: size).map { start in
      let part = Array(order[start..<min(start + size, count)])
      return .tuple(
        TupleValue(
          elements: [.object(Dataset.rows(of: x, part)), .object(Dataset.rows(of: y, part))], labels: ["x", "y"]))
    }
  }

  /// The examples whose label is in `kept`, relabelled by position in `kept` (so
  /// `subset(classes: [3, 8])` is a two-class problem with 3 as 0 and 8 as 1).
  func subset(classes kept: [Int]) throws(RuntimeFailure) -> Dataset {
    guard !kept.isEmpty, Set(kept).count == kept.count else {
      throw RuntimeFailure("subset(classes:): list each class once, got \(kept)")
    }
    for c in kept where c < 0 || c >= classes {
      throw RuntimeFailure("subset(classes:): \(c) is not a class of this data set (0..<\(classes))")
    }
    let position = Dictionary(uniqueKeysWithValues: kept.enumerated().map { ($1, $0) })
    let all = labels
    let indices = all.indices.filter { position[all[$0]] != nil }
    let y = Tensor(uninitializedShape: [indices.count], dtype: .float32)
    for (k, i) in indices.enumerated() { y.storage.set(Double(position[all[i]]!), at: k) }
    return Dataset(x: Dataset.rows(of: x, indices), y: y, classes: kept.count, name: name)
  }

  /// The most classes a data set's labels may name (the label values are checked against it).
  static let maximumClasses = 1 << 20

  /// Labels as one-hot rows: `[count, classes]`.
  func oneHot() -> Dataset {
    if isOneHot { return self }
    let out = Tensor.zeros([count, classes], dtype: .float32)
    for i in 0..<count {
      let label = Int(y.storage.double(at: i))
      if label >= 0 && label < classes { out.storage.set(1, at: i * classes + label) }
    }
    return Dataset(x: x, y: out, classes: classes, name: name)
  }

  /// The labels as integers (argmax of one-hot rows).
  var labels: [Int] {
    if isOneHot {
      return (0..<count).map { i in
        var best = 0
        for c in 1..<classes where y.storage.double(at: i * classes + c) > y.storage.double(at: i * classes + best) {
          best = c
        }
        return best
      }
    }
    return (0..<count).map { Int(y.storage.double(at: $0)) }
  }
}

extension Dataset: LabeledPoints {
  var plottedInputs: Value { .object(x) }
  var plottedLabels: Value { .object(y) }
}
