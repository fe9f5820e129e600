import Testing

@testable import Cells

@Suite("Learning-rate schedules give torch.optim.lr_scheduler's rates")
struct NNScheduleTests {
  @Test func fixturesLoad() throws {
    let schedules = try NNFixtures.load("nn-schedules.json", as: NNFixtures.File<NNFixtures.ScheduleCase>.self)
    #expect(Set(schedules.cases.map(\.schedule)) == ["StepDecay", "ExponentialDecay", "CosineDecay", "Warmup"])
  }

  @Test(arguments: NNFixtures.schedules)
  func scheduleAgreesWithPyTorch(_ fixture: NNFixtures.ScheduleCase) throws {
    let schedule = try fixture.spec.make()
    for (epoch, expected) in fixture.rates.enumerated() {
      let rate = schedule.learningRate(epoch: epoch, base: fixture.base)
      // PyTorch's schedulers multiply step by step; the closed forms here agree to rounding.
      #expect(Swift.abs(rate - expected) <= 1e-12 * fixture.base, "epoch \(epoch): \(rate) vs \(expected)")
    }
  }

  @Test func warmupRampsThenHandsOver() {
    let schedule = Warmup(epochs: 4, then: ExponentialDecay(rate: 0.5))
    let rates = (0..<6).map { schedule.learningRate(epoch: $0, base: 0.8) }
    for (rate, expected) in zip(rates, [0.2, 0.4, 0.6, 0.8, 0.8, 0.4]) {
      #expect(Swift.abs(rate - expected) < 1e-15, "\(rates)")
    }
  }

  @Test func settingsAreChecked() {
    #expect(errorMessage { try StepDecay(every: 0).validate() }.contains("every"))
    #expect(errorMessage { try Warmup(epochs: 2, then: CosineDecay(epochs: 0)).validate() }.contains("CosineDecay"))
    #expect(errorMessage { try ExponentialDecay(rate: 0).validate() }.contains("rate"))
  }
}
