import Foundation
import Testing

@testable import Cells

@Suite("Data sets follow scikit-learn's geometry")
struct DataTests {
  @Test func circlesHaveTheirRadiiAndClassSizes() throws {
    let d = try Generators.circles(samples: 1000, noise: 0, factor: 0.5, random: NNRandom(seed: 1))
    #expect(d.x.shape == [1000, 2])
    let v = d.x.doubles
    let labels = d.labels
    #expect(labels.filter { $0 == 0 }.count == 500)
    for i in 0..<1000 {
      let r = (v[2 * i] * v[2 * i] + v[2 * i + 1] * v[2 * i + 1]).squareRoot()
      #expect(abs(r - (labels[i] == 0 ? 1.0 : 0.5)) < 1e-5, "point \(i) at radius \(r)")
    }
  }

  /// Row gathering (each row one memcpy) keeps order, repeats, dtype and trailing axes.
  @Test(arguments: [DType.float32, .float64])
  func rowsAreGatheredInOrder(dtype: DType) throws {
    let t = try Tensor(shape: [4, 3], storage: TensorStorage.make(count: 12, dtype: dtype)).reshaped([4, 3, 1])
    for i in 0..<12 { t.storage.set(Double(i), at: i) }
    let picked = Dataset.rows(of: t, [2, 0, 2])
    #expect(picked.shape == [3, 3, 1] && picked.dtype == dtype)
    #expect(picked.doubles == [6, 7, 8, 0, 1, 2, 6, 7, 8])
    #expect(Dataset.rows(of: t, []).shape == [0, 3, 1])
  }

  @Test func csvFieldsLoseTheirBlanks() {
    #expect(Generators.trimmingBlanks(" \t16 ") == "16")
    #expect(Generators.trimmingBlanks("3") == "3")
    #expect(Generators.trimmingBlanks("  ").isEmpty)
    #expect(Generators.trimmingBlanks("1 2") == "1 2")
  }

  @Test func noiseMovesPointsByItsStandardDeviation() throws {
    let clean = try Generators.circles(samples: 2000, noise: 0, factor: 0.5, random: NNRandom(seed: 3))
    let noisy = try Generators.circles(samples: 2000, noise: 0.1, factor: 0.5, random: NNRandom(seed: 3))
    // Same seed, same shuffle: the difference is the noise alone.
    let d = zip(clean.x.doubles, noisy.x.doubles).map { $1 - $0 }
    let std = (d.map { $0 * $0 }.reduce(0, +) / Double(d.count)).squareRoot()
    #expect(abs(std - 0.1) < 0.01, "noise std \(std)")
  }

  @Test func moonsLieOnTwoHalfCircles() {
    let d = Generators.moons(samples: 200, noise: 0, random: NNRandom(seed: 2))
    let v = d.x.doubles
    for (i, label) in d.labels.enumerated() {
      let (x, y) = (v[2 * i], v[2 * i + 1])
      let r = label == 0 ? (x * x + y * y).squareRoot() : ((x - 1) * (x - 1) + (y - 0.5) * (y - 0.5)).squareRoot()
      #expect(abs(r - 1) < 1e-5)
      #expect(label == 0 ? y >= -1e-6 : y <= 0.5 + 1e-6)
    }
  }

  @Test func theSameSeedGivesTheSameData() throws {
    let a = try Generators.circles(samples: 50, noise: 0.1, factor: 0.5, random: NNRandom(seed: 42))
    let b = try Generators.circles(samples: 50, noise: 0.1, factor: 0.5, random: NNRandom(seed: 42))
    let c = try Generators.circles(samples: 50, noise: 0.1, factor: 0.5, random: NNRandom(seed: 43))
    #expect(a.x.doubles == b.x.doubles)
    #expect(a.x.doubles != c.x.doubles)
  }

  @Test func theBundledDigitsAreAllThere() throws {
    let d = try Generators.digits()
    #expect(d.x.shape == [1797, 64])
    #expect(d.classes == 10)
    let counts = Dictionary(grouping: d.labels, by: { $0 }).mapValues(\.count)
    #expect(counts.keys.sorted() == Array(0...9))
    #expect(counts.values.allSatisfy { $0 > 170 && $0 < 190 })
    #expect(d.x.doubles.allSatisfy { $0 >= 0 && $0 <= 16 })
  }

