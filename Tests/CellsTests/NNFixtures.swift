import Foundation
import Testing

@testable import Cells

/// The PyTorch reference values written by `scripts/fixtures/make_nn_fixtures.py`
/// into `Fixtures/` next to this file (read by path, as DifferentialTests reads
/// its programs, so nothing depends on how the test bundle is laid out).
enum NNFixtures {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

  static func load<T: Decodable>(_ name: String, as: T.Type) throws -> T {
    try JSONDecoder().decode(T.self, from: Data(contentsOf: folder.appendingPathComponent(name)))
  }

  /// Cases for parameterized tests; empty if the file is missing, which
  /// `fixturesLoad` reports (a parameterized test over nothing would pass silently).
  static var losses: [LossCase] { (try? load("nn-losses.json", as: File<LossCase>.self).cases) ?? [] }
  static var optimizers: [OptimizerCase] {
    (try? load("nn-optimizers.json", as: File<OptimizerCase>.self).cases) ?? []
  }
  static var schedules: [ScheduleCase] { (try? load("nn-schedules.json", as: File<ScheduleCase>.self).cases) ?? [] }

  struct File<Case: Decodable>: Decodable {
    var torch: String
    var cases: [Case]
  }

  /// A tensor as the script writes it.
  struct Array: Decodable, Sendable {
    var shape: [Int]
    var values: [Double]

    var tensor: Tensor { tensor64(values, shape) }
  }

  struct LossCase: Decodable, Sendable, CustomTestStringConvertible {
    struct Options: Decodable, Sendable {
      /// The Swift name: crossEntropy, binaryCrossEntropy, meanSquaredError, huberLoss, l1, l2.
      var loss: String
      var delta: Double?
      var strength: Double?
    }
    var name: String
    var inputs: [String: Array]
    var options: Options
    var value: Double
    var gradients: [String: Array]

    var testDescription: String { name }

    /// The input names in the order `evaluate` takes them.
    var inputOrder: [String] {
      switch options.loss {
      case "crossEntropy": return ["logits", "labels"]
      case "huberLoss": return ["predictions", "targets"]
      case "l1", "l2": return ["first", "second"]
      default: return ["input", "target"]
      }
    }

    /// The loss of `inputs` (in `inputOrder`), computed by nnbook.
    func evaluate(_ x: [Tensor]) throws -> Tensor {
      switch options.loss {
      case "crossEntropy": return try Losses.crossEntropy(logits: x[0], labels: x[1])
      case "binaryCrossEntropy": return try Losses.binaryCrossEntropy(x[0], x[1])
      case "meanSquaredError": return try Losses.meanSquaredError(x[0], x[1])
      case "huberLoss": return try Losses.huberLoss(x[0], x[1], delta: options.delta ?? 1)
      case "l1": return try Regularization.l1(options.strength ?? 0).penalty(of: x)
      case "l2": return try Regularization.l2(options.strength ?? 0).penalty(of: x)
      default: throw RuntimeFailure("no loss named \(options.loss)")
      }
    }

    /// The value and the gradient of each input PyTorch differentiated (by name).
    func valueWithGradient() throws -> (Double, [String: Tensor]) {
      let names = inputOrder
      let variables = names.filter { gradients[$0] != nil }
      let (value, grads) = try Gradient.valueWithGradient(at: variables.map { inputs[$0]!.tensor }) { leaves in
        try evaluate(names.map { name in variables.firstIndex(of: name).map { leaves[$0] } ?? inputs[name]!.tensor })
      }
      return (try value.item(), Dictionary(uniqueKeysWithValues: zip(variables, grads)))
    }
  }

  struct OptimizerCase: Decodable, Sendable, CustomTestStringConvertible {
    struct Options: Decodable, Sendable {
      var learningRate, momentum, weightDecay, dampening, rho, epsilon, beta1, beta2: Double?
      var nesterov: Bool?
    }
    var algorithm: String
    var options: Options
    var parameters: [String: Array]
    var gradients: [[String: Array]]
    var after: [[String: Array]]

