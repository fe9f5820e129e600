import Testing

@testable import Cells

@Suite("Hyperparameter search")
struct SearchTests {
  @Test func gridTriesEveryCombinationBestFirstWithListedTypes() {
    let text = output(
      """
      let r = gridSearch(["a": [1.0, 3.0], "n": [1, 2, 5]]) { p in p["a"] * Double(p["n"]) }
      print(r.trials.count, r.best, r.bestScore)
      print(r.trials.map { $0.score })
      """)
    #expect(text == "6 [\"a\": 3.0, \"n\": 5] 15.0\n[15.0, 6.0, 5.0, 3.0, 2.0, 1.0]")
  }

  @Test func minimizingRanksTheLowestFirst() {
    let text = output(
      """
      let r = gridSearch(["x": [3, -1, 2]], maximizing: false) { p in Double(p["x"] * p["x"]) }
      print(r.best["x"])
      """)
    #expect(text == "-1")
  }

  @Test func randomSearchIsSeededAndDrawsFromDistributions() {
    let cell = """
      let r = randomSearch(["lr": .logUniform(1e-4, 1e-1), "w": [8, 16]], trials: 20, seed: 7) { p in p["lr"] }
      print(r.trials.map { $0.params["lr"] })
      """
    let text = output(cell)
    let values = text.dropFirst().dropLast().split(separator: ",").compactMap {
      Double($0.trimmingCharacters(in: .whitespaces))
    }
    #expect(values.count == 20)
    #expect(Set(values).count == 20)
    #expect(values.allSatisfy { $0 >= 1e-4 && $0 <= 1e-1 })
    #expect(output(cell) == text)
  }

  @Test func aMissingParameterSuggestsTheClosest() {
    let e = failure("let r = gridSearch([\"learningRate\": [0.1]]) { p in p[\"learningrate\"] }")
    #expect(e?.message.contains("did you mean 'learningRate'?") == true)
  }

  @Test func aGridNeedsListedValues() {
    let e = failure("let r = gridSearch([\"lr\": .uniform(0, 1)]) { p in 1.0 }")
    #expect(e?.message.contains("a grid needs the values listed") == true)
  }
}

@Suite("Sequence data sets")
struct SequenceDataTests {
  @Test func majorityLabelsCountTheOnes() throws {
    let d = try Generators.majority(samples: 50, length: 7, random: NNRandom(seed: 1))
    #expect(d.x.shape == [50, 7, 1])
    for i in 0..<50 {
      let ones = (0..<7).map { d.x.storage.double(at: i * 7 + $0) }.reduce(0, +)
      #expect(d.y.storage.double(at: i) == (ones > 3.5 ? 1 : 0))
    }
  }

  @Test func reversalTargetsAreTheInputsReversed() throws {
    let d = try Generators.reversal(samples: 10, length: 6, vocabulary: 5, random: NNRandom(seed: 2))
    #expect(d.x.shape == [10, 6] && d.y.shape == [10, 6] && d.classes == 5)
    for i in 0..<10 {
      for t in 0..<6 { #expect(d.y.storage.double(at: i * 6 + t) == d.x.storage.double(at: i * 6 + 5 - t)) }
    }
  }

  @Test func sineWaveTargetsContinueTheWave() throws {
    let d = try Generators.sineWave(samples: 4, length: 8, random: NNRandom(seed: 3))
    #expect(d.x.shape == [4, 8, 1] && d.y.shape == [4, 1])
    // Three consecutive samples of a sine satisfy s(t+1) = 2cos(ωh)·s(t) - s(t-1): check the target with it.
    for i in 0..<4 {
      let s = (0..<8).map { d.x.storage.double(at: i * 8 + $0) }
      let c = (s[5] + s[7]) / (2 * s[6])
      let next = 2 * c * s[7] - s[6]
      #expect(abs(next - d.y.storage.double(at: i)) < 1e-4)
    }
  }

  @Test func digitsAsImages() {
    #expect(output("print(Dataset.digits(asImages: true).x.shape)") == "[1797, 1, 8, 8]")
  }
}