  @Test func theEmbeddedDigitsAreTheShippedFile() throws {
    let shipped = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Sources/Cells/Data/Resources/digits.csv.gz")
    let bytes = try Data(contentsOf: shipped)
    #expect(Data(base64Encoded: DigitsData.gzipBase64) == bytes, "run scripts/embed-digits.sh")
  }

  @Test func splitKeepsEveryExampleOnce() throws {
    let session = Session()
    let r = session.run(
      """
      let d = Dataset.blobs(samples: 101, centers: 3, seed: 0)
      let (train, test) = d.split(testFraction: 0.2, seed: 7)
      print(train.count, test.count, train.classes)
      let all = (train.x.scalars + test.x.scalars).sorted()
      print(all == d.x.scalars.sorted())
      """)
    #expect(r.error == nil, "\(String(describing: r.error))")
    #expect(r.outputs == [.text("80 21 3\ntrue")])
  }

  @Test func batchesCoverTheDataInOrderWithoutShuffle() {
    let r = Session().run(
      """
      let d = Dataset.xor(samples: 10, seed: 0)
      let b = d.batches(size: 4, shuffle: false)
      print(b.count, b.map { $0.x.shape[0] }, b[1].y.scalars == Array(d.y.scalars[4..<8]))
      """)
    #expect(r.error == nil, "\(String(describing: r.error))")
    #expect(r.outputs == [.text("3 [4, 4, 2] true")])
  }

  @Test func oneHotRowsHaveASingleOne() {
    let r = Session().run(
      """
      let d = Dataset.spirals(samples: 30, classes: 3, seed: 0).oneHot()
      print(d.y.shape, d.y.sum(axis: 1).scalars.allSatisfy { $0 == 1 })
      """)
    #expect(r.error == nil, "\(String(describing: r.error))")
    #expect(r.outputs == [.text("[30, 3] true")])
  }

  @Test func theScalerStandardizesEachFeature() throws {
    let x = try Tensor.from(.array([.array([.double(1), .double(10)]), .array([.double(3), .double(10)])]))
    let s = try StandardScaler(fitting: x)
    #expect(s.mean == [2, 10])
    #expect(s.scale == [1, 1])  // a constant feature keeps scale 1
    #expect(try s.transform(x).doubles == [-1, 0, 1, 0])
  }
}

@Suite("Metrics")
struct MetricTests {
  let predictions = Value.array([0, 1, 1, 0, 2, 2].map { .int($0) })
  let labels = Value.array([0, 1, 0, 0, 2, 1].map { .int($0) })

  @Test func accuracyCountsMatches() throws {
    #expect(try Metrics.accuracy(predictions, labels) == 4.0 / 6.0)
  }

  @Test func probabilitiesAreThresholdedAtOneHalf() throws {
    let p = Value.array([0.2, 0.7, 0.51, 0.49].map { .double($0) })
    let y = Value.array([0, 1, 0, 0].map { .int($0) })
    #expect(try Metrics.accuracy(p, y) == 0.75)
  }

  @Test func confusionRowsAreTrueClasses() throws {
    #expect(try Metrics.confusion(predictions, labels) == [[2, 1, 0], [0, 1, 1], [0, 0, 1]])
  }

  @Test func theReportComputesPrecisionRecallAndF1() throws {
    let t = try Metrics.report(predictions, labels)
    // class 1: one of two predictions right (precision 0.5), one of two examples found (recall 0.5).
    #expect(t.rows[1] == ["1", "0.5000", "0.5000", "0.5000", "2"])
    // class 0: 2 of 2 predictions right, 2 of 3 examples found, F1 = 0.8.
    #expect(t.rows[0] == ["0", "1.0000", "0.6667", "0.8000", "3"])
    #expect(t.rows[3][0] == "accuracy" && t.rows[3][3] == "0.6667")
  }

  @Test func mismatchedLengthsNameBoth() {
    #expect(throws: RuntimeFailure.self) { try Metrics.accuracy(.array([.int(1)]), labels) }
    let e = Session().run("print(accuracy([1, 0], [1, 0, 1]))").error
    #expect(e?.message == "accuracy: 2 predictions but 3 labels")
  }

  @Test func tablesKeepTheColumnOrderWritten() {
    let r = Session().run("table([\"epoch\": [1, 2], \"loss\": [0.5, 0.25]])")
    #expect(
      r.outputs == [
        .table(
          Table(header: ["epoch", "loss"], rows: [["1", "0.5000"], ["2", "0.2500"]], alignments: [.right, .right]))
      ])
  }
}
