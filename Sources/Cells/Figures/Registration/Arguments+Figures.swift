/// Readers for the figure functions' own parameter types, worded as every other
/// reader's: `histogram(_:bins:...): argument 2 'bins' must be positive, got 0`.
extension Arguments {
  /// An optional list of names; numbers are accepted and written out (`classNames: [0, 1]`).
  func names(_ index: Int) throws(RuntimeFailure) -> [String]? {
    if isNil(index) { return nil }
    var result: [String] = []
    for element in try array(index) {
      switch element {
      case .string(let text): result.append(text)
      case .int, .double, .float, .bool: result.append(element.description)
      default: throw mismatch(index, "an array of String", got: element)
      }
    }
    return result
  }

  /// The most bins, rows or columns a figure may have: more could not be drawn, and
  /// their products (rows × columns, bins + 1 edges) must not overflow.
  static let largestFigureCount = 10_000

  /// An optional count that must be positive (`bins:`, `columns:`) and drawable.
  func positiveInt(_ index: Int) throws(RuntimeFailure) -> Int? {
    guard let number = try optionalInt(index) else { return nil }
    guard number > 0 else { throw invalid(index, "must be positive") }
    return try int(index, in: 1...Arguments.largestFigureCount)
  }

  /// `.viridis`, `.grays`, ... (or the name as a string); nil when left out.
  func colormap(_ index: Int) throws(RuntimeFailure) -> Colormap? {
    let known = Colormap.all.map { "." + $0.name }.joined(separator: ", ")
    switch unwrapped(index) {
    case .none: return nil
    case .object(let object as ColormapObject): return object.colormap
    case .string(let name):
      guard let map = Colormap.all.first(where: { $0.name == name }) else {
        throw invalid(index, "must be one of \(known)")
      }
      return map
    default: throw mismatch(index, "a colormap (\(known))")
    }
  }

  /// `title:`, `xLabel:`, `yLabel:`: together, after each kind's own parameters (the style options follow them).
  func chartLabels() throws(RuntimeFailure) -> ChartLabels {
    guard let title = index(of: "title"), title + 2 < count else { return ChartLabels() }
    return ChartLabels(
      title: try optionalString(title), xLabel: try optionalString(title + 1), yLabel: try optionalString(title + 2))
  }
}

extension Parameter {
  /// `title: String? = nil`, `xLabel: String? = nil`, `yLabel: String? = nil`: the labels every chart takes.
  static var chartLabels: [Parameter] {
    ["title", "xLabel", "yLabel"].map { .labeled($0, .optional(.string), default: Value.none) }
  }

  /// An optional parameter left out by default: `label: String? = nil`.
  static func optional(_ label: String, _ type: ValueType) -> Parameter {
    .labeled(label, .optional(type), default: Value.none)
  }
}

extension Library {
  /// A chart as a cell value.
  static func figure(_ chart: Chart) -> Value { .object(FigureObject(chart)) }
}

/// A colormap as a cell value: `.viridis`, `.grays`, `.invertedGrays`, `.diverging`.
final class ColormapObject: NativeObject {
  let colormap: Colormap
  init(_ colormap: Colormap) { self.colormap = colormap }
  override var typeName: String { "Colormap" }
  override func describe() -> String { "." + colormap.name }
}
