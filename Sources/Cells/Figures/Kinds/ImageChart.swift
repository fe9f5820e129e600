/// Images: one grayscale image, or a grid of them (digits, learned filters).
enum ImageChart {
  static func chart(
    _ images: [ImageGridPlot.Image], columns: Int, colormap: Colormap, title: String?
  ) -> Chart {
    let plot = ImageGridPlot(images: images, columns: max(1, min(columns, images.count)), colormap: colormap)
    let series: [Figure.Series]
    if images.count == 1 {
      series = [Figure.Series(name: "pixels", values: images[0].pixels)]
    } else {
      series = images.enumerated().map { Figure.Series(name: "image \($0 + 1)", values: $1.pixels) }
    }
    return Chart(
      kind: images.count == 1 ? "image" : "grid of \(images.count) images", title: title, content: plot,
      series: series)
  }

  /// An image from a grid of numbers: `H×W`, a `1×H×W` channel, or a flat vector of
  /// a square number of pixels (a digit's 64 values become 8×8).
  static func image(_ grid: NumericGrid, argument: String, caption: String? = nil) throws(RuntimeFailure)
    -> ImageGridPlot.Image
  {
    var shape = grid.shape
    while shape.count > 2 && shape[0] == 1 { shape.removeFirst() }
    if shape.count == 1 {
      let side = Int(Double(shape[0]).squareRoot().rounded())
      guard side * side == shape[0], side > 0 else {
        throw RuntimeFailure(
          "\(argument): \(shape[0]) values do not make a square image; reshape them to height×width first")
      }
      shape = [side, side]
    }
    guard shape.count == 2, shape[0] > 0, shape[1] > 0 else {
      throw RuntimeFailure("\(argument) must be a height×width grid of pixels, got \(NumericGrid.describe(grid.shape))")
    }
    return ImageGridPlot.Image(rows: shape[0], columns: shape[1], pixels: grid.values, caption: caption)
  }

  /// Images from a list of images, an `N×H×W` stack, or `N×(H·W)` rows of flattened square images.
  static func images(_ value: Value, argument: String) throws(RuntimeFailure) -> [ImageGridPlot.Image] {
    if case .array(let elements) = value, elements.contains(where: { if case .object = $0 { true } else { false } }) {
      var images: [ImageGridPlot.Image] = []
      for (index, element) in elements.enumerated() {
        images.append(
          try image(NumericGrid(element, argument: "\(argument) \(index)"), argument: "\(argument) \(index)"))
      }
      return images
    }
    let grid = try NumericGrid(value, argument: argument)
    guard grid.rank >= 2, grid.shape[0] > 0 else {
      throw RuntimeFailure("\(argument) must be a list of images, got \(NumericGrid.describe(grid.shape))")
    }
    let count = grid.shape[0]
    let size = grid.count / count
    return try (0..<count).map { index throws(RuntimeFailure) in
      let one = NumericGrid(
        shape: Array(grid.shape.dropFirst()), values: Array(grid.values[index * size..<(index + 1) * size]))
      return try image(one, argument: "\(argument) \(index)")
    }
  }
}
