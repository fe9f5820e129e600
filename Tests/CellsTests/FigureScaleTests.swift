import Testing

@testable import Cells

@Suite("Figure scales: nice ticks and their labels")
struct FigureScaleTests {
  @Test func rangeUpToJustBelowOneGetsTicksEveryFifth() {
    let ticks = AxisTicks(covering: 0...0.97, count: 5)
    #expect(ticks.values == [0, 0.2, 0.4, 0.6, 0.8, 1.0])
    #expect(ticks.labels == ["0.0", "0.2", "0.4", "0.6", "0.8", "1.0"])
    #expect(ticks.lower == 0 && ticks.upper == 1)
  }

  @Test func stepIsTheSmallestNiceNumberNotBelowTheRawStep() {
    #expect(TickStep.atLeast(0.17).value == 0.2)
    #expect(TickStep.atLeast(0.21).value == 0.25)
    #expect(TickStep.atLeast(0.3).value == 0.5)
    #expect(TickStep.atLeast(0.6).value == 1)
    #expect(TickStep.atLeast(7).value == 10)
    #expect(TickStep.atLeast(1300).value == 2000)
  }

  @Test func integerAxesNeverStepBelowOne() {
    #expect(TickStep.atLeast(0.3, integers: true).value == 1)
    let epochs = AxisTicks(covering: 1...3, count: 6, integers: true)
    #expect(epochs.values.allSatisfy { $0 == $0.rounded() })
    #expect(epochs.labels.allSatisfy { !$0.contains(".") })
  }

  @Test func ticksAreExactDecimalsWithoutFloatNoise() {
    let ticks = AxisTicks(covering: 0.1...0.7, count: 6)
    #expect(ticks.values.contains(0.3))
    for label in ticks.labels {
      #expect(label.count <= 4, "label \(label) is longer than a step of 0.1 needs")
    }
    #expect(!ticks.labels.joined().contains("0000"))
    // The sum a naive loop would produce is not what the axis shows.
    #expect(TickLabel.text(0.1 + 0.2, step: TickStep.atLeast(0.1)) == "0.3")
  }

  @Test func negativeLabelsUseTheMinusSign() {
    let ticks = AxisTicks(covering: -1...1, count: 4)
    #expect(ticks.labels.first == "\u{2212}1.0")
    #expect(ticks.labels.contains("0.0"))
    #expect(!ticks.labels.contains("\u{2212}0.0"))
  }

  @Test func paddingLeavesRoomAndSnapsToNearbyTicks() {
    let ticks = AxisTicks(covering: 0.05...0.7, count: 5, padding: 0.05)
    #expect(ticks.lower == 0)
    #expect(ticks.upper == 0.8)
    #expect(ticks.values == [0, 0.2, 0.4, 0.6, 0.8])
  }

  @Test func constantDataStillGetsARange() {
    let ticks = AxisTicks(covering: 3...3, count: 5)
    #expect(ticks.lower < 3 && ticks.upper > 3)
    #expect(ticks.values.count >= 2)
  }

  @Test func extremeScalesUseExponents() {
    let big = AxisTicks(covering: 0...2e6, count: 4)
    #expect(big.labels.contains("1e6"))
    let small = AxisTicks(covering: 0...3e-5, count: 3)
    #expect(small.labels.contains("1e\u{2212}5"))
  }

  @Test(arguments: [
    (12.5, "12.5"), (3.0, "3"), (-0.25, "-0.25"), (0.004, "0"), (-0.004, "0"), (1.006, "1.01"), (2.999, "3"),
  ])
  func coordinatesHaveAtMostTwoDecimals(value: Double, text: String) {
    #expect(SVGNumber.format(value) == text)
  }

  @Test(arguments: [
    (0.30000000000000004, "0.3"), (0.1, "0.1"), (Double(Float(0.1)), "0.1"), (123456789.0, "123456790"),
    (-2.5e-7, "-0.00000025"), (-2.5e-9, "-2.5e-9"), (1e12, "1e12"), (1234000.0, "1234000"), (3e15, "3e15"), (0.0, "0"),
    (99999999.7, "1e8"),
  ])
  func dataValuesKeepEightSignificantDigits(value: Double, text: String) {
    #expect(SVGNumber.significant(value) == text)
  }

  @Test func nonFiniteDataValuesHaveNoNumber() {
    #expect(SVGNumber.significant(.nan) == nil)
    #expect(SVGNumber.significant(.infinity) == nil)
  }

  @Test func viridisRunsFromPurpleToYellow() {
    #expect(Colormap.viridis.color(at: 0).hexString == "#440154")
    #expect(Colormap.viridis.color(at: 1).hexString == "#fde725")
    #expect(Colormap.viridis.color(at: 0.5).hexString == "#21908c")
    #expect(Colormap.viridis.color(at: 0.25).luminance < Colormap.viridis.color(at: 0.75).luminance)
  }

  @Test func annotationTextContrastsWithItsCell() {
    #expect(Colormap.viridis.color(at: 0).contrastingText == .white)
    #expect(Colormap.viridis.color(at: 1).contrastingText == Theme.textColor)
  }

  @Test func divergingScalesAreSymmetricAroundZero() {
    let bar = ColorBar(colormap: .diverging, lower: -0.2, upper: 0.8)
    #expect(bar.fraction(0) == 0.5)
    #expect(bar.fraction(-0.8) == 0)
  }
}
