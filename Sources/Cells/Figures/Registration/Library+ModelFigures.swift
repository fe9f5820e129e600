/// Figures of models and training: decision boundaries and loss curves.
extension Library {
  func registerModelPlots() {
    function(
      "decisionBoundary(_:_:classNames:resolution:title:xLabel:yLabel:)",
      defaults: FigureArguments.defaults(["classNames": .none, "resolution": .int(DecisionBoundary.defaultResolution)]),
      result: .named("Figure")
    ) { rt, a in
      let points = try PointSet(a[1], argument: "decisionBoundary: data")
      let resolution = try FigureArguments.positive(a[3], "decisionBoundary: resolution") ?? 60
      guard resolution >= 2 && resolution <= 400 else {
        throw RuntimeFailure("decisionBoundary: resolution must be between 2 and 400, got \(resolution)")
      }
      let chart = try DecisionBoundary.chart(
        evaluator: ModelEvaluator(model: a[0], argument: "decisionBoundary"), points: points,
        classNames: try FigureArguments.texts(a[2], "decisionBoundary: classNames"), resolution: resolution,
        labels: try FigureArguments.labels(a, "decisionBoundary"), rt)
      return FigureArguments.figure(chart)
    }

    // lossCurves(history), lossCurves(history, metric: "accuracy")
    function(
      "lossCurves(_:metric:title:xLabel:yLabel:)", defaults: FigureArguments.defaults(["metric": .string("loss")]),
      result: .named("Figure")
    ) { _, a in
      let metrics = try Self.metrics(a[0])
      let metric = try FigureArguments.text(a[1], "lossCurves: metric") ?? "loss"
      return FigureArguments.figure(
        try LossCurves.chart(metrics, metric: metric, labels: try FigureArguments.labels(a, "lossCurves")))
    }
    // lossCurves(train: [...], validation: [...])
    function(
      "lossCurves(train:validation:title:xLabel:yLabel:)", defaults: FigureArguments.defaults(["validation": .none]),
      result: .named("Figure")
    ) { _, a in
      var metrics = [
        (name: "loss", values: try NumericGrid(a[0], argument: "lossCurves: train").vector("lossCurves: train"))
      ]
      if case .none = a[1] {
      } else {
        let validation = try NumericGrid(a[1], argument: "lossCurves: validation").vector("lossCurves: validation")
        metrics.append((name: "validation loss", values: validation))
      }
      return FigureArguments.figure(
        try LossCurves.chart(metrics, metric: "loss", labels: try FigureArguments.labels(a, "lossCurves")))
    }
  }

  /// A history's metrics: a training history object, or a dictionary of lists by name.
  private static func metrics(_ value: Value) throws -> [(name: String, values: [Double])] {
    switch value {
    case .object(let history as any TrainingHistory):
      return history.epochMetrics
    case .dictionary(let dictionary):
      return try zip(dictionary.keys, dictionary.values).map { key, values in
        guard case .string(let name) = key else {
          throw RuntimeFailure("lossCurves: the history's keys must be metric names, got a '\(key.typeName)'")
        }
        return (name, try NumericGrid(values, argument: "lossCurves: \(name)").vector("lossCurves: \(name)"))
      }
    case .box(let box):
      return try metrics(box.value)
    default:
      throw RuntimeFailure(
        "lossCurves: expects the history that fit returns (or lossCurves(train:validation:) with lists), got a value of type '\(value.typeName)'"
      )
    }
  }
}
