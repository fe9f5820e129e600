/// Figures of models and training: decision boundaries and loss curves.
extension Library {
  func registerModelPlots() {
    let figure = ValueType.object("Figure")
    function(
      Signature(
        "decisionBoundary",
        [
          .positional("model", .function), .positional("data", .object("Dataset")),
          .optional("classNames", .array(.string)),
          .labeled("resolution", .int, default: .int(DecisionBoundary.defaultResolution)),
        ] + Parameter.chartLabels, figure,
        help: "The class a 2-input model predicts over the plane, shaded, with the data's points on top"),
      result: .named("Figure")
    ) { a in
      let points = try PointSet(a.values[1], argument: "decisionBoundary: data")
      let resolution = try a.int(3)
      guard resolution >= 2 && resolution <= 400 else { throw a.invalid(3, "must be between 2 and 400") }
      let chart = try DecisionBoundary.chart(
        evaluator: ModelEvaluator(model: a.values[0], argument: "decisionBoundary"), points: points,
        classNames: try a.names(2), resolution: resolution, labels: try a.chartLabels(), a.runtime)
      return Library.figure(chart)
    }

    // lossCurves(history), lossCurves(history, metric: "accuracy")
    function(
      Signature(
        "lossCurves",
        [.positional("history", .object("History")), .labeled("metric", .string, default: .string("loss"))]
          + Parameter.chartLabels + Parameter.chartStyle, figure,
        help: "A metric per epoch from fit's history (or a dictionary of lists), training and validation"),
      result: .named("Figure")
    ) { a in
      let metrics = try Self.metrics(a.values[0])
      return try Library.styledFigure(
        try LossCurves.chart(metrics, metric: try a.string(1), labels: try a.chartLabels()), a)
    }
    // lossCurves(train: [...], validation: [...])
    function(
      Signature(
        "lossCurves",
        [.labeled("train", .array(.double)), .optional("validation", .array(.double))]
          + Parameter.chartLabels + Parameter.chartStyle, figure,
        help: "Training (and validation) losses per epoch, from lists"),
      result: .named("Figure")
    ) { a in
      var metrics = [
        (name: "loss", values: try NumericGrid(a.values[0], argument: "lossCurves: train").vector("lossCurves: train"))
      ]
      if !a.isNil(1) {
        let validation = try NumericGrid(a.unwrapped(1), argument: "lossCurves: validation").vector(
          "lossCurves: validation")
        metrics.append((name: "validation loss", values: validation))
      }
      return try Library.styledFigure(try LossCurves.chart(metrics, metric: "loss", labels: try a.chartLabels()), a)
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
