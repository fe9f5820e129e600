/// `gridSearch` and `randomSearch` as cells see them.
extension Library {
  func registerSearch() {
    type("SearchResults", help: "Search trials best first; best, bestScore, trials, table")
    type("SearchParameters", help: "One trial's settings: params[\"name\"] is the value listed for it")
    type("Distribution", help: "A range to draw a hyperparameter from in randomSearch")
    let space = Parameter.positional("space", .dictionary(.string, .any))
    let maximizing = Parameter.labeled("maximizing", .bool, default: .bool(true))
    let closure = Parameter.positional("score", .function)
    let results = ValueType.object("SearchResults")

    function(
      Signature(
        "gridSearch", [space, maximizing, closure], results,
        help: "Tries every combination of the listed values; the closure returns a score (higher is better)")
    ) { a in
      let settings = try HyperparameterSearch.grid(try Library.searchSpace(a, 0, "gridSearch"))
      return try Library.runSearch(settings, &a, maximizingAt: 1, closureAt: 2)
    }
    function(
      Signature(
        "randomSearch",
        [
          space, .labeled("trials", .int),
          .labeled("seed", .optional(.int), default: Value.none, shown: "nil"), maximizing, closure,
        ], results,
        help: "Tries `trials` settings drawn at random from the lists or distributions; best first")
    ) { a in
      let random = try a.optionalInt(2).map { NNRandom(seed: UInt64(bitPattern: Int64($0))) } ?? a.context.random
      let settings = HyperparameterSearch.random(
        try Library.searchSpace(a, 0, "randomSearch"), trials: try a.int(1, atLeast: 1), using: random)
      return try Library.runSearch(settings, &a, maximizingAt: 3, closureAt: 4)
    }
    function(
      Signature(
        ".uniform", [.positional("low", .double), .positional("high", .double)], .object("Distribution"),
        help: "Uniform between low and high, for randomSearch")
    ) { a in .object(DistributionObject(.uniform(try a.double(0), try a.double(1)))) }
    function(
      Signature(
        ".logUniform", [.positional("low", .double), .positional("high", .double)], .object("Distribution"),
        help: "Uniform in the logarithm between low and high (learning rates), for randomSearch")
    ) { a in
      let (low, high) = (try a.double(0), try a.double(1))
      guard low > 0, high > low else { throw a.invalid(1, "must be above low, and both positive") }
      return .object(DistributionObject(.logUniform(low, high)))
    }
  }

  private static func searchSpace(_ a: Arguments, _ index: Int, _ name: String) throws(RuntimeFailure)
    -> [(name: String, choice: HyperparameterSearch.Choice)]
  {
    guard case .dictionary(let d) = a.unwrapped(index) else {
      throw a.mismatch(index, "a dictionary such as [\"learningRate\": [1e-3, 1e-2]]")
    }
    return try zip(d.keys, d.values).map { key, value throws(RuntimeFailure) in
      guard case .string(let n) = key else { throw a.mismatch(index, "a dictionary with String keys", got: key) }
      switch value {
      case .array(let items): return (n, .values(items))
      case .object(let dist as DistributionObject): return (n, dist.choice)
      default:
        throw RuntimeFailure("\(name): the values of '\(n)' must be listed in an array, got \(value.typeName)")
      }
    }
  }

  private static func runSearch(
    _ settings: [[(name: String, value: Value)]], _ a: inout Arguments, maximizingAt m: Int, closureAt c: Int
  ) throws -> Value {
    let maximizing = try a.bool(m)
    let arguments = a
    let trials = try HyperparameterSearch.run(settings, maximizing: maximizing, context: a.context) { s in
      let result = try arguments.call(c, [.object(SearchParameters(s))])
      switch result {
      case .double(let d): return d
      case .int(let i): return Double(i)
      case .float(let f): return Double(f)
      case .object(let t as Tensor) where t.count == 1: return t.storage.double(at: 0)
      default:
        throw RuntimeFailure("the search's closure must return a number (the score), got \(result.typeName)")
      }
    }
    return .object(SearchResults(trials))
  }
}

/// A range to draw from (`.logUniform(1e-4, 1e-1)`).
final class DistributionObject: NativeObject {
  let choice: HyperparameterSearch.Choice
  init(_ choice: HyperparameterSearch.Choice) { self.choice = choice }
  override var typeName: String { "Distribution" }
  override func describe() -> String {
    switch choice {
    case .uniform(let a, let b): return ".uniform(\(a), \(b))"
    case .logUniform(let a, let b): return ".logUniform(\(a), \(b))"
    case .values(let v): return Value.array(v).description
    }
  }
}
