/// Figures of distributions and grids: histograms, bar charts, heatmaps, images.
extension Library {
  func registerDistributionPlots() {
    // histogram(values, bins:), histogram([a, b], labels:)
    function(
      "histogram(_:bins:label:labels:title:xLabel:yLabel:)",
      defaults: FigureArguments.defaults(["bins": .int(20), "label": .none, "labels": .none]),
      result: .named("Figure")
    ) { _, a in
      let bins = try FigureArguments.positive(a[1], "histogram: bins") ?? 20
      let datasets: [[Double]]
      // A list of lists (or of tensors) holds several data sets; a flat list or one tensor is one.
      if case .array(let elements) = a[0], elements.contains(where: Self.holdsNumbers) {
        datasets = try elements.enumerated().map { index, element in
          try NumericGrid(element, argument: "histogram: data \(index + 1)").values
        }
      } else {
        // Any grid, flattened: a layer's weight matrix is one distribution.
        datasets = [try NumericGrid(a[0], argument: "histogram: values").values]
      }
      guard datasets.allSatisfy({ $0.contains(where: \.isFinite) }) else {
        throw RuntimeFailure("histogram: there are no finite values to count")
      }
      var names: [String?] = Array(repeating: nil, count: datasets.count)
      if let label = try FigureArguments.text(a[2], "histogram: label") { names[0] = label }
      if let labels = try FigureArguments.texts(a[3], "histogram: labels") {
        guard labels.count == datasets.count else {
          throw RuntimeFailure("histogram: \(labels.count) labels for \(datasets.count) data sets")
        }
        names = labels
      }
      return FigureArguments.figure(
        Histogram.chart(datasets, names: names, bins: bins, labels: try FigureArguments.labels(a, "histogram")))
    }

    // bar(names, values), bar(values)
    function("bar(_:_:title:xLabel:yLabel:)", defaults: FigureArguments.labelDefaults, result: .named("Figure")) {
      _, a in
      guard let names = try FigureArguments.texts(a[0], "bar: labels") else {
        throw RuntimeFailure("bar: expects labels and values, bar([\"a\", \"b\"], [1, 2])")
      }
      let values = try NumericGrid(a[1], argument: "bar: values").vector("bar: values")
      guard names.count == values.count else {
        throw RuntimeFailure("bar: \(names.count) labels but \(values.count) values")
      }
      return FigureArguments.figure(
        BarChart.chart(names: names, values: values, labels: try FigureArguments.labels(a, "bar")))
    }
    function("bar(_:title:xLabel:yLabel:)", defaults: FigureArguments.labelDefaults, result: .named("Figure")) { _, a in
      let values = try NumericGrid(a[0], argument: "bar: values").vector("bar: values")
      return FigureArguments.figure(
        BarChart.chart(
          names: values.indices.map(String.init), values: values, labels: try FigureArguments.labels(a, "bar")))
    }
  }

  func registerMatrixPlots() {
    function(
      "heatmap(_:annotate:rowLabels:columnLabels:colormap:title:xLabel:yLabel:)",
      defaults: FigureArguments.defaults([
        "annotate": .bool(false), "rowLabels": .none, "columnLabels": .none, "colormap": .none,
      ]), result: .named("Figure")
    ) { _, a in
      let grid = try NumericGrid(a[0], argument: "heatmap")
      let (rows, columns, values) = try grid.matrix("heatmap")
      guard rows > 0, columns > 0 else { throw RuntimeFailure("heatmap: the matrix is empty") }
      let rowLabels = try FigureArguments.texts(a[2], "heatmap: rowLabels")
      let columnLabels = try FigureArguments.texts(a[3], "heatmap: columnLabels")
      if let rowLabels, rowLabels.count != rows {
        throw RuntimeFailure("heatmap: \(rowLabels.count) row labels for \(rows) rows")
      }
      if let columnLabels, columnLabels.count != columns {
        throw RuntimeFailure("heatmap: \(columnLabels.count) column labels for \(columns) columns")
      }
      let chart = HeatmapChart.chart(
        rows: rows, columns: columns, values: values, annotate: try FigureArguments.flag(a[1], "heatmap: annotate"),
        rowLabels: rowLabels, columnLabels: columnLabels,
        colormap: try FigureArguments.colormap(a[4], "heatmap: colormap") ?? .viridis,
        labels: try FigureArguments.labels(a, "heatmap"))
      return FigureArguments.figure(chart)
    }

    function(
      "image(_:colormap:title:)", defaults: ["colormap": .none, "title": .none], result: .named("Figure")
    ) { _, a in
      let image = try ImageChart.image(NumericGrid(a[0], argument: "image"), argument: "image")
      let chart = ImageChart.chart(
        [image], columns: 1, colormap: try FigureArguments.colormap(a[1], "image: colormap") ?? .grays,
        title: try FigureArguments.text(a[2], "image: title"))
      return FigureArguments.figure(chart)
    }

    function(
      "imageGrid(_:columns:captions:colormap:title:)",
      defaults: ["columns": .int(8), "captions": .none, "colormap": .none, "title": .none], result: .named("Figure")
    ) { _, a in
      var images = try ImageChart.images(a[0], argument: "imageGrid: image")
      guard !images.isEmpty else { throw RuntimeFailure("imageGrid: there are no images") }
      let columns = try FigureArguments.positive(a[1], "imageGrid: columns") ?? 8
      if let captions = try FigureArguments.texts(a[2], "imageGrid: captions") {
        guard captions.count == images.count else {
          throw RuntimeFailure("imageGrid: \(captions.count) captions for \(images.count) images")
        }
        for index in images.indices { images[index].caption = captions[index] }
      }
      let chart = ImageChart.chart(
        images, columns: columns, colormap: try FigureArguments.colormap(a[3], "imageGrid: colormap") ?? .grays,
        title: try FigureArguments.text(a[4], "imageGrid: title"))
      return FigureArguments.figure(chart)
    }
  }

  private static func holdsNumbers(_ value: Value) -> Bool {
    switch value {
    case .array, .object: return true
    default: return false
    }
  }
}
