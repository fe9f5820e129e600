/// Data sets, scaling, metrics and tables, as cells see them.
extension Library {
  func registerData() {
    type("Dataset")
    type("StandardScaler")

    func dataset(
      _ name: String, _ signature: String, defaults: [String: Value],
      _ make: @escaping (Runtime, [Value], NNRandom) throws -> Dataset
    ) {
      function("Dataset." + signature, defaults: defaults) { rt, a in
        let seed = try DataArguments.seed(a.last!)
        let random = seed.map { NNRandom(seed: $0) } ?? rt.random
        return .object(try make(rt, a, random))
      }
    }
    dataset(
      "circles", "circles(samples:noise:factor:seed:)",
      defaults: ["samples": .int(100), "noise": .double(0), "factor": .double(0.8), "seed": .none]
    ) { _, a, r in
      try Generators.circles(
        samples: DataArguments.count(a[0], "samples"), noise: DataArguments.number(a[1], "noise"),
        factor: DataArguments.number(a[2], "factor"), random: r)
    }
    dataset(
      "moons", "moons(samples:noise:seed:)", defaults: ["samples": .int(100), "noise": .double(0), "seed": .none]
    ) { _, a, r in
      Generators.moons(
        samples: try DataArguments.count(a[0], "samples"), noise: try DataArguments.number(a[1], "noise"), random: r)
    }
    dataset(
      "blobs", "blobs(samples:centers:std:features:seed:)",
      defaults: ["samples": .int(100), "centers": .int(3), "std": .double(1), "features": .int(2), "seed": .none]
    ) { _, a, r in
      try Generators.blobs(
        samples: DataArguments.count(a[0], "samples"), centers: DataArguments.count(a[1], "centers"),
        std: DataArguments.number(a[2], "std"), features: DataArguments.count(a[3], "features"), random: r)
    }
    dataset(
      "classification", "classification(samples:features:informative:classes:seed:)",
      defaults: ["samples": .int(100), "features": .int(20), "informative": .int(2), "classes": .int(2), "seed": .none]
    ) { _, a, r in
      try Generators.classification(
        samples: DataArguments.count(a[0], "samples"), features: DataArguments.count(a[1], "features"),
        informative: DataArguments.count(a[2], "informative"), classes: DataArguments.count(a[3], "classes"), random: r)
    }
    dataset(
      "spirals", "spirals(samples:classes:noise:seed:)",
      defaults: ["samples": .int(300), "classes": .int(3), "noise": .double(0.2), "seed": .none]
    ) { _, a, r in
      Generators.spirals(
        samples: try DataArguments.count(a[0], "samples"), classes: try DataArguments.count(a[1], "classes"),
        noise: try DataArguments.number(a[2], "noise"), random: r)
    }
    dataset("xor", "xor(samples:noise:seed:)", defaults: ["samples": .int(200), "noise": .double(0), "seed": .none]) {
      _, a, r in
      Generators.xor(
        samples: try DataArguments.count(a[0], "samples"), noise: try DataArguments.number(a[1], "noise"), random: r)
    }
    function("Dataset.digits()") { _, _ in .object(try Generators.digits()) }
    function("Dataset.init(x:y:)") { _, a in
      let x = try DataArguments.tensor(a[0], "Dataset(x:y:)")
      let y = try DataArguments.tensor(a[1], "Dataset(x:y:)")
      guard x.shape.first == y.shape.first else {
        throw RuntimeFailure("Dataset(x:y:): \(x.shape.first ?? 0) examples in x but \(y.shape.first ?? 0) in y")
      }
      let classes = y.rank == 2 ? y.shape[1] : Int((y.doubles.max() ?? -1) + 1)
      return .object(Dataset(x: x, y: y, classes: classes, name: "data"))
    }

    property("Dataset", "x") { v in .object(try DataArguments.dataset(v).x) }
    property("Dataset", "y") { v in .object(try DataArguments.dataset(v).y) }
    property("Dataset", "count") { v in .int(try DataArguments.dataset(v).count) }
    property("Dataset", "features") { v in .int(try DataArguments.dataset(v).features) }
    property("Dataset", "classes") { v in .int(try DataArguments.dataset(v).classes) }
    property("Dataset", "labels") { v in .array(try DataArguments.dataset(v).labels.map { .int($0) }) }
    method("Dataset", "split(testFraction:seed:)", defaults: ["seed": .none]) { rt, v, a in
      let (train, test) = try DataArguments.dataset(v).split(
        testFraction: DataArguments.number(a[0], "testFraction"), seed: DataArguments.seed(a[1]), rt: rt)
      return .tuple(TupleValue(elements: [.object(train), .object(test)], labels: ["train", "test"]))
    }
    method("Dataset", "batches(size:shuffle:seed:)", defaults: ["shuffle": .bool(true), "seed": .none]) { rt, v, a in
      guard case .bool(let shuffle) = a[1] else { throw RuntimeFailure("batches: shuffle must be true or false") }
      return .array(
        try DataArguments.dataset(v).batches(
          size: DataArguments.count(a[0], "size"), shuffle: shuffle, seed: DataArguments.seed(a[2]), rt: rt))
    }
    method("Dataset", "oneHot()") { _, v, _ in .object(try DataArguments.dataset(v).oneHot()) }

    function("StandardScaler.fit(_:)") { _, a in
      .object(try StandardScaler(fitting: DataArguments.tensor(a[0], "StandardScaler.fit")))
    }
    method("StandardScaler", "transform(_:)") { _, v, a in
      guard case .object(let s as StandardScaler) = v else { throw RuntimeFailure("not a StandardScaler") }
      if case .object(let d as Dataset) = a[0] {
        return .object(Dataset(x: try s.transform(d.x), y: d.y, classes: d.classes, name: d.name))
      }
      return .object(try s.transform(DataArguments.tensor(a[0], "transform")))
    }
    property("StandardScaler", "mean") { v in
      guard case .object(let s as StandardScaler) = v else { throw RuntimeFailure("not a StandardScaler") }
      return .array(s.mean.map { .double($0) })
    }
    property("StandardScaler", "scale") { v in
      guard case .object(let s as StandardScaler) = v else { throw RuntimeFailure("not a StandardScaler") }
      return .array(s.scale.map { .double($0) })
    }

    function("accuracy(_:_:)", result: .double) { _, a in .double(try Metrics.accuracy(a[0], a[1])) }
    function("confusionMatrix(_:_:)") { _, a in .object(ConfusionMatrix(try Metrics.confusion(a[0], a[1]))) }
    function("classificationReport(_:_:)") { _, a in .object(TableObject(try Metrics.report(a[0], a[1]))) }
    type("Table")
    // table(["epoch": [1, 2], "loss": [0.9, 0.5]]): columns in the order written.
    function("table(_:)") { _, a in .object(TableObject(try DataArguments.columns(a[0]))) }
    // table(header: ["a", "b"], rows: [[1, 2], [3, 4]]).
    function("table(header:rows:)") { _, a in
      guard case .array(let header) = a[0], case .array(let rows) = a[1] else {
        throw RuntimeFailure("table(header:rows:) takes an array of column names and an array of rows")
      }
      let names = header.map(TableObject.cell)
      let cells = try rows.map { row -> [String] in
        guard case .array(let values) = row, values.count == names.count else {
          throw RuntimeFailure("table: every row needs \(names.count) values")
        }
        return values.map(TableObject.cell)
      }
      return .object(TableObject(Table(header: names, rows: cells, alignments: DataArguments.alignments(rows))))
    }
  }
}

