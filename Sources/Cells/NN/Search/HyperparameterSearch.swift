import Foundation

/// Grid search and random search over hyperparameters: which settings to try, and
/// the trials ranked by score.
///
/// Random search (Bergstra and Bengio, 2012) draws each trial's settings
/// independently, so with few settings that matter it tries many more distinct
/// values of each than a grid with the same budget.
enum HyperparameterSearch {
  /// Where one hyperparameter's values come from.
  enum Choice {
    /// One of these values (a grid uses each in turn).
    case values([Value])
    /// Uniform between the bounds (random search only).
    case uniform(Double, Double)
    /// Uniform in the logarithm between the bounds: learning rates, weight decay.
    case logUniform(Double, Double)

    func draw(_ random: NNRandom) -> Value {
      switch self {
      case .values(let vs): return vs[random.nextInt(below: vs.count)]
      case .uniform(let a, let b): return .double(a + (b - a) * random.nextUniform())
      case .logUniform(let a, let b):
        return .double(CMath.exp(CMath.log(a) + (CMath.log(b) - CMath.log(a)) * random.nextUniform()))
      }
    }
  }

  /// One trial: the settings in the order the space lists them, and the score.
  struct Trial {
    var settings: [(name: String, value: Value)]
    var score: Double
  }

  /// Every combination, the last parameter changing fastest.
  static func grid(_ space: [(name: String, choice: Choice)]) throws(RuntimeFailure) -> [[(name: String, value: Value)]]
  {
    var combinations: [[(name: String, value: Value)]] = [[]]
    for (name, choice) in space {
      guard case .values(let values) = choice else {
        throw RuntimeFailure(
          "gridSearch: '\(name)' is a distribution; a grid needs the values listed, as [1e-3, 1e-2]")
      }
      guard !values.isEmpty else { throw RuntimeFailure("gridSearch: '\(name)' lists no values") }
      combinations = combinations.flatMap { prefix in values.map { prefix + [(name, $0)] } }
    }
    return combinations
  }

  static func random(_ space: [(name: String, choice: Choice)], trials: Int, using random: NNRandom)
    -> [[(name: String, value: Value)]]
  {
    (0..<trials).map { _ in space.map { ($0.name, $0.choice.draw(random)) } }
  }

  /// Runs `score` on each setting; returns the trials best first (highest score, or
  /// lowest when `maximizing` is false), ties in the order they ran.
  static func run(
    _ settings: [[(name: String, value: Value)]], maximizing: Bool, context: Context,
    score: ([(name: String, value: Value)]) throws -> Double
  ) throws -> [Trial] {
    var trials: [Trial] = []
    for s in settings {
      trials.append(Trial(settings: s, score: try score(s)))
      try context.checkTime()
    }
    let order = trials.indices.sorted { i, j in
      let (a, b) = (trials[i].score, trials[j].score)
      if a.isNaN != b.isNaN { return b.isNaN }
      if a == b || (a.isNaN && b.isNaN) { return i < j }
      return maximizing ? a > b : a < b
    }
    return order.map { trials[$0] }
  }
}

/// The settings a search passes to its closure: `params["hidden"]` is the value
/// itself, with the type of the values listed for it (no optional to unwrap).
final class SearchParameters: NativeObject, SubscriptableObject {
  let settings: [(name: String, value: Value)]
  init(_ settings: [(name: String, value: Value)]) { self.settings = settings }

  override var typeName: String { "SearchParameters" }

  override func describe() -> String {
    "[" + settings.map { "\"\($0.name)\": \($0.value.description)" }.joined(separator: ", ") + "]"
  }

  func subscriptGet(_ index: Value) throws(RuntimeFailure) -> Value {
    guard case .string(let name) = index else {
      throw RuntimeFailure("a search's parameters are looked up by name, as params[\"learningRate\"]")
    }
    guard let v = settings.first(where: { $0.name == name })?.value else {
      let known = settings.map { "'\($0.name)'" }.joined(separator: ", ")
      var message = "the search has no parameter '\(name)'; it has \(known)"
      if let g = Suggestions.closest(to: name, in: settings.map(\.name)) { message += "; did you mean '\(g)'?" }
      throw RuntimeFailure(message)
    }
    return v
  }
}

/// What a search returns: shown as a table of trials, best first; `best`,
/// `bestScore` and `trials` for further use.
final class SearchResults: NativeObject, DisplayableObject {
  let trials: [HyperparameterSearch.Trial]
  let scoreName: String

  init(_ trials: [HyperparameterSearch.Trial], scoreName: String = "score") {
    self.trials = trials
    self.scoreName = scoreName
  }

  override var typeName: String { "SearchResults" }

  var table: Table {
    let names = trials.first?.settings.map(\.name) ?? []
    let rows = trials.enumerated().map { i, t in
      ["\(i + 1)"] + t.settings.map { SearchResults.text($0.value) } + [SearchResults.score(t.score)]
    }
    return Table(
      header: ["rank"] + names + [scoreName], rows: rows,
      alignments: [.right] + names.map { _ in .right } + [.right])
  }

  var output: CellOutput { .table(table) }

  override func describe() -> String { TableObject(table).describe() }

  override func member(_ name: String) -> Value? {
    switch name {
    case "best": return trials.first.map { .object(SearchParameters($0.settings)) }
    case "bestScore": return trials.first.map { .double($0.score) }
    case "trials":
      return .array(
        trials.map {
          .tuple(
            TupleValue(
              elements: [.object(SearchParameters($0.settings)), .double($0.score)], labels: ["params", "score"]))
        })
    case "table": return .object(TableObject(table))
    default: return nil
    }
  }

  static func text(_ v: Value) -> String {
    // Four significant digits: a drawn learning rate reads 0.01581, not 0.015812128577055336.
    if case .double(let d) = v { return d.isFinite ? String(format: "%.4g", d) : "\(d)" }
    return v.description
  }

  static func score(_ x: Double) -> String { x.isFinite ? String(format: "%.4f", x) : "\(x)" }
}