    var testDescription: String {
      let o = options
      let settings: [(String, Any?)] = [
        ("learningRate", o.learningRate), ("momentum", o.momentum), ("nesterov", o.nesterov),
        ("weightDecay", o.weightDecay), ("dampening", o.dampening), ("rho", o.rho), ("beta1", o.beta1),
        ("beta2", o.beta2), ("epsilon", o.epsilon),
      ]
      let given = settings.compactMap { label, value in value.map { "\(label): \($0)" } }
      return "\(algorithm)(\(given.joined(separator: ", ")))"
    }

    /// The optimizer the case describes, with nnbook's defaults for what it leaves out.
    func makeOptimizer() throws -> any Optimizer {
      let o = options
      switch algorithm {
      case "SGD":
        let d = SGD()
        return SGD(
          learningRate: o.learningRate ?? d.learningRate, momentum: o.momentum ?? d.momentum,
          nesterov: o.nesterov ?? d.nesterov, weightDecay: o.weightDecay ?? d.weightDecay,
          dampening: o.dampening ?? d.dampening)
      case "RMSProp":
        let d = RMSProp()
        return RMSProp(
          learningRate: o.learningRate ?? d.learningRate, rho: o.rho ?? d.rho, epsilon: o.epsilon ?? d.epsilon)
      case "Adam":
        let d = Adam()
        return Adam(
          learningRate: o.learningRate ?? d.learningRate, beta1: o.beta1 ?? d.beta1, beta2: o.beta2 ?? d.beta2,
          epsilon: o.epsilon ?? d.epsilon, weightDecay: o.weightDecay ?? d.weightDecay)
      case "AdamW":
        let d = AdamW()
        return AdamW(
          learningRate: o.learningRate ?? d.learningRate, beta1: o.beta1 ?? d.beta1, beta2: o.beta2 ?? d.beta2,
          epsilon: o.epsilon ?? d.epsilon, weightDecay: o.weightDecay ?? d.weightDecay)
      case "Adagrad":
        let d = Adagrad()
        return Adagrad(learningRate: o.learningRate ?? d.learningRate, epsilon: o.epsilon ?? d.epsilon)
      default:
        throw RuntimeFailure("no optimizer named \(algorithm)")
      }
    }

    /// The starting parameters, in a fixed order.
    var startingParameters: [(name: String, value: Tensor)] {
      parameters.keys.sorted().map { (name: $0, value: parameters[$0]!.tensor) }
    }
  }

  /// Options of a schedule; a class because `Warmup` nests another schedule's.
  final class ScheduleOptions: Decodable, Sendable {
    let every, epochs: Int?
    let factor, rate, minimum: Double?
    let then: ScheduleSpec?
  }

  struct ScheduleSpec: Decodable, Sendable {
    var schedule: String
    var options: ScheduleOptions

    func make() throws -> any LearningRateSchedule {
      let o = options
      switch schedule {
      case "StepDecay":
        return StepDecay(every: try #require(o.every), factor: o.factor ?? StepDecay(every: 1).factor)
      case "ExponentialDecay": return ExponentialDecay(rate: try #require(o.rate))
      case "CosineDecay": return CosineDecay(epochs: try #require(o.epochs), minimum: o.minimum ?? 0)
      case "Warmup": return Warmup(epochs: try #require(o.epochs), then: try #require(o.then).make())
      default: throw RuntimeFailure("no schedule named \(schedule)")
      }
    }
  }

  struct ScheduleCase: Decodable, Sendable, CustomTestStringConvertible {
    var schedule: String
    var options: ScheduleOptions
    var base: Double
    var rates: [Double]

    var spec: ScheduleSpec { ScheduleSpec(schedule: schedule, options: options) }
    var testDescription: String { "\(schedule) \(rates.count) epochs" }
  }
}

/// The largest relative difference `|a - e| / max(|e|, floor)` over two tensors'
/// elements (infinity when the shapes differ): the number the report quotes.
func largestRelativeDifference(_ actual: Tensor, _ expected: Tensor, floor: Double = 1e-300) -> Double {
  guard actual.shape == expected.shape else { return .infinity }
  var worst = 0.0
  for i in 0..<actual.count {
    let a = actual.storage.double(at: i)
    let e = expected.storage.double(at: i)
    let difference = a == e ? 0 : Swift.abs(a - e) / Swift.max(Swift.abs(e), floor)
    worst = Swift.max(worst, difference.isNaN ? .infinity : difference)
  }
  return worst
}
