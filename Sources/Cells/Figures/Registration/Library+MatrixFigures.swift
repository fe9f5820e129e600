/// Figures of distributions and grids: histograms, bar charts, heatmaps, images.
extension Library {
  func registerDistributionPlots() {
    // histogram(values, bins:), histogram([a, b], labels:)
    let figure = ValueType.object("Figure")
    function(
      Signature(
        "histogram",
        [
          .positional("values", .tensor), .labeled("bins", .int, default: .int(20)), .optional("label", .string),
          .optional("labels", .array(.string)),
        ] + Parameter.chartLabels + Parameter.chartStyle, figure,
        help: "Counts of values in equal-width bins; a list of lists is several overlaid histograms"),
      result: .named("Figure")
    ) { a in
      let values = a.values[0]
      let bins = try a.positiveInt(1) ?? 20
      let datasets: [[Double]]
      // A list of lists (or of tensors) holds several data sets; a flat list or one tensor is one.
      if case .array(let elements) = values, elements.contains(where: Self.holdsNumbers) {
        datasets = try elements.enumerated().map { index, element in
          try NumericGrid(element, argument: "histogram: data \(index + 1)").values
        }
      } else {
        // Any grid, flattened: a layer's weight matrix is one distribution.
        datasets = [try NumericGrid(values, argument: "histogram: values").values]
      }
      guard datasets.allSatisfy({ $0.contains(where: \.isFinite) }) else {
        throw RuntimeFailure("histogram: there are no finite values to count")
      }
      var names: [String?] = Array(repeating: nil, count: datasets.count)
      if let label = try a.optionalString(2) { names[0] = label }
      if let labels = try a.names(3) {
        guard labels.count == datasets.count else {
          throw RuntimeFailure("histogram: \(labels.count) labels for \(datasets.count) data sets")
        }
        names = labels
      }
      return try Library.styledFigure(
        Histogram.chart(datasets, names: names, bins: bins, labels: try a.chartLabels()), a)
    }

    // bar(names, values), bar(values)
    function(
      Signature(
        "bar",
        [.positional("names", .array(.string)), .positional("values", .tensor)] + Parameter.chartLabels
          + Parameter.chartStyle, figure,
        help: "One bar per name, as tall as its value"),
      result: .named("Figure")
    ) { a in
      let names = try a.names(0) ?? []
      let values = try NumericGrid(a.values[1], argument: "bar: values").vector("bar: values")
      guard names.count == values.count else {
        throw RuntimeFailure("bar: \(names.count) labels but \(values.count) values")
      }
      return try Library.styledFigure(BarChart.chart(names: names, values: values, labels: try a.chartLabels()), a)
    }
    function(
      Signature(
        "bar", [.positional("values", .tensor)] + Parameter.chartLabels + Parameter.chartStyle, figure,
        help: "One bar per value, named by its index"),
      result: .named("Figure")
    ) { a in
      let values = try NumericGrid(a.values[0], argument: "bar: values").vector("bar: values")
      return try Library.styledFigure(
        BarChart.chart(names: values.indices.map(String.init), values: values, labels: try a.chartLabels()), a)
    }
  }

  func registerMatrixPlots() {
    let figure = ValueType.object("Figure")
    function(
      Signature(
        "heatmap",
        [
          .positional("matrix", .tensor), .labeled("annotate", .bool, default: .bool(false)),
          .optional("rowLabels", .array(.string)), .optional("columnLabels", .array(.string)),
          .labeled("colormap", .optional(.object("Colormap")), default: Value.none, shown: ".viridis"),
        ] + Parameter.chartLabels, figure,
        help: "A matrix as a grid of colored cells; annotate: writes each value in its cell"),
      result: .named("Figure")
    ) { a in
      let grid = try NumericGrid(a.values[0], argument: "heatmap")
      let (rows, columns, values) = try grid.matrix("heatmap")
      guard rows > 0, columns > 0 else { throw RuntimeFailure("heatmap: the matrix is empty") }
      let rowLabels = try a.names(2)
      let columnLabels = try a.names(3)
      if let rowLabels, rowLabels.count != rows {
        throw RuntimeFailure("heatmap: \(rowLabels.count) row labels for \(rows) rows")
      }
      if let columnLabels, columnLabels.count != columns {
        throw RuntimeFailure("heatmap: \(columnLabels.count) column labels for \(columns) columns")
      }
      let chart = HeatmapChart.chart(
        rows: rows, columns: columns, values: values, annotate: try a.bool(1),
        rowLabels: rowLabels, columnLabels: columnLabels,
        colormap: try a.colormap(4) ?? .viridis, labels: try a.chartLabels())
      return Library.figure(chart)
    }

    let grays = Parameter.labeled("colormap", .optional(.object("Colormap")), default: Value.none, shown: ".grays")
    function(
      Signature(
        "image", [.positional("pixels", .tensor), grays, .optional("title", .string)], figure,
        help: "A matrix (or a [1, height, width] image) as gray levels or colors"),
      result: .named("Figure")
    ) { a in
      let image = try ImageChart.image(NumericGrid(a.values[0], argument: "image"), argument: "image")
      let chart = ImageChart.chart(
        [image], columns: 1, colormap: try a.colormap(1) ?? .grays, title: try a.optionalString(2))
      return Library.figure(chart)
    }

    function(
      Signature(
        "imageGrid",
        [
          .positional("images", .tensor), .labeled("columns", .int, default: .int(8)),
          .optional("captions", .array(.string)), grays, .optional("title", .string),
        ], figure, help: "Several images in a grid, each with an optional caption"),
      result: .named("Figure")
    ) { a in
      var images = try ImageChart.images(a.values[0], argument: "imageGrid: image")
      guard !images.isEmpty else { throw RuntimeFailure("imageGrid: there are no images") }
      let columns = try a.positiveInt(1) ?? 8
      if let captions = try a.names(2) {
        guard captions.count == images.count else {
          throw RuntimeFailure("imageGrid: \(captions.count) captions for \(images.count) images")
        }
        for index in images.indices { images[index].caption = captions[index] }
      }
      let chart = ImageChart.chart(
        images, columns: columns, colormap: try a.colormap(3) ?? .grays, title: try a.optionalString(4))
      return Library.figure(chart)
    }
  }

  private static func holdsNumbers(_ value: Value) -> Bool {
    switch value {
    case .array, .object: return true
    default: return false
    }
  }
}