/// Reading library arguments, with messages that name the parameter.
enum DataArguments {
  static func seed(_ v: Value) throws(RuntimeFailure) -> UInt64? {
    switch v {
    case .none: return nil
    case .int(let s) where s >= 0: return UInt64(s)
    case .some(let inner): return try seed(inner)
    default: throw RuntimeFailure("seed must be a non-negative Int, got \(v.debugDescription)")
    }
  }

  static func count(_ v: Value, _ name: String) throws(RuntimeFailure) -> Int {
    guard case .int(let n) = v, n > 0 else {
      throw RuntimeFailure("\(name) must be a positive Int, got \(v.debugDescription)")
    }
    return n
  }

  static func number(_ v: Value, _ name: String) throws(RuntimeFailure) -> Double {
    switch v {
    case .int(let n): return Double(n)
    case .double(let d): return d
    case .float(let f): return Double(f)
    default: throw RuntimeFailure("\(name) must be a number, got \(v.debugDescription)")
    }
  }

  static func dataset(_ v: Value) throws(RuntimeFailure) -> Dataset {
    guard case .object(let d as Dataset) = v else { throw RuntimeFailure("expected a Dataset, got '\(v.typeName)'") }
    return d
  }

  static func tensor(_ v: Value, _ name: String) throws(RuntimeFailure) -> Tensor {
    switch v {
    case .object(let t as Tensor): return t
    case .array:
      do { return try Tensor.from(v) } catch let e as RuntimeFailure { throw e } catch {
        throw RuntimeFailure("\(name): \(error)")
      }
    default: throw RuntimeFailure("\(name) expects a tensor, got a value of type '\(v.typeName)'")
    }
  }

  static func columns(_ v: Value) throws(RuntimeFailure) -> Table {
    guard case .dictionary(let d) = v else {
      throw RuntimeFailure("table(_:) takes a dictionary of columns, [\"name\": [values]]")
    }
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
