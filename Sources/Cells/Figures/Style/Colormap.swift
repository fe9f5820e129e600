/// A continuous colour scale for heatmaps, images and scatter points coloured by value.
///
/// Each map interpolates linearly between published anchor colours; the anchors
/// are close enough together that the result is indistinguishable from the
/// original maps at figure sizes.
struct Colormap: Equatable {
  let name: String
  /// Evenly spaced anchors from the low end (0) to the high end (1).
  let anchors: [RGBColor]
  /// Centred on zero: the data range is made symmetric so zero gets the middle colour.
  let isDiverging: Bool

  /// The colour at `t` in 0...1 (clamped).
  func color(at t: Double) -> RGBColor {
    guard t.isFinite else { return anchors[0] }
    let position = min(1, max(0, t)) * Double(anchors.count - 1)
    let index = min(anchors.count - 2, Int(position))
    return anchors[index].mixed(with: anchors[index + 1], position - Double(index))
  }

  /// Viridis (van der Walt and Smith, matplotlib's default): perceptually uniform,
  /// readable in grey and by colour-blind readers. Nine anchors, as R's `viridis(9)`.
  static let viridis = Colormap(
    name: "viridis",
    anchors: [0x440154, 0x472D7B, 0x3B528B, 0x2C728E, 0x21908C, 0x27AD81, 0x5DC863, 0xAADC32, 0xFDE725]
      .map(RGBColor.init(hex:)),
    isDiverging: false)

  /// Black to white: images and learned filters, as they are.
  static let grays = Colormap(name: "grays", anchors: [.black, .white], isDiverging: false)

  /// White to black: ink on paper, how handwritten digits are usually shown.
  static let invertedGrays = Colormap(name: "invertedGrays", anchors: [.white, .black], isDiverging: false)

  /// Blue through near-white to red (ColorBrewer's RdBu, reversed): signed values
  /// such as weights, where the sign matters as much as the size.
  static let diverging = Colormap(
    name: "diverging",
    anchors: [
      0x053061, 0x2166AC, 0x4393C3, 0x92C5DE, 0xD1E5F0, 0xF7F7F7, 0xFDDBC7, 0xF4A582, 0xD6604D, 0xB2182B, 0x67001F,
    ].map(RGBColor.init(hex:)),
    isDiverging: true)

  static let all: [Colormap] = [.viridis, .grays, .invertedGrays, .diverging]
}
