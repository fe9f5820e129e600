/// Data sets, scaling, metrics and tables, as cells see them.
extension Library {
  func registerData() {
    type("Dataset", help: "Examples x and labels y, with helpers to split, batch and one-hot them")
    type("StandardScaler", help: "Scales each feature to mean 0 and standard deviation 1, as fitted on training data")
    type("Table", help: "A table of text and numbers, shown with aligned columns")
    let dataset = ValueType.object("Dataset")
    let seed = Parameter.labeled("seed", .optional(.int), default: Value.none)
    func samples(_ n: Int) -> Parameter { .labeled("samples", .int, default: .int(n)) }
    func noise(_ amount: Double) -> Parameter { .labeled("noise", .double, default: .double(amount)) }

    /// A generated data set; its last parameter is `seed:` (a fresh generator when given).
    func generator(
      _ name: String, _ parameters: [Parameter], help: String,
      _ make: @escaping (inout Arguments, NNRandom) throws -> Dataset
    ) {
      function(Signature("Dataset." + name, parameters + [seed], dataset, help: help)) { a in
        let random = try a.seed(parameters.count).map { NNRandom(seed: $0) } ?? a.context.random
        return .object(try make(&a, random))
      }
    }
    generator(
      "circles", [samples(100), noise(0), .labeled("factor", .double, default: .double(0.8))],
      help: "Two concentric rings of points in 2-D; factor is the inner ring's radius relative to the outer"
    ) { a, r in
      try Generators.circles(samples: a.int(0, atLeast: 1), noise: a.double(1), factor: a.double(2), random: r)
    }
    generator("moons", [samples(100), noise(0)], help: "Two interleaving half circles in 2-D") { a, r in
      Generators.moons(samples: try a.int(0, atLeast: 1), noise: try a.double(1), random: r)
    }
    generator(
      "blobs",
      [
        samples(100), .labeled("centers", .int, default: .int(3)), .labeled("std", .double, default: .double(1)),
        .labeled("features", .int, default: .int(2)),
      ], help: "Gaussian clusters, one class per center"
    ) { a, r in
      try Generators.blobs(
        samples: a.int(0, atLeast: 1), centers: a.int(1, atLeast: 1), std: a.double(2),
        features: a.int(3, atLeast: 1), random: r)
    }
    generator(
      "classification",
      [
        samples(100), .labeled("features", .int, default: .int(20)), .labeled("informative", .int, default: .int(2)),
        .labeled("classes", .int, default: .int(2)),
      ], help: "A random classification problem: a few informative features among noise"
    ) { a, r in
      try Generators.classification(
        samples: a.int(0, atLeast: 1), features: a.int(1, atLeast: 1), informative: a.int(2, atLeast: 1),
        classes: a.int(3, atLeast: 1), random: r)
    }
    generator(
      "spirals", [samples(300), .labeled("classes", .int, default: .int(3)), noise(0.2)],
      help: "Interleaved spiral arms in 2-D, one class per arm"
    ) { a, r in
      Generators.spirals(
        samples: try a.int(0, atLeast: 1), classes: try a.int(1, atLeast: 1), noise: try a.double(2), random: r)
    }
    generator("xor", [samples(200), noise(0)], help: "Points in the four quadrants, labeled by the sign of x·y") {
      a, r in
      Generators.xor(samples: try a.int(0, atLeast: 1), noise: try a.double(1), random: r)
    }
    function(
      Signature(
        "Dataset.digits", [.labeled("asImages", .bool, default: .bool(false))], dataset,
        help: "The 1,797 handwritten 8×8 digits shipped with nnbook, x as [1797, 64] or, asImages, [1797, 1, 8, 8]")
    ) { a in .object(try Generators.digits(asImages: try a.bool(0))) }
    func length(_ n: Int) -> Parameter { .labeled("length", .int, default: .int(n)) }
    generator(
      "majority", [samples(1000), length(20)],
      help: "Random bits [n, length, 1]; label 1 when more than half are ones (a sequence must be remembered)"
    ) { a, r in try Generators.majority(samples: a.int(0, atLeast: 1), length: a.int(1, atLeast: 1), random: r) }
    generator(
      "reversal", [samples(1000), length(10), .labeled("vocabulary", .int, default: .int(10))],
      help: "Token ids [n, length]; the target is the same sequence reversed, [n, length]"
    ) { a, r in
      try Generators.reversal(
        samples: a.int(0, atLeast: 1), length: a.int(1, atLeast: 1), vocabulary: a.int(2, atLeast: 2), random: r)
    }
    generator(
      "sineWave", [samples(1000), length(20)],
      help: "Windows [n, length, 1] of sine waves with random phase and frequency; the target is the next value [n, 1]"
    ) { a, r in try Generators.sineWave(samples: a.int(0, atLeast: 1), length: a.int(1, atLeast: 1), random: r) }
    function(
      Signature(
        "Dataset", [.labeled("x", .tensor), .labeled("y", .tensor)], dataset,
        help: "A data set of your own examples x and labels y (class indices or one-hot rows)")
    ) { a in
      let x = try a.tensor(0)
      let y = try a.tensor(1)
      guard x.shape.first == y.shape.first else {
        throw RuntimeFailure("Dataset(x:y:): \(x.shape.first ?? 0) examples in x but \(y.shape.first ?? 0) in y")
      }
      // Labels become `Int`s (class indices, one-hot columns): a value `Int(_:)` traps on
      // (NaN, 1e30) or a class count no memory holds is refused here, once.
      if y.rank != 2 {
        for label in y.doubles where !(label.isFinite && label > -1 && label < Double(Dataset.maximumClasses)) {
          throw RuntimeFailure(
            "Dataset(x:y:): y holds \(label), not a class index in 0..<\(Dataset.maximumClasses)")
        }
      }
      let classes = y.rank == 2 ? y.shape[1] : Int((y.doubles.max() ?? -1) + 1)
      try Shape.checkSize([y.shape.first ?? 0, classes])
      return .object(Dataset(x: x, y: y, classes: classes, name: "data"))
    }

    func datasetProperty(_ name: String, _ type: ValueType, _ help: String, _ get: @escaping (Dataset) -> Value) {
      property("Dataset", name, type, help: help) { v in get(try Library.receiver(v, as: Dataset.self, "Dataset")) }
    }
    datasetProperty("x", .tensor, "The examples, one per row (or per image)") { .object($0.x) }
    datasetProperty("y", .tensor, "The labels: class indices, or one-hot rows") { .object($0.y) }
    datasetProperty("count", .int, "The number of examples") { .int($0.count) }
    datasetProperty("features", .int, "The number of features of one example") { .int($0.features) }
    datasetProperty("classes", .int, "The number of classes") { .int($0.classes) }
    datasetProperty("labels", .array(.int), "The class index of each example") { .array($0.labels.map { .int($0) }) }
    func datasetMethod(
      _ signature: Signature, _ body: @escaping (Dataset, inout Arguments) throws -> Value
    ) {
      method("Dataset", signature) { v, a in try body(try Library.receiver(v, as: Dataset.self, "Dataset"), &a) }
    }
    datasetMethod(
      Signature(
        "split", [.labeled("testFraction", .double), seed], .tuple([("train", dataset), ("test", dataset)]),
        help: "Shuffles the examples and splits off testFraction of them as a test set")
    ) { d, a in
      let (train, test) = try d.split(
        testFraction: a.double(0), random: a.seed(1).map { NNRandom(seed: $0) } ?? a.context.random)
      return .tuple(TupleValue(elements: [.object(train), .object(test)], labels: ["train", "test"]))
    }
    datasetMethod(
      Signature(
        "batches", [.labeled("size", .int), .labeled("shuffle", .bool, default: .bool(true)), seed],
        .array(.tuple([("x", .tensor), ("y", .tensor)])),
        help: "The examples in batches of size (shuffled unless told not to)")
    ) { d, a in
      let random = try a.bool(1) ? try a.seed(2).map { NNRandom(seed: $0) } ?? a.context.random : nil
      return .array(try d.batches(size: a.int(0, atLeast: 1), random: random))
    }
    datasetMethod(Signature("oneHot", [], dataset, help: "The same data set with labels as one-hot rows")) { d, _ in
      .object(d.oneHot())
    }
    datasetMethod(
      Signature(
        "subset", [.labeled("classes", .array(.int))], dataset,
        help: "Keeps the examples of the listed classes and numbers them from 0 in that order")
    ) { d, a in
      .object(try d.subset(classes: a.ints(0)))
    }

    let scaler = ValueType.object("StandardScaler")
    function(
      Signature(
        "StandardScaler.fit", [.positional("x", .tensor)], scaler,
        help: "Learns each feature's mean and standard deviation from x (rows are examples)")
    ) { a in .object(try StandardScaler(fitting: a.tensor(0))) }
    method(
      "StandardScaler",
      Signature(
        "transform", [.positional("data", .tensor)], .tensor,
        help: "Scales a tensor (or a data set's x) with the fitted means and deviations")
    ) { v, a in
      let s = try Library.receiver(v, as: StandardScaler.self, "StandardScaler")
      if case .object(let d as Dataset) = a.unwrapped(0) {
        return .object(Dataset(x: try s.transform(d.x), y: d.y, classes: d.classes, name: d.name))
      }
      return .object(try s.transform(a.tensor(0)))
    }
    property("StandardScaler", "mean", .array(.double), help: "Each feature's mean, as fitted") { v in
      .array(try Library.receiver(v, as: StandardScaler.self, "StandardScaler").mean.map { .double($0) })
    }
    property("StandardScaler", "scale", .array(.double), help: "Each feature's standard deviation, as fitted") { v in
      .array(try Library.receiver(v, as: StandardScaler.self, "StandardScaler").scale.map { .double($0) })
    }

    let predictionsAndLabels: [Parameter] = [.positional("predictions", .tensor), .positional("labels", .tensor)]
    function(
      Signature(
        "accuracy", predictionsAndLabels, .double,
        help: "The fraction of predictions (class indices or scores) that match the labels"),
      result: .double
    ) { a in .double(try Metrics.accuracy(a.values[0], a.values[1])) }
    function(
      Signature(
        "confusionMatrix", predictionsAndLabels, .object("ConfusionMatrix"),
        help: "How often each true class (row) was predicted as each class (column)")
    ) { a in .object(ConfusionMatrix(try Metrics.confusion(a.values[0], a.values[1]))) }
    function(
      Signature(
        "classificationReport", predictionsAndLabels, .object("Table"),
        help: "Precision, recall, F1 and support per class, as a table")
    ) { a in .object(TableObject(try Metrics.report(a.values[0], a.values[1]))) }
    // table(["epoch": [1, 2], "loss": [0.9, 0.5]]): columns in the order written.
    function(
      Signature(
        "table", [.positional("columns", .dictionary(.string, .array(.any)))], .object("Table"),
        help: "A table with one column per entry, in the order written")
    ) { a in
      guard case .dictionary(let d) = a.unwrapped(0) else { throw a.mismatch(0, "a dictionary of columns") }
      return .object(TableObject(try DataTables.columns(d)))
    }
    // table(header: ["a", "b"], rows: [[1, 2], [3, 4]]).
    function(
      Signature(
        "table", [.labeled("header", .array(.string)), .labeled("rows", .array(.array(.double)))], .object("Table"),
        help: "A table from column names and rows of values")
    ) { a in
      let names = try a.array(0).map(TableObject.cell)
      let rows = try a.array(1)
      let cells = try rows.map { row -> [String] in
        guard case .array(let values) = row, values.count == names.count else {
          throw RuntimeFailure("table: every row needs \(names.count) values")
        }
        return values.map(TableObject.cell)
      }
      return .object(TableObject(Table(header: names, rows: cells, alignments: DataTables.alignments(rows))))
    }
  }
}

/// Tables from cell values: columns and their alignment.
enum DataTables {
  static func columns(_ d: DictionaryValue) throws(RuntimeFailure) -> Table {
    var columns: [[Value]] = []
    for value in d.values {
      switch value {
      case .array(let a): columns.append(a)
      case .object(let o as NumericArrayConvertible): columns.append(o.numericValues.map { .double($0) })
      default: throw RuntimeFailure("table: each column must be an array")
      }
    }
    let n = columns.map(\.count).max() ?? 0
    let rows = (0..<n).map { i in columns.map { i < $0.count ? TableObject.cell($0[i]) : "" } }
    let alignments: [Table.Alignment] = columns.map { c in c.allSatisfy(isNumber) ? .right : .left }
    return Table(header: d.keys.map(TableObject.cell), rows: rows, alignments: alignments)
  }

  static func alignments(_ rows: [Value]) -> [Table.Alignment]? {
    guard case .array(let first)? = rows.first else { return nil }
    return first.map { isNumber($0) ? .right : .left }
  }

  static func isNumber(_ v: Value) -> Bool {
    switch v {
    case .int, .double, .float: return true
    default: return false
    }
  }
}
